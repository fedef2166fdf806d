/** 函件/通知登记 (DOC-3): letters and notices received and sent, with filters, xlsx and print. */
import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Drawer, Flex, Form, Input, Select, Table } from 'antd';
import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/components/PageHeader';
import { AttachmentList } from '../../process/form/AttachmentList';
import { AttachmentUpload } from '../../process/form/AttachmentUpload';
import { UserPicker } from '../../process/form/UserPicker';
import { DPERM, docKeys, docsApi, type Letter, type LetterFilter } from './api';

export default function LettersPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState(false);
  const filter: LetterFilter = { direction: params.get('direction') ?? undefined, kind: params.get('kind') ?? undefined, q: params.get('q') ?? undefined };
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const list = useQuery({ queryKey: docKeys.letters(filter), queryFn: () => docsApi.letters(filter) });
  return (
    <>
      <PageHeader
        title={t('documents.letters.title')}
        description={t('documents.letters.description')}
        extra={hasPermission(DPERM.register) ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="letter-add">{t('documents.letters.add')}</Button> : null}
      />
      <div className="gj-print-title">{t('documents.letters.registerBook')}</div>
      <Flex gap={8} wrap className="gj-no-print" style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('documents.search')} style={{ width: 220 }} defaultValue={filter.q} onSearch={(v) => set('q', v || undefined)} />
        <Select allowClear placeholder={t('documents.letters.direction')} style={{ width: 110 }} value={filter.direction} onChange={(v) => set('direction', v)} options={[{ value: 'in', label: t('documents.letters.in') }, { value: 'out', label: t('documents.letters.out') }]} />
        <Select allowClear placeholder={t('documents.letters.kind')} style={{ width: 110 }} value={filter.kind} onChange={(v) => set('kind', v)} options={[{ value: 'letter', label: t('documents.letters.letter') }, { value: 'notice', label: t('documents.letters.notice') }]} />
        <Button icon={<DownloadOutlined />} href={docsApi.lettersXlsx(filter)}>{t('common.exportXlsx')}</Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('documents.print')}</Button>
      </Flex>
      {list.error ? <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} /> : null}
      <Card size="small">
        <Table<Letter>
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={list.data ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 900 }}
          data-testid="letters-list"
          columns={[
            { title: t('documents.letters.date'), dataIndex: 'date', width: 100 },
            { title: t('documents.letters.direction'), dataIndex: 'directionLabel', width: 60 },
            { title: t('documents.letters.kind'), dataIndex: 'kindLabel', width: 60 },
            { title: t('documents.letters.number'), dataIndex: 'number', width: 150 },
            { title: t('documents.col.title'), dataIndex: 'title' },
            { title: t('documents.letters.counterpart'), dataIndex: 'counterpart', width: 160 },
            { title: t('documents.letters.handler'), dataIndex: 'handler', width: 80 },
            { title: t('documents.letters.note'), dataIndex: 'note' },
            { title: t('documents.letters.attachments'), render: (_v, r) => (r.attachmentIds.length ? <AttachmentList ids={r.attachmentIds} /> : null) },
          ]}
        />
      </Card>
      <LetterDrawer open={open} onClose={() => setOpen(false)} />
    </>
  );
}

function LetterDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) => docsApi.createLetter(v),
    onSuccess: () => {
      message.success(t('documents.done'));
      void qc.invalidateQueries({ queryKey: ['documents', 'letters'] });
      form.resetFields();
      onClose();
    },
  });
  return (
    <Drawer open={open} onClose={onClose} title={t('documents.letters.add')} size={480} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ direction: 'in', kind: 'letter', date: dayjs() }}
        onFinish={(v) => save.mutate({ ...v, date: (v.date as dayjs.Dayjs).format('YYYY-MM-DD'), attachmentIds: v.attachmentIds ?? [], handlerId: v.handlerId ?? null })}
      >
        <Flex gap={12}>
          <Form.Item name="direction" label={t('documents.letters.direction')} style={{ flex: 1 }}><Select options={[{ value: 'in', label: t('documents.letters.in') }, { value: 'out', label: t('documents.letters.out') }]} /></Form.Item>
          <Form.Item name="kind" label={t('documents.letters.kind')} style={{ flex: 1 }}><Select options={[{ value: 'letter', label: t('documents.letters.letter') }, { value: 'notice', label: t('documents.letters.notice') }]} /></Form.Item>
        </Flex>
        <Form.Item name="number" label={t('documents.letters.number')}><Input maxLength={50} /></Form.Item>
        <Form.Item name="title" label={t('documents.col.title')} rules={[{ required: true, whitespace: true }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="counterpart" label={t('documents.letters.counterpart')} rules={[{ required: true, whitespace: true }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="date" label={t('documents.letters.date')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="handlerId" label={t('documents.letters.handler')}><UserPicker /></Form.Item>
        <Form.Item name="attachmentIds" label={t('documents.letters.attachments')}><AttachmentUpload maxCount={20} /></Form.Item>
        <Form.Item name="note" label={t('documents.letters.note')}><Input.TextArea rows={2} maxLength={1000} /></Form.Item>
        {save.error ? <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 12 }} /> : null}
        <Button type="primary" htmlType="submit" loading={save.isPending} block>{t('documents.save')}</Button>
      </Form>
    </Drawer>
  );
}

/** 收文登记 (DOC-1): the 收文登记簿 with filters, xlsx and print; the clerk registers from a drawer. */
import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Drawer, Flex, Form, Input, InputNumber, Select, Switch, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/components/PageHeader';
import { AttachmentUpload } from '../../process/form/AttachmentUpload';
import { DPERM, docKeys, docsApi, SECRECY, URGENCY, type Incoming, type IncomingFilter } from './api';

export const STATUS_COLOR: Record<string, string> = { registered: 'gold', closed: 'default', proposing: 'processing', instructing: 'processing', handling: 'blue', archiving: 'cyan', archived: 'green' };
const STATUSES = ['registered', 'closed', 'proposing', 'instructing', 'handling', 'archiving', 'archived'];

export default function IncomingPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState(false);
  const filter: IncomingFilter = { q: params.get('q') ?? undefined, status: params.get('status') ?? undefined, from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const list = useQuery({ queryKey: docKeys.incoming(filter), queryFn: () => docsApi.incoming(filter) });
  const canRegister = hasPermission(DPERM.register);
  return (
    <>
      <PageHeader
        title={t('documents.incoming.title')}
        description={t('documents.incoming.description')}
        extra={canRegister ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="incoming-register">{t('documents.incoming.register')}</Button> : null}
      />
      <div className="gj-print-title">{t('documents.incoming.registerBook')}</div>
      <Flex gap={8} wrap className="gj-no-print" style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('documents.search')} style={{ width: 220 }} defaultValue={filter.q} onSearch={(v) => set('q', v || undefined)} data-testid="incoming-search" />
        <Select allowClear placeholder={t('documents.col.status')} style={{ width: 140 }} value={filter.status} onChange={(v) => set('status', v)} options={STATUSES.map((s) => ({ value: s, label: t(`documents.incoming.status.${s}`) }))} />
        <DatePicker.RangePicker
          value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
          onChange={(r) => {
            const next = new URLSearchParams(params);
            if (r?.[0] && r[1]) {
              next.set('from', r[0].format('YYYY-MM-DD'));
              next.set('to', r[1].format('YYYY-MM-DD'));
            } else {
              next.delete('from');
              next.delete('to');
            }
            setParams(next, { replace: true });
          }}
        />
        {hasPermission(DPERM.read) ? <Button icon={<DownloadOutlined />} href={docsApi.incomingXlsx(filter)}>{t('common.exportXlsx')}</Button> : null}
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('documents.print')}</Button>
      </Flex>
      {list.error ? <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} /> : null}
      <Card size="small">
        <Table<Incoming>
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={list.data ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 1000 }}
          data-testid="incoming-list"
          columns={[
            { title: t('documents.col.regNo'), dataIndex: 'regNo', width: 120, render: (v: string, r) => <Link to={`/documents/incoming/${r.id}`}>{v}</Link> },
            { title: t('documents.col.receivedOn'), dataIndex: 'receivedOn', width: 100 },
            { title: t('documents.col.sourceNo'), dataIndex: 'sourceNo', width: 150 },
            { title: t('documents.col.issuer'), dataIndex: 'issuer', width: 160 },
            { title: t('documents.col.title'), dataIndex: 'title', render: (v: string, r) => <Link to={`/documents/incoming/${r.id}`}>{v}</Link> },
            { title: t('documents.col.urgency'), dataIndex: 'urgency', width: 70, render: (v: string) => (v === '普通' ? v : <Tag color="red">{v}</Tag>) },
            { title: t('documents.col.secrecy'), dataIndex: 'secrecy', width: 60 },
            { title: t('documents.col.copies'), dataIndex: 'copies', width: 50, align: 'right' },
            { title: t('documents.col.leader'), dataIndex: 'leaderName', width: 80 },
            { title: t('documents.col.departments'), render: (_v, r) => r.departments.join('、'), width: 140 },
            { title: t('documents.col.status'), dataIndex: 'status', width: 100, render: (v: string, r) => <Tag color={STATUS_COLOR[v]}>{r.statusLabel}</Tag> },
          ]}
        />
      </Card>
      <RegisterDrawer open={open} onClose={() => setOpen(false)} />
    </>
  );
}

function RegisterDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) => docsApi.register(v),
    onSuccess: (r) => {
      message.success(t('documents.incoming.registered', { no: r.regNo }));
      void qc.invalidateQueries({ queryKey: ['documents'] });
      form.resetFields();
      onClose();
      void navigate(`/documents/incoming/${r.id}`);
    },
  });
  return (
    <Drawer open={open} onClose={onClose} title={t('documents.incoming.register')} size={520} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ urgency: '普通', secrecy: '普通', copies: 1, routine: false, receivedOn: dayjs() }}
        onFinish={(v) => save.mutate({ ...v, sourceNo: v.sourceNo ?? '', receivedOn: (v.receivedOn as dayjs.Dayjs).format('YYYY-MM-DD'), attachmentIds: v.attachmentIds ?? [] })}
      >
        <Form.Item name="sourceNo" label={t('documents.col.sourceNo')}><Input maxLength={50} data-testid="in-sourceNo" /></Form.Item>
        <Form.Item name="issuer" label={t('documents.col.issuer')} rules={[{ required: true, whitespace: true }]}><Input maxLength={100} data-testid="in-issuer" /></Form.Item>
        <Form.Item name="title" label={t('documents.col.title')} rules={[{ required: true, whitespace: true }]}><Input maxLength={200} data-testid="in-title" /></Form.Item>
        <Form.Item name="receivedOn" label={t('documents.col.receivedOn')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Flex gap={12}>
          <Form.Item name="urgency" label={t('documents.col.urgency')} style={{ flex: 1 }}><Select options={URGENCY.map((x) => ({ value: x, label: x }))} /></Form.Item>
          <Form.Item name="secrecy" label={t('documents.col.secrecy')} style={{ flex: 1 }}><Select options={SECRECY.map((x) => ({ value: x, label: x }))} /></Form.Item>
          <Form.Item name="copies" label={t('documents.col.copies')} style={{ flex: 1 }}><InputNumber min={1} max={999} style={{ width: '100%' }} /></Form.Item>
        </Flex>
        <Form.Item name="attachmentIds" label={t('documents.incoming.scan')}><AttachmentUpload maxCount={20} /></Form.Item>
        <Form.Item name="routine" label={t('documents.incoming.routine')} valuePropName="checked" extra={t('documents.incoming.routineHint')}><Switch data-testid="in-routine" /></Form.Item>
        {save.error ? <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 12 }} /> : null}
        <Button type="primary" htmlType="submit" loading={save.isPending} block data-testid="in-save">{t('documents.save')}</Button>
      </Form>
    </Drawer>
  );
}

/** 发文 (DOC-2): the 发文登记簿 with 文号, filters, xlsx and print; anyone starts a draft (拟稿). */
import { useState } from 'react';
import { Alert, App, Button, Card, Drawer, Flex, Form, Input, Select, Switch, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { AttachmentUpload } from '../../process/form/AttachmentUpload';
import { UserPicker } from '../../process/form/UserPicker';
import { DPERM, docKeys, docsApi, SECRECY, URGENCY, type Outgoing, type OutgoingFilter } from './api';

export const OUT_COLOR: Record<string, string> = { archived: 'green', rejected: 'red', cancelled: 'default', numbering: 'gold', signing: 'processing' };

export default function OutgoingPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState(false);
  const filter: OutgoingFilter = { q: params.get('q') ?? undefined, status: params.get('status') ?? undefined, prefix: params.get('prefix') ?? undefined };
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const list = useQuery({ queryKey: docKeys.outgoing(filter), queryFn: () => docsApi.outgoing(filter) });
  const prefixes = useQuery({ queryKey: docKeys.prefixes, queryFn: docsApi.prefixes });
  return (
    <>
      <PageHeader
        title={t('documents.outgoing.title')}
        description={t('documents.outgoing.description')}
        extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="out-draft">{t('documents.outgoing.draft')}</Button>}
      />
      <div className="gj-print-title">{t('documents.outgoing.registerBook')}</div>
      <Flex gap={8} wrap className="gj-no-print" style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('documents.search')} style={{ width: 220 }} defaultValue={filter.q} onSearch={(v) => set('q', v || undefined)} />
        <Select allowClear placeholder={t('documents.outgoing.prefix')} style={{ width: 140 }} value={filter.prefix} onChange={(v) => set('prefix', v)} options={(prefixes.data?.prefixes ?? []).map((p) => ({ value: p, label: p }))} />
        <Select allowClear placeholder={t('documents.col.status')} style={{ width: 140 }} value={filter.status} onChange={(v) => set('status', v)} options={['dept_review', 'legal_review', 'signing', 'numbering', 'sealing', 'dispatching', 'archiving', 'archived', 'rejected', 'cancelled'].map((s) => ({ value: s, label: t(`documents.outgoing.status.${s}`) }))} />
        {hasPermission(DPERM.read) ? <Button icon={<DownloadOutlined />} href={docsApi.outgoingXlsx(filter)}>{t('common.exportXlsx')}</Button> : null}
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>{t('documents.print')}</Button>
      </Flex>
      {list.error ? <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} /> : null}
      <Card size="small">
        <Table<Outgoing>
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={list.data ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 1000 }}
          data-testid="outgoing-list"
          columns={[
            { title: t('documents.outgoing.number'), dataIndex: 'number', width: 170, render: (v: string | null, r) => (v ? <span style={r.numberVoid ? { textDecoration: 'line-through' } : undefined}>{v}</span> : '—') },
            { title: t('documents.col.title'), dataIndex: 'title', render: (v: string, r) => <Link to={`/documents/outgoing/${r.id}`}>{v}</Link> },
            { title: t('documents.outgoing.department'), dataIndex: 'department', width: 100 },
            { title: t('documents.outgoing.drafter'), dataIndex: 'drafter', width: 80 },
            { title: t('documents.outgoing.mainTo'), dataIndex: 'mainTo', width: 140 },
            { title: t('documents.col.secrecy'), dataIndex: 'secrecy', width: 60 },
            { title: t('documents.col.urgency'), dataIndex: 'urgency', width: 60 },
            { title: t('documents.outgoing.signer'), dataIndex: 'signer', width: 80 },
            { title: t('documents.outgoing.signedAt'), render: (_v, r) => formatDateTime(r.signedAt), width: 140 },
            { title: t('documents.col.status'), width: 90, render: (_v, r) => <Tag color={OUT_COLOR[r.status] ?? 'processing'}>{r.statusLabel}</Tag> },
          ]}
        />
      </Card>
      <DraftDrawer open={open} onClose={() => setOpen(false)} />
    </>
  );
}

function DraftDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) => docsApi.draft(v),
    onSuccess: (r) => {
      message.success(t('documents.outgoing.started'));
      void qc.invalidateQueries({ queryKey: ['documents'] });
      onClose();
      void navigate(`/documents/outgoing/${r.id}`);
    },
  });
  return (
    <Drawer open={open} onClose={onClose} title={t('documents.outgoing.draft')} size={560} destroyOnHidden>
      <Form layout="vertical" initialValues={{ secrecy: '普通', urgency: '普通', legalReview: false }} onFinish={(v) => save.mutate({ ...v, attachments: v.attachments ?? [] })}>
        <Form.Item name="title" label={t('documents.col.title')} rules={[{ required: true, whitespace: true }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="body" label={t('documents.outgoing.body')}><Input.TextArea rows={6} maxLength={20000} /></Form.Item>
        <Form.Item name="attachments" label={t('documents.outgoing.attachments')}><AttachmentUpload maxCount={20} /></Form.Item>
        <Form.Item name="mainTo" label={t('documents.outgoing.mainTo')} rules={[{ required: true, whitespace: true }]}><Input maxLength={500} /></Form.Item>
        <Form.Item name="ccTo" label={t('documents.outgoing.ccTo')}><Input maxLength={500} /></Form.Item>
        <Flex gap={12}>
          <Form.Item name="secrecy" label={t('documents.col.secrecy')} style={{ flex: 1 }}><Select options={SECRECY.map((x) => ({ value: x, label: x }))} /></Form.Item>
          <Form.Item name="urgency" label={t('documents.col.urgency')} style={{ flex: 1 }}><Select options={URGENCY.map((x) => ({ value: x, label: x }))} /></Form.Item>
        </Flex>
        <Form.Item name="legalReview" label={t('documents.outgoing.legalReview')} valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="signerId" label={t('documents.outgoing.signer')} rules={[{ required: true }]}><UserPicker spec={{ department: '公司领导' }} /></Form.Item>
        {save.error ? <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 12 }} /> : null}
        <Button type="primary" htmlType="submit" loading={save.isPending} block>{t('documents.submit')}</Button>
      </Form>
    </Drawer>
  );
}

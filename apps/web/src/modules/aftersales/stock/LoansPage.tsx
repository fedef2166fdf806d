/**
 * 借件登记表 (ASV-4/10): loans with status filters and the overdue flag (not booked out or
 * returned by the end of the third day), the clerk's 登记 / 出库核销 / 归还, the keeper's 发放, xlsx.
 * A technician sees his own loans.
 */
import { useState } from 'react';
import { App, Button, Card, Checkbox, Flex, Form, Input, InputNumber, Modal, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatDate, formatDateTime, formatYuan } from '../../../app/format';
import { LOAN_STATUSES, stockApi, stockKeys, STOCK_PERM, type Loan, type LoanAction, type LoanStatus } from './api';
import { LOAN_COLORS } from './JobPartsSection';

function CreateLoanModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const techs = useQuery({ queryKey: stockKeys.technicians, queryFn: () => stockApi.technicians(), enabled: open });
  const items = useQuery({ queryKey: stockKeys.items, queryFn: () => stockApi.items(), enabled: open });
  const save = useMutation({
    mutationFn: (v: { technicianId: string; itemId: string; quantity: number; note?: string }) => stockApi.createLoan(v),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: stockKeys.all });
      form.resetFields();
      onClose();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const f = (k: string) => t(`aftersales.stock.loans.form.${k}`);
  return (
    <Modal open={open} title={t('aftersales.stock.loans.create')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: save.isPending }} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ quantity: 1 }}>
        <Form.Item name="technicianId" label={f('technician')} rules={[{ required: true }]}><Select options={(techs.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))} /></Form.Item>
        <Form.Item name="itemId" label={f('item')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={(items.data?.items ?? []).filter((i) => !i.isInstallGoods && !i.isSet).map((i) => ({ value: i.id, label: `${i.code} ${i.name}（${i.quantity}${i.unit}）` }))} />
        </Form.Item>
        <Form.Item name="quantity" label={f('quantity')} rules={[{ required: true }]}><InputNumber min={1} precision={0} /></Form.Item>
        <Form.Item name="note" label={f('note')}><Input maxLength={500} /></Form.Item>
      </Form>
    </Modal>
  );
}

export default function LoansPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { hasPermission } = useAuth();
  const isClerk = hasPermission(STOCK_PERM.loans);
  const isKeeper = hasPermission(STOCK_PERM.stock);
  const [status, setStatus] = useState<LoanStatus | undefined>();
  const [overdue, setOverdue] = useState(false);
  const [open, setOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const q = { status, overdue: overdue ? 'true' : undefined, open: open ? 'true' : undefined };
  const list = useQuery({ queryKey: stockKeys.loans(q), queryFn: () => stockApi.loans(q) });
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: LoanAction }) => stockApi.loanAction(id, action),
    onSuccess: () => {
      message.success(t('aftersales.stock.loans.done'));
      void qc.invalidateQueries({ queryKey: stockKeys.all });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const c = (k: string) => t(`aftersales.stock.loans.col.${k}`);
  const a = (k: LoanAction) => t(`aftersales.stock.loans.action.${k}`);
  const actions = (r: Loan) => {
    const btn = (action: LoanAction, primary = false) => <Button key={action} size="small" type={primary ? 'primary' : 'default'} onClick={() => act.mutate({ id: r.id, action })}>{a(action)}</Button>;
    const confirm = (action: 'book' | 'return' | 'cancel') => (
      <Popconfirm key={action} title={t(`aftersales.stock.loans.confirm.${action}`)} onConfirm={() => act.mutate({ id: r.id, action })}><Button size="small" danger={action === 'cancel'}>{a(action)}</Button></Popconfirm>
    );
    return [
      r.status === 'requested' && isClerk ? btn('record', true) : null,
      r.status === 'recorded' && isKeeper ? btn('issue', true) : null,
      r.status === 'issued' && (isClerk || isKeeper) ? confirm('book') : null,
      r.status === 'issued' && (isClerk || isKeeper) ? confirm('return') : null,
      (r.status === 'requested' || r.status === 'recorded') && isClerk ? confirm('cancel') : null,
    ].filter(Boolean);
  };
  return (
    <>
      <PageHeader title={t('aftersales.stock.loans.title')} description={t('aftersales.stock.loans.description')}
        extra={(
          <>
            <Button icon={<DownloadOutlined />} href={stockApi.loansXlsx(q)}>{t('common.exportXlsx')}</Button>
            {isClerk ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('aftersales.stock.loans.create')}</Button> : null}
          </>
        )} />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <Select allowClear placeholder={c('status')} style={{ width: 160 }} value={status} onChange={setStatus} options={LOAN_STATUSES.map((s) => ({ value: s, label: t(`aftersales.stock.loanStatus.${s}`) }))} />
          <Checkbox checked={open} onChange={(e) => setOpen(e.target.checked)}>{t('aftersales.stock.loans.onlyOpen')}</Checkbox>
          <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>{t('aftersales.stock.loans.onlyOverdue')}</Checkbox>
        </Flex>
        <Table<Loan> rowKey="id" size="middle" loading={list.isLoading} dataSource={list.data?.items ?? []} scroll={{ x: 1450 }} pagination={{ pageSize: 50 }}
          onRow={(r) => ({ style: r.overdue ? { background: '#fff1f0' } : undefined })}
          columns={[
            { title: c('loanNo'), dataIndex: 'loanNo', width: 140, render: (v: string) => <span className="mono">{v}</span> },
            {
              title: c('status'), dataIndex: 'status', width: 150,
              render: (v: LoanStatus, r) => (
                <Flex vertical align="flex-start" gap={2}>
                  <Tag color={LOAN_COLORS[v]}>{t(`aftersales.stock.loanStatus.${v}`)}</Tag>
                  {r.overdue ? <Tag color="red">{t('aftersales.stock.loans.overdue', { days: r.daysLate })}</Tag> : null}
                  {r.reconcileState === 'done_late' ? <Tag color="orange">{t('aftersales.stock.loans.doneLate', { days: r.daysLate })}</Tag> : null}
                </Flex>
              ),
            },
            { title: c('createdAt'), dataIndex: 'createdAt', width: 140, render: (v: string) => formatDateTime(v) },
            { title: c('technician'), dataIndex: 'technicianName', width: 90 },
            { title: c('job'), dataIndex: 'jobNo', width: 140, render: (v: string) => <span className="mono">{v || '—'}</span> },
            { title: c('item'), dataIndex: 'itemName', width: 180, render: (v: string, r) => (<Flex vertical><span>{v}</span>{r.note ? <Typography.Text type="secondary">{r.note}</Typography.Text> : null}</Flex>) },
            { title: c('quantity'), dataIndex: 'quantity', width: 70, align: 'right', render: (v: number, r) => `${v}${r.unit}` },
            { title: c('value'), dataIndex: 'valueFen', width: 100, align: 'right', render: (v: number) => formatYuan(v) },
            { title: c('borrowedOn'), dataIndex: 'borrowedOn', width: 100, render: (v: string | null) => formatDate(v) },
            { title: c('dueOn'), dataIndex: 'dueOn', width: 100, render: (v: string | null) => formatDate(v) },
            { title: c('reconciledOn'), dataIndex: 'reconciledOn', width: 100, render: (v: string | null) => formatDate(v) },
            ...(isClerk || isKeeper ? [{ title: c('actions'), key: 'actions', width: 170, fixed: 'right' as const, render: (_: unknown, r: Loan) => <Flex gap={4} wrap>{actions(r)}</Flex> }] : []),
          ]} />
      </Card>
      <CreateLoanModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

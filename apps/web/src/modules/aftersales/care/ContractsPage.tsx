/**
 * 维保协议 (ASV-13): the list with the next visit, a drawer form to create or edit, and the
 * agreement's detail with its visit schedule and the 派工单 made for each visit (linked).
 */
import { useState } from 'react';
import { App, Button, Card, DatePicker, Descriptions, Drawer, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../app/api';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatDate, formatYuan } from '../../../app/format';
import { useIsMobile } from '../../../app/useIsMobile';
import { careApi, careKeys, type CareContract, type CareVisit } from './api';
import { ContractFormDrawer } from './ContractFormDrawer';

const VISIT_COLOR: Record<string, string> = { planned: 'blue', creating: 'gold', jobbed: 'green', cancelled: 'default' };

function TerminateModal({ contract, onClose }: { contract: CareContract | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ on?: Dayjs; reason: string }>();
  const m = useMutation({
    mutationFn: (v: { on?: Dayjs; reason: string }) => careApi.terminate(contract!.id, { on: v.on?.format('YYYY-MM-DD'), reason: v.reason }),
    onSuccess: () => {
      message.success(t('aftersales.care.saved'));
      void qc.invalidateQueries({ queryKey: careKeys.all });
      onClose();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Modal open={!!contract} title={t('aftersales.care.contracts.terminate')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={m.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('aftersales.care.contracts.terminateHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => m.mutate(v)}>
        <Form.Item name="on" label={t('aftersales.care.f.terminatedOn')}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="reason" label={t('aftersales.care.f.terminateReason')} rules={[{ required: true, whitespace: true }]}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
      </Form>
    </Modal>
  );
}

function DetailDrawer({ id, onClose, onEdit }: { id: string | null; onClose: () => void; onEdit: (c: CareContract) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: careKeys.contract(id ?? ''), queryFn: () => careApi.contract(id!), enabled: !!id });
  const dispatch = useMutation({
    mutationFn: (visitId: string) => careApi.dispatchVisit(visitId),
    onSuccess: () => {
      message.success(t('aftersales.care.contracts.dispatched'));
      void qc.invalidateQueries({ queryKey: careKeys.all });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const c = q.data;
  return (
    <Drawer open={!!id} onClose={onClose} size={isMobile ? '100%' : 680} title={c ? `${t('aftersales.care.contracts.agreement')} ${c.number}` : ''}
      extra={c && c.status === 'active' ? <Button icon={<EditOutlined />} onClick={() => onEdit(c)}>{t('common.edit')}</Button> : null}>
      {c ? (
        <>
          <Descriptions size="small" column={isMobile ? 1 : 2} bordered items={[
            { key: 'customer', label: t('aftersales.care.f.customer'), children: c.customerName },
            { key: 'status', label: t('aftersales.care.col.status'), children: <Tag color={c.status === 'active' ? 'green' : 'default'}>{t(`aftersales.care.status.${c.status}`)}</Tag> },
            { key: 'period', label: t('aftersales.care.f.period'), children: `${formatDate(c.startOn)} ~ ${formatDate(c.endOn)}` },
            { key: 'freq', label: t('aftersales.care.f.frequency'), children: c.visitsPerYear ? t('aftersales.care.f.timesPerYear', { n: c.visitsPerYear }) : t('aftersales.care.f.everyMonths', { n: c.intervalMonths }) },
            { key: 'fee', label: t('aftersales.care.f.fee'), children: formatYuan(c.feeFen) },
            { key: 'signed', label: t('aftersales.care.f.signedOn'), children: formatDate(c.signedOn) },
            { key: 'tech', label: t('aftersales.care.f.technician'), children: c.technicianName },
            { key: 'sales', label: t('aftersales.care.f.salesperson'), children: c.salespersonName || '—' },
            { key: 'mode', label: t('aftersales.care.f.commissionMode'), children: c.commissionMode === 'perVisit' ? `${t('aftersales.care.mode.perVisit')} ${formatYuan(c.commissionValue)}` : c.commissionMode === 'feePercent' ? `${t('aftersales.care.mode.feePercent')} ${c.commissionValue}%` : t('aftersales.care.mode.default') },
            { key: 'eq', label: t('aftersales.care.f.equipment'), children: c.equipment.map((e) => `${e.name} ${e.model}`).join('、') || '—' },
            ...(c.status === 'terminated' ? [{ key: 'term', label: t('aftersales.care.f.terminatedOn'), children: `${formatDate(c.terminatedOn)} ${c.terminateReason}` }] : []),
          ]} />
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t('aftersales.care.f.schedule')}</Typography.Title>
          <Table<CareVisit> rowKey="id" size="small" pagination={false} dataSource={c.visits} data-testid="care-visits" columns={[
            { title: '#', dataIndex: 'seq', width: 48 },
            { title: t('aftersales.care.col.visitOn'), dataIndex: 'visitOn', render: (d: string) => formatDate(d) },
            { title: t('aftersales.care.col.status'), dataIndex: 'status', render: (s: string) => <Tag color={VISIT_COLOR[s]}>{t(`aftersales.care.visit.${s}`)}</Tag> },
            {
              title: t('aftersales.care.col.jobNo'), key: 'job',
              render: (_: unknown, v) => (v.instanceId ? <Link to={`/instances/${v.instanceId}`}>{v.jobNo}</Link>
                : v.status === 'planned' && c.status === 'active' ? <Button size="small" loading={dispatch.isPending && dispatch.variables === v.id} onClick={() => dispatch.mutate(v.id)}>{t('aftersales.care.contracts.dispatchNow')}</Button> : '—'),
            },
            { title: t('aftersales.care.col.jobStatus'), dataIndex: 'jobStatus', render: (s: string | null) => (s ? t(`aftersales.care.jobStatus.${s}`, { defaultValue: s }) : '') },
          ]} />
        </>
      ) : null}
    </Drawer>
  );
}

export default function ContractsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'active' | 'terminated' | undefined>('active');
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<{ contract: CareContract | null } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [terminating, setTerminating] = useState<CareContract | null>(null);
  const list = useQuery({ queryKey: careKeys.contracts({ status, q }), queryFn: () => careApi.contracts({ status, q: q || undefined }) });
  return (
    <>
      <PageHeader title={t('aftersales.care.contracts.title')} description={t('aftersales.care.contracts.description')}
        extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ contract: null })} data-testid="care-contract-create">{t('aftersales.care.contracts.create')}</Button>} />
      <Card variant="borderless">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input.Search allowClear placeholder={t('aftersales.care.contracts.search')} onSearch={(v) => setQ(v.trim())} style={{ flex: '1 1 240px', maxWidth: 360 }} />
          <Select allowClear value={status} onChange={setStatus} style={{ width: 140 }} placeholder={t('aftersales.care.col.status')}
            options={(['active', 'terminated'] as const).map((s) => ({ value: s, label: t(`aftersales.care.status.${s}`) }))} />
        </Flex>
        <Table<CareContract> rowKey="id" size="small" loading={list.isFetching} dataSource={list.data?.items ?? []} scroll={{ x: 900 }} data-testid="care-contracts"
          onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('aftersales.care.col.contractNumber'), dataIndex: 'number' },
            { title: t('aftersales.care.col.customer'), dataIndex: 'customerName' },
            { title: t('aftersales.care.f.period'), key: 'period', render: (_: unknown, r) => `${formatDate(r.startOn)} ~ ${formatDate(r.endOn)}` },
            { title: t('aftersales.care.f.frequency'), key: 'freq', render: (_: unknown, r) => (r.visitsPerYear ? t('aftersales.care.f.timesPerYear', { n: r.visitsPerYear }) : t('aftersales.care.f.everyMonths', { n: r.intervalMonths })) },
            { title: t('aftersales.care.col.nextVisit'), dataIndex: 'nextVisitOn', render: (d: string | null) => formatDate(d) },
            { title: t('aftersales.care.col.visits'), key: 'v', render: (_: unknown, r) => `${r.jobbedCount ?? 0} / ${r.visitCount ?? 0}` },
            { title: t('aftersales.care.f.fee'), dataIndex: 'feeFen', align: 'right', render: (v: number) => formatYuan(v) },
            { title: t('aftersales.care.f.technician'), dataIndex: 'technicianName' },
            { title: t('aftersales.care.col.status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'active' ? 'green' : 'default'}>{t(`aftersales.care.status.${s}`)}</Tag> },
            {
              title: '', key: 'actions', render: (_: unknown, r) => (r.status === 'active' ? (
                <Flex gap={4} onClick={(e) => e.stopPropagation()}>
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ contract: r })}>{t('common.edit')}</Button>
                  <Button size="small" danger icon={<StopOutlined />} onClick={() => setTerminating(r)}>{t('aftersales.care.contracts.terminate')}</Button>
                </Flex>
              ) : null),
            },
          ]} />
      </Card>
      <ContractFormDrawer open={!!editing} contract={editing?.contract ?? null} onClose={() => setEditing(null)} />
      <DetailDrawer id={open} onClose={() => setOpen(null)} onEdit={(c) => { setOpen(null); setEditing({ contract: c }); }} />
      <TerminateModal contract={terminating} onClose={() => setTerminating(null)} />
    </>
  );
}

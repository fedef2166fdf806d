/**
 * 回访任务 (ASV-15): the clerk's worklist of free-maintenance expiry and part service-life
 * callbacks, due and overdue first; recording the call's outcome — "已成交" records the sale.
 */
import { useState } from 'react';
import { App, Button, Card, Flex, Form, Input, List, Modal, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../app/api';
import { PageHeader } from '../../../app/components/PageHeader';
import { formatDate, formatDateTime } from '../../../app/format';
import { useIsMobile } from '../../../app/useIsMobile';
import { careApi, careKeys, OUTCOMES, type CareTask, type ReminderReason, type TaskOutcome } from './api';
import { SaleFormItems, saleFields, type SaleValues } from './SaleFormItems';

interface Values { outcome: TaskOutcome; note?: string; sale?: SaleValues }

function OutcomeModal({ task, onClose }: { task: CareTask | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const outcome = Form.useWatch('outcome', form);
  const save = useMutation({
    mutationFn: (v: Values) => careApi.outcome(task!.id, { outcome: v.outcome, note: v.note, ...(v.outcome === 'sale_made' && v.sale ? { sale: saleFields(v.sale) } : {}) }),
    onSuccess: (r) => {
      message.success(r.saleId ? t('aftersales.care.tasks.saleRecorded') : t('aftersales.care.saved'));
      void qc.invalidateQueries({ queryKey: careKeys.all });
      onClose();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Modal open={!!task} title={task ? `${t('aftersales.care.tasks.record')} · ${task.customerName}` : ''} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden width={600}>
      {task ? (
        <Form form={form} layout="vertical" initialValues={{ outcome: 'contacted', sale: { quantity: 1, equipmentId: task.equipmentId, item: task.partName ? `更换${task.partName}` : '' } }} onFinish={(v) => save.mutate(v)}>
          <Typography.Paragraph>
            {t(`aftersales.care.reason.${task.reason}`)}：{task.equipmentName}{task.partName ? `「${task.partName}」` : ''} {formatDate(task.period)} · {task.phones.join('、')}
          </Typography.Paragraph>
          <Form.Item name="outcome" label={t('aftersales.care.f.outcome')} rules={[{ required: true }]}>
            <Select options={OUTCOMES.map((o) => ({ value: o, label: t(`aftersales.care.outcome.${o}`) }))} data-testid="care-outcome" />
          </Form.Item>
          <Form.Item name="note" label={t('aftersales.care.f.callNote')}><Input.TextArea rows={2} maxLength={1000} /></Form.Item>
          {outcome === 'sale_made' ? <SaleFormItems customerId={task.customerId} prefix={['sale']} /> : null}
        </Form>
      ) : null}
    </Modal>
  );
}

export default function TasksPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const [mine, setMine] = useState(true);
  const [reason, setReason] = useState<ReminderReason | undefined>();
  const [recording, setRecording] = useState<CareTask | null>(null);
  const params = { status, mine: mine ? 'true' as const : 'false' as const, reason };
  const list = useQuery({ queryKey: careKeys.tasks(params), queryFn: () => careApi.tasks(params) });
  const items = list.data?.items ?? [];
  const due = (r: CareTask) => (r.status === 'open' ? <Tag color={r.overdue ? 'red' : r.dueOn === list.data?.today ? 'orange' : 'blue'}>{formatDate(r.dueOn)}{r.overdue ? ` ${t('aftersales.care.tasks.overdue')}` : ''}</Tag> : formatDate(r.dueOn));
  const action = (r: CareTask) => (r.status === 'open' ? <Button size="small" type="primary" icon={<PhoneOutlined />} onClick={() => setRecording(r)} data-testid="care-task-record">{t('aftersales.care.tasks.record')}</Button> : null);
  return (
    <>
      <PageHeader title={t('aftersales.care.tasks.title')} description={t('aftersales.care.tasks.description')} />
      <Card variant="borderless">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Segmented value={status} onChange={(v) => setStatus(v as 'open' | 'done')} options={[{ value: 'open', label: t('aftersales.care.tasks.open') }, { value: 'done', label: t('aftersales.care.tasks.done') }]} />
          <Segmented value={mine ? 'mine' : 'all'} onChange={(v) => setMine(v === 'mine')} options={[{ value: 'mine', label: t('aftersales.care.tasks.mine') }, { value: 'all', label: t('aftersales.care.tasks.all') }]} />
          <Select allowClear placeholder={t('aftersales.care.f.reason')} value={reason} onChange={setReason} style={{ width: 160 }}
            options={(['warranty', 'part_life'] as const).map((r) => ({ value: r, label: t(`aftersales.care.reason.${r}`) }))} />
        </Flex>
        {isMobile ? (
          <List loading={list.isFetching} dataSource={items} renderItem={(r) => (
            <List.Item actions={[action(r)]}>
              <Space direction="vertical" size={2}>
                <Link to={`/aftersales/customers?id=${r.customerId}`}>{r.customerName}</Link>
                <span>{t(`aftersales.care.reason.${r.reason}`)} · {r.equipmentName}{r.partName ? `「${r.partName}」` : ''}</span>
                <span>{r.phones.join('、')}</span>
                {due(r)}
              </Space>
            </List.Item>
          )} />
        ) : (
          <Table<CareTask> rowKey="id" size="small" loading={list.isFetching} dataSource={items} scroll={{ x: 960 }} data-testid="care-tasks" columns={[
            { title: t('aftersales.care.col.dueOn'), key: 'due', render: (_: unknown, r) => due(r) },
            { title: t('aftersales.care.f.reason'), dataIndex: 'reason', render: (v: string) => t(`aftersales.care.reason.${v}`) },
            { title: t('aftersales.care.col.customer'), key: 'c', render: (_: unknown, r) => <Link to={`/aftersales/customers?id=${r.customerId}`}>{r.customerName}</Link> },
            { title: t('aftersales.care.col.phones'), dataIndex: 'phones', render: (p: string[]) => p.join('、') },
            { title: t('aftersales.care.f.equipment'), key: 'e', render: (_: unknown, r) => `${r.equipmentName} ${r.model}`.trim() },
            { title: t('aftersales.care.col.part'), dataIndex: 'partName', render: (v: string | null) => v ?? '' },
            { title: t('aftersales.care.col.period'), dataIndex: 'period', render: (d: string) => formatDate(d) },
            { title: t('aftersales.care.col.assignee'), dataIndex: 'assigneeName' },
            ...(status === 'done' ? [
              { title: t('aftersales.care.f.outcome'), key: 'o', render: (_: unknown, r: CareTask) => (r.outcome ? <Tag color={r.outcome === 'sale_made' ? 'green' : undefined}>{t(`aftersales.care.outcome.${r.outcome}`)}</Tag> : '') },
              { title: t('aftersales.care.f.callNote'), dataIndex: 'note' },
              { title: t('aftersales.care.col.doneAt'), dataIndex: 'doneAt', render: (d: string | null) => formatDateTime(d) },
            ] : [{ title: '', key: 'a', render: (_: unknown, r: CareTask) => action(r) }]),
          ]} />
        )}
      </Card>
      <OutcomeModal task={recording} onClose={() => setRecording(null)} />
    </>
  );
}

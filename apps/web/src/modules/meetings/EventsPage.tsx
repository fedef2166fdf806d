import { useState } from 'react';
import { App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Modal, Popconfirm, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatYuan } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { PageSpin } from '../../app/components/PageSpin';
import { UserSelect } from '../../platform/components/UserSelect';
import { TaskPercent, TaskStatusTag } from '../tasks/TaskStatusTag';
import { MPERM, meetingKeys, meetingsApi, type EventDetail, type EventRow } from './api';

/** Yuan typed in the form → integer fen, without floating point drift. */
const toFen = (yuan: number | null | undefined) => Math.round((yuan ?? 0) * 100);

function useAct() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (fn: () => Promise<unknown>) => fn(),
    onSuccess: async () => { message.success(t('meetings.saved')); await qc.invalidateQueries({ queryKey: meetingKeys.all }); },
    onError: (err) => message.error(errorMessage(err), 6),
  });
}

/** 大型活动 list. */
export function EventsListPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const act = useAct();
  const list = useQuery({ queryKey: meetingKeys.events, queryFn: meetingsApi.events });
  return (
    <>
      <PageHeader title={t('meetings.nav.events')} description={t('meetings.eventsDescription')}
        extra={hasPermission(MPERM.manage) ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>{t('meetings.newEvent')}</Button> : null} />
      <Card variant="borderless">
        <Table<EventRow> rowKey="id" loading={list.isFetching} dataSource={list.data ?? []} scroll={{ x: 'max-content' }} pagination={false} columns={[
          { title: t('meetings.field.eventName'), dataIndex: 'name', render: (v: string, r) => <Link to={`/meetings/events/${r.id}`}>{v}</Link> },
          { title: t('meetings.field.dates'), key: 'd', width: 200, render: (_: unknown, r) => (r.startDate === r.endDate ? r.startDate : `${r.startDate} – ${r.endDate}`) },
          { title: t('meetings.field.place'), dataIndex: 'place', width: 140 },
          { title: t('meetings.field.organizer'), dataIndex: 'organizerName', width: 90 },
        ]} />
      </Card>
      <Modal open={open} title={t('meetings.newEvent')} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={act.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v: { name: string; dates: [Dayjs, Dayjs]; place?: string; goal?: string }) =>
          act.mutate(() => meetingsApi.createEvent({ name: v.name, startDate: v.dates[0].format('YYYY-MM-DD'), endDate: v.dates[1].format('YYYY-MM-DD'), place: v.place, goal: v.goal }), { onSuccess: () => { setOpen(false); form.resetFields(); } })}>
          <Form.Item name="name" label={t('meetings.field.eventName')} rules={[{ required: true, whitespace: true, max: 200 }]}><Input /></Form.Item>
          <Form.Item name="dates" label={t('meetings.field.dates')} rules={[{ required: true }]}><DatePicker.RangePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="place" label={t('meetings.field.place')}><Input /></Form.Item>
          <Form.Item name="goal" label={t('meetings.field.goal')}><Input.TextArea rows={3} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** One event: plan, tasks (assigned work) and budget planned vs actual. */
export function EventDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const manage = hasPermission(MPERM.manage);
  const act = useAct();
  const [taskOpen, setTaskOpen] = useState(false);
  const [lineOpen, setLineOpen] = useState<null | { id?: string; item?: string; planned?: number; actual?: number; notes?: string }>(null);
  const [taskForm] = Form.useForm();
  const [lineForm] = Form.useForm();
  const q = useQuery({ queryKey: meetingKeys.event(id), queryFn: () => meetingsApi.event(id) });
  if (q.isPending) return <PageSpin />;
  if (q.isError) return <Typography.Text type="danger">{errorMessage(q.error)}</Typography.Text>;
  const e: EventDetail = q.data;
  return (
    <>
      <PageHeader title={e.name} description={e.startDate === e.endDate ? e.startDate : `${e.startDate} – ${e.endDate}`} />
      <Flex vertical gap={12}>
        <Card variant="borderless">
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('meetings.field.place')}>{e.place || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('meetings.field.organizer')}>{e.organizer.name}</Descriptions.Item>
            <Descriptions.Item label={t('meetings.field.goal')} span={2}><span style={{ whiteSpace: 'pre-wrap' }}>{e.goal || '—'}</span></Descriptions.Item>
          </Descriptions>
        </Card>
        <Card variant="borderless" title={t('meetings.eventTasks')} extra={manage ? <Button onClick={() => setTaskOpen(true)}>{t('meetings.addEventTask')}</Button> : null}>
          <Table rowKey="id" size="small" pagination={false} dataSource={e.tasks} scroll={{ x: 'max-content' }} columns={[
            { title: t('tasks.field.title'), dataIndex: 'title', render: (v: string, r) => <Link to={`/assignments/${r.id}`}>{v}</Link> },
            { title: t('tasks.field.owner'), dataIndex: 'ownerName', width: 90 },
            { title: t('tasks.field.dueDate'), dataIndex: 'dueDate', width: 110, render: (v: string, r) => <span className={r.overdue ? 'meeting-overdue' : ''}>{v}</span> },
            { title: t('common.status'), key: 's', width: 160, render: (_: unknown, r) => <TaskStatusTag status={r.status} overdue={r.overdue} /> },
            { title: t('tasks.field.percent'), dataIndex: 'percent', width: 130, render: (p: number) => <TaskPercent percent={p} /> },
          ]} />
        </Card>
        <Card variant="borderless" title={t('meetings.budget')} extra={manage ? <Button onClick={() => setLineOpen({})}>{t('meetings.addBudgetLine')}</Button> : null}>
          <Table rowKey="id" size="small" pagination={false} dataSource={e.budget} scroll={{ x: 'max-content' }}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}><Typography.Text strong>{t('meetings.total')}</Typography.Text></Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right"><Typography.Text strong>{formatYuan(e.totals.plannedFen)}</Typography.Text></Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right"><Typography.Text strong>{formatYuan(e.totals.actualFen)}</Typography.Text></Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right"><Typography.Text strong type={e.totals.diffFen > 0 ? 'danger' : undefined}>{formatYuan(e.totals.diffFen)}</Typography.Text></Table.Summary.Cell>
                <Table.Summary.Cell index={4} colSpan={2} />
              </Table.Summary.Row>
            )}
            columns={[
              { title: t('meetings.field.budgetItem'), dataIndex: 'item' },
              { title: t('meetings.field.planned'), dataIndex: 'plannedFen', align: 'right', width: 120, render: (f: number) => formatYuan(f) },
              { title: t('meetings.field.actual'), dataIndex: 'actualFen', align: 'right', width: 120, render: (f: number) => formatYuan(f) },
              { title: t('meetings.field.diff'), key: 'diff', align: 'right', width: 120, render: (_: unknown, r) => <Typography.Text type={r.actualFen > r.plannedFen ? 'danger' : undefined}>{formatYuan(r.actualFen - r.plannedFen)}</Typography.Text> },
              { title: t('meetings.field.note'), dataIndex: 'notes' },
              ...(manage ? [{ title: t('common.actions'), key: 'a', width: 130, render: (_: unknown, r: EventDetail['budget'][number]) => (
                <Flex gap={4}>
                  <Button size="small" type="link" onClick={() => setLineOpen({ id: r.id, item: r.item, planned: r.plannedFen / 100, actual: r.actualFen / 100, notes: r.notes })}>{t('common.edit')}</Button>
                  <Popconfirm title={t('common.delete')} onConfirm={() => act.mutate(() => meetingsApi.deleteBudget(r.id))}><Button size="small" type="link" danger>{t('common.delete')}</Button></Popconfirm>
                </Flex>
              ) }] : []),
            ]} />
        </Card>
      </Flex>
      <Modal open={taskOpen} title={t('meetings.addEventTask')} onCancel={() => setTaskOpen(false)} onOk={() => taskForm.submit()} destroyOnHidden>
        <Form form={taskForm} layout="vertical" onFinish={(v: { title: string; ownerId: string; dueDate: Dayjs; description?: string }) =>
          act.mutate(() => meetingsApi.eventTask(id, { title: v.title, ownerId: v.ownerId, dueDate: v.dueDate.format('YYYY-MM-DD'), description: v.description }), { onSuccess: () => { setTaskOpen(false); taskForm.resetFields(); } })}>
          <Form.Item name="title" label={t('tasks.field.title')} rules={[{ required: true, whitespace: true, max: 200 }]}><Input /></Form.Item>
          <Form.Item name="ownerId" label={t('tasks.field.owner')} rules={[{ required: true }]}><UserSelect /></Form.Item>
          <Form.Item name="dueDate" label={t('tasks.field.dueDate')} rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="description" label={t('tasks.field.description')}><Input.TextArea rows={3} /></Form.Item>
        </Form>
      </Modal>
      <Modal open={!!lineOpen} title={lineOpen?.id ? t('common.edit') : t('meetings.addBudgetLine')} onCancel={() => setLineOpen(null)} onOk={() => lineForm.submit()} destroyOnHidden>
        <Form form={lineForm} layout="vertical" initialValues={lineOpen ?? {}} onFinish={(v: { item: string; planned: number; actual?: number; notes?: string }) => {
          const body = { item: v.item, plannedFen: toFen(v.planned), actualFen: toFen(v.actual), notes: v.notes ?? '' };
          act.mutate(() => (lineOpen?.id ? meetingsApi.updateBudget(lineOpen.id, body) : meetingsApi.addBudget(id, body)), { onSuccess: () => setLineOpen(null) });
        }}>
          <Form.Item name="item" label={t('meetings.field.budgetItem')} rules={[{ required: true, whitespace: true, max: 200 }]}><Input /></Form.Item>
          <Form.Item name="planned" label={`${t('meetings.field.planned')}（元）`} rules={[{ required: true }]}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="actual" label={`${t('meetings.field.actual')}（元）`}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="notes" label={t('meetings.field.note')}><Input /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}

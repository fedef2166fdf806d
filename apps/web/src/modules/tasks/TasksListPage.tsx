import { useState } from 'react';
import { Button, Card, Flex, Input, Select, Table, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { formatDate } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { UserSelect } from '../../platform/components/UserSelect';
import { AssignDrawer } from './AssignDrawer';
import { TaskPercent, TaskStatusTag } from './TaskStatusTag';
import { TPERM, taskKeys, tasksApi, type AssignedTask, type TaskFilter, type TaskView } from './api';

const STATUS_FILTERS = ['open', 'overdue', 'closure_requested', 'closed', 'cancelled'] as const;

/** 我交办的 / 我负责的 / 督办一览: one table, three views. */
export function TasksList({ view }: { view: TaskView }) {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const [status, setStatus] = useState<string | undefined>(view === 'all' ? 'open' : undefined);
  const [q, setQ] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [assigning, setAssigning] = useState(false);
  const filter: TaskFilter = { view, status, q: q.trim() || undefined, ownerId: ownerId ?? undefined };
  const list = useQuery({ queryKey: taskKeys.list(filter), queryFn: () => tasksApi.list(filter) });
  const rows = list.data ?? [];
  const overdueCount = rows.filter((r) => r.overdue).length;
  return (
    <>
      <PageHeader
        title={t(`tasks.nav.${view}`)}
        description={t(`tasks.description.${view}`)}
        extra={
          <Flex gap={8} wrap>
            {hasPermission(TPERM.assign) ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setAssigning(true)} data-testid="assign-open">{t('tasks.assign')}</Button> : null}
            <Button icon={<DownloadOutlined />} href={tasksApi.exportUrl(filter)}>{t('common.exportXlsx')}</Button>
          </Flex>
        }
      />
      <Card variant="borderless">
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Select allowClear placeholder={t('common.status')} style={{ width: 140 }} value={status} onChange={setStatus}
            options={STATUS_FILTERS.map((s) => ({ value: s, label: t(`tasks.filter.${s}`) }))} />
          <Input.Search allowClear placeholder={t('tasks.searchTitle')} style={{ width: 220 }} onSearch={setQ} />
          {view === 'all' ? <div style={{ width: 200 }}><UserSelect value={ownerId} onChange={setOwnerId} placeholder={t('tasks.field.owner')} /></div> : null}
          {overdueCount > 0 ? <Typography.Text type="danger">{t('tasks.overdueCount', { count: overdueCount })}</Typography.Text> : null}
        </Flex>
        <Table<AssignedTask>
          rowKey="id"
          loading={list.isFetching}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          rowClassName={(r) => (r.overdue ? 'tasks-row-overdue' : '')}
          data-testid="tasks-table"
          columns={[
            { title: t('tasks.field.title'), dataIndex: 'title', render: (v: string, r) => <Link to={`/assignments/${r.id}`}>{v}</Link> },
            ...(view !== 'assigned' ? [{ title: t('tasks.field.assigner'), dataIndex: 'assignerName', width: 90 }] : []),
            ...(view !== 'owned' ? [{ title: t('tasks.field.owner'), key: 'owner', width: 140, render: (_: unknown, r: AssignedTask) => `${r.ownerName}${r.ownerDepartment ? ` · ${r.ownerDepartment}` : ''}` }] : []),
            {
              title: t('tasks.field.dueDate'), dataIndex: 'dueDate', width: 130,
              render: (v: string, r) => (
                <Typography.Text type={r.overdue ? 'danger' : undefined} strong={r.overdue}>
                  {formatDate(v)}{r.daysLeft !== null && r.status !== 'closure_requested' ? ` (${r.daysLeft < 0 ? t('tasks.daysOver', { n: -r.daysLeft }) : t('tasks.daysLeft', { n: r.daysLeft })})` : ''}
                </Typography.Text>
              ),
            },
            { title: t('common.status'), key: 'status', width: 150, render: (_: unknown, r) => <TaskStatusTag status={r.status} overdue={r.overdue} /> },
            { title: t('tasks.field.percent'), dataIndex: 'percent', width: 130, render: (p: number) => <TaskPercent percent={p} /> },
            { title: t('tasks.field.source'), dataIndex: 'sourceKind', width: 100, render: (k: string | null) => (k ? t(`tasks.source.${k}`, { defaultValue: k }) : '—') },
          ]}
        />
      </Card>
      <AssignDrawer open={assigning} onClose={() => setAssigning(false)} />
    </>
  );
}

export function AssignedByMePage() { return <TasksList view="assigned" />; }
export function MyTasksPage() { return <TasksList view="owned" />; }
export function AllTasksPage() { return <TasksList view="all" />; }
export default MyTasksPage;

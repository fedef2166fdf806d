/** 任务: every task of the instance (环节, 处理人/候选人, 状态, 到达, 时限, 完成, 结果); cards on a phone. */
import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { useIsMobile } from '../../app/useIsMobile';
import type { InstanceTask, StepLite } from '../types';
import { stepLabel } from '../steps';
import { DueTag } from './DueTag';
import { OutcomeTag, TaskStatusTag } from './StatusTag';
import { usePunct } from '../punct';

export function TaskTable({ tasks, steps }: { tasks: InstanceTask[]; steps: ReadonlyMap<string, StepLite> }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const p = usePunct();

  const who = (task: InstanceTask) => {
    if (task.assignee) {
      return (
        <span>
          {task.assignee.name}
          {task.actingFor ? <Tag color="gold" style={{ marginInlineStart: 4 }}>{t('process.inbox.actingFor', { name: task.actingFor.name })}</Tag> : null}
          {task.completedBy && task.completedBy.id !== task.assignee.id ? <Typography.Text type="secondary">{p.paren(task.completedBy.name)}</Typography.Text> : null}
        </span>
      );
    }
    if (task.candidates.length) return <span>{t('process.task.candidates', { names: task.candidates.map((c) => c.name).join(p.sep) })}</span>;
    return <span>{task.completedBy?.name ?? '—'}</span>;
  };
  const step = (task: InstanceTask) => (
    <span>
      {stepLabel(steps, task.stepId, task.stepName)}
      {task.kind === 'cc' ? <Tag style={{ marginInlineStart: 4 }}>{t('process.task.cc')}</Tag> : null}
    </span>
  );
  const result = (task: InstanceTask) => (
    <span>
      <OutcomeTag outcome={task.outcome} />
      {task.comment ? <Typography.Text type="secondary" className="pre-line">{task.comment}</Typography.Text> : null}
    </span>
  );

  if (isMobile) {
    return (
      <div className="gj-cards" data-testid="task-list">
        {tasks.map((task) => (
          <div key={task.id} className="gj-card-item gj-card-static">
            <Flex justify="space-between" gap={8} align="flex-start">
              <Typography.Text strong>{step(task)}</Typography.Text>
              <TaskStatusTag status={task.status} claimable={task.status === 'open' && !task.assignee} cc={task.kind === 'cc'} />
            </Flex>
            <div className="gj-card-meta">
              {t('process.task.who')}
              {p.colon}
              {who(task)}
            </div>
            <div className="gj-card-meta">
              {t('process.task.arrived')}
              {p.colon}
              {formatDateTime(task.createdAt)}
              {task.completedAt ? ` · ${t('process.task.completed')}${p.colon}${formatDateTime(task.completedAt)}` : ''}
            </div>
            {task.dueAt ? (
              <div className="gj-card-meta">
                {t('process.inbox.due')}
                {p.colon}
                <DueTag dueAt={task.dueAt} overdue={task.overdue} open={task.status === 'open'} />
              </div>
            ) : null}
            {task.outcome ? <div className="gj-card-meta">{result(task)}</div> : null}
          </div>
        ))}
      </div>
    );
  }

  const columns: TableColumnsType<InstanceTask> = [
    { title: t('process.task.step'), key: 'step', width: 150, render: (_, task) => step(task) },
    { title: t('process.task.who'), key: 'who', width: 140, render: (_, task) => who(task) },
    { title: t('common.status'), key: 'status', width: 90, render: (_, task) => <TaskStatusTag status={task.status} claimable={task.status === 'open' && !task.assignee} cc={task.kind === 'cc'} /> },
    { title: t('process.task.arrived'), key: 'arrived', width: 140, render: (_, task) => <span className="gj-nowrap">{formatDateTime(task.createdAt)}</span> },
    {
      title: t('process.inbox.due'),
      key: 'due',
      width: 180,
      render: (_, task) => <DueTag dueAt={task.dueAt} overdue={task.overdue} open={task.status === 'open'} />,
    },
    { title: t('process.task.completed'), key: 'completed', width: 140, render: (_, task) => <span className="gj-nowrap">{formatDateTime(task.completedAt)}</span> },
    { title: t('process.task.result'), key: 'result', width: 240, render: (_, task) => result(task) },
  ];
  return <Table<InstanceTask> rowKey="id" size="small" dataSource={tasks} columns={columns} pagination={false} scroll={{ x: 960 }} data-testid="task-table" />;
}

/**
 * Inbox rows: a table on desktop, cards on a phone. A row opens the instance page.
 */
import { Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType as ColumnsType, TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useIsMobile } from '../../app/useIsMobile';
import type { InboxItem, InboxView } from '../types';
import { DueTag } from './DueTag';
import { InstanceStatusTag, OutcomeTag, TaskStatusTag } from './StatusTag';
import { usePunct } from '../punct';
import { useStepNames } from './useStepNames';

interface Props {
  view: InboxView;
  items: InboxItem[];
  loading: boolean;
  pagination: TablePaginationConfig | false;
}

export function InboxList({ view, items, loading, pagination }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const p = usePunct();
  const started = view === 'started';
  const stepName = useStepNames(items.map((i) => i.processKey), started);
  const step = (i: InboxItem) => (started ? stepName(i.processKey, i.stepName) : (i.stepName ?? '—'));
  const open = (i: InboxItem) => navigate(`/instances/${encodeURIComponent(i.instanceId)}`);
  const arrived = (i: InboxItem) => formatDateTime(i.createdAt);
  const status = (i: InboxItem) =>
    started ? (
      <InstanceStatusTag status={i.instanceStatus} />
    ) : view === 'done' ? (
      <Flex gap={4} wrap>
        <OutcomeTag outcome={i.outcome} />
        {i.instanceStatus !== 'running' ? <InstanceStatusTag status={i.instanceStatus} /> : null}
      </Flex>
    ) : (
      <TaskStatusTag status={i.status} claimable={i.claimable} cc={view === 'cc'} />
    );

  if (isMobile) {
    return (
      <div className="gj-cards" data-testid="inbox-list">
        {items.map((i) => (
          <div key={i.taskId ?? i.instanceId} className="gj-card-item" role="link" tabIndex={0} onClick={() => open(i)} onKeyDown={(e) => e.key === 'Enter' && open(i)}>
            <Flex justify="space-between" gap={8} align="flex-start">
              <Typography.Text strong className="gj-card-title">
                {i.title}
              </Typography.Text>
              {status(i)}
            </Flex>
            <div className="gj-card-meta">
              {i.processName} · {step(i)}
            </div>
            <div className="gj-card-meta">
              {t('process.inbox.initiator')}
              {p.colon}
              {i.initiatorName ?? '—'} · {started ? t('process.inbox.startedAt') : t('process.inbox.arrivedAt')}
              {p.colon}
              {arrived(i)}
            </div>
            {i.actingForName ? (
              <div className="gj-card-meta">
                <Tag color="gold">{t('process.inbox.actingFor', { name: i.actingForName })}</Tag>
              </div>
            ) : null}
            {!started && view !== 'cc' ? (
              <div className="gj-card-meta">
                {t('process.inbox.due')}
                {p.colon}
                <DueTag dueAt={i.dueAt} overdue={i.overdue} open={i.status === 'open'} />
              </div>
            ) : null}
          </div>
        ))}
        {!loading && items.length === 0 ? <Typography.Text type="secondary">{t('process.inbox.empty')}</Typography.Text> : null}
        {pagination ? <MobilePager pagination={pagination} /> : null}
      </div>
    );
  }

  const endedColumn = {
    title: t('process.inbox.endedAt'),
    key: 'ended',
    width: 140,
    render: (_: unknown, i: InboxItem) => <span className="gj-nowrap">{formatDateTime(i.completedAt)}</span>,
  };
  const dueColumns = [
    {
      title: t('process.inbox.due'),
      key: 'due',
      width: 170,
      render: (_: unknown, i: InboxItem) => <DueTag dueAt={i.dueAt} overdue={i.overdue} open={i.status === 'open'} />,
    },
    {
      title: t('process.inbox.agent'),
      key: 'agent',
      width: 90,
      render: (_: unknown, i: InboxItem) => (i.actingForName ? <Tag color="gold">{t('process.inbox.actingFor', { name: i.actingForName })}</Tag> : '—'),
    },
  ];
  const columns: ColumnsType<InboxItem> = [
    {
      title: t('process.inbox.title'),
      dataIndex: 'title',
      width: 220,
      render: (v: string) => <Typography.Link>{v}</Typography.Link>,
    },
    { title: t('process.inbox.process'), dataIndex: 'processName', width: 130 },
    { title: t('process.inbox.step'), key: 'step', width: 130, render: (_, i) => step(i) },
    { title: t('process.inbox.initiator'), dataIndex: 'initiatorName', width: 80, render: (v: string | null) => v ?? '—' },
    ...(view === 'done'
      ? []
      : [
          {
            title: started ? t('process.inbox.startedAt') : t('process.inbox.arrivedAt'),
            key: 'arrived',
            width: 140,
            render: (_: unknown, i: InboxItem) => <span className="gj-nowrap">{arrived(i)}</span>,
          },
        ]),
    ...(started ? [endedColumn] : view === 'cc' ? [] : dueColumns),
    ...(view === 'done'
      ? [{ title: t('process.inbox.completedAt'), key: 'completed', width: 140, render: (_: unknown, i: InboxItem) => <span className="gj-nowrap">{formatDateTime(i.completedAt)}</span> }]
      : []),
    { title: t('common.status'), key: 'status', width: 90, render: (_, i) => status(i) },
  ];
  const minWidth = columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), 0);

  return (
    <Table<InboxItem>
      rowKey={(i) => i.taskId ?? i.instanceId}
      loading={loading}
      dataSource={items}
      columns={columns}
      pagination={pagination}
      size="middle"
      scroll={{ x: minWidth }}
      onRow={(i) => ({ onClick: () => open(i), className: 'gj-row-link' })}
      locale={{ emptyText: t('process.inbox.empty') }}
      data-testid="inbox-table"
    />
  );
}

function MobilePager({ pagination }: { pagination: TablePaginationConfig }) {
  const { t } = useTranslation();
  const { current = 1, pageSize = 20, total = 0, onChange } = pagination;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <Flex justify="space-between" align="center" className="gj-mobile-pager">
      <Typography.Link disabled={current <= 1} onClick={() => onChange?.(current - 1, pageSize)}>
        {t('process.inbox.prev')}
      </Typography.Link>
      <Typography.Text type="secondary">
        {current} / {pages}
      </Typography.Text>
      <Typography.Link disabled={current >= pages} onClick={() => onChange?.(current + 1, pageSize)}>
        {t('process.inbox.next')}
      </Typography.Link>
    </Flex>
  );
}

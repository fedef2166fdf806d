/** Home-page card: the five oldest open todo items and the inbox counts. */
import { Card, Empty, Flex, Statistic, Tag, Typography } from 'antd';
import { CheckSquareOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/format';
import { processApi, processKeys } from '../api';
import type { InboxParams } from '../types';
import { DueTag } from './DueTag';
import { useInboxCounts } from './TodoBadge';

const TOP: InboxParams = { view: 'todo', page: 1, pageSize: 5 };

export function MyTasksCard() {
  const { t } = useTranslation();
  const counts = useInboxCounts();
  const top = useQuery({ queryKey: processKeys.inbox(TOP), queryFn: () => processApi.inbox(TOP) });
  const items = top.data?.items ?? [];
  const c = counts.data;

  return (
    <Card
      title={
        <span>
          <CheckSquareOutlined /> {t('process.home.title')}
        </span>
      }
      extra={<Link to="/tasks">{t('process.home.all')}</Link>}
      variant="borderless"
      style={{ height: '100%' }}
      loading={top.isPending}
      data-testid="home-tasks"
    >
      <Flex gap={24} wrap className="gj-home-counts">
        <Link to="/tasks">
          <Statistic title={t('process.inbox.view.todo')} value={c?.todo ?? 0} />
        </Link>
        <Link to="/tasks?overdue=true">
          <Statistic title={t('process.home.overdue')} value={c?.overdue ?? 0} styles={{ content: c?.overdue ? { color: '#cf1322' } : undefined }} />
        </Link>
        <Link to="/tasks?view=cc">
          <Statistic title={t('process.home.ccUnread')} value={c?.ccUnread ?? 0} />
        </Link>
        <Link to="/tasks?view=started">
          <Statistic title={t('process.inbox.view.started')} value={c?.started ?? 0} />
        </Link>
      </Flex>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('process.home.empty')} />
      ) : (
        <div className="gj-home-tasks">
          {items.map((i) => (
            <Link key={i.taskId ?? i.instanceId} to={`/instances/${encodeURIComponent(i.instanceId)}`} className="gj-home-task">
              <Flex justify="space-between" gap={8} align="baseline" wrap>
                <Typography.Text strong ellipsis className="gj-home-task-title">
                  {i.title}
                </Typography.Text>
                <DueTag dueAt={i.dueAt} overdue={i.overdue} />
              </Flex>
              <Typography.Text type="secondary" className="gj-small">
                {i.processName} · {i.stepName} · {formatDateTime(i.createdAt)}
                {i.actingForName ? <Tag color="gold" style={{ marginInlineStart: 6 }}>{t('process.inbox.actingFor', { name: i.actingForName })}</Tag> : null}
              </Typography.Text>
            </Link>
          ))}
        </div>
      )}
    </Card>
  );
}

import { App, Badge, Button, Card, Empty, Flex, Pagination, Segmented, Skeleton, Typography } from 'antd';
import { CheckOutlined, LinkOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { PageHeader } from '../../app/components/PageHeader';
import { notificationKeys, notificationsApi } from '../api/notifications';
import type { Notification } from '../types';

const PAGE_SIZE = 20;

export default function NotificationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === 'true';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = { unread: unreadOnly ? ('true' as const) : undefined, page, pageSize: PAGE_SIZE };
  const list = useQuery({ queryKey: notificationKeys.list(query), queryFn: () => notificationsApi.list(query), placeholderData: keepPreviousData });

  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const markRead = useMutation({ mutationFn: notificationsApi.markRead, onSuccess: refresh, onError: (e) => message.error(errorMessage(e)) });
  const markAll = useMutation({
    mutationFn: notificationsApi.markAllRead,
    onSuccess: async () => {
      message.success(t('notification.allMarked'));
      await refresh();
    },
    onError: (e) => message.error(errorMessage(e)),
  });

  const open = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    if (!n.link) return;
    if (/^https?:\/\//.test(n.link)) window.open(n.link, '_blank', 'noopener');
    else navigate(n.link);
  };

  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('nav.notifications')}
        extra={
          <Button icon={<CheckOutlined />} loading={markAll.isPending} onClick={() => markAll.mutate()} data-testid="notifications-read-all">
            {t('notification.markAllRead')}
          </Button>
        }
      />
      <Card variant="borderless">
        <Flex className="toolbar">
          <Segmented<'all' | 'unread'>
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(v) => setParams(v === 'unread' ? { unread: 'true' } : {}, { replace: true })}
            options={[
              { value: 'all', label: t('notification.filterAll') },
              { value: 'unread', label: t('notification.filterUnread') },
            ]}
          />
        </Flex>
        {list.isPending ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          <Empty description={unreadOnly ? t('notification.noUnread') : t('notification.empty')} />
        ) : (
          <div data-testid="notification-list">
            {items.map((n) => (
              <div key={n.id} className={`notif-item${n.readAt ? '' : ' notif-item-unread'}`} style={{ padding: '14px 16px' }}>
                <Flex justify="space-between" gap={12} align="flex-start" wrap>
                  <Flex vertical gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
                    <Flex gap={8} align="center">
                      {n.readAt ? null : <Badge status="processing" />}
                      <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                    </Flex>
                    {n.body ? (
                      <Typography.Paragraph className="pre-line" type="secondary" style={{ margin: 0 }}>
                        {n.body}
                      </Typography.Paragraph>
                    ) : null}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(n.createdAt)}
                      {n.readAt ? ` · ${t('notification.readAt', { time: formatDateTime(n.readAt) })}` : ''}
                    </Typography.Text>
                  </Flex>
                  <Flex gap={4}>
                    {n.link ? (
                      <Button size="small" icon={<LinkOutlined />} onClick={() => open(n)}>
                        {t('common.view')}
                      </Button>
                    ) : null}
                    {n.readAt ? null : (
                      <Button size="small" type="link" onClick={() => markRead.mutate(n.id)}>
                        {t('notification.markRead')}
                      </Button>
                    )}
                  </Flex>
                </Flex>
              </div>
            ))}
          </div>
        )}
        {(list.data?.total ?? 0) > PAGE_SIZE ? (
          <Flex justify="flex-end" style={{ marginTop: 16 }}>
            <Pagination
              current={page}
              pageSize={PAGE_SIZE}
              total={list.data?.total ?? 0}
              showSizeChanger={false}
              showTotal={(total) => t('common.total', { total })}
              onChange={(p) => setParams({ ...(unreadOnly ? { unread: 'true' } : {}), page: String(p) }, { replace: true })}
            />
          </Flex>
        ) : null}
      </Card>
    </>
  );
}

import { useState } from 'react';
import { Badge, Button, Empty, Flex, Popover, Spin, Typography } from 'antd';
import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { App } from 'antd';
import { notificationKeys, notificationsApi } from '../../platform/api/notifications';
import type { Notification } from '../../platform/types';
import { errorMessage } from '../api';
import { formatDateTime } from '../format';

const POLL_MS = 30_000;
const LATEST = { page: 1, pageSize: 6 };

export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const unread = useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: notificationsApi.unreadCount,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
  });
  const count = unread.data?.count ?? 0;

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      arrow={false}
      destroyOnHidden
      // Always give content: antd never opens a popover whose content is empty.
      content={<LatestNotifications onClose={() => setOpen(false)} />}
      styles={{ container: { padding: 0 } }}
    >
      <Button type="text" aria-label={t('header.notifications')} data-testid="notification-bell">
        <Badge count={count} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}

function LatestNotifications({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const latest = useQuery({ queryKey: notificationKeys.list(LATEST), queryFn: () => notificationsApi.list(LATEST) });

  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const markRead = useMutation({ mutationFn: notificationsApi.markRead, onSuccess: refresh, onError: (e) => message.error(errorMessage(e)) });
  const markAll = useMutation({
    mutationFn: notificationsApi.markAllRead,
    onSuccess: refresh,
    onError: (e) => message.error(errorMessage(e)),
  });

  const openItem = (n: Notification) => {
    if (!n.readAt) markRead.mutate(n.id);
    if (n.link) {
      onClose();
      if (/^https?:\/\//.test(n.link)) window.open(n.link, '_blank', 'noopener');
      else navigate(n.link);
    }
  };

  const items = latest.data?.items ?? [];
  return (
    <div className="notif-popover" data-testid="notification-dropdown">
      <Flex justify="space-between" align="center" className="notif-popover-head">
        <Typography.Text strong>{t('header.notifications')}</Typography.Text>
        <Button size="small" type="link" icon={<CheckOutlined />} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          {t('notification.markAllRead')}
        </Button>
      </Flex>
      <div className="notif-popover-body">
        {latest.isPending ? (
          <Flex justify="center" style={{ padding: 24 }}>
            <Spin />
          </Flex>
        ) : items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notification.empty')} />
        ) : (
          items.map((n) => (
            <div
              key={n.id}
              className={`notif-item${n.readAt ? '' : ' notif-item-unread'}${n.link ? ' notif-item-link' : ''}`}
              onClick={() => openItem(n)}
              role={n.link ? 'link' : undefined}
            >
              <Flex justify="space-between" gap={8} align="baseline">
                <Typography.Text strong={!n.readAt} ellipsis style={{ flex: 1, minWidth: 0 }}>
                  {n.title}
                </Typography.Text>
                {n.readAt ? null : (
                  <Button
                    size="small"
                    type="text"
                    onClick={(e) => {
                      e.stopPropagation();
                      markRead.mutate(n.id);
                    }}
                  >
                    {t('notification.markRead')}
                  </Button>
                )}
              </Flex>
              {n.body ? (
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 12 }}>
                  {n.body}
                </Typography.Paragraph>
              ) : null}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(n.createdAt)}
              </Typography.Text>
            </div>
          ))
        )}
      </div>
      <div className="notif-popover-foot">
        <Link to="/notifications" onClick={onClose}>
          {t('notification.viewAll')}
        </Link>
      </div>
    </div>
  );
}

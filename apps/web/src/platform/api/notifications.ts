import { api } from '../../app/api';
import type { NotificationPage } from '../types';

export const notificationKeys = {
  all: ['notifications'] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
  list: (params: { unread?: 'true' | 'false'; page: number; pageSize: number }) => ['notifications', 'list', params] as const,
};

export const notificationsApi = {
  unreadCount: () => api.get<{ count: number }>('/api/notifications/unread-count'),
  list: (params: { unread?: 'true' | 'false'; page: number; pageSize: number }) =>
    api.get<NotificationPage>('/api/notifications', params),
  markRead: (id: string) => api.post<unknown>(`/api/notifications/${encodeURIComponent(id)}/read`),
  markAllRead: () => api.post<unknown>('/api/notifications/read-all'),
};

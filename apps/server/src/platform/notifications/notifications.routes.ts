import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, NotificationListQuery, NotificationPage, Ok } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf } from '../../http/auth-hook.js';
import { listNotifications, markAllRead, markRead, unreadCount } from './notifications.service.js';

export function notificationRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  const config = { permission: 'authenticated' as const };
  r.get('/api/notifications', { config, schema: { tags, summary: '我的通知', querystring: NotificationListQuery, response: { 200: NotificationPage } } },
    async (req) => listNotifications(s, actorOf(req), req.query));
  r.get('/api/notifications/unread-count', { config, schema: { tags, summary: '未读通知数', response: { 200: z.object({ count: z.number().int() }) } } },
    async (req) => ({ count: await unreadCount(s, actorOf(req)) }));
  r.post('/api/notifications/:id/read', { config, schema: { tags, summary: '标为已读', params: IdParams, response: { 200: Ok } } },
    async (req) => { await markRead(s, actorOf(req), req.params.id); return { ok: true as const }; });
  r.post('/api/notifications/read-all', { config, schema: { tags, summary: '全部标为已读', response: { 200: Ok } } },
    async (req) => { await markAllRead(s, actorOf(req)); return { ok: true as const }; });
}

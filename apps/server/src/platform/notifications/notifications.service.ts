/**
 * notifications. `notify` writes the in-app notice and queues outbound deliveries (e-mail to
 * the person, a post to each configured group robot) in the caller's transaction; the delivery
 * loop sends them later with retries, so a slow webhook never slows or fails the business action.
 */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { notFound } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import type { Actor } from '../auth/actor.js';

export interface NoticeInput {
  title: string;
  body: string;
  /** Path inside the web app, e.g. /tasks/123. */
  link?: string | null;
  /** Also post to the group robots (WeCom / DingTalk / Feishu). Default false: group posts are for notices a team shares. */
  toGroups?: boolean;
}

export async function notify(s: Services, trx: Db, userIds: string[], n: NoticeInput): Promise<void> {
  const now = s.clock.now().toISOString();
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return;
  const hasEmail = s.channels.some((c) => c.kind === 'email');
  // Without e-mail there is nothing to look up: the ids come from the org directory. (A notice to
  // a user deactivated meanwhile is harmless: he cannot log in to read it.)
  const users = hasEmail
    ? await trx.selectFrom('app_user').select(['id', 'email']).where('id', 'in', ids).where('active', '=', 1).execute()
    : ids.map((id) => ({ id, email: null as string | null }));
  const notices = users.map((u) => ({ id: newId(), user_id: u.id, title: n.title, body: n.body, link: n.link ?? null, created_at: now, read_at: null }));
  if (notices.length) await trx.insertInto('notification').values(notices).execute();
  const deliveries = [];
  if (hasEmail) {
    for (const u of users) {
      if (!u.email) continue;
      deliveries.push({ channel: 'email', recipient: u.email, notification_id: notices.find((x) => x.user_id === u.id)?.id ?? null });
    }
  }
  if (n.toGroups) {
    for (const c of s.channels) if (c.kind !== 'email') deliveries.push({ channel: c.kind, recipient: null, notification_id: null });
  }
  if (deliveries.length) {
    await trx
      .insertInto('notification_delivery')
      .values(
        deliveries.map((d) => ({
          id: newId(),
          ...d,
          title: n.title,
          body: n.body,
          link: n.link ?? null,
          status: 'pending',
          attempts: 0,
          next_attempt_at: now,
          locked_until: null,
          last_error: null,
          created_at: now,
          sent_at: null,
        })),
      )
      .execute();
  }
}

export async function listNotifications(s: Services, actor: Actor, q: { unread?: 'true' | 'false'; page: number; pageSize: number }) {
  let base = s.db.selectFrom('notification').where('user_id', '=', actor.id);
  if (q.unread === 'true') base = base.where('read_at', 'is', null);
  if (q.unread === 'false') base = base.where('read_at', 'is not', null);
  const [total, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').offset((q.page - 1) * q.pageSize).limit(q.pageSize).execute(),
  ]);
  return {
    items: rows.map((r) => ({ id: r.id, title: r.title, body: r.body, link: r.link, createdAt: r.created_at, readAt: r.read_at })),
    total: Number(total.n),
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function unreadCount(s: Services, actor: Actor): Promise<number> {
  const r = await s.db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', actor.id)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function markRead(s: Services, actor: Actor, id: string): Promise<void> {
  const r = await s.db.selectFrom('notification').select(['id', 'read_at']).where('id', '=', id).where('user_id', '=', actor.id).executeTakeFirst();
  if (!r) throw notFound('notification.notFound');
  if (!r.read_at) await s.db.updateTable('notification').set({ read_at: s.clock.now().toISOString() }).where('id', '=', id).execute();
}

export async function markAllRead(s: Services, actor: Actor): Promise<void> {
  await s.db.updateTable('notification').set({ read_at: s.clock.now().toISOString() }).where('user_id', '=', actor.id).where('read_at', 'is', null).execute();
}

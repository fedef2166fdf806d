/**
 * Sends queued deliveries. Rows are claimed with a lease (FOR UPDATE SKIP LOCKED on PostgreSQL),
 * so several server processes never send the same message twice; a process that dies mid-send
 * leaves a lease that expires and another process retries.
 */
import { sql } from 'kysely';
import type { Services } from '../../app.types.js';

export const MAX_DELIVERY_ATTEMPTS = 5;
const LEASE_MS = 60_000;

function backoffMs(attempts: number): number {
  return Math.min(60 * 60_000, 30_000 * 2 ** (attempts - 1));
}

export async function claimDeliveries(s: Services, limit: number) {
  const now = s.clock.now().toISOString();
  const lease = new Date(s.clock.now().getTime() + LEASE_MS).toISOString();
  return s.db.transaction().execute(async (trx) => {
    const due = trx
      .selectFrom('notification_delivery')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
          eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
        ]),
      )
      .orderBy('next_attempt_at')
      .limit(limit);
    const ids = (s.dialect === 'postgres' ? await due.modifyEnd(sql`for update skip locked`).execute() : await due.execute()).map((r) => r.id);
    if (ids.length === 0) return [];
    return trx
      .updateTable('notification_delivery')
      .set((eb) => ({ status: 'running', locked_until: lease, attempts: eb('attempts', '+', 1) }))
      .where('id', 'in', ids)
      .returningAll()
      .execute();
  });
}

/** One pass: claim due deliveries and send each; returns how many were sent and failed. */
export async function deliverPending(s: Services, limit = 20): Promise<{ sent: number; failed: number }> {
  const rows = await claimDeliveries(s, limit);
  let sent = 0;
  let failed = 0;
  for (const d of rows) {
    const channel = s.channels.find((c) => c.kind === d.channel);
    try {
      if (!channel) throw new Error(`channel ${d.channel} is not configured`);
      const link = d.link && s.config.publicOrigin ? `${s.config.publicOrigin}${d.link}` : (d.link ?? undefined);
      await channel.send({ title: d.title, text: d.body, link }, d.recipient ? { email: d.recipient } : undefined);
      await s.db.updateTable('notification_delivery').set({ status: 'sent', sent_at: s.clock.now().toISOString(), locked_until: null, last_error: null }).where('id', '=', d.id).execute();
      sent++;
    } catch (err) {
      const attempts = Number(d.attempts);
      const giveUp = attempts >= MAX_DELIVERY_ATTEMPTS;
      await s.db
        .updateTable('notification_delivery')
        .set({
          status: giveUp ? 'failed' : 'pending',
          locked_until: null,
          last_error: String((err as Error).message ?? err).slice(0, 1000),
          next_attempt_at: new Date(s.clock.now().getTime() + backoffMs(attempts)).toISOString(),
        })
        .where('id', '=', d.id)
        .execute();
      failed++;
    }
  }
  return { sent, failed };
}

/**
 * ASV-14: a month handed to finance is locked — corrections and confirmations are refused until
 * the hand-over is reopened. Kept apart from handover.service.ts so monthend.service.ts can use it
 * without an import cycle.
 */
import type { Db } from '../../../db/create-db.js';
import { conflict } from '../../../http/errors.js';
import { beijingMinute } from './handover.rules.js';

/** The hand-over of the month in force (handed or received), with the hander's name; or null. */
export async function handoverInForce(db: Db, month: string) {
  const h = await db.selectFrom('aftersales_monthend_handover as h').innerJoin('app_user as u', 'u.id', 'h.handed_by')
    .select(['h.id', 'h.status', 'h.handed_by', 'h.handed_at', 'h.received_at', 'u.name as handed_by_name'])
    .where('h.open_month', '=', month).executeTakeFirst();
  return h ?? null;
}

/** Throws 409 `aftersales.monthend.locked` naming when and by whom the month was handed over. */
export async function assertMonthOpen(db: Db, month: string): Promise<void> {
  const h = await handoverInForce(db, month);
  if (h) throw conflict(h.status === 'received' ? 'aftersales.monthend.lockedReceived' : 'aftersales.monthend.locked', { month, date: beijingMinute(h.handed_at), name: h.handed_by_name });
}

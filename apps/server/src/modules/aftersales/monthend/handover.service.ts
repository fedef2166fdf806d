/**
 * ASV-14 "交财务": the month's commission totals are handed over to finance (a snapshot is kept),
 * finance signs for them (签收), and a hand-over may be reopened (撤回 by the hander before
 * receipt, 退回 by finance with a reason). While a hand-over is in force the month is locked
 * (handover.lock.ts). Finance = holders of aftersales:monthendReceive (the finance role).
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { AppError, badRequest, conflict } from '../../../http/errors.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { beijingMonth } from '../../../platform/calendar/beijing.js';
import { notify } from '../../../platform/notifications/notifications.service.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { newId } from '../../../ports/ids.js';
import { handoverInForce } from './handover.lock.js';
import { compareTotals, monthMayBeHanded, parseSnapshot, reopenDecision, snapshotOf, type HandoverStatus, type MonthHandoverState } from './handover.rules.js';
import { monthEnd } from './monthend.service.js';

export const RECEIVE_PERM = 'aftersales:monthendReceive';
export const monthEndLink = (month: string) => `/aftersales/month-end?month=${month}`;

/** Active users with the finance role: they are told of a hand-over. */
async function financeUserIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('user_role').innerJoin('role', 'role.id', 'user_role.role_id').innerJoin('app_user as u', 'u.id', 'user_role.user_id')
    .select('u.id').where('role.key', '=', 'finance').where('u.active', '=', 1).execute();
  return rows.map((r) => r.id);
}

/** The month's hand-over state, its history (newest first) and the totals handed over vs now. */
export async function handoverView(s: Services, month: string, computed?: { people: { userId: string; userName: string; totalFen: number }[] }) {
  const rows = await s.db.selectFrom('aftersales_monthend_handover').selectAll().where('month', '=', month).orderBy('handed_at', 'desc').orderBy('id', 'desc').execute();
  const users = new Map((await s.db.selectFrom('app_user').select(['id', 'name']).execute()).map((u) => [u.id, u.name]));
  const name = (id: string | null) => (id ? users.get(id) ?? id : null);
  const history = rows.map((r) => {
    const snapshot = parseSnapshot(r.snapshot);
    return {
      id: r.id, month: r.month, status: r.status as HandoverStatus, inForce: r.open_month !== null,
      handedById: r.handed_by, handedByName: name(r.handed_by), handedAt: r.handed_at, note: r.note,
      totalFen: Number(r.total_fen), unconfirmedCount: Number(r.unconfirmed_count),
      unconfirmed: snapshot.people.filter((p) => !p.confirmed).map((p) => p.userName), people: snapshot.people,
      receivedByName: name(r.received_by), receivedAt: r.received_at,
      reopenedByName: name(r.reopened_by), reopenedAt: r.reopened_at, reopenReason: r.reopen_reason,
    };
  });
  const current = history.find((h) => h.inForce) ?? null;
  const state: MonthHandoverState = current ? (current.status === 'received' ? 'received' : 'handed') : 'none';
  const latest = current ?? history[0] ?? null;
  // The month is computed only when there is something to compare (and not again for the xlsx).
  const m = latest ? computed ?? await monthEnd(s, month) : null;
  const comparison = latest && m ? compareTotals({ totalFen: latest.totalFen, people: latest.people }, m.people) : null;
  return { month, state, mayHandOver: monthMayBeHanded(month, beijingMonth(s.clock.now())), current, history, comparison };
}

/** 交财务: snapshot the month's totals, lock the month, tell finance. */
export async function handOver(s: Services, actor: Actor, input: { month: string; note?: string }) {
  const { month } = input;
  const currentMonth = beijingMonth(s.clock.now());
  if (!monthMayBeHanded(month, currentMonth)) throw badRequest('aftersales.monthend.futureMonth', { month, current: currentMonth });
  const m = await monthEnd(s, month);
  const snapshot = snapshotOf(m.people);
  const unconfirmed = snapshot.people.filter((p) => !p.confirmed);
  const id = newId();
  const now = s.clock.now().toISOString();
  try {
    await changeWithAudit(s, actor, async (trx) => {
      const inForce = await handoverInForce(trx, month);
      if (inForce) throw conflict('aftersales.monthend.alreadyHanded', { month, name: inForce.handed_by_name });
      await trx.insertInto('aftersales_monthend_handover').values({
        id, month, open_month: month, status: 'handed', handed_by: actor.id, handed_at: now, total_fen: snapshot.totalFen, unconfirmed_count: unconfirmed.length,
        snapshot: JSON.stringify(snapshot), note: input.note?.trim() ?? '', received_by: null, received_at: null, reopened_by: null, reopened_at: null, reopen_reason: null,
      }).execute();
      const yuan = (snapshot.totalFen / 100).toFixed(2);
      await notify(s, trx, await financeUserIds(trx), {
        title: `售后月末结算 ${month} 已交财务，请签收`,
        body: `${actor.name} 已将 ${month} 月售后提成表交财务：${snapshot.people.length} 人，合计 ${yuan} 元${unconfirmed.length ? `；${unconfirmed.length} 人未确认（${unconfirmed.map((p) => p.userName).join('、')}）` : ''}。`,
        link: monthEndLink(month),
      });
      return { result: null, audit: { action: 'aftersales.monthend.handover', entity: 'aftersales_monthend_handover', entityId: id, data: { month, totalFen: snapshot.totalFen, unconfirmed: unconfirmed.length, note: input.note ?? '' } } };
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    // A concurrent hand-over of the same month won the unique open_month index.
    const won = await handoverInForce(s.db, month);
    if (won) throw conflict('aftersales.monthend.alreadyHanded', { month, name: won.handed_by_name });
    throw e;
  }
  return { id, handedAt: now, totalFen: snapshot.totalFen, unconfirmedCount: unconfirmed.length };
}

/** 签收: finance acknowledges receipt of the hand-over in force. */
export async function receiveHandover(s: Services, actor: Actor, month: string) {
  const now = s.clock.now().toISOString();
  await changeWithAudit(s, actor, async (trx) => {
    const h = await handoverInForce(trx, month);
    if (!h) throw conflict('aftersales.monthend.notHanded', { month });
    // Conditional on the status: of two signatures at once only one lands.
    const r = await trx.updateTable('aftersales_monthend_handover').set({ status: 'received', received_by: actor.id, received_at: now })
      .where('id', '=', h.id).where('status', '=', 'handed').executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw conflict('aftersales.monthend.alreadyReceived', { month });
    await notify(s, trx, [h.handed_by], { title: `售后月末结算 ${month} 财务已签收`, body: `${actor.name} 已签收 ${month} 月售后提成表。`, link: monthEndLink(month) });
    return { result: null, audit: { action: 'aftersales.monthend.receive', entity: 'aftersales_monthend_handover', entityId: h.id, data: { month } } };
  });
  return { receivedAt: now };
}

/** 撤回 / 退回: reopens the month (corrections and confirmations allowed again); history kept. */
export async function reopenHandover(s: Services, actor: Actor, input: { month: string; reason?: string }) {
  const { month } = input;
  const reason = input.reason?.trim() ?? '';
  const now = s.clock.now().toISOString();
  const kind = await changeWithAudit(s, actor, async (trx) => {
    const h = await handoverInForce(trx, month);
    if (!h) throw conflict('aftersales.monthend.notHanded', { month });
    const d = reopenDecision({ status: h.status, handedBy: h.handed_by }, { id: actor.id, isFinance: actor.can(RECEIVE_PERM) }, reason);
    if (!d.ok) throw new AppError(d.status, d.code, { month, name: h.handed_by_name });
    const r = await trx.updateTable('aftersales_monthend_handover').set({ status: 'reopened', open_month: null, reopened_by: actor.id, reopened_at: now, reopen_reason: reason })
      .where('id', '=', h.id).where('open_month', '=', month).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw conflict('aftersales.monthend.notHanded', { month });
    if (h.handed_by !== actor.id) {
      await notify(s, trx, [h.handed_by], { title: `售后月末结算 ${month} 被财务退回`, body: `${actor.name} 退回了 ${month} 月售后提成表：${reason}`, link: monthEndLink(month) });
    }
    return { result: d.kind, audit: { action: `aftersales.monthend.${d.kind}`, entity: 'aftersales_monthend_handover', entityId: h.id, data: { month, reason } } };
  });
  return { kind, reopenedAt: now };
}

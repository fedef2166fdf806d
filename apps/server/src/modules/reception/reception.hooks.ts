/**
 * Engine hooks of 接待申请: the check step (mirror row, guests, budget lines, RCP-1 approval tier),
 * the arrangement check before settlement, the settlement rows and the summary.
 */
import type { EngineHooks, InstanceRef } from '@guanjia/engine';
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import { RECEPTION_CHECK_HOOK, RECEPTION_KEY } from './reception.process.js';
import { RECEPTION_LEVELS, RECEPTION_TIER_LABELS, receptionTier, settlementTotals, type ReceptionLevel } from './reception.rules.js';
import { receptionSettings } from './reception.settings.js';

const levelByLabel = new Map(Object.entries(RECEPTION_LEVELS).map(([k, v]) => [v as string, k as ReceptionLevel]));
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

export function receptionEngineHooks(s: Services): EngineHooks {
  const mine = (i: { processKey: string }) => i.processKey === RECEPTION_KEY;
  const rowOf = (db: Db, instanceId: string) => db.selectFrom('reception').selectAll().where('instance_id', '=', instanceId).executeTakeFirst();
  return {
    auto: { [RECEPTION_CHECK_HOOK]: async (trx, ctx) => check(trx as Db, s, ctx) },
    onEnterStep: async (trx, ctx) => {
      if (!mine(ctx)) return;
      const db = trx as Db;
      const rec = await rowOf(db, ctx.instanceId);
      if (!rec) return;
      const now = s.clock.now().toISOString();
      if (ctx.stepId === 'arrange') {
        await db.updateTable('reception').set({ status: 'arranging', updated_at: now }).where('id', '=', rec.id).execute();
      } else if (ctx.stepId === 'settle') {
        // RCP-1: the arrangement creates the linked records; a needed one missing blocks the step.
        const needs = JSON.parse(rec.needs) as Record<string, boolean>;
        const missing: string[] = [];
        if (needs.car && !rec.car_instance_id) missing.push('用车（派车申请）');
        if (needs.room && !rec.room_booking_id) missing.push('会议室预订');
        if (needs.gifts && !rec.gift_issue_id) missing.push('礼品领用');
        if (missing.length) throw badRequest('reception.arrangeMissing', { what: missing.join('、') });
        await db.updateTable('reception').set({ status: 'settling', updated_at: now }).where('id', '=', rec.id).execute();
      } else if (ctx.stepId === 'summary') {
        await writeSettlement(db, rec.id, arr<{ category: string; budgetFen?: number; actualFen: number; note?: string }>(ctx.data.expenses), now);
      }
    },
    onCompleted: async (trx, i) => {
      if (!mine(i)) return;
      const db = trx as Db;
      const now = s.clock.now().toISOString();
      if (i.status === 'rejected') {
        await db.updateTable('reception').set({ status: 'rejected', updated_at: now }).where('instance_id', '=', i.instanceId).execute();
        return;
      }
      await db.updateTable('reception').set({ status: 'finished', summary: str(i.data.summary), finished_at: now, updated_at: now }).where('instance_id', '=', i.instanceId).execute();
    },
    onCancelled: async (trx, i) => {
      if (!mine(i)) return;
      await (trx as Db).updateTable('reception').set({ status: 'cancelled', updated_at: s.clock.now().toISOString() }).where('instance_id', '=', i.instanceId).execute();
    },
  };
}

/** Settlement: actual cost per line; the budget of a line comes from the request when not given. */
async function writeSettlement(db: Db, receptionId: string, lines: { category: string; budgetFen?: number; actualFen: number; note?: string }[], now: string) {
  if (lines.length === 0) throw badRequest('reception.noExpenses');
  const budget = await db.selectFrom('reception_expense').select(['category', 'budget_fen']).where('reception_id', '=', receptionId).execute();
  const budgetOf = new Map(budget.map((b) => [b.category, Number(b.budget_fen)]));
  const rows = lines.map((l, i) => ({ category: l.category, budgetFen: l.budgetFen ?? budgetOf.get(l.category) ?? 0, actualFen: l.actualFen, note: str(l.note), seq: i + 1 }));
  // Budget lines not settled stay with an actual of 0.
  for (const [category, b] of budgetOf) if (!rows.some((r) => r.category === category)) rows.push({ category, budgetFen: b, actualFen: 0, note: '', seq: rows.length + 1 });
  await db.deleteFrom('reception_expense').where('reception_id', '=', receptionId).execute();
  for (const r of rows) {
    await db.insertInto('reception_expense').values({ id: newId(), reception_id: receptionId, seq: r.seq, category: r.category, budget_fen: r.budgetFen, actual_fen: r.actualFen, note: r.note }).execute();
  }
  const t = settlementTotals(rows);
  await db.updateTable('reception').set({ actual_fen: t.actualFen, settled_at: now, status: 'summarizing', updated_at: now }).where('id', '=', receptionId).execute();
}

async function check(db: Db, s: Services, ctx: InstanceRef & { stepId: string }): Promise<Record<string, unknown>> {
  const d = ctx.data;
  const level = levelByLabel.get(str(d.level)) ?? (Object.hasOwn(RECEPTION_LEVELS, str(d.level)) ? (str(d.level) as ReceptionLevel) : undefined);
  if (!level) throw badRequest('reception.invalidLevel', { value: str(d.level) });
  const start = str(d.startDate);
  const end = str(d.endDate);
  if (end < start) throw badRequest('reception.datesReversed', { start, end });
  const guests = arr<{ name?: string; company?: string; title?: string }>(d.guests).filter((g) => str(g.name));
  const guestCount = Number(d.guestCount);
  if (guests.length > guestCount) throw badRequest('reception.tooManyGuests', { count: guestCount, names: guests.length });
  const needs = { meals: d.needMeals === true, hotel: d.needHotel === true, car: d.needCar === true, room: d.needRoom === true, gifts: d.needGifts === true };
  const giftLines = arr<{ itemId: string; quantity: number; unit?: string }>(d.giftLines);
  for (const l of giftLines) {
    const item = await db.selectFrom('gift_item').select('id').where('id', '=', l.itemId).where('active', '=', 1).executeTakeFirst();
    if (!item) throw badRequest('gifts.itemNotFound', { id: l.itemId });
  }
  const budgetLines = arr<{ category: string; amountFen: number }>(d.budgetLines);
  const budgetFen = budgetLines.length ? budgetLines.reduce((a, l) => a + l.amountFen, 0) : Number(d.budgetFen ?? 0);
  const { approval } = await receptionSettings(db);
  const tier = receptionTier(level, budgetFen, approval);
  const now = s.clock.now().toISOString();
  const user = await db.selectFrom('app_user').select('department_id').where('id', '=', ctx.initiatorId).executeTakeFirst();
  const id = newId();
  const visitorOrg = str(d.visitorOrg);
  await db
    .insertInto('reception')
    .values({
      id, instance_id: ctx.instanceId, requester_id: ctx.initiatorId, department_id: user?.department_id ?? null, title: `${visitorOrg}来访`.slice(0, 200),
      visitor_org: visitorOrg, guest_count: guestCount, level, purpose: str(d.purpose), start_date: start, end_date: end, needs: JSON.stringify(needs),
      gift_lines: JSON.stringify(giftLines), budget_fen: budgetFen, approval_tier: tier, status: 'pending', car_instance_id: null, room_booking_id: null,
      gift_issue_id: null, actual_fen: null, summary: '', settled_at: null, finished_at: null, created_at: now, updated_at: now,
    })
    .execute();
  let seq = 0;
  for (const g of guests) {
    await db.insertInto('reception_guest').values({ id: newId(), reception_id: id, seq: ++seq, name: str(g.name), company: str(g.company) || visitorOrg, title: str(g.title) }).execute();
  }
  seq = 0;
  for (const l of budgetLines) {
    await db.insertInto('reception_expense').values({ id: newId(), reception_id: id, seq: ++seq, category: l.category, budget_fen: l.amountFen, actual_fen: null, note: '' }).execute();
  }
  return { receptionId: id, approvalTier: tier, approvalLabel: RECEPTION_TIER_LABELS[tier], budgetFen };
}

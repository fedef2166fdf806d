/**
 * ASV-15 reminders: "设定免费维保到期提醒 … 按照零配件使用寿命设定到期时间，及时回访免费维保期到期
 * 客户，提醒客户进行更换有关到期设备配件，促成二次销售". A daily run makes one 回访任务 per
 * (reason, equipment, part, period) for warranties ending within the reminder days and parts at
 * or near the end of their service life, assigns it to the customer-service clerk with the fewest
 * open tasks and tells him. The clerk records the call's outcome; "已成交" records the sale.
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest, conflict, forbidden, notFound } from '../../../http/errors.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { notify } from '../../../platform/notifications/notifications.service.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { newId } from '../../../ports/ids.js';
import { partLifeStatus, warrantyStatus } from '../aftersales.rules.js';
import { aftersalesSettings, todayOf } from '../customers/customers.service.js';
import { taskDueOn } from './care.rules.js';
import { insertSale, type SaleInput } from './care.sales.service.js';
import type { ReminderReason, TaskOutcome } from './care.table.js';

interface Candidate { reason: ReminderReason; customerId: string; equipmentId: string; partId: string | null; period: string; label: string }

/** Active users with the customer_service role (客服专员), by username. */
export async function clerks(db: Db) {
  return db.selectFrom('user_role').innerJoin('role', 'role.id', 'user_role.role_id').innerJoin('app_user as u', 'u.id', 'user_role.user_id')
    .select(['u.id', 'u.name', 'u.username']).where('role.key', '=', 'customer_service').where('u.active', '=', 1).orderBy('u.username').execute();
}

async function candidates(s: Services, today: string): Promise<Candidate[]> {
  const settings = await aftersalesSettings(s.db);
  const out: Candidate[] = [];
  const eq = await s.db.selectFrom('aftersales_equipment as e').innerJoin('aftersales_customer as c', 'c.id', 'e.customer_id')
    .select(['e.id', 'e.customer_id', 'e.name', 'e.installed_on', 'e.warranty_months', 'c.name as customer_name']).where('e.installed_on', 'is not', null).where('e.warranty_months', 'is not', null).execute();
  for (const e of eq) {
    try {
      const w = warrantyStatus(e.installed_on, e.warranty_months, today, settings.warrantyReminderDays);
      if (w.state === 'expiring' && w.lastDay) out.push({ reason: 'warranty', customerId: e.customer_id, equipmentId: e.id, partId: null, period: w.lastDay, label: `${e.customer_name} ${e.name} 免费维保 ${w.lastDay} 到期` });
    } catch {
      // A bad date in an old record is shown on the customer page, not a reason to stop the run.
    }
  }
  const parts = await s.db.selectFrom('aftersales_equipment_part as p').innerJoin('aftersales_equipment as e', 'e.id', 'p.equipment_id').innerJoin('aftersales_customer as c', 'c.id', 'e.customer_id')
    .select(['p.id', 'p.name', 'p.installed_on', 'p.service_life_months', 'e.id as equipment_id', 'e.name as equipment_name', 'e.customer_id', 'c.name as customer_name']).execute();
  for (const p of parts) {
    const life = partLifeStatus({ name: p.name, installedOn: p.installed_on, serviceLifeMonths: p.service_life_months }, today, settings.partLifeReminderDays);
    if ((life.state === 'due' || life.state === 'due_soon') && life.dueOn) {
      out.push({ reason: 'part_life', customerId: p.customer_id, equipmentId: p.equipment_id, partId: p.id, period: life.dueOn, label: `${p.customer_name} ${p.equipment_name}「${p.name}」${life.dueOn} 到使用寿命` });
    }
  }
  return out;
}

/** ASV-15 daily: new 回访任务, once per (reason, equipment, part, period). Returns how many were made. */
export async function createReminderTasks(s: Services): Promise<number> {
  const today = todayOf(s);
  const found = await candidates(s, today);
  const existing = new Set((await s.db.selectFrom('aftersales_care_task').select(['reason', 'equipment_id', 'part_key', 'period']).execute()).map((t) => `${t.reason}|${t.equipment_id}|${t.part_key}|${t.period}`));
  const fresh = found.filter((c) => !existing.has(`${c.reason}|${c.equipmentId}|${c.partId ?? ''}|${c.period}`));
  const staff = await clerks(s.db);
  if (fresh.length === 0 || staff.length === 0) return 0;
  const loads = await s.db.selectFrom('aftersales_care_task').select('assignee_id').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'open').groupBy('assignee_id').execute();
  const load = new Map(staff.map((c) => [c.id, Number(loads.find((l) => l.assignee_id === c.id)?.n ?? 0)]));
  const now = s.clock.now().toISOString();
  const given = new Map<string, string[]>();
  await s.db.transaction().execute(async (trx) => {
    for (const c of fresh) {
      // The clerk with the fewest open tasks (first by username on a tie).
      const to = staff.reduce((best, x) => (load.get(x.id)! < load.get(best.id)! ? x : best), staff[0]!);
      const r = await trx.insertInto('aftersales_care_task').values({
        id: newId(), reason: c.reason, customer_id: c.customerId, equipment_id: c.equipmentId, part_id: c.partId, part_key: c.partId ?? '', period: c.period,
        due_on: taskDueOn(c.period, today), assignee_id: to.id, status: 'open', outcome: null, note: '', done_at: null, done_by: null, created_at: now,
      }).onConflict((oc) => oc.columns(['reason', 'equipment_id', 'part_key', 'period']).doNothing()).executeTakeFirst();
      if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) continue;
      load.set(to.id, load.get(to.id)! + 1);
      given.set(to.id, [...(given.get(to.id) ?? []), c.label]);
    }
    for (const [userId, labels] of given) {
      await notify(s, trx, [userId], { title: `新回访任务 ${labels.length} 条`, body: labels.slice(0, 5).join('；') + (labels.length > 5 ? ' …' : ''), link: '/aftersales/care/tasks' });
    }
  });
  return [...given.values()].reduce((a, l) => a + l.length, 0);
}

export async function listTasks(s: Services, actor: Actor, f: { status?: 'open' | 'done'; mine?: boolean; reason?: ReminderReason }) {
  let q = s.db.selectFrom('aftersales_care_task as t').innerJoin('aftersales_customer as c', 'c.id', 't.customer_id').innerJoin('aftersales_equipment as e', 'e.id', 't.equipment_id')
    .leftJoin('aftersales_equipment_part as p', 'p.id', 't.part_id').innerJoin('app_user as a', 'a.id', 't.assignee_id')
    .selectAll('t').select(['c.name as customer_name', 'c.address', 'e.name as equipment_name', 'e.model', 'p.name as part_name', 'a.name as assignee_name']);
  if (f.status) q = q.where('t.status', '=', f.status);
  if (f.mine) q = q.where('t.assignee_id', '=', actor.id);
  if (f.reason) q = q.where('t.reason', '=', f.reason);
  const rows = await q.orderBy('t.status').orderBy('t.due_on').limit(1000).execute();
  const phones = rows.length === 0 ? [] : await s.db.selectFrom('aftersales_customer_phone').select(['customer_id', 'display']).where('customer_id', 'in', [...new Set(rows.map((r) => r.customer_id))]).orderBy('sort').execute();
  const today = todayOf(s);
  return {
    today,
    items: rows.map((r) => ({
      id: r.id, reason: r.reason, customerId: r.customer_id, customerName: r.customer_name, address: r.address, phones: phones.filter((p) => p.customer_id === r.customer_id).map((p) => p.display),
      equipmentId: r.equipment_id, equipmentName: r.equipment_name, model: r.model, partId: r.part_id, partName: r.part_name ?? null, period: r.period, dueOn: r.due_on,
      overdue: r.status === 'open' && r.due_on < today, assigneeId: r.assignee_id, assigneeName: r.assignee_name, status: r.status, outcome: r.outcome, note: r.note, doneAt: r.done_at, createdAt: r.created_at,
    })),
  };
}

export interface OutcomeInput { outcome: TaskOutcome; note?: string; sale?: Omit<SaleInput, 'customerId' | 'source' | 'taskId'> }

/** Records the call's outcome; 'sale_made' needs the sale and records it (source: reminder). */
export async function recordOutcome(s: Services, actor: Actor, taskId: string, input: OutcomeInput) {
  return changeWithAudit(s, actor, async (trx) => {
    const t = await trx.selectFrom('aftersales_care_task').selectAll().where('id', '=', taskId).executeTakeFirst();
    if (!t) throw notFound('aftersales.care.taskNotFound', { id: taskId });
    if (t.status === 'done') throw conflict('aftersales.care.taskDone', { id: taskId });
    if (t.assignee_id !== actor.id && !actor.can('aftersales:care')) throw forbidden('aftersales.care.taskNotYours', { id: taskId });
    let saleId: string | null = null;
    if (input.outcome === 'sale_made') {
      if (!input.sale) throw badRequest('aftersales.care.saleMissing', { field: 'sale' });
      saleId = await insertSale(trx, s, actor, { ...input.sale, equipmentId: input.sale.equipmentId ?? t.equipment_id, customerId: t.customer_id, source: 'reminder', taskId });
    }
    await trx.updateTable('aftersales_care_task').set({ status: 'done', outcome: input.outcome, note: input.note?.trim() ?? '', done_at: s.clock.now().toISOString(), done_by: actor.id }).where('id', '=', taskId).execute();
    return { result: { saleId }, audit: { action: 'aftersales.care.task.outcome', entity: 'aftersales_care_task', entityId: taskId, data: { outcome: input.outcome, note: input.note, saleId } } };
  });
}

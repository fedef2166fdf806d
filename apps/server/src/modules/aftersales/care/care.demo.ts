/**
 * Demo of the care part: the demo customers' two 维保协议 get their details (one with a visit due
 * within the week, whose 派工单 is made at once), the reminder run makes the 回访任务 (the demo
 * base has a warranty ending within 30 days and parts at the end of their life), and two second
 * sales, one from a callback task.
 */
import type { Services } from '../../../app.types.js';
import { newId } from '../../../ports/ids.js';
import { addDays } from '../aftersales.rules.dates.js';
import { todayOf } from '../customers/customers.service.js';
import { createReminderTasks } from './care.reminders.service.js';
import { visitSchedule } from './care.rules.js';
import { createDueVisitJobs } from './care.visits.service.js';

export async function seedCare(s: Services): Promise<void> {
  const users = await s.db.selectFrom('app_user').select(['id', 'username']).execute();
  const uid = (u: string) => users.find((x) => x.username === u)?.id;
  const [lina, hanxue, zhangwei, fengtao, songjia] = ['lina', 'hanxue', 'zhangwei', 'fengtao', 'songjia'].map(uid);
  if (!lina || !zhangwei || !fengtao) return;
  const today = todayOf(s);
  const now = s.clock.now().toISOString();
  const contracts = await s.db.selectFrom('aftersales_contract').select(['id', 'number', 'customer_id', 'start_on', 'end_on']).where('type', '=', 'maintenance').orderBy('number').execute();
  for (const [i, k] of contracts.slice(0, 2).entries()) {
    const eq = await s.db.selectFrom('aftersales_equipment').select('id').where('customer_id', '=', k.customer_id).execute();
    // The first agreement is re-dated so that a visit falls within the coming week.
    const startOn = i === 0 ? addDays(today, 3 - 365) : k.start_on;
    const endOn = i === 0 ? addDays(startOn, 729) : k.end_on ?? addDays(startOn, 364);
    if (i === 0) await s.db.updateTable('aftersales_contract').set({ start_on: startOn, end_on: endOn }).where('id', '=', k.id).execute();
    await s.db.insertInto('aftersales_care_contract').values({
      contract_id: k.id, equipment_ids: JSON.stringify(eq.map((e) => e.id)), interval_months: 3, visits_per_year: 4, salesperson_id: songjia ?? lina,
      technician_id: i === 0 ? zhangwei : fengtao, clerk_id: lina, commission_mode: 'default', commission_value: 0, signed_on: startOn, status: 'active',
      terminated_on: null, terminate_reason: '', created_at: now, updated_at: now,
    }).execute();
    for (const [n, d] of visitSchedule(startOn, endOn, 3).entries()) {
      await s.db.insertInto('aftersales_care_visit').values({ id: newId(), contract_id: k.id, visit_on: d, seq: n + 1, status: d < today ? 'cancelled' : 'planned', job_id: null, instance_id: null, created_at: now, updated_at: now }).execute();
    }
  }
  await createDueVisitJobs(s);
  await createReminderTasks(s);
  // Two second sales: one from a part-life callback task (recorded as done), one from a repair callback.
  const task = await s.db.selectFrom('aftersales_care_task').selectAll().where('reason', '=', 'part_life').orderBy('due_on').executeTakeFirst();
  const other = await s.db.selectFrom('aftersales_customer').select('id').where('name', '=', '何俊').executeTakeFirst();
  const sale = (o: { customerId: string; equipmentId: string | null; item: string; category: string; quantity: number; amountFen: number; by: string; source: 'reminder' | 'callback'; taskId: string | null; on: string }) =>
    s.db.insertInto('aftersales_care_sale').values({
      id: newId(), sold_on: o.on, customer_id: o.customerId, equipment_id: o.equipmentId, item: o.item, category: o.category, quantity: o.quantity, amount_fen: o.amountFen,
      salesperson_id: o.by, source: o.source, task_id: o.taskId, job_id: null, notes: '', created_by: o.by, created_at: now, updated_at: now,
    }).execute();
  if (task) {
    await sale({ customerId: task.customer_id, equipmentId: task.equipment_id, item: '更换到期滤芯/滤网（含上门）', category: 'parts', quantity: 2, amountFen: 36_000, by: task.assignee_id, source: 'reminder', taskId: task.id, on: today });
    await s.db.updateTable('aftersales_care_task').set({ status: 'done', outcome: 'sale_made', note: '客户同意更换，已预约', done_at: now, done_by: task.assignee_id }).where('id', '=', task.id).execute();
  }
  if (other) await sale({ customerId: other.id, equipmentId: null, item: '更换压缩机', category: 'equipment', quantity: 1, amountFen: 480_000, by: hanxue ?? lina, source: 'callback', taskId: null, on: addDays(today, -2) });
}

/**
 * ASV-13 scheduled visits: the daily run makes the 派工单 of every visit due within the lead days
 * (once per visit: the row is claimed before the job is started), through the engine exactly as a
 * clerk would — start 售后派工流程 in the name of the agreement's clerk and dispatch it to the
 * agreement's technician. The 维保提成表 is computed from visits whose job closed in the month.
 */
import type { Services } from '../../../app.types.js';
import { badRequest, conflict, notFound } from '../../../http/errors.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { addDays } from '../aftersales.rules.dates.js';
import { todayOf } from '../customers/customers.service.js';
import { JOB_PROCESS_KEY } from '../jobs/jobs.process.js';
import { beijingMonthBounds } from '../monthend/callbacks.rules.js';
import { maintenanceCommissionFen, totalsPerUser } from './care.rules.js';
import { careSettings } from './care.settings.js';

async function openTask(s: Services, instanceId: string) {
  return s.db.selectFrom('process_task').select(['id', 'assignee_id', 'step_id']).where('instance_id', '=', instanceId).where('status', '=', 'open').where('kind', '!=', 'cc').executeTakeFirst();
}

/** Makes the job of one planned visit; returns false when another run has it already. */
async function makeVisitJob(s: Services, visitId: string): Promise<boolean> {
  const now = () => s.clock.now().toISOString();
  const claimed = await s.db.updateTable('aftersales_care_visit').set({ status: 'creating', updated_at: now() }).where('id', '=', visitId).where('status', '=', 'planned').executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return false;
  try {
    const v = await s.db.selectFrom('aftersales_care_visit as v').innerJoin('aftersales_care_contract as cc', 'cc.contract_id', 'v.contract_id').innerJoin('aftersales_contract as k', 'k.id', 'cc.contract_id')
      .innerJoin('aftersales_customer as c', 'c.id', 'k.customer_id')
      .select(['v.visit_on', 'v.seq', 'cc.equipment_ids', 'cc.technician_id', 'cc.clerk_id', 'k.number', 'k.customer_id', 'c.name as customer_name', 'c.address'])
      .where('v.id', '=', visitId).executeTakeFirstOrThrow();
    const eqIds = JSON.parse(v.equipment_ids) as string[];
    const equipment = eqIds.length ? await s.db.selectFrom('aftersales_equipment').select(['id', 'name']).where('id', 'in', eqIds).execute() : [];
    const phone = await s.db.selectFrom('aftersales_customer_phone').select('display').where('customer_id', '=', v.customer_id).orderBy('sort').executeTakeFirst();
    const names = equipment.map((e) => e.name).join('、') || '协议设备';
    const { instanceId } = await s.engine.start({ id: v.clerk_id }, {
      processKey: JOB_PROCESS_KEY,
      title: `维保：${v.customer_name} ${v.visit_on}`,
      data: {
        customerId: v.customer_id, ...(equipment[0] ? { equipmentId: equipment[0].id } : {}),
        problem: `维保协议 ${v.number} 第 ${v.seq} 次定期保养（${v.visit_on}）：${names}`,
        address: v.address || '见客户档案', contactPhone: phone?.display ?? '00000', skill: equipment[0]?.name ?? '', jobType: 'maintenance',
      },
    });
    // 派工 is the clerk's task: dispatch to the agreement's technician at once.
    const t = await openTask(s, instanceId);
    if (t?.step_id === 'dispatch' && t.assignee_id) {
      await s.engine.act({ id: t.assignee_id }, t.id, 'complete', { data: { technicianId: v.technician_id, chargeNote: `维保协议 ${v.number} 内定期保养，协议期内不另收费（预约日期 ${v.visit_on}）`, jobType: 'maintenance' } });
    }
    const job = await s.db.selectFrom('aftersales_job').select('id').where('instance_id', '=', instanceId).executeTakeFirstOrThrow();
    await s.db.updateTable('aftersales_care_visit').set({ status: 'jobbed', job_id: job.id, instance_id: instanceId, updated_at: now() }).where('id', '=', visitId).execute();
    return true;
  } catch (e) {
    await s.db.updateTable('aftersales_care_visit').set({ status: 'planned', updated_at: now() }).where('id', '=', visitId).where('status', '=', 'creating').execute();
    throw e;
  }
}

/** ASV-13 daily: jobs for the active agreements' visits from today to today + lead days. */
export async function createDueVisitJobs(s: Services): Promise<number> {
  const today = todayOf(s);
  const { visitLeadDays } = await careSettings(s.db);
  const due = await s.db.selectFrom('aftersales_care_visit as v').innerJoin('aftersales_care_contract as cc', 'cc.contract_id', 'v.contract_id')
    .innerJoin('aftersales_contract as k', 'k.id', 'cc.contract_id').innerJoin('aftersales_customer as c', 'c.id', 'k.customer_id').select('v.id')
    .where('v.status', '=', 'planned').where('cc.status', '=', 'active').where('v.visit_on', '>=', today).where('v.visit_on', '<=', addDays(today, visitLeadDays))
    .orderBy('v.visit_on').execute();
  let made = 0;
  for (const v of due) {
    try {
      if (await makeVisitJob(s, v.id)) made += 1;
    } catch (e) {
      // One bad agreement (e.g. its technician left) must not stop the others; it stays planned.
      console.error(`aftersales.care.visits: visit ${v.id}:`, e);
    }
  }
  return made;
}

/** Dispatch one planned visit now (a visit already past when the agreement was entered, or early). */
export async function dispatchVisitNow(s: Services, actor: Actor, visitId: string) {
  const v = await s.db.selectFrom('aftersales_care_visit as v').innerJoin('aftersales_care_contract as cc', 'cc.contract_id', 'v.contract_id')
    .select(['v.id', 'v.status', 'cc.status as contract_status', 'v.visit_on']).where('v.id', '=', visitId).executeTakeFirst();
  if (!v) throw notFound('aftersales.care.visitNotFound', { id: visitId });
  if (v.contract_status !== 'active') throw badRequest('aftersales.care.visitNotPlanned', { on: v.visit_on });
  if (v.status !== 'planned' || !(await makeVisitJob(s, visitId))) throw conflict('aftersales.care.visitNotPlanned', { on: v.visit_on });
  const row = await s.db.selectFrom('aftersales_care_visit').select(['job_id', 'instance_id']).where('id', '=', visitId).executeTakeFirstOrThrow();
  await changeWithAudit(s, actor, async () => ({ result: null, audit: { action: 'aftersales.care.visit.dispatch', entity: 'aftersales_care_visit', entityId: visitId, data: { jobId: row.job_id } } }));
  return { jobId: row.job_id, instanceId: row.instance_id };
}

/** ASV-13 维保提成表 of a Beijing month: one line per visit whose job closed in the month. */
export async function maintenanceCommission(s: Services, month: string) {
  const { from, to } = beijingMonthBounds(month);
  const settings = await careSettings(s.db);
  const rows = await s.db.selectFrom('aftersales_care_visit as v').innerJoin('aftersales_job as j', 'j.id', 'v.job_id')
    .innerJoin('aftersales_care_contract as cc', 'cc.contract_id', 'v.contract_id').innerJoin('aftersales_contract as k', 'k.id', 'cc.contract_id')
    .innerJoin('aftersales_customer as c', 'c.id', 'k.customer_id')
    .select(['v.id', 'v.contract_id', 'v.visit_on', 'v.seq', 'j.job_no', 'j.completed_at', 'j.technician_id', 'cc.technician_id as contract_technician_id', 'cc.commission_mode', 'cc.commission_value', 'k.number', 'k.amount_fen', 'c.name as customer_name'])
    .where('j.status', '=', 'closed').where('j.completed_at', '>=', from).where('j.completed_at', '<', to).orderBy('j.completed_at').execute();
  const counts = rows.length === 0 ? [] : await s.db.selectFrom('aftersales_care_visit').select(['contract_id']).select((eb) => eb.fn.countAll<number>().as('n'))
    .where('contract_id', 'in', [...new Set(rows.map((r) => r.contract_id))]).where('status', '!=', 'cancelled').groupBy('contract_id').execute();
  const users = new Map((await s.db.selectFrom('app_user').select(['id', 'name']).execute()).map((u) => [u.id, u.name]));
  const lines = rows.map((r) => {
    const userId = r.technician_id ?? r.contract_technician_id;
    const commissionFen = maintenanceCommissionFen({ feeFen: Number(r.amount_fen), visitCount: Number(counts.find((c) => c.contract_id === r.contract_id)?.n ?? 0), mode: r.commission_mode, value: Number(r.commission_value) }, settings);
    return { visitId: r.id, contractId: r.contract_id, contractNumber: r.number, customerName: r.customer_name, visitOn: r.visit_on, seq: r.seq, jobNo: r.job_no, completedAt: r.completed_at,
      userId, userName: users.get(userId) ?? userId, amountFen: Number(r.amount_fen), commissionFen };
  });
  const people = totalsPerUser(lines).map((p) => ({ ...p, userName: users.get(p.userId) ?? p.userId }));
  return { month, lines, people, totalFen: lines.reduce((a, l) => a + l.commissionFen, 0) };
}

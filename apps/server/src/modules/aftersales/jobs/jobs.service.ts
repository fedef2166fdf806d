/**
 * Reads of 派工单 (list for the clerk, 我的派工单 for the technician), the ASV-3 dispatch
 * suggestion, technicians' skills, and the ASV-7 daily penalty run.
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { notFound, badRequest } from '../../../http/errors.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { notify } from '../../../platform/notifications/notifications.service.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { postLedgerEntry } from '../../ledger/ledger.service.js';
import { cashLatePenalties, cashLateness, rankTechnicians } from '../aftersales.rules.js';
import { aftersalesSettings } from '../customers/customers.service.js';
import { isTechnician } from './jobs.hooks.js';
import { clerkUrgedInTime } from './jobs.urge.rules.js';
import type { JobStatus } from './jobs.table.js';

export const OPEN_STATUSES: JobStatus[] = ['dispatch', 'schedule', 'onsite', 'feeCalc', 'feeCheck', 'cash', 'callback'];

export interface JobFilter {
  status?: JobStatus;
  technicianId?: string;
  q?: string;
  cashOverdue?: boolean;
  from?: string;
  to?: string;
}

/** Whether the cash of a job is not at finance although its deadline has passed (ASV-7). */
const cashOverdueAt = (j: { fee_fen: number; cash_late_from: string | null; handed_to_finance_at: string | null }, nowIso: string) =>
  Number(j.fee_fen) > 0 && j.cash_late_from !== null && (j.handed_to_finance_at === null ? nowIso >= j.cash_late_from : j.handed_to_finance_at >= j.cash_late_from);

/** The list; who lacks `aftersales:jobs` (a technician) sees only his own jobs. The screen shows
 *  the newest 500; the xlsx export passes a higher `limit`. */
export async function listJobs(s: Services, actor: Actor, f: JobFilter, limit = 500) {
  let q = s.db.selectFrom('aftersales_job as j').innerJoin('aftersales_customer as c', 'c.id', 'j.customer_id')
    .leftJoin('aftersales_equipment as e', 'e.id', 'j.equipment_id')
    .leftJoin('app_user as t', 't.id', 'j.technician_id').innerJoin('app_user as k', 'k.id', 'j.clerk_id')
    .selectAll('j').select(['c.name as customer_name', 'e.name as equipment_name', 't.name as technician_name', 'k.name as clerk_name'])
    .select((eb) => eb.selectFrom('aftersales_job_urge as u').select((e2) => e2.fn.max('u.urged_at').as('m')).whereRef('u.job_id', '=', 'j.id').as('last_urged_at'));
  if (!actor.can('aftersales:jobs')) q = q.where((eb) => eb.or([eb('j.technician_id', '=', actor.id), eb('j.engineer_id', '=', actor.id)]));
  if (f.status) q = q.where('j.status', '=', f.status);
  if (f.technicianId) q = q.where('j.technician_id', '=', f.technicianId);
  if (f.from) q = q.where('j.created_at', '>=', f.from);
  if (f.to) q = q.where('j.created_at', '<=', `${f.to}T99`);
  if (f.q) {
    const like = `%${f.q.trim()}%`;
    q = q.where((eb) => eb.or([eb('j.job_no', 'like', like), eb('c.name', 'like', like), eb('j.contact_phone', 'like', like), eb('j.address', 'like', like)]));
  }
  const rows = await q.orderBy('j.job_no', 'desc').limit(limit).execute();
  const now = s.clock.now().toISOString();
  const items = rows.map((r) => ({
    id: r.id, instanceId: r.instance_id, jobNo: r.job_no, customerId: r.customer_id, customerName: r.customer_name, equipmentName: r.equipment_name ?? '',
    clerkName: r.clerk_name, technicianId: r.technician_id, technicianName: r.technician_name ?? '', engineerCalled: r.engineer_called === 1, engineerId: r.engineer_id,
    problem: r.problem, address: r.address, contactPhone: r.contact_phone, skill: r.skill, jobType: r.job_type, warrantyState: r.warranty_state, status: r.status,
    appointmentAt: r.appointment_at, feeFen: Number(r.fee_fen), receiptNo: r.receipt_no, feeVerdict: r.fee_verdict, feeDiffFen: r.fee_diff_fen === null ? null : Number(r.fee_diff_fen),
    collectedAt: r.collected_at, cashDueOn: r.cash_due_on, handedToFinanceAt: r.handed_to_finance_at, penaltyPostedAt: r.penalty_posted_at,
    cashOverdue: cashOverdueAt(r, now), unfinishedReason: r.unfinished_reason, createdAt: r.created_at, completedAt: r.completed_at,
    dispatchedAt: r.dispatched_at, finishedAt: r.finished_at, satisfaction: r.satisfaction, lastUrgedAt: (r.last_urged_at as string | null) ?? null,
    // ASV-7: the clerk may urge (催缴) while collected cash is not at finance.
    cashPending: Number(r.fee_fen) > 0 && r.collected_at !== null && r.handed_to_finance_at === null,
  }));
  return { items: f.cashOverdue ? items.filter((i) => i.cashOverdue) : items };
}

/** 我的派工单: the technician's open jobs with his open task on each (accept/schedule, on site). */
export async function myJobs(s: Services, actor: Actor) {
  const { items } = await listJobs(s, { ...actor, can: () => false }, {});
  const open = items.filter((i) => OPEN_STATUSES.includes(i.status) && i.technicianId === actor.id);
  const tasks = open.length === 0 ? [] : await s.db.selectFrom('process_task')
    .select(['id', 'instance_id', 'step_id']).where('assignee_id', '=', actor.id).where('status', '=', 'open').where('kind', '!=', 'cc')
    .where('instance_id', 'in', open.map((i) => i.instanceId)).execute();
  return { items: open.map((i) => ({ ...i, task: tasks.find((t) => t.instance_id === i.instanceId) ?? null })) };
}

/** Active users with the technician role. */
async function technicians(db: Db) {
  return db.selectFrom('user_role').innerJoin('role', 'role.id', 'user_role.role_id').innerJoin('app_user as u', 'u.id', 'user_role.user_id')
    .select(['u.id', 'u.name', 'u.username']).where('role.key', '=', 'technician').where('u.active', '=', 1).orderBy('u.username').execute();
}

/** Technicians with their skills and current open-job load. */
export async function listTechnicians(s: Services) {
  const techs = await technicians(s.db);
  const skills = await s.db.selectFrom('technician_skill').selectAll().execute();
  const loads = await s.db.selectFrom('aftersales_job').select(['technician_id']).select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', OPEN_STATUSES).where('technician_id', 'is not', null).groupBy('technician_id').execute();
  return techs.map((t) => ({ id: t.id, name: t.name, username: t.username, skills: skills.filter((k) => k.user_id === t.id).map((k) => k.skill).sort(),
    openJobs: Number(loads.find((l) => l.technician_id === t.id)?.n ?? 0) }));
}

/** ASV-3 the ranked suggestion for a skill (the rule), for the clerk's 派工 step. */
export async function suggestTechnicians(s: Services, skill: string | null) {
  const settings = await aftersalesSettings(s.db);
  const techs = await listTechnicians(s);
  return { items: rankTechnicians(skill, techs.map((t) => ({ ...t, available: true })), settings) };
}

export async function setSkills(s: Services, actor: Actor, userId: string, skills: string[]): Promise<void> {
  if (!(await s.db.selectFrom('app_user').select('id').where('id', '=', userId).executeTakeFirst())) throw notFound('aftersales.job.unknownUser', { id: userId });
  if (!(await isTechnician(s.db, userId))) throw badRequest('aftersales.job.notTechnician', { id: userId });
  const clean = [...new Set(skills.map((k) => k.trim()).filter((k) => k !== ''))];
  await changeWithAudit(s, actor, async (trx) => {
    await trx.deleteFrom('technician_skill').where('user_id', '=', userId).execute();
    if (clean.length) await trx.insertInto('technician_skill').values(clean.map((skill) => ({ user_id: userId, skill }))).execute();
    return { result: null, audit: { action: 'aftersales.skills.update', entity: 'app_user', entityId: userId, data: { skills: clean } } };
  });
}

/**
 * ASV-7 daily: jobs whose cash did not reach finance by the deadline get the rule's penalties
 * posted to the HR-8 ledger (idempotent per job, user and kind; the job is marked once), and the
 * technician and the clerk are told. The clerk's 5% applies only when no clerk urged (催缴) the
 * job's cash between the collection and the deadline (jobs.urge.rules.ts, docs/decisions.md).
 */
export async function postCashPenalties(s: Services): Promise<number> {
  const now = s.clock.now();
  const nowIso = now.toISOString();
  const settings = await aftersalesSettings(s.db);
  const candidates = await s.db.selectFrom('aftersales_job').selectAll().where('penalty_posted_at', 'is', null).where('cash_late_from', 'is not', null)
    .where('cash_late_from', '<=', nowIso).where('technician_id', 'is not', null).execute();
  let posted = 0;
  for (const j of candidates) {
    if (!cashOverdueAt(j, nowIso)) continue;
    const handIns = j.handed_to_finance_at ? [{ atMs: Date.parse(j.handed_to_finance_at), amountFen: Number(j.fee_fen) }] : [];
    const lateness = cashLateness(Date.parse(j.collected_at!), Number(j.fee_fen), handIns, now.getTime(), settings);
    const urges = await s.db.selectFrom('aftersales_job_urge').select('urged_at').where('job_id', '=', j.id).execute();
    const clerkUrged = clerkUrgedInTime(urges.map((u) => u.urged_at), j.collected_at, j.cash_late_from);
    const postings = cashLatePenalties({ jobId: j.id, jobNo: j.job_no, technicianId: j.technician_id!, clerkId: j.clerk_id, clerkUrged, lateness }, settings);
    await s.db.transaction().execute(async (trx) => {
      for (const p of postings) await postLedgerEntry(trx, s.clock, null, p);
      await trx.updateTable('aftersales_job').set({ penalty_posted_at: nowIso, updated_at: nowIso }).where('id', '=', j.id).execute();
      for (const p of postings) {
        await notify(s, trx, [p.userId], { title: `营业款逾期罚款：${j.job_no}`, body: `${p.reason}，罚款 ${(p.amountFen / 100).toFixed(2)} 元`, link: '/aftersales/jobs' });
      }
    });
    posted += postings.length;
  }
  return posted;
}

/**
 * ASV-9 "客服每天下班前半小时了解当天派工单子完成情况，登记了解结果，为第二天工作作出安排…
 * 制定《派工单完成情况调查表》": the day's survey — every job dispatched that Beijing day with its
 * status and, for an unfinished one, the reason told to the customer — built once per date, then
 * filled and submitted by a customer-service clerk (finished? reason, told the customer? plan for
 * tomorrow: time and technician).
 */
import type { Services } from '../../../app.types.js';
import { badRequest, conflict, notFound } from '../../../http/errors.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { notify } from '../../../platform/notifications/notifications.service.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { newId } from '../../../ports/ids.js';
import { assertDate } from '../aftersales.rules.dates.js';
import { isTechnician } from '../jobs/jobs.hooks.js';
import { dayBounds } from './reports.sql.js';

/** Job statuses that mean the technician finished the work on site. */
export const FINISHED_STATUSES = ['feeCalc', 'feeCheck', 'cash', 'callback', 'closed'];

/** Active holders of the customer-service role (the clerks who do the daily check). */
export async function clerkIds(s: Services): Promise<string[]> {
  const rows = await s.db.selectFrom('user_role').innerJoin('role', 'role.id', 'user_role.role_id').innerJoin('app_user as u', 'u.id', 'user_role.user_id')
    .select('u.id').distinct().where('role.key', '=', 'customer_service').where('u.active', '=', 1).execute();
  return rows.map((r) => r.id);
}

/**
 * Builds the survey of `date` once (a second call returns the existing one). `notifyClerks`: the
 * scheduled run tells the clerks; a clerk opening a past day's survey does not.
 */
export async function buildSurvey(s: Services, actor: Actor | null, date: string, notifyClerks: boolean): Promise<{ id: string; created: boolean }> {
  assertDate(date, 'date');
  const existing = await s.db.selectFrom('aftersales_daily_survey').select('id').where('date', '=', date).executeTakeFirst();
  if (existing) return { id: existing.id, created: false };
  const { fromIso, toIso } = dayBounds(date, date);
  const jobs = await s.db.selectFrom('aftersales_job').select(['id', 'status', 'unfinished_reason', 'finished_at'])
    .where('dispatched_at', '>=', fromIso).where('dispatched_at', '<', toIso).orderBy('job_no').execute();
  const now = s.clock.now().toISOString();
  const id = newId();
  // Read before the transaction: SQLite has one connection, a read outside `trx` would wait on it.
  const clerks = notifyClerks ? await clerkIds(s) : [];
  const write = async (trx: typeof s.db) => {
    const claimed = await trx.insertInto('aftersales_daily_survey').values({ id, date, created_at: now, submitted_by: null, submitted_at: null, updated_at: now })
      .onConflict((oc) => oc.column('date').doNothing()).executeTakeFirst();
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
    if (jobs.length) {
      await trx.insertInto('aftersales_daily_survey_line').values(jobs.map((j) => ({
        survey_id: id, job_id: j.id, status_at_check: j.status, reason_at_check: j.unfinished_reason,
        // Prefilled from the job; the clerk confirms or corrects it.
        finished: j.finished_at !== null && j.finished_at < toIso ? 1 : null, reason: j.unfinished_reason, told_customer: j.unfinished_reason ? 1 : null,
        plan_at: null, plan_technician_id: null, note: '',
      }))).execute();
    }
    if (notifyClerks) {
      await notify(s, trx, clerks, {
        title: `派工单完成情况调查表（${date}）`,
        body: `今天派工 ${jobs.length} 单，请在下班前核实完成情况，未完成的登记原因（是否已告知客户）并安排第二天工作。`,
        link: `/aftersales/reports/daily?date=${date}`,
      });
    }
    return true;
  };
  const created = actor
    ? await changeWithAudit(s, actor, async (trx) => ({ result: await write(trx), audit: { action: 'aftersales.survey.build', entity: 'aftersales_daily_survey', entityId: id, data: { date, jobs: jobs.length } } }))
    : await s.db.transaction().execute(write);
  if (!created) return { id: (await s.db.selectFrom('aftersales_daily_survey').select('id').where('date', '=', date).executeTakeFirstOrThrow()).id, created: false };
  return { id, created: true };
}

/** The survey of `date` with its lines, or `survey: null` when none was built. */
export async function getSurvey(s: Services, date: string) {
  assertDate(date, 'date');
  const sv = await s.db.selectFrom('aftersales_daily_survey as v').leftJoin('app_user as u', 'u.id', 'v.submitted_by')
    .select(['v.id', 'v.date', 'v.created_at', 'v.submitted_at', 'u.name as submitted_by_name']).where('v.date', '=', date).executeTakeFirst();
  if (!sv) return { date, survey: null, lines: [] };
  const rows = await s.db.selectFrom('aftersales_daily_survey_line as l').innerJoin('aftersales_job as j', 'j.id', 'l.job_id')
    .innerJoin('aftersales_customer as c', 'c.id', 'j.customer_id').leftJoin('app_user as t', 't.id', 'j.technician_id')
    .leftJoin('app_user as p', 'p.id', 'l.plan_technician_id')
    .select(['l.job_id', 'l.status_at_check', 'l.reason_at_check', 'l.finished', 'l.reason', 'l.told_customer', 'l.plan_at', 'l.plan_technician_id', 'l.note',
      'j.job_no', 'j.instance_id', 'j.status', 'j.problem', 'j.contact_phone', 'c.name as customer_name', 't.name as technician_name', 'p.name as plan_technician_name'])
    .where('l.survey_id', '=', sv.id).orderBy('j.job_no').execute();
  return {
    date,
    survey: { id: sv.id, createdAt: sv.created_at, submittedAt: sv.submitted_at, submittedByName: sv.submitted_by_name ?? null },
    lines: rows.map((r) => ({
      jobId: r.job_id, jobNo: r.job_no, instanceId: r.instance_id, customerName: r.customer_name, contactPhone: r.contact_phone, problem: r.problem,
      technicianName: r.technician_name ?? '', statusAtCheck: r.status_at_check, reasonAtCheck: r.reason_at_check, status: r.status,
      finished: r.finished === null ? null : r.finished === 1, reason: r.reason, toldCustomer: r.told_customer === null ? null : r.told_customer === 1,
      planAt: r.plan_at, planTechnicianId: r.plan_technician_id, planTechnicianName: r.plan_technician_name ?? '', note: r.note,
    })),
  };
}

export interface SurveyLineInput {
  jobId: string;
  finished: boolean | null;
  reason?: string;
  toldCustomer?: boolean | null;
  planAt?: string | null;
  planTechnicianId?: string | null;
  note?: string;
}

/**
 * Saves the clerk's answers; `submit` closes the survey (submitted by/at). A submitted survey is
 * final. On submit every job needs an answer, and an unfinished one the reason, whether the
 * customer was told, and the plan for tomorrow.
 */
export async function saveSurvey(s: Services, actor: Actor, date: string, input: { lines: SurveyLineInput[]; submit: boolean }) {
  assertDate(date, 'date');
  const sv = await s.db.selectFrom('aftersales_daily_survey').selectAll().where('date', '=', date).executeTakeFirst();
  if (!sv) throw notFound('aftersales.survey.notFound', { date });
  if (sv.submitted_at) throw conflict('aftersales.survey.submitted', { date });
  const lines = await s.db.selectFrom('aftersales_daily_survey_line as l').innerJoin('aftersales_job as j', 'j.id', 'l.job_id')
    .select(['l.job_id', 'l.finished', 'l.reason', 'l.told_customer', 'l.plan_at', 'l.plan_technician_id', 'l.note', 'j.job_no']).where('l.survey_id', '=', sv.id).execute();
  const byId = new Map(lines.map((l) => [l.job_id, l]));
  const seen = new Set<string>();
  for (const l of input.lines) {
    if (!byId.has(l.jobId)) throw badRequest('aftersales.survey.unknownJob', { id: l.jobId, date });
    if (seen.has(l.jobId)) throw badRequest('aftersales.survey.duplicateJob', { id: l.jobId });
    seen.add(l.jobId);
    if (l.planAt && Number.isNaN(Date.parse(l.planAt))) throw badRequest('aftersales.invalidDateTime', { field: 'planAt', value: l.planAt });
    if (l.planTechnicianId && !(await isTechnician(s.db, l.planTechnicianId))) throw badRequest('aftersales.job.notTechnician', { id: l.planTechnicianId });
  }
  const merged = lines.map((l) => {
    const i = input.lines.find((x) => x.jobId === l.job_id);
    if (!i) return l;
    return {
      ...l, finished: i.finished === null ? null : i.finished ? 1 : 0, reason: (i.reason ?? l.reason).trim(),
      told_customer: i.toldCustomer === undefined ? l.told_customer : i.toldCustomer === null ? null : i.toldCustomer ? 1 : 0,
      plan_at: i.planAt === undefined ? l.plan_at : i.planAt ? new Date(i.planAt).toISOString() : null,
      plan_technician_id: i.planTechnicianId === undefined ? l.plan_technician_id : i.planTechnicianId || null, note: (i.note ?? l.note).trim(),
    };
  });
  if (input.submit) {
    for (const l of merged) {
      if (l.finished === null) throw badRequest('aftersales.survey.unanswered', { jobNo: l.job_no });
      if (l.finished === 0) {
        const missing = [...(l.reason ? [] : ['未完成原因']), ...(l.told_customer === 1 ? [] : ['已告知客户']), ...(l.plan_at ? [] : ['第二天上门时间'])];
        if (missing.length) throw badRequest('aftersales.survey.unfinishedIncomplete', { jobNo: l.job_no, missing: missing.join('、') });
      }
    }
  }
  const now = s.clock.now().toISOString();
  await changeWithAudit(s, actor, async (trx) => {
    for (const l of merged) {
      await trx.updateTable('aftersales_daily_survey_line').set({ finished: l.finished, reason: l.reason, told_customer: l.told_customer, plan_at: l.plan_at, plan_technician_id: l.plan_technician_id, note: l.note })
        .where('survey_id', '=', sv.id).where('job_id', '=', l.job_id).execute();
    }
    await trx.updateTable('aftersales_daily_survey').set({ updated_at: now, ...(input.submit ? { submitted_at: now, submitted_by: actor.id } : {}) }).where('id', '=', sv.id).execute();
    return { result: null, audit: { action: input.submit ? 'aftersales.survey.submit' : 'aftersales.survey.save', entity: 'aftersales_daily_survey', entityId: sv.id, data: { date, lines: input.lines.length } } };
  });
  return getSurvey(s, date);
}

/** History: the surveys of a date range with their counts, newest first. */
export async function listSurveys(s: Services, from: string, to: string) {
  assertDate(from, 'from');
  assertDate(to, 'to');
  if (from > to) throw badRequest('aftersales.reports.badRange', { from, to });
  const rows = await s.db.selectFrom('aftersales_daily_survey as v').leftJoin('aftersales_daily_survey_line as l', 'l.survey_id', 'v.id')
    .leftJoin('app_user as u', 'u.id', 'v.submitted_by')
    .select(['v.date', 'v.created_at', 'v.submitted_at', 'u.name as submitted_by_name'])
    .select((eb) => [eb.fn.count<number>('l.job_id').as('jobs'), eb.fn.sum<number>(eb.case().when('l.finished', '=', 1).then(1).else(0).end()).as('finished')])
    .where('v.date', '>=', from).where('v.date', '<=', to).groupBy(['v.date', 'v.created_at', 'v.submitted_at', 'u.name']).orderBy('v.date', 'desc').execute();
  return { items: rows.map((r) => ({ date: r.date, createdAt: r.created_at, submittedAt: r.submitted_at, submittedByName: r.submitted_by_name ?? null, jobs: Number(r.jobs), finished: Number(r.finished ?? 0) })) };
}

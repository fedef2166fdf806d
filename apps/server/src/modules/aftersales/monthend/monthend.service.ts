/**
 * ASV-12 / ASV-14 month end: from the 派工单 closed in a Beijing month, the 售后人员维修、客服提成表
 * (technicians' and clerks' lines), the 技术人员维修提成表 (engineers' lines), the 交代不收费表
 * (closed jobs with no fee, and why) and the 月报表; technicians confirm their lines and
 * corrections are recorded with who and why (the latest correction of a line wins).
 */
import type { Services } from '../../../app.types.js';
import { badRequest } from '../../../http/errors.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { getSetting, putSetting } from '../../../platform/settings/settings.service.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { newId } from '../../../ports/ids.js';
import { aftersalesSettings } from '../customers/customers.service.js';
import { beijingMonthBounds } from './callbacks.rules.js';
import { assertMonthOpen } from './handover.lock.js';
import { byJobNo, instanceData } from './month-data.js';
import { commissionLines, commissionTableFrom, type CommissionTable } from './monthend.rules.js';

export const COMMISSION_TABLE_KEY = 'aftersales.commissionTable';
export type LineRole = 'technician' | 'engineer' | 'clerk';

export async function commissionTable(s: Services): Promise<CommissionTable> {
  return commissionTableFrom(await getSetting<unknown>(s.db, COMMISSION_TABLE_KEY, {}));
}

export async function updateCommissionTable(s: Services, actor: Actor, input: Partial<CommissionTable>): Promise<CommissionTable> {
  const valid = commissionTableFrom({ ...(await commissionTable(s)), ...input });
  await changeWithAudit(s, actor, async (trx) => {
    await putSetting(trx, COMMISSION_TABLE_KEY, valid, s.clock.now().toISOString(), actor.id === 'system' ? null : actor.id);
    return { result: null, audit: { action: 'aftersales.commissionTable.update', entity: 'setting', entityId: COMMISSION_TABLE_KEY, data: { changed: input } } };
  });
  return valid;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

const WARRANTY_REASON: Record<string, string> = { in_warranty: '保修期内', expiring: '保修期内（即将到期）' };

/** One line of the commission tables (after the latest correction, if any). */
export interface MonthLine {
  jobId: string;
  userId: string;
  role: LineRole;
  jobCommissionFen: number;
  computedFen: number;
  jobNo: string;
  date: string | null;
  customerName: string;
  userName: string;
  amountFen: number;
  correction: { amountFen: number; reason: string; byName: string; at: string } | null;
}
const ROLE_TOTAL = { technician: 'technicianFen', engineer: 'engineerFen', clerk: 'clerkFen' } as const;

/** Everything of the month: jobs, commission lines (corrected), free list, report, confirmations. */
export async function monthEnd(s: Services, month: string) {
  const { from, to } = beijingMonthBounds(month);
  const jobs = await s.db.selectFrom('aftersales_job as j').innerJoin('aftersales_customer as c', 'c.id', 'j.customer_id')
    .select(['j.id', 'j.instance_id', 'j.job_no', 'j.job_type', 'j.fee_fen', 'j.technician_id', 'j.engineer_id', 'j.engineer_called', 'j.clerk_id', 'j.warranty_state', 'j.completed_at', 'j.receipt_no', 'c.name as customer_name'])
    .where('j.status', '=', 'closed').where('j.completed_at', '>=', from).where('j.completed_at', '<', to).execute();
  jobs.sort(byJobNo);
  const data = await instanceData(s.db, jobs.map((j) => j.instance_id));
  const users = new Map((await s.db.selectFrom('app_user').select(['id', 'name']).execute()).map((u) => [u.id, u.name]));
  const name = (id: string | null) => (id ? users.get(id) ?? id : '');
  const table = await commissionTable(s);
  const settings = await aftersalesSettings(s.db);
  // A 维保协议 visit is paid by the 维保提成表 (care part, ASV-13), not a second time here; the
  // visits table is small (agreements × visits), so reading its job ids whole is cheap.
  const visitJobs = new Set((await s.db.selectFrom('aftersales_care_visit').select('job_id').where('job_id', 'is not', null).execute()).map((v) => v.job_id));
  const raw = commissionLines(jobs.filter((j) => !visitJobs.has(j.id)).map((j) => ({ jobId: j.id, jobType: j.job_type, feeFen: Number(j.fee_fen), technicianId: j.technician_id, engineerId: j.engineer_id, engineerCalled: j.engineer_called === 1 })), table, settings);
  const byJob = new Map(jobs.map((j) => [j.id, j]));
  const corrections = await s.db.selectFrom('aftersales_commission_correction').selectAll().where('month', '=', month).orderBy('created_at').orderBy('id').execute();
  const latest = new Map(corrections.map((c) => [`${c.job_id}|${c.user_id}|${c.role}`, c]));
  // Built in one pass, a correction looked up only for the few corrected jobs: at 100k jobs a month
  // the intermediate arrays and keys of every line were most of the time (garbage collection).
  const correctedJobs = new Set(corrections.map((c) => c.job_id));
  const lines: MonthLine[] = [];
  const addLine = (j: (typeof jobs)[number], userId: string, role: LineRole, jobCommissionFen: number, computedFen: number) => {
    const c = correctedJobs.has(j.id) ? latest.get(`${j.id}|${userId}|${role}`) : undefined;
    lines.push({
      jobId: j.id, userId, role, jobCommissionFen, computedFen, jobNo: j.job_no, date: j.completed_at, customerName: j.customer_name, userName: name(userId),
      amountFen: c ? Number(c.amount_fen) : computedFen, correction: c ? { amountFen: Number(c.amount_fen), reason: c.reason, byName: name(c.by_id), at: c.created_at } : null,
    });
  };
  for (const l of raw) addLine(byJob.get(l.jobId)!, l.userId, l.role, l.jobCommissionFen, l.amountFen);
  for (const j of jobs) addLine(j, j.clerk_id, 'clerk', table.clerkPerJobFen, table.clerkPerJobFen);
  // One pass over the lines (not a filter per job: that made the month end quadratic in its jobs).
  const repairFen = new Map<string, number>();
  for (const l of lines) if (l.role !== 'clerk') repairFen.set(l.jobId, (repairFen.get(l.jobId) ?? 0) + l.amountFen);
  const report = jobs.map((j) => {
    const d = data.get(j.instance_id) ?? {};
    return {
      jobId: j.id, jobNo: j.job_no, date: j.completed_at, customerName: j.customer_name, work: str(d.workDone) || str(d.problem), technicianName: name(j.technician_id),
      engineerName: j.engineer_called === 1 ? name(j.engineer_id) : '',
      commissionFen: repairFen.get(j.id) ?? 0,
      collectedFen: Number(j.fee_fen), notes: [j.receipt_no ? `收据 ${j.receipt_no}` : '', str(d.chargeNote), str(d.callbackNotes)].filter(Boolean).join('；'),
    };
  });
  const free = jobs.filter((j) => Number(j.fee_fen) === 0).map((j) => {
    const d = data.get(j.instance_id) ?? {};
    return {
      jobId: j.id, jobNo: j.job_no, date: j.completed_at, customerName: j.customer_name, technicianName: name(j.technician_id), work: str(d.workDone) || str(d.problem),
      reason: [WARRANTY_REASON[j.warranty_state] ?? '', str(d.chargeNote), str(d.feeNote)].filter(Boolean).join('；') || '未注明',
    };
  });
  const confirms = await s.db.selectFrom('aftersales_commission_confirm').selectAll().where('month', '=', month).execute();
  const people = new Map<string, { userId: string; userName: string; technicianFen: number; engineerFen: number; clerkFen: number; totalFen: number; confirmedAt: string | null; confirmedTotalFen: number | null }>();
  for (const l of lines) {
    const p = people.get(l.userId) ?? { userId: l.userId, userName: l.userName, technicianFen: 0, engineerFen: 0, clerkFen: 0, totalFen: 0, confirmedAt: null, confirmedTotalFen: null };
    p[ROLE_TOTAL[l.role]] += l.amountFen;
    p.totalFen += l.amountFen;
    people.set(l.userId, p);
  }
  for (const c of confirms) {
    const p = people.get(c.user_id);
    if (p) Object.assign(p, { confirmedAt: c.confirmed_at, confirmedTotalFen: Number(c.total_fen) });
  }
  return { month, lines, people: [...people.values()], report, free, table };
}

export interface CorrectionInput {
  month: string;
  jobId: string;
  userId: string;
  role: LineRole;
  amountFen: number;
  reason: string;
}

/** ASV-14 "如有出入进行调整": sets one line's amount, recording who and why. */
export async function correctLine(s: Services, actor: Actor, input: CorrectionInput) {
  const m = await monthEnd(s, input.month);
  if (!m.lines.some((l) => l.jobId === input.jobId && l.userId === input.userId && l.role === input.role)) {
    throw badRequest('aftersales.monthend.noLine', { month: input.month, jobId: input.jobId, userId: input.userId, role: input.role });
  }
  const id = newId();
  await changeWithAudit(s, actor, async (trx) => {
    // Checked in the transaction: a month handed to finance meanwhile refuses the change (ASV-14).
    await assertMonthOpen(trx, input.month);
    await trx.insertInto('aftersales_commission_correction').values({
      id, month: input.month, job_id: input.jobId, user_id: input.userId, role: input.role, amount_fen: input.amountFen, reason: input.reason, by_id: actor.id, created_at: s.clock.now().toISOString(),
    }).execute();
    return { result: null, audit: { action: 'aftersales.commission.correct', entity: 'aftersales_commission_correction', entityId: id, data: { ...input } } };
  });
  return { id };
}

/** A person confirms his month's commission (the total he saw is stored; confirming again updates it). */
export async function confirmMine(s: Services, actor: Actor, month: string) {
  const m = await monthEnd(s, month);
  const me = m.people.find((p) => p.userId === actor.id);
  if (!me) throw badRequest('aftersales.monthend.nothingToConfirm', { month });
  const now = s.clock.now().toISOString();
  await changeWithAudit(s, actor, async (trx) => {
    await assertMonthOpen(trx, month);
    await trx.deleteFrom('aftersales_commission_confirm').where('month', '=', month).where('user_id', '=', actor.id).execute();
    await trx.insertInto('aftersales_commission_confirm').values({ month, user_id: actor.id, total_fen: me.totalFen, confirmed_at: now }).execute();
    return { result: null, audit: { action: 'aftersales.commission.confirm', entity: 'aftersales_commission_confirm', entityId: `${month}|${actor.id}`, data: { totalFen: me.totalFen } } };
  });
  return { confirmedAt: now, totalFen: me.totalFen };
}

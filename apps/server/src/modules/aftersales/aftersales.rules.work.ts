/**
 * Work rules of after-sales: the completion rate KPI (ASV-9), borrowed-parts reconciliation within
 * 3 days (ASV-10), the dispatch suggestion by skill and load (ASV-3) and whole sets of
 * installation goods (ASV-11). Pure functions.
 */
import { badRequest } from '../../http/errors.js';
import { addDays, assertDate, isRealDate } from './aftersales.rules.dates.js';
import { defaultAftersalesSettings, type AftersalesSettings } from './aftersales.settings.js';

// ---------------------------------------------------------------------------------------------
// ASV-9 completion rate

export interface JobForRate {
  /** Beijing date the job was dispatched (派工). */
  dispatchedOn: string;
  /** Beijing date it was completed, null while open. Cancelled jobs are left out by the caller. */
  completedOn: string | null;
}

export interface CompletionRate {
  dispatched: number;
  completed: number;
  /** completed / dispatched as a percentage with one decimal; null when nothing was dispatched. */
  ratePercent: number | null;
}

/**
 * ASV-9 "派工单子完成情况…是客服、售后人员绩效考核的重要指标": of the jobs dispatched from `from`
 * to `to` (inclusive), the share completed by the end of `completedBy` (default `to`: the daily
 * check asks about jobs dispatched that day and done that day).
 */
export function completionRate(jobs: JobForRate[], period: { from: string; to: string; completedBy?: string }): CompletionRate {
  assertDate(period.from, 'from');
  assertDate(period.to, 'to');
  const by = period.completedBy ?? period.to;
  assertDate(by, 'completedBy');
  const inPeriod = jobs.filter((j) => j.dispatchedOn >= period.from && j.dispatchedOn <= period.to);
  const completed = inPeriod.filter((j) => j.completedOn !== null && j.completedOn <= by).length;
  const dispatched = inPeriod.length;
  return { dispatched, completed, ratePercent: dispatched === 0 ? null : Math.round((completed * 1000) / dispatched) / 10 };
}

/** ASV-9 the completion rate per person (technician or clerk) — the KPI of each. */
export function completionRateBy<T extends JobForRate>(jobs: T[], keyOf: (j: T) => string | null, period: { from: string; to: string; completedBy?: string }): Map<string, CompletionRate> {
  const groups = new Map<string, T[]>();
  for (const j of jobs) {
    const k = keyOf(j);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), j]);
  }
  return new Map([...groups].map(([k, js]) => [k, completionRate(js, period)]));
}

// ---------------------------------------------------------------------------------------------
// ASV-10 parts reconciliation

export interface PartLoan {
  id: string;
  /** Beijing date the technician borrowed the parts from the warehouse keeper (day 1). */
  borrowedOn: string;
  /** Beijing date reconciled and booked out (出库手续), null while open. */
  reconciledOn: string | null;
}

export type LoanState = 'open' | 'overdue' | 'done' | 'done_late';

/**
 * ASV-10 "3天内必须办理": the reconciliation is due by the end of the third calendar day, the day
 * of borrowing being the first (the same counting as ASV-7's cash deadline).
 */
export function loanReconciliation(loan: PartLoan, today: string, s: Pick<AftersalesSettings, 'partsReconcileDays'> = defaultAftersalesSettings): { dueOn: string; state: LoanState; daysLate: number } {
  assertDate(loan.borrowedOn, 'borrowedOn');
  assertDate(today, 'today');
  const dueOn = addDays(loan.borrowedOn, s.partsReconcileDays - 1);
  const end = loan.reconciledOn ?? today;
  if (loan.reconciledOn !== null && !isRealDate(loan.reconciledOn)) throw badRequest('aftersales.invalidDate', { field: 'reconciledOn', value: String(loan.reconciledOn) });
  const late = end > dueOn;
  const daysLate = late ? Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000) : 0;
  const state: LoanState = loan.reconciledOn === null ? (late ? 'overdue' : 'open') : late ? 'done_late' : 'done';
  return { dueOn, state, daysLate };
}

// ---------------------------------------------------------------------------------------------
// ASV-3 dispatch suggestion

export interface TechnicianLoad {
  id: string;
  name: string;
  /** Skills (技术特长), e.g. ['空调', '净水器']. */
  skills: string[];
  /** Jobs dispatched to him and not yet completed. */
  openJobs: number;
  /** False when on leave or otherwise unavailable; such technicians are not suggested. */
  available: boolean;
}

export interface DispatchSuggestion {
  id: string;
  name: string;
  skillMatch: boolean;
  openJobs: number;
  overloaded: boolean;
  /** Why this place, in Chinese, for the clerk. */
  reason: string;
}

/**
 * ASV-3 "根据售后人员技术特长，向售后人员派工": available technicians ranked by (1) having the
 * job's skill, (2) not being at or above the load limit, (3) fewer open jobs, (4) name. The clerk
 * still chooses; this is a suggestion.
 */
export function rankTechnicians(skill: string | null, techs: TechnicianLoad[], s: Pick<AftersalesSettings, 'maxOpenJobsPerTechnician'> = defaultAftersalesSettings): DispatchSuggestion[] {
  const want = skill?.trim() || null;
  return techs
    .filter((t) => t.available)
    .map((t) => {
      const skillMatch = want === null || t.skills.some((k) => k.trim() === want);
      const overloaded = t.openJobs >= s.maxOpenJobsPerTechnician;
      const reason = [want === null ? '不限技能' : skillMatch ? `擅长${want}` : `不擅长${want}`, `在办 ${t.openJobs} 单`, ...(overloaded ? [`已达上限 ${s.maxOpenJobsPerTechnician} 单`] : [])].join('，');
      return { id: t.id, name: t.name, skillMatch, openJobs: t.openJobs, overloaded, reason };
    })
    .sort((a, b) => Number(b.skillMatch) - Number(a.skillMatch) || Number(a.overloaded) - Number(b.overloaded) || a.openJobs - b.openJobs || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------------------------------------
// ASV-11 installation goods: whole sets only, not for the three channels, no borrowing

/** "不经过项目集成部、e家软装生活馆、步阳4S店的安装项目" — these channels ship their own goods. */
export const EXCLUDED_INSTALLATION_CHANNELS = ['项目集成部', 'e家软装生活馆', '步阳4S店'] as const;

/** ASV-11 whether after-sales ships the installation goods of a project sold through `channel`. */
export function aftersalesShipsInstallation(channel: string | null): boolean {
  return !EXCLUDED_INSTALLATION_CHANNELS.some((c) => c === channel?.trim());
}

export interface SetLine {
  sku: string;
  qty: number;
}

export interface WholeSetCheck {
  ok: boolean;
  /** Number of whole sets the request is, or null when it is not a whole number of sets. */
  sets: number | null;
  /** Lines that do not fit, with the quantity a whole number of sets would need. */
  problems: { sku: string; requested: number; expected: number }[];
}

/**
 * ASV-11 "整套物品及时办理出库手续，安装人员不得借领": goods go out as whole sets only — the
 * request must be k × the set for one whole k ≥ 1 (k taken from the first line of the set).
 */
export function checkWholeSet(set: SetLine[], requested: SetLine[]): WholeSetCheck {
  if (set.length === 0 || set.some((l) => !Number.isInteger(l.qty) || l.qty <= 0)) throw badRequest('aftersales.invalidSet');
  const req = new Map<string, number>();
  for (const l of requested) {
    if (!Number.isInteger(l.qty) || l.qty < 0) throw badRequest('aftersales.invalidQuantity', { sku: l.sku, value: String(l.qty) });
    req.set(l.sku, (req.get(l.sku) ?? 0) + l.qty);
  }
  const first = set[0]!;
  const k = Math.max(1, Math.round((req.get(first.sku) ?? 0) / first.qty));
  const problems: WholeSetCheck['problems'] = [];
  for (const l of set) {
    const got = req.get(l.sku) ?? 0;
    if (got !== l.qty * k) problems.push({ sku: l.sku, requested: got, expected: l.qty * k });
  }
  for (const [sku, qty] of req) if (qty > 0 && !set.some((l) => l.sku === sku)) problems.push({ sku, requested: qty, expected: 0 });
  return { ok: problems.length === 0, sets: problems.length === 0 ? k : null, problems };
}

/** ASV-11 installers do not borrow installation goods; parts for repairs are borrowed (ASV-4). */
export function mayBorrow(kind: 'repair_part' | 'installation_goods'): boolean {
  return kind === 'repair_part';
}

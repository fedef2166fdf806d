/**
 * ASV-12/13/15 after-sales care — pure rules: the visit schedule of a 维保协议, the maintenance
 * commission of a completed visit, the sales commission of a sale, and the reminder keys.
 *
 * **Decisions (docs/decisions.md, "Aftersales care"):** visits fall at the start of each interval
 * counted from the period's first day (the k-th visit = start + k×interval months, always from the
 * start so month ends do not drift: Jan 31 → Feb 28/29 → Mar 31), inclusive of the last day.
 * Money is rounded half-up to the fen in exact integer arithmetic.
 */
import { badRequest } from '../../../http/errors.js';
import { addMonths, assertDate, assertFen, daysBetween, isRealDate } from '../aftersales.rules.dates.js';
import type { CommissionMode } from './care.table.js';

/** Visits per year that divide the year into whole months. */
export const VISITS_PER_YEAR = [1, 2, 3, 4, 6, 12] as const;

/** The interval in months from either 保养次数/年 or a month interval; throws a named 400. */
export function intervalMonthsOf(input: { visitsPerYear?: number | null; intervalMonths?: number | null }): number {
  if (input.visitsPerYear !== undefined && input.visitsPerYear !== null) {
    if (!(VISITS_PER_YEAR as readonly number[]).includes(input.visitsPerYear)) throw badRequest('aftersales.care.badVisitsPerYear', { value: String(input.visitsPerYear) });
    return 12 / input.visitsPerYear;
  }
  const m = input.intervalMonths;
  if (m === undefined || m === null || !Number.isInteger(m) || m < 1 || m > 60) throw badRequest('aftersales.care.badInterval', { value: String(m ?? '') });
  return m;
}

/** Most visits one agreement may plan (10 years monthly). */
export const MAX_VISITS = 120;

/** ASV-13 the visit dates of a period [from, to] (inclusive) every `intervalMonths`, first on `from`. */
export function visitSchedule(from: string, to: string, intervalMonths: number): string[] {
  assertDate(from, 'startOn');
  assertDate(to, 'endOn');
  if (to < from) throw badRequest('aftersales.care.periodReversed', { from, to });
  if (!Number.isInteger(intervalMonths) || intervalMonths < 1) throw badRequest('aftersales.care.badInterval', { value: String(intervalMonths) });
  const out: string[] = [];
  for (let k = 0; ; k++) {
    const d = addMonths(from, k * intervalMonths);
    if (d > to) break;
    // A period of decades is a typing error, not an agreement: refuse rather than plan hundreds of visits.
    if (out.length >= MAX_VISITS) throw badRequest('aftersales.care.tooManyVisits', { max: MAX_VISITS, from, to });
    out.push(d);
  }
  return out;
}

export interface MaintenanceCommissionSettings {
  /** Used when the contract says 'default'. */
  maintenanceMode: 'perVisit' | 'feePercent';
  maintenancePerVisitFen: number;
  maintenanceFeePercent: number;
}

/** Half-up `n / d` for non-negative integers. */
const divHalfUp = (n: number, d: number): number => Math.floor((2 * n + d) / (2 * d));

/**
 * ASV-13 the maintenance commission of one completed visit: a fixed amount per visit, or a
 * percentage of the contract fee spread evenly over the contract's scheduled visits (half-up per
 * visit: fee × % / (100 × visits)).
 */
export function maintenanceCommissionFen(
  c: { feeFen: number; visitCount: number; mode: CommissionMode; value: number },
  s: MaintenanceCommissionSettings,
): number {
  assertFen(c.feeFen, 'feeFen');
  const mode = c.mode === 'default' ? s.maintenanceMode : c.mode;
  if (mode === 'perVisit') return c.mode === 'default' ? s.maintenancePerVisitFen : c.value;
  const percent = c.mode === 'default' ? s.maintenanceFeePercent : c.value;
  if (c.visitCount <= 0) return 0;
  return divHalfUp(c.feeFen * percent, 100 * c.visitCount);
}

/** Percent with at most two decimals → basis points (3.5 % → 350). */
export function basisPoints(percent: number): number {
  const bp = Math.round(percent * 100);
  if (!Number.isFinite(percent) || percent < 0 || percent > 100 || Math.abs(bp - percent * 100) > 1e-6) throw badRequest('aftersales.care.badPercent', { value: String(percent) });
  return bp;
}

/** ASV-12 the sales commission of one line: amount × percent, half-up to the fen. */
export function salesCommissionFen(amountFen: number, percent: number): number {
  assertFen(amountFen, 'amountFen');
  return divHalfUp(amountFen * basisPoints(percent), 10_000);
}

export interface SalesCategory { code: string; name: string; percent: number }

export interface SaleLineInput { id: string; userId: string; category: string; amountFen: number }

/** ASV-12 lines with their percent and commission; an unknown category earns 0 %. */
export function salesCommissionLines<T extends SaleLineInput>(lines: T[], categories: SalesCategory[]): (T & { percent: number; commissionFen: number })[] {
  return lines.map((l) => {
    const percent = categories.find((c) => c.code === l.category)?.percent ?? 0;
    return { ...l, percent, commissionFen: salesCommissionFen(l.amountFen, percent) };
  });
}

/** Totals per user, in first-seen order. */
export function totalsPerUser(lines: { userId: string; amountFen: number; commissionFen: number }[]): { userId: string; count: number; amountFen: number; commissionFen: number }[] {
  const m = new Map<string, { userId: string; count: number; amountFen: number; commissionFen: number }>();
  for (const l of lines) {
    const t = m.get(l.userId) ?? { userId: l.userId, count: 0, amountFen: 0, commissionFen: 0 };
    t.count += 1;
    t.amountFen += l.amountFen;
    t.commissionFen += l.commissionFen;
    m.set(l.userId, t);
  }
  return [...m.values()];
}

/** ASV-15 the due date of a callback task: the warranty's last day / the part's due date, never before today. */
export function taskDueOn(period: string, today: string): string {
  return isRealDate(period) && daysBetween(today, period) > 0 ? period : today;
}

/**
 * ASV-16 / ASV-8: the callback (回访) figures of closed jobs — pure rules. The callback step of the
 * 派工单 stores satisfaction (非常满意/满意/一般/不满意), whether the service was timely and
 * whether the on-site conduct standard (上门服务规范) was kept; this file turns those records into
 * the monthly callback report.
 */
import { BEIJING_OFFSET_MS } from '../aftersales.rules.dates.js';

/** 上门服务规范 ② (seed 6.售后流程 ⑷): the on-site conduct checklist rated in the callback. */
export const CONDUCT_CHECKLIST = [
  { code: 'appointment', zh: '接到任务单后电话与用户预约上门时间', en: 'Phoned the customer to book the visit' },
  { code: 'uniform', zh: '统一着工作服，着装干净整洁', en: 'Wore the clean company uniform' },
  { code: 'appearance', zh: '精神面貌良好，头发、面部、手部整洁', en: 'Neat and tidy appearance' },
] as const;

/** Ratings that count as satisfied (满意度 "满意" and better). */
export const SATISFIED = ['非常满意', '满意'] as const;

export interface CallbackRecord {
  technicianId: string | null;
  satisfaction: string | null;
  timely: boolean | null;
  conductOk: boolean | null;
}

export interface CallbackFigures {
  /** Closed jobs with a callback recorded. */
  callbacks: number;
  satisfied: number;
  /** Count per satisfaction rating. */
  bySatisfaction: Record<string, number>;
  timely: number;
  conductOk: number;
  /** Percentages with one decimal, null when there is no callback. */
  satisfactionRate: number | null;
  timelyRate: number | null;
  conductRate: number | null;
}

const rate = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n * 1000) / d) / 10);

/** Figures of a set of records; records without a satisfaction rating were not called back. */
export function callbackFigures(records: CallbackRecord[]): CallbackFigures {
  const done = records.filter((r) => typeof r.satisfaction === 'string' && r.satisfaction !== '');
  const bySatisfaction: Record<string, number> = {};
  for (const r of done) bySatisfaction[r.satisfaction!] = (bySatisfaction[r.satisfaction!] ?? 0) + 1;
  const satisfied = done.filter((r) => (SATISFIED as readonly string[]).includes(r.satisfaction!)).length;
  const timely = done.filter((r) => r.timely === true).length;
  const conductOk = done.filter((r) => r.conductOk === true).length;
  return {
    callbacks: done.length, satisfied, bySatisfaction, timely, conductOk,
    satisfactionRate: rate(satisfied, done.length), timelyRate: rate(timely, done.length), conductRate: rate(conductOk, done.length),
  };
}

/** Figures per technician (key '' for jobs without one), plus the total. */
export function callbackReport(records: CallbackRecord[]): { total: CallbackFigures; byTechnician: Map<string, CallbackFigures> } {
  const groups = new Map<string, CallbackRecord[]>();
  for (const r of records) {
    const k = r.technicianId ?? '';
    // Push, not spread: copying the group per record made the report quadratic in the month's jobs.
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const byTechnician = new Map<string, CallbackFigures>();
  for (const [k, rs] of groups) byTechnician.set(k, callbackFigures(rs));
  return { total: callbackFigures(records), byTechnician };
}

/** The UTC ISO bounds [from, to) of a Beijing calendar month 'YYYY-MM'. */
export function beijingMonthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const start = Date.UTC(y, m - 1, 1) - BEIJING_OFFSET_MS;
  const end = Date.UTC(y, m, 1) - BEIJING_OFFSET_MS;
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}

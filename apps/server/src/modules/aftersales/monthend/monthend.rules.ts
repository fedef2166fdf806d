/**
 * ASV-12 / ASV-14 month end — pure rules: the commission of a closed job from the configurable
 * commission table (per job type), split with the ASV-12 rule (splitRepairCommission: 60/40 when
 * an engineer was called in, 100% to whoever did it alone), and the totals per person.
 * The documents give no figures per job type; the defaults are recorded in docs/decisions.md.
 */
import { badRequest } from '../../../http/errors.js';
import { percentOfFen } from '../aftersales.rules.dates.js';
import { splitRepairCommission } from '../aftersales.rules.money.js';
import type { AftersalesSettings } from '../aftersales.settings.js';

/** One line of the commission table: a fixed amount per job plus a share of the fee collected. */
export interface CommissionRate {
  /** The job type code (the fee standard's code), or '*' for any other type. */
  jobType: string;
  fixedFen: number;
  /** % of the fee collected (0–100). */
  feePercent: number;
}

export interface CommissionTable {
  rates: CommissionRate[];
  /** 客服提成: per closed job taken by the clerk. */
  clerkPerJobFen: number;
}

export const defaultCommissionTable: CommissionTable = {
  rates: [
    { jobType: 'inspection', fixedFen: 1_000, feePercent: 0 },
    { jobType: 'repair', fixedFen: 2_000, feePercent: 10 },
    { jobType: 'install', fixedFen: 3_000, feePercent: 0 },
    { jobType: 'maintenance', fixedFen: 2_000, feePercent: 0 },
    { jobType: '*', fixedFen: 1_000, feePercent: 10 },
  ],
  clerkPerJobFen: 200,
};

/** Defaults overlaid with the stored value, validated; throws `aftersales.invalidCommissionTable`. */
export function commissionTableFrom(stored: unknown): CommissionTable {
  const p = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Partial<CommissionTable>) : {};
  const t: CommissionTable = { rates: p.rates ?? defaultCommissionTable.rates, clerkPerJobFen: p.clerkPerJobFen ?? defaultCommissionTable.clerkPerJobFen };
  const seen = new Set<string>();
  t.rates.forEach((r, i) => {
    const ok = typeof r?.jobType === 'string' && /^([a-z0-9_-]{1,40}|\*)$/.test(r.jobType) && !seen.has(r.jobType)
      && Number.isSafeInteger(r.fixedFen) && r.fixedFen >= 0 && Number.isInteger(r.feePercent) && r.feePercent >= 0 && r.feePercent <= 100;
    if (!ok) throw badRequest('aftersales.invalidCommissionTable', { field: `rates[${i}]`, value: JSON.stringify(r) ?? '' });
    seen.add(r.jobType);
  });
  if (!Number.isSafeInteger(t.clerkPerJobFen) || t.clerkPerJobFen < 0) throw badRequest('aftersales.invalidCommissionTable', { field: 'clerkPerJobFen', value: String(t.clerkPerJobFen) });
  return t;
}

/** The repair commission of one job: its type's rate (or '*', or nothing). */
export function jobCommissionFen(job: { jobType: string; feeFen: number }, table: CommissionTable): number {
  const rate = table.rates.find((r) => r.jobType === job.jobType) ?? table.rates.find((r) => r.jobType === '*');
  if (!rate) return 0;
  return rate.fixedFen + percentOfFen(job.feeFen, rate.feePercent);
}

export interface ClosedJob {
  jobId: string;
  jobType: string;
  feeFen: number;
  technicianId: string | null;
  engineerId: string | null;
  engineerCalled: boolean;
}

export interface CommissionLine {
  jobId: string;
  userId: string;
  /** technician = 售后人员维修提成; engineer = 技术人员维修提成. */
  role: 'technician' | 'engineer';
  jobCommissionFen: number;
  amountFen: number;
}

/**
 * ASV-12 lines of the month: each job's commission split between technician and engineer. The
 * engineer shares only when he was called in (engineer_called); otherwise the technician alone.
 */
export function commissionLines(jobs: ClosedJob[], table: CommissionTable, s: Pick<AftersalesSettings, 'engineerSharePercent'>): CommissionLine[] {
  const out: CommissionLine[] = [];
  for (const j of jobs) {
    if (!j.technicianId && !j.engineerId) continue;
    const total = jobCommissionFen(j, table);
    const shares = splitRepairCommission(total, { technicianId: j.technicianId, engineerId: j.engineerCalled || !j.technicianId ? j.engineerId : null }, s);
    for (const sh of shares) out.push({ jobId: j.jobId, userId: sh.userId, role: sh.role, jobCommissionFen: total, amountFen: sh.amountFen });
  }
  return out;
}

/** Sum of amounts per user (for the tables' totals). */
export function totalsByUser(lines: { userId: string; amountFen: number }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) m.set(l.userId, (m.get(l.userId) ?? 0) + l.amountFen);
  return m;
}

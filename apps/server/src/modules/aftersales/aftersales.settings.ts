/**
 * Settings of the after-sales rules (ASV). Every figure the documents give is a setting whose
 * default is the documents' value; figures the documents leave open have a stated default
 * (docs/decisions.md, "After-sales"). Money in integer fen, percentages integers 0–100.
 *
 * Source: 人事流程、日常工作流程细则及相关规定 — 6.售后流程及相关规定 ⑪–⑳, ⑴–⑷.
 */
import { badRequest } from '../../http/errors.js';

/** One line of the company's 维修费用收费标准 (ASV-6): what a job type costs outside warranty. */
export interface FeeStandardItem {
  /** Stable key stored on jobs, e.g. 'inspection'. */
  code: string;
  /** As the standard words it, e.g. 上门检测. */
  name: string;
  /** Labour/service fee in fen (parts are charged on top at their list price). */
  feeFen: number;
}

export interface AftersalesSettings {
  /** ASV-7 "最迟不得超过第三天": days to hand cash to finance, the day of collection being day 1. */
  cashDueDays: number;
  /** ASV-7 "向其开具罚单交予财务部（营业款的100%）" — technician's penalty, % of the late 营业款. */
  technicianLatePenaltyPercent: number;
  /** ASV-7 "不督促则客服承担相应的处罚（营业款的5%）" — clerk's penalty, % of the late 营业款. */
  clerkNoUrgePenaltyPercent: number;
  /** ASV-12 "售后维修提成给予技术人员分享6成" — the engineer's share when called in by a technician. */
  engineerSharePercent: number;
  /** ASV-10 "3天内必须办理" — days to reconcile borrowed parts, the day of borrowing being day 1. */
  partsReconcileDays: number;
  /** ASV-15 free-maintenance (warranty) expiry reminder this many days ahead (documents: none; 30). */
  warrantyReminderDays: number;
  /** ASV-15 part service-life reminder this many days ahead (documents: none; 30). */
  partLifeReminderDays: number;
  /** ASV-3 load above which a technician is not suggested first (documents: none; 5 open jobs). */
  maxOpenJobsPerTechnician: number;
  /** ASV-9 "每天下班前半小时" — minutes before the end of work for the daily dispatch check. */
  dailyCheckMinutesBeforeEnd: number;
  /** ASV-6 收费标准. The documents name it without figures; the defaults are examples to edit. */
  feeStandard: FeeStandardItem[];
}

export const defaultAftersalesSettings: AftersalesSettings = Object.freeze({
  cashDueDays: 3,
  technicianLatePenaltyPercent: 100,
  clerkNoUrgePenaltyPercent: 5,
  engineerSharePercent: 60,
  partsReconcileDays: 3,
  warrantyReminderDays: 30,
  partLifeReminderDays: 30,
  maxOpenJobsPerTechnician: 5,
  dailyCheckMinutesBeforeEnd: 30,
  feeStandard: Object.freeze([
    { code: 'inspection', name: '上门检测', feeFen: 5_000 },
    { code: 'repair', name: '上门维修（不含配件）', feeFen: 10_000 },
    { code: 'install', name: '设备安装', feeFen: 20_000 },
    { code: 'maintenance', name: '保养清洗', feeFen: 15_000 },
  ]) as FeeStandardItem[],
});

const isPercent = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100;
const isDays = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 366;

/** Names of the invalid fields of `s` (empty when usable). */
export function invalidAftersalesSettings(s: AftersalesSettings): string[] {
  const bad: string[] = [];
  for (const k of ['cashDueDays', 'partsReconcileDays', 'warrantyReminderDays', 'partLifeReminderDays', 'maxOpenJobsPerTechnician'] as const) if (!isDays(s[k])) bad.push(k);
  for (const k of ['technicianLatePenaltyPercent', 'clerkNoUrgePenaltyPercent', 'engineerSharePercent'] as const) if (!isPercent(s[k])) bad.push(k);
  if (!Number.isInteger(s.dailyCheckMinutesBeforeEnd) || s.dailyCheckMinutesBeforeEnd < 0 || s.dailyCheckMinutesBeforeEnd > 240) bad.push('dailyCheckMinutesBeforeEnd');
  const fees = s.feeStandard as unknown;
  const codes = new Set<string>();
  const okFees = Array.isArray(fees) && fees.every((f: Partial<FeeStandardItem>) => {
    const ok = typeof f?.code === 'string' && /^[a-z0-9_-]{1,40}$/.test(f.code) && !codes.has(f.code) && typeof f.name === 'string' && f.name.trim() !== ''
      && typeof f.feeFen === 'number' && Number.isSafeInteger(f.feeFen) && f.feeFen >= 0;
    if (ok) codes.add(f.code!);
    return ok;
  });
  if (!okFees) bad.push('feeStandard');
  return bad;
}

/** Defaults overlaid with the stored (partial) value, validated; throws `aftersales.invalidSettings`. */
export function aftersalesSettingsFrom(stored: unknown): AftersalesSettings {
  const partial = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Partial<AftersalesSettings>) : {};
  const s: AftersalesSettings = { ...defaultAftersalesSettings, ...partial, feeStandard: [...(partial.feeStandard ?? defaultAftersalesSettings.feeStandard)] };
  const bad = invalidAftersalesSettings(s);
  if (bad.length > 0) {
    const field = bad[0]!;
    throw badRequest('aftersales.invalidSettings', { field, value: JSON.stringify((s as unknown as Record<string, unknown>)[field]) ?? '' });
  }
  return s;
}

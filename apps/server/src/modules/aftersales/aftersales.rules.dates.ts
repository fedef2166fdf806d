/** Calendar-date helpers of the after-sales rules: dates are Beijing 'YYYY-MM-DD' strings. */
import { badRequest } from '../../http/errors.js';
import { BEIJING_OFFSET_MS, beijingDate } from '../../platform/calendar/beijing.js';

// The one Beijing offset of the platform, re-exported for the after-sales rules that build month bounds.
export { BEIJING_OFFSET_MS };
export const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealDate(v: unknown): v is string {
  if (typeof v !== 'string' || !DATE_RE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Throws `aftersales.invalidDate` (400, naming field and value) unless `v` is a real date. */
export function assertDate(v: string, field: string): void {
  if (!isRealDate(v)) throw badRequest('aftersales.invalidDate', { field, value: String(v) });
}

/** Throws `aftersales.invalidAmount` unless `fen` is a non-negative safe integer. */
export function assertFen(fen: number, field = 'amountFen'): void {
  if (typeof fen !== 'number' || !Number.isSafeInteger(fen) || fen < 0) throw badRequest('aftersales.invalidAmount', { field, value: String(fen) });
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/**
 * `date` plus `months` calendar months; a day that does not exist in the target month is clamped
 * to its last day (2024-01-31 + 1 month = 2024-02-29).
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return new Date(Date.UTC(ty, tm, Math.min(d, last))).toISOString().slice(0, 10);
}

/** The Beijing calendar date of an instant. */
export function beijingDateOf(ms: number): string {
  return beijingDate(ms);
}

/** The instant (epoch ms) of Beijing midnight at the start of `date`. */
export function beijingMidnightMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - BEIJING_OFFSET_MS;
}

/** Half-up rounding of `fen * percent / 100` to the fen (exact for integers). */
export function percentOfFen(fen: number, percent: number): number {
  return Math.floor((fen * percent + 50) / 100);
}

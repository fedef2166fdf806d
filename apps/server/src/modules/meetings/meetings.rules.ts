/** Pure rules of the meetings module (MTG-1/2/3). */
import { BEIJING_OFFSET_MS } from '../../platform/calendar/beijing.js';

/** Two half-open spans [aStart, aEnd) and [bStart, bEnd) overlap — touching ends do not (MTG-1). */
export function overlaps(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return Date.parse(aStart) < Date.parse(bEnd) && Date.parse(bStart) < Date.parse(aEnd);
}

/** Longest single booking: a room held for more than a week is a mistake, not a meeting. */
export const MAX_BOOKING_MS = 7 * 24 * 3_600_000;

export type SpanProblem = 'invalid' | 'endNotAfterStart' | 'tooLong';

/** Checks a booking span; returns the normalized ISO UTC times or what is wrong. */
export function checkSpan(start: string, end: string): { start: string; end: string } | { problem: SpanProblem } {
  const a = Date.parse(start);
  const b = Date.parse(end);
  if (Number.isNaN(a) || Number.isNaN(b)) return { problem: 'invalid' };
  if (b <= a) return { problem: 'endNotAfterStart' };
  if (b - a > MAX_BOOKING_MS) return { problem: 'tooLong' };
  return { start: new Date(a).toISOString(), end: new Date(b).toISOString() };
}

/** Beijing wall time "YYYY-MM-DD HH:mm" of an ISO instant, for messages. */
export function beijingText(iso: string): string {
  const d = new Date(Date.parse(iso) + BEIJING_OFFSET_MS).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)}`;
}

/** "2026-11-27 09:00–10:00" (end date shown only when it differs). */
export function spanText(start: string, end: string): string {
  const a = beijingText(start);
  const b = beijingText(end);
  return a.slice(0, 10) === b.slice(0, 10) ? `${a}–${b.slice(11)}` : `${a}–${b}`;
}

/** Budget totals of a large event (MTG-3), integer fen. */
export function budgetTotals(lines: readonly { plannedFen: number; actualFen: number }[]): { plannedFen: number; actualFen: number; diffFen: number } {
  const plannedFen = lines.reduce((n, l) => n + l.plannedFen, 0);
  const actualFen = lines.reduce((n, l) => n + l.actualFen, 0);
  return { plannedFen, actualFen, diffFen: actualFen - plannedFen };
}

/** Topics may be submitted until the deadline (inclusive of the deadline instant); none without a deadline. */
export function topicsOpen(deadline: string | null, nowIso: string): boolean {
  return deadline !== null && Date.parse(nowIso) <= Date.parse(deadline);
}

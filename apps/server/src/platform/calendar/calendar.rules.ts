/**
 * Workday calendar rules (ENG-8): the official Chinese calendar with public holidays and
 * adjusted workdays (调休). Pure functions over `CalendarData`; the DB layer loads the data.
 *
 * Rules:
 * - An entry for a date overrides the weekday: `holiday` → rest, `workday` → work (调休 makes a
 *   Saturday or Sunday a workday). Without an entry, Mon–Fri are workdays and Sat/Sun rest days.
 * - Only years in `cal.years` have published data. Any function that needs to know whether a date
 *   in another year is a workday throws `calendar.yearMissing` (422). It never guesses.
 * - Dates are 'YYYY-MM-DD' strings. All date arithmetic is done in UTC so the server's time zone
 *   cannot shift a day. China is UTC+8 all year (no DST).
 */
import { AppError, badRequest } from '../../http/errors.js';
import { DEFAULT_WORKING_HOURS, hourOf } from './working-hours.js';
import { BEIJING_OFFSET_MS } from './beijing.js';

export type DayKind = 'holiday' | 'workday';

export interface CalendarDay {
  kind: DayKind;
  name: string;
}

export interface CalendarData {
  /** Entries keyed by 'YYYY-MM-DD'. */
  days: Map<string, CalendarDay>;
  /** Years whose schedule has been published (seeded, entered or imported). */
  years: Set<number>;
}

export interface WorkingTimeOptions {
  /** Local hour the working day starts (default 8.5 = 08:30, the company's hours). May be fractional. */
  dayStartHour: number;
  /** Local hour the working day ends (default 17.5 = 17:30). */
  dayEndHour: number;
  /** Only China's time zone is supported: fixed UTC+8, no DST. */
  tz: 'Asia/Shanghai';
}

/** The default company working hours (working-hours.ts); services pass the configured ones. */
export const DEFAULT_WORKING_TIME: WorkingTimeOptions = {
  dayStartHour: hourOf(DEFAULT_WORKING_HOURS.start),
  dayEndHour: hourOf(DEFAULT_WORKING_HOURS.end),
  tz: 'Asia/Shanghai',
};

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ISO 8601 instant with an explicit zone: a bare local time would depend on the server's TZ. */
const ISO_INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

// ---------------------------------------------------------------------------------------------
// Date helpers (UTC based)

/** Parses 'YYYY-MM-DD' to the UTC midnight epoch-ms of that day; throws `calendar.invalidDate`. */
export function parseDate(date: string): number {
  const m = typeof date === 'string' ? DATE_RE.exec(date) : null;
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    // Date.UTC maps years 0–99 to 1900+; a real round trip also rejects 2026-02-30.
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return ms;
  }
  throw badRequest('calendar.invalidDate', { value: String(date) });
}

/** Formats a UTC midnight epoch-ms as 'YYYY-MM-DD'. */
export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True when `date` is a real calendar date written as 'YYYY-MM-DD'. */
export function isValidDate(date: string): boolean {
  try {
    parseDate(date);
    return true;
  } catch {
    return false;
  }
}

function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

// ---------------------------------------------------------------------------------------------
// Rules

/** Throws `calendar.yearMissing` (422) unless the year's holiday schedule has been recorded. */
export function assertYearCovered(cal: CalendarData, year: number): void {
  if (!cal.years.has(year)) throw new AppError(422, 'calendar.yearMissing', { year });
}

function workdayAt(cal: CalendarData, ms: number): boolean {
  assertYearCovered(cal, yearOf(ms));
  const entry = cal.days.get(formatDate(ms));
  if (entry) return entry.kind === 'workday';
  const dow = new Date(ms).getUTCDay(); // 0 = Sunday
  return dow >= 1 && dow <= 5;
}

/** Whether `date` is a workday: its entry decides; otherwise Mon–Fri work and Sat/Sun rest. */
export function isWorkday(cal: CalendarData, date: string): boolean {
  return workdayAt(cal, parseDate(date));
}

/** What the calendar says about one day (for display): kind, and the holiday name if any. */
export function dayInfo(cal: CalendarData, date: string): { date: string; workday: boolean; name: string | null } {
  const ms = parseDate(date);
  const workday = workdayAt(cal, ms);
  return { date: formatDate(ms), workday, name: cal.days.get(formatDate(ms))?.name ?? null };
}

/**
 * The n-th workday after `date` (n ≥ 0, integer). n = 0 gives `date` itself when it is a workday,
 * otherwise the next workday. Example: addWorkdays(cal, '2026-09-30', 1) = '2026-10-08'.
 */
export function addWorkdays(cal: CalendarData, date: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw badRequest('calendar.invalidAmount', { value: String(n) });
  let ms = parseDate(date);
  if (n === 0) {
    while (!workdayAt(cal, ms)) ms += DAY_MS;
    return formatDate(ms);
  }
  assertYearCovered(cal, yearOf(ms));
  let left = n;
  while (left > 0) {
    ms += DAY_MS;
    if (workdayAt(cal, ms)) left--;
  }
  return formatDate(ms);
}

/**
 * Number of workdays in the closed range [from, to] (both days counted), e.g. the working days
 * a leave from 2026-09-30 to 2026-10-08 takes: 2. `from` after `to` is `calendar.invalidRange`.
 */
export function workdaysBetween(cal: CalendarData, from: string, to: string): number {
  const a = parseDate(from);
  const b = parseDate(to);
  if (a > b) throw badRequest('calendar.invalidRange', { from, to });
  // Check every year up front so a long range fails before any counting.
  for (let y = yearOf(a); y <= yearOf(b); y++) assertYearCovered(cal, y);
  let count = 0;
  for (let ms = a; ms <= b; ms += DAY_MS) if (workdayAt(cal, ms)) count++;
  return count;
}

/**
 * Adds `hours` of working time to the instant `startIso`, counting only the hours between
 * `dayStartHour` and `dayEndHour` (Asia/Shanghai, UTC+8) of workdays. Returns an ISO UTC string.
 *
 * - A start outside working hours first moves to the next working moment, so 0 hours from
 *   Saturday 10:00 gives Monday 09:00 (or the next workday after a holiday).
 * - Time that exactly fills a day ends at `dayEndHour` that day (Fri 17:00 + 1 h = Fri 18:00),
 *   not at the next morning.
 */
export function addWorkingTime(
  cal: CalendarData,
  startIso: string,
  hours: number,
  opts: WorkingTimeOptions = DEFAULT_WORKING_TIME,
): string {
  const startMs = typeof startIso === 'string' && ISO_INSTANT_RE.test(startIso) ? Date.parse(startIso) : NaN;
  if (!Number.isFinite(startMs)) throw badRequest('calendar.invalidDateTime', { value: String(startIso) });
  if (!Number.isFinite(hours) || hours < 0) throw badRequest('calendar.invalidAmount', { value: String(hours) });
  const { dayStartHour, dayEndHour, tz } = opts;
  if (
    tz !== 'Asia/Shanghai' ||
    !Number.isFinite(dayStartHour) ||
    !Number.isFinite(dayEndHour) ||
    dayStartHour < 0 ||
    dayEndHour > 24 ||
    dayStartHour >= dayEndHour
  ) {
    throw badRequest('calendar.invalidWorkingHours', { start: String(dayStartHour), end: String(dayEndHour), tz: String(tz) });
  }
  const dayStart = Math.round(dayStartHour * HOUR_MS);
  const dayEnd = Math.round(dayEndHour * HOUR_MS);

  let left = Math.round(hours * HOUR_MS);
  // Work in "Shanghai wall-clock as if UTC": local = utc + 8h, so UTC getters read local fields.
  let cur = startMs + BEIJING_OFFSET_MS;
  let day = Math.floor(cur / DAY_MS) * DAY_MS;
  for (;;) {
    if (workdayAt(cal, day)) {
      const from = Math.max(cur, day + dayStart);
      const until = day + dayEnd;
      if (from < until) {
        if (left <= until - from) return new Date(from + left - BEIJING_OFFSET_MS).toISOString();
        left -= until - from;
      }
    }
    // The loop ends: every day checks its year, and only finitely many years are covered.
    day += DAY_MS;
    cur = day;
  }
}

/** Builds calendar data from rows; `years` defaults to the years the rows fall in. */
export function calendarFromRows(
  rows: Iterable<{ date: string; kind: DayKind; name: string }>,
  years?: Iterable<number>,
): CalendarData {
  const days = new Map<string, CalendarDay>();
  const seen = new Set<number>();
  for (const r of rows) {
    const ms = parseDate(r.date);
    days.set(formatDate(ms), { kind: r.kind, name: r.name });
    seen.add(yearOf(ms));
  }
  return { days, years: new Set(years ?? seen) };
}

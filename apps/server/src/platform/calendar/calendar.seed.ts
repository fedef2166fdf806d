/**
 * Seed rows for the holiday calendar, taken from the chinese-days package's data (1.5.7 covers
 * 2004–2026; it has nothing for 2027 and silently treats unknown years as Mon–Fri, so we never call
 * its functions — we copy its data into our own table and refuse years without data).
 *
 * The package is CommonJS and its default export offers functions, not the table, so we read its
 * JSON (`dist/chinese-days.json`: { holidays, workdays, inLieuDays }, each 'YYYY-MM-DD' →
 * 'English,中文,days') through `createRequire`.
 */
import { createRequire } from 'node:module';
import type { DayKind } from './calendar.rules.js';

export const SEEDED_YEARS: readonly number[] = Array.from({ length: 2026 - 2004 + 1 }, (_, i) => 2004 + i);

export interface CalendarSeedRow {
  date: string;
  kind: DayKind;
  name: string;
}

/** The package writes some festivals without 节; use the names of the State Council notices. */
const OFFICIAL_NAMES: Record<string, string> = {
  中秋: '中秋节',
  清明: '清明节',
  端午: '端午节',
};

type DayTable = Record<string, string>;

function isDayTable(v: unknown): v is DayTable {
  return typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string');
}

function loadPackageData(): { holidays: DayTable; workdays: DayTable } {
  const require = createRequire(import.meta.url);
  const data: unknown = require('chinese-days/dist/chinese-days.json');
  const d = data as { holidays?: unknown; workdays?: unknown };
  if (!isDayTable(d.holidays) || !isDayTable(d.workdays)) {
    throw new Error('chinese-days: dist/chinese-days.json does not have the expected { holidays, workdays } tables');
  }
  return { holidays: d.holidays, workdays: d.workdays };
}

function chineseName(value: string, date: string): string {
  // 'National Day,国庆节,3' → '国庆节'
  const zh = value.split(',')[1]?.trim();
  if (!zh) throw new Error(`chinese-days: no Chinese name for ${date}: ${value}`);
  return OFFICIAL_NAMES[zh] ?? zh;
}

/**
 * Holidays (kind 'holiday', e.g. 国庆节 — weekend days inside a holiday period are listed too) and
 * adjusted workdays (kind 'workday', named after their holiday + 调休, e.g. 国庆节调休) for
 * SEEDED_YEARS, sorted by date.
 */
export function chineseDaysRows(): CalendarSeedRow[] {
  const { holidays, workdays } = loadPackageData();
  const years = new Set(SEEDED_YEARS);
  const inRange = (date: string) => years.has(Number(date.slice(0, 4)));
  const rows: CalendarSeedRow[] = [];
  for (const [date, value] of Object.entries(holidays)) {
    if (inRange(date)) rows.push({ date, kind: 'holiday', name: chineseName(value, date) });
  }
  for (const [date, value] of Object.entries(workdays)) {
    if (!inRange(date)) continue;
    if (date in holidays) throw new Error(`chinese-days: ${date} is both a holiday and a workday`);
    rows.push({ date, kind: 'workday', name: `${chineseName(value, date)}调休` });
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Portable SQL pieces of the after-sales reports: the Beijing day or month of an ISO UTC text
 * column, so aggregates group in the database (SQLite and PostgreSQL), and the UTC bounds of
 * Beijing dates and months for index-friendly range filters.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from '../../../db/create-db.js';
import { addDays, beijingMidnightMs } from '../aftersales.rules.dates.js';

/** 'YYYY-MM-DD' (len 10) or 'YYYY-MM' (len 7) in Beijing of the ISO text column `col`. */
export function beijingPart(dialect: Dialect, col: string, len: 10 | 7): RawBuilder<string> {
  const ref = sql.ref(col);
  return dialect === 'postgres'
    ? sql<string>`substr(to_char((${ref})::timestamptz at time zone 'Asia/Shanghai', 'YYYY-MM-DD'), 1, ${sql.lit(len)})`
    : sql<string>`substr(datetime(${ref}, '+8 hours'), 1, ${sql.lit(len)})`;
}

/** UTC ISO bounds [from, to) of the Beijing dates `from`…`to` (inclusive). */
export function dayBounds(from: string, to: string): { fromIso: string; toIso: string } {
  return { fromIso: new Date(beijingMidnightMs(from)).toISOString(), toIso: new Date(beijingMidnightMs(addDays(to, 1))).toISOString() };
}

/** The first and last Beijing dates of a month 'YYYY-MM'. */
export function monthDays(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) };
}

/** 'YYYY-MM' of the month before. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

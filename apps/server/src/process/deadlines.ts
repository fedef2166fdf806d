/**
 * Deadlines on the official calendar (ENG-8). Hour limits are clock hours ("24小时内" in the
 * documents means a day and a night). A limit of n workdays ends at the close of business (the
 * company's working hours, `company.workingHours`, default 17:30 Beijing time) of the n-th workday
 * after the start day, skipping holidays and honouring adjusted workdays (调休). A year without
 * published holidays is refused, never guessed. A limit read from a date field of the instance
 * data ends at close of business of that date (`closeOfBusiness`).
 */
import type { DeadlineCalendar, TimeLimit } from '@guanjia/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { BEIJING_OFFSET_MS, beijingDate } from '../platform/calendar/beijing.js';
import { addWorkdays } from '../platform/calendar/calendar.rules.js';
import { loadCalendar } from '../platform/calendar/calendar.service.js';
import { hourOf } from '../platform/calendar/working-hours.js';
import { companyWorkingHours } from '../platform/calendar/working-hours.service.js';

/** The instant (ISO UTC) of `closeOfBusinessHour` (17.5 = 17:30) Beijing time on a date 'YYYY-MM-DD'. Pure. */
export function closeOfBusinessAt(date: string, closeOfBusinessHour: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + Math.round(closeOfBusinessHour * 3_600_000) - BEIJING_OFFSET_MS).toISOString();
}

/** Close of business (the company's working hours) of a Beijing date 'YYYY-MM-DD', as ISO UTC. */
export async function closeOfBusiness(db: Kysely<Database>, date: string): Promise<string> {
  return closeOfBusinessAt(date, hourOf((await companyWorkingHours(db)).end));
}

export async function dueAt(db: Kysely<Database>, startIso: string, limit: TimeLimit): Promise<string> {
  const start = new Date(startIso).getTime();
  if (limit.unit === 'hours') return new Date(start + limit.amount * 3_600_000).toISOString();
  const localDate = beijingDate(start);
  const year = Number(localDate.slice(0, 4));
  // A limit of up to a few weeks never spans more than the next year.
  const cal = await loadCalendar(db, year, year + 1);
  return closeOfBusiness(db, addWorkdays(cal, localDate, Math.ceil(limit.amount)));
}

export const holidayCalendar: DeadlineCalendar = {
  dueAt: (trx, startIso, limit) => dueAt(trx as Kysely<Database>, startIso, limit),
  closeOfBusiness: (trx, date) => closeOfBusiness(trx as Kysely<Database>, date),
};

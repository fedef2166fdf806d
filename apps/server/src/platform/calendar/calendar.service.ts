/**
 * The holiday table (节假日日历) behind every workday deadline. Seeded from chinese-days for
 * 2004–2026; admins add or override days and import a year. A year is "covered" only when it was
 * seeded, imported, or marked published by an admin — the rules refuse to guess the others.
 */
import { z } from 'zod';
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest } from '../../http/errors.js';
import type { Lang } from '../../http/messages.js';
import type { Actor } from '../auth/actor.js';
import { changeWithAudit } from '../tx.js';
import { importXlsx } from '../xlsx/xlsx-import.js';
import { type CalendarData, type DayKind, calendarFromRows, isWorkday, isValidDate } from './calendar.rules.js';
import { SEEDED_YEARS, chineseDaysRows } from './calendar.seed.js';

/** Inserts the package's data for seeded years not yet in the table. Idempotent; runs at start. */
export async function seedCalendar(s: Services): Promise<number> {
  const have = new Set((await s.db.selectFrom('calendar_year').select('year').execute()).map((r) => Number(r.year)));
  const missing = SEEDED_YEARS.filter((y) => !have.has(y));
  if (missing.length === 0) return 0;
  const want = new Set(missing);
  const now = s.clock.now().toISOString();
  const rows = chineseDaysRows().filter((r) => want.has(Number(r.date.slice(0, 4))));
  await s.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 200) {
      await trx
        .insertInto('holiday')
        .values(rows.slice(i, i + 200).map((r) => ({ date: r.date, kind: r.kind, name: r.name, source: 'seed', updated_at: now, updated_by: null })))
        .onConflict((oc) => oc.column('date').doNothing())
        .execute();
    }
    await trx
      .insertInto('calendar_year')
      .values(missing.map((year) => ({ year, source: 'seed', created_at: now })))
      .onConflict((oc) => oc.column('year').doNothing())
      .execute();
  });
  return rows.length;
}

/** Loads the calendar for a span of years (deadline code asks for the years it may touch). */
export async function loadCalendar(db: Db, fromYear: number, toYear: number): Promise<CalendarData> {
  const [rows, years] = await Promise.all([
    db.selectFrom('holiday').select(['date', 'kind', 'name']).where('date', '>=', `${fromYear}-01-01`).where('date', '<=', `${toYear}-12-31`).execute(),
    db.selectFrom('calendar_year').select('year').where('year', '>=', fromYear).where('year', '<=', toYear).execute(),
  ]);
  return calendarFromRows(
    rows.map((r) => ({ date: r.date, kind: r.kind as DayKind, name: r.name })),
    years.map((y) => Number(y.year)),
  );
}

export async function listCoverage(db: Db) {
  const years = await db.selectFrom('calendar_year').selectAll().orderBy('year').execute();
  const counts = await db.selectFrom('holiday').select('date').execute();
  const perYear = new Map<number, number>();
  for (const c of counts) perYear.set(Number(c.date.slice(0, 4)), (perYear.get(Number(c.date.slice(0, 4))) ?? 0) + 1);
  return { years: years.map((y) => ({ year: Number(y.year), source: y.source, days: perYear.get(Number(y.year)) ?? 0 })) };
}

export async function getYear(db: Db, year: number) {
  const cal = await loadCalendar(db, year, year);
  const rows = await db.selectFrom('holiday').selectAll().where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).orderBy('date').execute();
  const covered = cal.years.has(year);
  let workdayCount: number | null = null;
  if (covered) {
    workdayCount = 0;
    for (let d = Date.UTC(year, 0, 1); new Date(d).getUTCFullYear() === year; d += 86_400_000) {
      if (isWorkday(cal, new Date(d).toISOString().slice(0, 10))) workdayCount++;
    }
  }
  return {
    year,
    covered,
    days: rows.map((r) => ({ date: r.date, kind: r.kind as DayKind, name: r.name, source: r.source as 'seed' | 'admin' | 'import' })),
    workdayCount,
  };
}

export async function setDay(s: Services, actor: Actor, date: string, input: { kind: DayKind; name: string }) {
  if (!isValidDate(date)) throw badRequest('calendar.invalidDate', { value: date });
  await changeWithAudit(s, actor, async (trx) => {
    const now = s.clock.now().toISOString();
    await trx
      .insertInto('holiday')
      .values({ date, kind: input.kind, name: input.name, source: 'admin', updated_at: now, updated_by: actor.id })
      .onConflict((oc) => oc.column('date').doUpdateSet({ kind: input.kind, name: input.name, source: 'admin', updated_at: now, updated_by: actor.id }))
      .execute();
    return { result: undefined, audit: { action: 'calendar.setDay', entity: 'holiday', entityId: date, data: input } };
  });
}

export async function removeDay(s: Services, actor: Actor, date: string) {
  if (!isValidDate(date)) throw badRequest('calendar.invalidDate', { value: date });
  await changeWithAudit(s, actor, async (trx) => {
    await trx.deleteFrom('holiday').where('date', '=', date).execute();
    return { result: undefined, audit: { action: 'calendar.removeDay', entity: 'holiday', entityId: date } };
  });
}

/** Marks a year as published after its days were entered by hand. */
export async function markYearCovered(s: Services, actor: Actor, year: number) {
  await changeWithAudit(s, actor, async (trx) => {
    await trx
      .insertInto('calendar_year')
      .values({ year, source: 'admin', created_at: s.clock.now().toISOString() })
      .onConflict((oc) => oc.column('year').doNothing())
      .execute();
    return { result: undefined, audit: { action: 'calendar.markYear', entity: 'calendar_year', entityId: String(year) } };
  });
}

const KIND_WORDS: Record<string, DayKind> = { 休: 'holiday', 假: 'holiday', 节假日: 'holiday', holiday: 'holiday', 班: 'workday', 上班: 'workday', 调休上班: 'workday', workday: 'workday' };

export const calendarImportColumns = [
  { key: 'date', header: '日期', aliases: ['date'], type: 'date' as const },
  { key: 'kind', header: '类型', aliases: ['kind', '类型(休/班)'], type: 'text' as const },
  { key: 'name', header: '名称', aliases: ['name', '节日'], type: 'text' as const },
];

/**
 * Imports one year's schedule from xlsx (日期, 类型 休/班, 名称). With mode `all` it replaces that
 * year's days and marks the year covered — only when every row is valid.
 */
export async function importYear(s: Services, actor: Actor, year: number, buffer: Buffer, mode: 'validate' | 'all', lang: Lang) {
  const rowSchema = z.object({
    date: z.string().refine((d) => d.startsWith(`${year}-`), { message: lang === 'en' ? `date is not in ${year}` : `日期不在 ${year} 年` }),
    kind: z.string().transform((k, ctx) => {
      const v = KIND_WORDS[k.trim()];
      if (!v) ctx.addIssue({ code: 'custom', message: lang === 'en' ? 'type must be 休 or 班' : '类型应为“休”或“班”' });
      return v ?? 'holiday';
    }),
    name: z.string().min(1),
  });
  const parsed = await importXlsx(buffer, { columns: calendarImportColumns, rowSchema, lang });
  const errors = parsed.errors.map((e) => ({ rowNumber: e.rowNumber, column: e.column, message: e.message }));
  const result = { dryRun: mode === 'validate' || errors.length > 0, created: 0, updated: 0, skipped: 0, errors };
  if (result.dryRun) return { ...result, created: parsed.rows.length };
  await changeWithAudit(s, actor, async (trx) => {
    const now = s.clock.now().toISOString();
    await trx.deleteFrom('holiday').where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).execute();
    for (const r of parsed.rows) {
      await trx
        .insertInto('holiday')
        .values({ date: r.value.date, kind: r.value.kind, name: r.value.name, source: 'import', updated_at: now, updated_by: actor.id })
        .onConflict((oc) => oc.column('date').doUpdateSet({ kind: r.value.kind, name: r.value.name, source: 'import', updated_at: now, updated_by: actor.id }))
        .execute();
    }
    await trx
      .insertInto('calendar_year')
      .values({ year, source: 'import', created_at: now })
      .onConflict((oc) => oc.column('year').doUpdateSet({ source: 'import' }))
      .execute();
    return { result: undefined, audit: { action: 'calendar.importYear', entity: 'calendar_year', entityId: String(year), data: { rows: parsed.rows.length } } };
  });
  return { ...result, created: parsed.rows.length };
}

/**
 * Scheduled work of the after-sales reports (the worker runs each once per slot, platform/jobs):
 * - ASV-9 the daily 派工单完成情况调查表, "每天下班前半小时": the company close of business
 *   (`company.workingHours`) minus `dailyCheckMinutesBeforeEnd` (30), on workdays of the official
 *   calendar; slot = the Beijing date.
 * - ASV-8/ASV-15 the managers' monthly report: on the first workday of a month from 09:00, last
 *   month's summary to the admin manager (综合部部长) and the GM; slot = the reported month, so it
 *   goes exactly once per month (also when the server was down on the first workday).
 */
import type { Services } from '../../../app.types.js';
import { isWorkday } from '../../../platform/calendar/calendar.rules.js';
import { loadCalendar } from '../../../platform/calendar/calendar.service.js';
import { companyWorkingHours } from '../../../platform/calendar/working-hours.service.js';
import { beijingClock, dailyAt, type ScheduledJob } from '../../../platform/jobs/jobs.js';
import { aftersalesSettings } from '../customers/customers.service.js';
import { buildSurvey } from './daily.service.js';
import { sendMonthlyReport } from './monthly.service.js';
import { previousMonth } from './reports.sql.js';

export const DAILY_SURVEY_JOB = 'aftersales.dailySurvey';
export const MONTHLY_REPORT_JOB = 'aftersales.monthlyReport';
/** The monthly report goes at 09:00 Beijing (documents: "每月…上报"; the hour is a decision). */
export const MONTHLY_REPORT_AT_MINUTES = 9 * 60;

const hhmm = (mins: number) => `${String(Math.floor(mins / 60)).padStart(2, '0')}:${String(mins % 60).padStart(2, '0')}`;

/** ASV-9 the survey time: the close of business minus the setting's minutes (17:30 → 17:00). */
export async function dailySurveyTime(s: Services): Promise<string> {
  const { start, end } = await companyWorkingHours(s.db);
  const { dailyCheckMinutesBeforeEnd } = await aftersalesSettings(s.db);
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  // Never before the day starts (a very short day checks at its start).
  return hhmm(Math.max(toMin(start), toMin(end) - dailyCheckMinutesBeforeEnd));
}

function workdayOf(cal: Awaited<ReturnType<typeof loadCalendar>>, d: string): boolean {
  try {
    return isWorkday(cal, d);
  } catch {
    const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
    return dow !== 0 && dow !== 6;
  }
}

/** The first workday of the month of `date` (official calendar; Monday–Friday for a year not entered). */
export async function firstWorkdayOfMonth(s: Services, date: string): Promise<string> {
  const year = Number(date.slice(0, 4));
  const cal = await loadCalendar(s.db, year, year);
  for (let day = 1; day <= 31; day++) {
    const d = `${date.slice(0, 7)}-${String(day).padStart(2, '0')}`;
    if (workdayOf(cal, d)) return d;
  }
  return `${date.slice(0, 7)}-01`;
}

/** Due from 09:00 of the month's first workday on; the slot is last month. */
export async function monthlyReportDue(s: Services, now: Date): Promise<string | null> {
  const { date, minutes } = beijingClock(now);
  const first = await firstWorkdayOfMonth(s, date);
  if (date < first || (date === first && minutes < MONTHLY_REPORT_AT_MINUTES)) return null;
  return previousMonth(date.slice(0, 7));
}

export const reportsScheduled: ScheduledJob[] = [
  { name: DAILY_SURVEY_JOB, due: dailyAt(dailySurveyTime, { workdaysOnly: true }), run: async (s, slot) => void (await buildSurvey(s, null, slot, true)) },
  { name: MONTHLY_REPORT_JOB, due: monthlyReportDue, run: async (s, slot) => void (await sendMonthlyReport(s, slot)) },
];

/**
 * Scheduled jobs of the modules (reminders before expiries, end-of-day checks …). A job says when
 * it is due as a *slot* — a string such as the Beijing date for a daily job — and the worker runs
 * it once per slot: the first process to insert (job, slot) into job_run runs it, every other
 * process (or a later pass of the same one) sees the row and skips. A job that fails keeps its
 * row with the error and is not retried in that slot (jobs are reminders, the next slot comes).
 */
import type { Services } from '../../app.types.js';
import { isWorkday } from '../calendar/calendar.rules.js';
import { loadCalendar } from '../calendar/calendar.service.js';
import { BEIJING_OFFSET_MS } from '../calendar/beijing.js';

export interface ScheduledJob {
  /** Unique, e.g. `vehicles.expiryReminders`. */
  name: string;
  /** The slot due at `now`, or null when the job is not due. */
  due(s: Services, now: Date): Promise<string | null> | string | null;
  run(s: Services, slot: string, now: Date): Promise<void>;
}


/** The Beijing date and minute of day of an instant. */
export function beijingClock(now: Date): { date: string; minutes: number } {
  const local = new Date(now.getTime() + BEIJING_OFFSET_MS);
  return { date: local.toISOString().slice(0, 10), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** Due once a day (slot = Beijing date) from `hhmm` Beijing time on; `workdaysOnly` skips holidays. */
export function dailyAt(hhmm: string | ((s: Services) => Promise<string>), opts: { workdaysOnly?: boolean } = {}) {
  return async (s: Services, now: Date): Promise<string | null> => {
    const at = typeof hhmm === 'string' ? hhmm : await hhmm(s);
    const [h, m] = at.split(':').map(Number) as [number, number];
    const { date, minutes } = beijingClock(now);
    if (minutes < h * 60 + m) return null;
    if (opts.workdaysOnly && !(await isWorkdayOrWeekday(s, date))) return null;
    return date;
  };
}

/** The official calendar's answer; a year not entered yet falls back to Monday–Friday (a reminder
 *  a day early or late is better than none, and the calendar page flags the missing year). */
async function isWorkdayOrWeekday(s: Services, date: string): Promise<boolean> {
  const year = Number(date.slice(0, 4));
  try {
    return isWorkday(await loadCalendar(s.db, year, year), date);
  } catch {
    const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
    return dow !== 0 && dow !== 6;
  }
}

/** Runs every due job whose slot no process has claimed yet. Returns the names of the jobs run. */
export async function runDueJobs(s: Services, jobs: readonly ScheduledJob[]): Promise<string[]> {
  const ran: string[] = [];
  for (const job of jobs) {
    const now = s.clock.now();
    const slot = await job.due(s, now);
    if (slot === null) continue;
    const claimed = await s.db
      .insertInto('job_run')
      .values({ job: job.name, slot, started_at: now.toISOString(), finished_at: null, error: null })
      .onConflict((oc) => oc.columns(['job', 'slot']).doNothing())
      .executeTakeFirst();
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0n) === 0) continue;
    let error: string | null = null;
    try {
      await job.run(s, slot, now);
      ran.push(job.name);
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    await s.db.updateTable('job_run').set({ finished_at: s.clock.now().toISOString(), error }).where('job', '=', job.name).where('slot', '=', slot).execute();
  }
  return ran;
}

/**
 * Scheduled jobs of the modules (reminders before expiries, end-of-day checks …). A job says when
 * it is due as a *slot* — a string such as the Beijing date for a daily job — and the worker runs
 * it once per slot: the first process to insert (job, slot) into job_run runs it, every other
 * process sees the row and skips; a later pass of the same process remembers the slot as settled
 * and skips it without a query. A job that fails keeps its row with the error and is not retried in
 * that slot (jobs are reminders, the next slot comes).
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

/**
 * How long a read of a job's time setting (and of the calendar for today) is trusted: the worker
 * passes every few seconds, and a setting changed by an administrator (possibly in another server
 * process, so no in-process signal would reach all of them) must take effect within a minute.
 * A TTL is the simplest design that is correct across processes; it costs one read a minute per
 * job instead of one every pass.
 */
export const JOB_SETTING_TTL_MS = 60_000;

interface DailyState {
  /** The Beijing date this state is about. */
  date: string;
  /** When (by the services' clock) the setting and calendar were read. */
  readAt: number;
  atMinutes: number;
  /** Whether `date` is a workday; read only once the time has come (workdaysOnly). */
  workday?: boolean;
  /** The slot was handed out for `date`: nothing can change that answer until the date changes. */
  given: boolean;
}

/**
 * Due once a day (slot = Beijing date) from `hhmm` Beijing time on; `workdaysOnly` skips holidays.
 * Each process remembers per database handle what it read, so passes after today's slot was
 * handed out cost nothing, and passes before it cost one settings read a minute (JOB_SETTING_TTL_MS).
 */
export function dailyAt(hhmm: string | ((s: Services) => Promise<string>), opts: { workdaysOnly?: boolean } = {}) {
  const states = new WeakMap<object, DailyState>();
  return async (s: Services, now: Date): Promise<string | null> => {
    const { date, minutes } = beijingClock(now);
    const t = now.getTime();
    let st = states.get(s.db);
    // A clock that went back (tests, a corrected server clock) invalidates what was read.
    const stale = !st || st.date !== date || t < st.readAt || (!st.given && t - st.readAt >= JOB_SETTING_TTL_MS);
    if (stale) {
      const at = typeof hhmm === 'string' ? hhmm : await hhmm(s);
      const [h, m] = at.split(':').map(Number) as [number, number];
      st = { date, readAt: t, atMinutes: h * 60 + m, given: false };
      states.set(s.db, st);
    }
    const cur = st!;
    if (cur.given) return date;
    if (minutes < cur.atMinutes) return null;
    if (opts.workdaysOnly) {
      cur.workday ??= await isWorkdayOrWeekday(s, date);
      if (!cur.workday) return null;
    }
    cur.given = true;
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

/**
 * Per database handle, the last slot of each job this process has settled (claimed, or found
 * claimed by another process): a slot runs at most once and is never retried, so a later pass
 * may skip it without asking the database. Only the last slot per job is kept — slots follow the
 * clock, so that bounds the memory and a rare older slot costs just one harmless INSERT.
 */
const settledSlots = new WeakMap<object, Map<string, string>>();

/** Runs every due job whose slot no process has claimed yet. Returns the names of the jobs run. */
export async function runDueJobs(s: Services, jobs: readonly ScheduledJob[]): Promise<string[]> {
  let settled = settledSlots.get(s.db);
  if (!settled) settledSlots.set(s.db, (settled = new Map()));
  const ran: string[] = [];
  for (const job of jobs) {
    const now = s.clock.now();
    const slot = await job.due(s, now);
    if (slot === null || settled.get(job.name) === slot) continue;
    const claimed = await s.db
      .insertInto('job_run')
      .values({ job: job.name, slot, started_at: now.toISOString(), finished_at: null, error: null })
      .onConflict((oc) => oc.columns(['job', 'slot']).doNothing())
      .executeTakeFirst();
    settled.set(job.name, slot);
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

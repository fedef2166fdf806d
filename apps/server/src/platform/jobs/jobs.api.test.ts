/**
 * The scheduled-jobs runner: one run per (job, slot) across processes, failures recorded and not
 * retried in their slot, workday-only jobs on the official calendar (holidays, 调休).
 */
import type { KyselyPlugin } from 'kysely';
import { expect, it } from 'vitest';
import type { Services } from '../../app.types.js';
import { bootstrap } from '../../bootstrap.js';
import { describeApi } from '../../test/harness.js';
import { getSetting, putSetting } from '../settings/settings.service.js';
import { beijingClock, dailyAt, runDueJobs, type ScheduledJob } from './jobs.js';

/** A job that counts its runs per slot (in memory: the runner, not the job, must prevent doubles). */
function countingJob(name: string, due: ScheduledJob['due'], fail = false) {
  const runs: string[] = [];
  const job: ScheduledJob = {
    name,
    due,
    run: async (_s, slot) => {
      runs.push(slot);
      // Yield so a racing runner gets its turn while this run is "in progress".
      await new Promise((r) => setTimeout(r, 5));
      if (fail) throw new Error(`boom in ${slot}`);
    },
  };
  return { job, runs };
}

const jobRows = (s: Services, job: string) => s.db.selectFrom('job_run').selectAll().where('job', '=', job).orderBy('slot').execute();

describeApi('scheduled jobs', (env) => {
  it('X-4 beijingClock reads the Beijing date and minute of an instant (UTC+8)', () => {
    expect(beijingClock(new Date('2026-11-27T16:30:00.000Z'))).toEqual({ date: '2026-11-28', minutes: 30 });
    expect(beijingClock(new Date('2026-11-27T09:29:00.000Z'))).toEqual({ date: '2026-11-27', minutes: 17 * 60 + 29 });
  });

  it('a daily job runs once per slot when two runners of one process race, and again in the next slot', async () => {
    const { services: s, clock } = env();
    const { job, runs } = countingJob('test.race.sameProcess', dailyAt('08:30'));
    clock.set('2026-11-30T00:29:00.000Z'); // Mon 08:29 Beijing: not yet due
    expect(await runDueJobs(s, [job])).toEqual([]);
    clock.set('2026-11-30T00:30:00.000Z'); // 08:30
    const [a, b] = await Promise.all([runDueJobs(s, [job]), runDueJobs(s, [job])]);
    expect([...a, ...b]).toEqual(['test.race.sameProcess']);
    expect(runs).toEqual(['2026-11-30']);
    clock.set('2026-11-30T09:00:00.000Z'); // later that day: same slot, nothing
    expect(await runDueJobs(s, [job])).toEqual([]);
    clock.set('2026-12-01T00:31:00.000Z'); // next day
    expect(await runDueJobs(s, [job])).toEqual(['test.race.sameProcess']);
    expect(runs).toEqual(['2026-11-30', '2026-12-01']);
    const rows = await jobRows(s, 'test.race.sameProcess');
    expect(rows.map((r) => [r.slot, r.error])).toEqual([['2026-11-30', null], ['2026-12-01', null]]);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it('a daily job runs once per slot when two server processes (two Services over one database) race', async () => {
    const { services: s, clock } = env();
    // A second server over the same database: its own connection, pool and engine.
    const second = await bootstrap(s.config, { clock, channels: [] });
    try {
      const { job, runs } = countingJob('test.race.twoProcesses', dailyAt('17:30'));
      clock.set('2026-12-02T09:45:00.000Z'); // Wed 17:45 Beijing
      const results = await Promise.all([
        runDueJobs(s, [job]), runDueJobs(second.services, [job]), runDueJobs(s, [job]), runDueJobs(second.services, [job]),
      ]);
      expect(results.flat()).toEqual(['test.race.twoProcesses']);
      expect(runs).toEqual(['2026-12-02']);
      expect(await jobRows(second.services, 'test.race.twoProcesses')).toHaveLength(1);
    } finally {
      await second.handle.close();
    }
  });

  it('a failing job records its error and does not rerun in that slot; the next slot runs again', async () => {
    const { services: s, clock } = env();
    const { job, runs } = countingJob('test.failing', dailyAt('09:00'), true);
    const ok = countingJob('test.afterFailing', dailyAt('09:00'));
    clock.set('2026-12-03T01:00:00.000Z'); // Thu 09:00 Beijing
    // A failure does not stop the jobs after it.
    expect(await runDueJobs(s, [job, ok.job])).toEqual(['test.afterFailing']);
    const [row] = await jobRows(s, 'test.failing');
    expect(row).toMatchObject({ slot: '2026-12-03', error: 'boom in 2026-12-03' });
    expect(row!.finished_at).not.toBeNull();
    clock.advanceMinutes(30);
    expect(await runDueJobs(s, [job])).toEqual([]);
    expect(runs).toEqual(['2026-12-03']);
    clock.set('2026-12-04T01:00:00.000Z');
    await runDueJobs(s, [job]);
    expect(runs).toEqual(['2026-12-03', '2026-12-04']);
    expect((await jobRows(s, 'test.failing')).map((r) => r.error)).toEqual(['boom in 2026-12-03', 'boom in 2026-12-04']);
  });

  it('ENG-8 dailyAt 17:30 workdaysOnly: not due on National Day 2026-10-01 nor a Sunday; due on the 调休 Sunday 2026-09-20 and Saturday 2026-10-10', async () => {
    const { services: s } = env();
    const due = dailyAt('17:30', { workdaysOnly: true });
    const at = (iso: string) => due(s, new Date(iso));
    expect(await at('2026-10-01T09:30:00.000Z')).toBeNull(); // 国庆节, Thursday
    expect(await at('2026-10-07T10:00:00.000Z')).toBeNull(); // still 国庆节
    expect(await at('2026-09-13T10:00:00.000Z')).toBeNull(); // a plain Sunday
    expect(await at('2026-09-20T09:29:00.000Z')).toBeNull(); // 调休 Sunday, 17:29: not yet
    expect(await at('2026-09-20T09:30:00.000Z')).toBe('2026-09-20'); // 调休 Sunday, 17:30
    expect(await at('2026-10-10T12:00:00.000Z')).toBe('2026-10-10'); // 调休 Saturday, 20:00
    expect(await at('2026-10-08T09:30:00.000Z')).toBe('2026-10-08'); // first workday after the break
    // Without workdaysOnly a holiday is a day like any other.
    expect(await dailyAt('17:30')(s, new Date('2026-10-01T09:30:00.000Z'))).toBe('2026-10-01');
  });

  it('ENG-8 a workday-only job does not run through a holiday week and runs on the 调休 day (fake clock)', async () => {
    const { services: s, clock } = env();
    const { job, runs } = countingJob('test.workdays', dailyAt('17:30', { workdaysOnly: true }));
    for (let day = 18; day <= 30; day++) {
      clock.set(`2026-09-${String(day).padStart(2, '0')}T10:00:00.000Z`); // 18:00 Beijing
      await runDueJobs(s, [job]);
    }
    for (let day = 1; day <= 10; day++) {
      clock.set(`2026-10-${String(day).padStart(2, '0')}T10:00:00.000Z`);
      await runDueJobs(s, [job]);
    }
    // 09-19 Sat and 09-27 Sun rest; 09-20 Sun is 调休; 09-25/26 中秋; 10-01…07 National Day; 10-10 Sat 调休.
    expect(runs).toEqual([
      '2026-09-18', '2026-09-20', '2026-09-21', '2026-09-22', '2026-09-23', '2026-09-24',
      '2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10',
    ]);
  });

  it('a slot computed from a setting at run time (dailyAt with a function) is honoured', async () => {
    const { services: s } = env();
    const due = dailyAt(async () => '12:00');
    expect(await due(s, new Date('2026-12-07T03:59:00.000Z'))).toBeNull();
    expect(await due(s, new Date('2026-12-07T04:00:00.000Z'))).toBe('2026-12-07');
  });

  it('a settled slot costs no database query on later passes; a changed time setting takes effect within a minute', async () => {
    const { services: s, clock } = env();
    // The same database through a handle that counts every query it sends.
    let queries = 0;
    const counter: KyselyPlugin = { transformQuery: (a) => ((queries += 1), a.node), transformResult: async (a) => a.result };
    const cs: Services = { ...s, db: s.db.withPlugin(counter) };
    const { job, runs } = countingJob('test.quiet', dailyAt(async (x) => getSetting(x.db, 'test.quiet.at', '10:00'), { workdaysOnly: true }));
    const pass = async (iso: string) => {
      clock.set(iso);
      queries = 0;
      const ran = await runDueJobs(cs, [job]);
      return { ran, queries };
    };
    // Mon 2026-12-07. Before the time: one settings read, then nothing for the rest of the minute.
    expect((await pass('2026-12-07T01:00:00.000Z')).queries).toBe(1); // 09:00
    expect(await pass('2026-12-07T01:00:05.000Z')).toEqual({ ran: [], queries: 0 });
    expect(await pass('2026-12-07T01:00:55.000Z')).toEqual({ ran: [], queries: 0 });
    // An administrator moves the time to 09:01; it is read again within the minute.
    await putSetting(s.db, 'test.quiet.at', '09:01', clock.now().toISOString(), null);
    expect((await pass('2026-12-07T01:00:59.000Z')).ran).toEqual([]); // still the old 10:00
    const due = await pass('2026-12-07T01:01:05.000Z'); // 09:01:05: read again, a workday, claimed, run
    expect(due.ran).toEqual(['test.quiet']);
    expect(due.queries).toBeGreaterThan(0);
    // Settled: every later pass that day costs no query at all.
    for (const iso of ['2026-12-07T01:01:10.000Z', '2026-12-07T01:05:00.000Z', '2026-12-07T09:00:00.000Z']) {
      expect(await pass(iso)).toEqual({ ran: [], queries: 0 });
    }
    expect(runs).toEqual(['2026-12-07']);
    // The next day is a new slot.
    expect((await pass('2026-12-08T01:02:00.000Z')).ran).toEqual(['test.quiet']);
    expect(runs).toEqual(['2026-12-07', '2026-12-08']);
    expect((await jobRows(s, 'test.quiet')).map((r) => r.slot)).toEqual(['2026-12-07', '2026-12-08']);
  });

  it('a slot another process settled costs this process one INSERT, then nothing', async () => {
    const { services: s, clock } = env();
    let queries = 0;
    const counter: KyselyPlugin = { transformQuery: (a) => ((queries += 1), a.node), transformResult: async (a) => a.result };
    const cs: Services = { ...s, db: s.db.withPlugin(counter) };
    // A custom `due` without any cache of its own: the runner alone must keep later passes quiet.
    const { job, runs } = countingJob('test.settledElsewhere', () => 'slot-1');
    await s.db.insertInto('job_run').values({ job: 'test.settledElsewhere', slot: 'slot-1', started_at: clock.now().toISOString(), finished_at: null, error: null }).execute();
    expect(await runDueJobs(cs, [job])).toEqual([]);
    expect(queries).toBe(1);
    queries = 0;
    expect(await runDueJobs(cs, [job])).toEqual([]);
    expect(queries).toBe(0);
    expect(runs).toEqual([]);
  });
});

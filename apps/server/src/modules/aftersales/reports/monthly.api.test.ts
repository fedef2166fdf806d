import { expect, it } from 'vitest';
import { runDueJobs } from '../../../platform/jobs/jobs.js';
import { describeApi } from '../../../test/harness.js';
import { postCashPenalties } from '../jobs/jobs.service.js';
import { MONTHLY_REPORT_JOB, reportsScheduled } from './reports.jobs.js';
import { notices } from './reports.test-helpers.js';

const monthlyJob = reportsScheduled.find((j) => j.name === MONTHLY_REPORT_JOB)!;

describeApi('aftersales monthly report to the managers (月度售后报告)', (env) => {
  it('ASV-8 ASV-15 on the first workday of the month at 09:00 last month\'s report goes once to the admin manager and the GM, with a link to the printable page', async () => {
    const e = env();
    // The demo's late cash (collected five days before the seeding) is penalized in November.
    e.clock.set('2026-11-28T01:00:00.000Z');
    await postCashPenalties(e.services);
    e.clock.set('2026-12-01T00:59:00.000Z'); // Tue 08:59, first workday of December
    expect(await runDueJobs(e.services, [monthlyJob])).toEqual([]);
    e.clock.set('2026-12-01T01:00:00.000Z');
    expect(await runDueJobs(e.services, [monthlyJob])).toEqual([MONTHLY_REPORT_JOB]);
    e.clock.set('2026-12-02T01:00:00.000Z');
    await Promise.all([runDueJobs(e.services, [monthlyJob]), runDueJobs(e.services, [monthlyJob])]);
    for (const u of ['liufang', 'chenzhiqiang']) {
      const n = await notices(e, u, '月度售后报告（2026-11）');
      expect(n, u).toHaveLength(1);
      expect(n[0]!.link).toBe('/aftersales/reports/monthly?month=2026-11');
      expect(n[0]!.body).toContain('营业款逾期 1 单');
    }
    expect(await notices(e, 'lina', '月度售后报告')).toEqual([]);
    const c = await e.as('chenzhiqiang');
    const r = (await c.get('/api/aftersales/reports/monthly?month=2026-11')).body;
    expect(r.sentAt).toBe('2026-12-01T01:00:00.000Z');
    // The demo's jobs (taken on the seeding day, 2026-11-27), counted directly.
    const db = e.services.db;
    const nov = (col: 'created_at' | 'dispatched_at') => db.selectFrom('aftersales_job').select('id').where(col, '>=', '2026-10-31T16:00:00.000Z').where(col, '<', '2026-11-30T16:00:00.000Z').execute();
    expect(r.jobs.taken).toBe((await nov('created_at')).length);
    expect(r.jobs.taken).toBeGreaterThanOrEqual(5);
    expect(r.jobs.dispatched).toBe((await nov('dispatched_at')).length);
    expect(r.jobs.completionRate).toBe(Math.round((r.jobs.completed * 1000) / r.jobs.dispatched) / 10);
    expect(r.callbacks.callbacks).toBe(2);
    expect(r.callbacks.bySatisfaction).toEqual({ 满意: 2 });
    expect(r.revenue).toEqual({ jobs: 3, feeFen: 45_000 });
    expect(r.lateCash).toEqual({ jobs: 1, feeFen: 20_000, technicianPenaltyFen: 20_000, clerkPenaltyFen: 1_000 });
    // Any past month can be viewed; one without a report sent says so.
    const oct = (await c.get('/api/aftersales/reports/monthly?month=2026-10')).body;
    expect(oct.sentAt).toBeNull();
    expect(oct.jobs.taken).toBe(0);
  });

  it('ASV-8 after a holiday the report goes on the first workday (国庆: 2026-10-08), not on the 1st', async () => {
    const e = env();
    e.clock.set('2026-10-01T02:00:00.000Z');
    expect(await runDueJobs(e.services, [monthlyJob])).toEqual([]);
    e.clock.set('2026-10-07T02:00:00.000Z');
    expect(await runDueJobs(e.services, [monthlyJob])).toEqual([]);
    e.clock.set('2026-10-08T01:00:00.000Z'); // Thursday 09:00
    expect(await runDueJobs(e.services, [monthlyJob])).toEqual([MONTHLY_REPORT_JOB]);
    expect(await notices(e, 'liufang', '月度售后报告（2026-09）')).toHaveLength(1);
  });

  it('ASV-8 a bad month is a clear 400; a technician may not read the report', async () => {
    {
      const c = await env().as('liufang');
      for (const m of ['2026-13', '2026-1', 'x']) {
        const r = await c.get(`/api/aftersales/reports/monthly?month=${m}`);
        expect(r.status, m).toBe(400);
      }
      expect((await c.get('/api/aftersales/reports/monthly?month=2026-13')).body.detail).toContain('2026-13');
      expect((await (await env().as('zhangwei')).get('/api/aftersales/reports/monthly?month=2026-11')).status).toBe(403);
    }
  });
});

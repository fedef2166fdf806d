import { expect, it } from 'vitest';
import { runDueJobs } from '../../../platform/jobs/jobs.js';
import { describeApi } from '../../../test/harness.js';
import { DAILY_SURVEY_JOB, reportsScheduled } from './reports.jobs.js';
import { act, dispatched, finish, jobRow, notices, todo, uidOf } from './reports.test-helpers.js';

const surveyJob = reportsScheduled.find((j) => j.name === DAILY_SURVEY_JOB)!;

describeApi('aftersales daily completion survey (派工单完成情况调查表)', (env) => {
  it('ASV-9 at 17:00 Beijing on a workday (close 17:30) the day\'s survey is built once with every job dispatched that day, and the clerks get a link', async () => {
    const e = env();
    e.clock.set('2026-12-01T01:00:00.000Z'); // Tue 09:00 Beijing
    const lina = await e.as('lina');
    const zw = await e.as('zhangwei');
    const zwId = await uidOf(e, 'zhangwei');
    const done = await dispatched(e, lina, zw, zwId, '不制冷');
    await finish(zw, done, 10_000);
    const open = await dispatched(e, lina, zw, zwId, '漏水');
    expect((await act(zw, (await todo(zw, open)).taskId, { finished: false, unfinishedReason: '缺配件，已告知客户明天上门' })).status).toBe(200);
    e.clock.set('2026-12-01T08:59:00.000Z'); // 16:59
    expect(await runDueJobs(e.services, [surveyJob])).toEqual([]);
    e.clock.set('2026-12-01T09:00:00.000Z'); // 17:00
    expect(await runDueJobs(e.services, [surveyJob])).toEqual([DAILY_SURVEY_JOB]);
    e.clock.set('2026-12-01T09:20:00.000Z');
    await Promise.all([runDueJobs(e.services, [surveyJob]), runDueJobs(e.services, [surveyJob])]);
    const surveys = await e.services.db.selectFrom('aftersales_daily_survey').select('id').where('date', '=', '2026-12-01').execute();
    expect(surveys).toHaveLength(1);
    const c = await e.as('lina');
    const r = (await c.get('/api/aftersales/reports/daily/2026-12-01')).body;
    const byNo = new Map((r.lines as { jobNo: string; finished: boolean | null; reasonAtCheck: string; statusAtCheck: string }[]).map((l) => [l.jobNo, l]));
    expect(r.lines).toHaveLength(2);
    const doneLine = byNo.get((await jobRow(e, done)).job_no)!;
    expect(doneLine.finished).toBe(true);
    expect(doneLine.statusAtCheck).toBe('feeCheck');
    const openLine = byNo.get((await jobRow(e, open)).job_no)!;
    expect(openLine.finished).toBeNull();
    expect(openLine.reasonAtCheck).toBe('缺配件，已告知客户明天上门');
    for (const u of ['lina', 'hanxue']) {
      const n = await notices(e, u, '派工单完成情况调查表（2026-12-01）');
      expect(n, u).toHaveLength(1);
      expect(n[0]!.link).toBe('/aftersales/reports/daily?date=2026-12-01');
      expect(n[0]!.body).toContain('派工 2 单');
    }
  });

  it('ASV-9 no survey on a rest day (Saturday), none on a holiday', async () => {
    const e = env();
    e.clock.set('2026-12-05T09:30:00.000Z'); // Sat 17:30
    expect(await runDueJobs(e.services, [surveyJob])).toEqual([]);
    e.clock.set('2026-10-01T09:30:00.000Z'); // 国庆节
    expect(await runDueJobs(e.services, [surveyJob])).toEqual([]);
    expect(await e.services.db.selectFrom('aftersales_daily_survey').select('id').where('date', 'in', ['2026-12-05', '2026-10-01']).execute()).toEqual([]);
  });

  it('ASV-9 the time follows the company working hours: close at 18:00 → the survey at 17:30', async () => {
    const e = env();
    e.clock.set('2026-12-02T01:00:00.000Z'); // Wed
    const admin = await e.as('admin');
    expect((await admin.put('/api/calendar/working-hours', { start: '09:00', end: '18:00' })).status).toBe(200);
    try {
      e.clock.set('2026-12-02T09:29:00.000Z'); // 17:29
      expect(await runDueJobs(e.services, [surveyJob])).toEqual([]);
      e.clock.set('2026-12-02T09:30:00.000Z'); // 17:30
      expect(await runDueJobs(e.services, [surveyJob])).toEqual([DAILY_SURVEY_JOB]);
      expect(await e.services.db.selectFrom('aftersales_daily_survey').select('date').where('date', '=', '2026-12-02').execute()).toHaveLength(1);
    } finally {
      expect((await (await e.as('admin')).put('/api/calendar/working-hours', { start: '08:30', end: '17:30' })).status).toBe(200);
    }
  });

  it('ASV-9 the clerk fills the survey (finished? reason, told the customer, plan for tomorrow) and submits it; bad input is refused and changes nothing', async () => {
    const e = env();
    e.clock.set('2026-12-03T01:00:00.000Z'); // Thu 09:00
    const lina = await e.as('lina');
    const zw = await e.as('zhangwei');
    const zwId = await uidOf(e, 'zhangwei');
    const ftId = await uidOf(e, 'fengtao');
    const open = await dispatched(e, lina, zw, zwId, '不出水');
    e.clock.set('2026-12-03T09:00:00.000Z');
    await runDueJobs(e.services, [surveyJob]);
    const c = await e.as('lina');
    const jobId = (await jobRow(e, open)).id;
    const before = (await c.get('/api/aftersales/reports/daily/2026-12-03')).body;
    expect(before.survey.submittedAt).toBeNull();
    // Bad input: unknown job, bad date, a non-technician planned, an unfinished job without its answers.
    const unknown = await c.put('/api/aftersales/reports/daily/2026-12-03', { lines: [{ jobId: 'nope', finished: true }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('nope');
    expect((await c.get('/api/aftersales/reports/daily/2026-02-30')).status).toBe(400);
    expect((await c.put('/api/aftersales/reports/daily/2026-13-01', { lines: [] })).status).toBe(400);
    expect((await c.put('/api/aftersales/reports/daily/2026-12-03', { lines: [{ jobId, finished: false, planTechnicianId: await uidOf(e, 'sunli') }] })).status).toBe(400);
    const incomplete = await c.put('/api/aftersales/reports/daily/2026-12-03', { lines: [{ jobId, finished: false, reason: '' }], submit: true });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.detail).toContain('未完成原因');
    expect((await c.put('/api/aftersales/reports/daily/2026-12-04', { lines: [] })).status).toBe(404);
    expect((await c.get('/api/aftersales/reports/daily/2026-12-03')).body).toEqual(before);
    // A technician cannot fill it.
    expect((await (await e.as('zhangwei')).put('/api/aftersales/reports/daily/2026-12-03', { lines: [] })).status).toBe(403);
    const ok = await c.put('/api/aftersales/reports/daily/2026-12-03', {
      lines: [{ jobId, finished: false, reason: '客户不在家，已电话说明', toldCustomer: true, planAt: '2026-12-04T02:00:00.000Z', planTechnicianId: ftId }], submit: true,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.survey.submittedAt).toBe('2026-12-03T09:00:00.000Z');
    expect(ok.body.survey.submittedByName).toBe('李娜');
    expect(ok.body.lines[0]).toMatchObject({ finished: false, toldCustomer: true, reason: '客户不在家，已电话说明', planAt: '2026-12-04T02:00:00.000Z', planTechnicianName: '冯涛' });
    expect((await c.put('/api/aftersales/reports/daily/2026-12-03', { lines: [] })).status).toBe(409);
    const hist = (await c.get('/api/aftersales/reports/daily?from=2026-12-01&to=2026-12-31')).body.items as { date: string; jobs: number; submittedAt: string | null }[];
    expect(hist.find((h) => h.date === '2026-12-03')).toMatchObject({ jobs: 1, submittedAt: '2026-12-03T09:00:00.000Z' });
    const x = await c.get('/api/aftersales/reports/daily/2026-12-03/export.xlsx');
    expect(x.status).toBe(200);
    expect(String(x.headers['content-type'])).toContain('spreadsheetml');
    // A past day the job missed can be built by hand, without notices; not a future day.
    expect((await c.post('/api/aftersales/reports/daily/2026-11-30')).status).toBe(201);
    expect((await c.post('/api/aftersales/reports/daily/2026-11-30')).status).toBe(200);
    expect((await c.post('/api/aftersales/reports/daily/2026-12-31')).status).toBe(400);
  });
});

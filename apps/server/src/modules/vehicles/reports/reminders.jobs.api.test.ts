import { expect, it } from 'vitest';
import { runDueJobs } from '../../../platform/jobs/jobs.js';
import { describeApi, type TestEnv } from '../../../test/harness.js';
import { EXPIRY_REMINDERS_JOB, KEY_CHECK_JOB, reminderDaysFor, reminderJobs } from './reminders.jobs.js';

const expiryJob = reminderJobs.find((j) => j.name === EXPIRY_REMINDERS_JOB)!;
const keyJob = reminderJobs.find((j) => j.name === KEY_CHECK_JOB)!;

async function notices(env: TestEnv, username: string, titlePart: string) {
  const rows = await env.services.db
    .selectFrom('notification')
    .innerJoin('app_user', 'app_user.id', 'notification.user_id')
    .select(['notification.title', 'notification.body', 'notification.link'])
    .where('app_user.username', '=', username)
    .execute();
  return rows.filter((r) => r.title.includes(titlePart));
}

async function userId(env: TestEnv, username: string) {
  return (await env.services.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}

describeApi('vehicles reminder jobs', (env) => {
  it('VEH-1 expiry reminders go once per workday, at 08:30, to the admin specialist and the admin manager', async () => {
    const e = env();
    // Seeded 2026-11-27: 浙A8K512's annual inspection is due 2026-12-04 → 1 day left on Thu 12-03.
    e.clock.set('2026-12-03T00:29:00.000Z'); // 08:29 Beijing
    expect(await runDueJobs(e.services, [expiryJob])).toEqual([]);
    e.clock.set('2026-12-03T00:30:00.000Z');
    expect(await runDueJobs(e.services, [expiryJob])).toEqual([EXPIRY_REMINDERS_JOB]);
    for (const u of ['sunli', 'liufang']) {
      const n = await notices(e, u, '车辆到期提醒（2026-12-03）');
      expect(n, u).toHaveLength(1);
      expect(n[0]!.body).toContain('浙A8K512（大众 帕萨特 2.0T）年检 2026-12-04 到期，还有 1 天');
      expect(n[0]!.link).toBe('/vehicles');
    }
    expect(await notices(e, 'zhouqiang', '车辆到期提醒')).toEqual([]);
    // Later passes, and a second runner, do not repeat it.
    e.clock.set('2026-12-03T06:00:00.000Z');
    await Promise.all([runDueJobs(e.services, [expiryJob]), runDueJobs(e.services, [expiryJob])]);
    expect(await notices(e, 'sunli', '车辆到期提醒（2026-12-03）')).toHaveLength(1);
  });

  it('VEH-1 nothing on a holiday; the first workday after it delivers the reminders that fell in the break', async () => {
    const e = env();
    const c = await e.as('sunli');
    // 30 days before 2026-10-31 is 2026-10-01 (国庆节).
    expect((await c.post('/api/vehicles', { plate: '浙A·R1031', model: '节日测试车', insuranceExpiry: '2026-10-31' })).status).toBe(201);
    expect(await reminderDaysFor(e.services, '2026-10-08')).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08']);
    expect(await reminderDaysFor(e.services, '2026-09-21')).toEqual(['2026-09-21']); // after the 调休 Sunday
    e.clock.set('2026-10-01T01:00:00.000Z'); // 09:00 on National Day
    expect(await runDueJobs(e.services, [expiryJob])).toEqual([]);
    e.clock.set('2026-10-05T03:00:00.000Z');
    expect(await runDueJobs(e.services, [expiryJob])).toEqual([]);
    expect((await notices(e, 'sunli', '车辆到期提醒')).filter((n) => n.body.includes('浙AR1031'))).toEqual([]);
    e.clock.set('2026-10-08T00:30:00.000Z'); // Thu 08:30, first workday
    expect(await runDueJobs(e.services, [expiryJob])).toEqual([EXPIRY_REMINDERS_JOB]);
    const n = await notices(e, 'liufang', '车辆到期提醒（2026-10-08）');
    expect(n).toHaveLength(1);
    expect(n[0]!.body).toContain('浙AR1031（节日测试车）保险 2026-10-31 到期，还有 23 天');
  });

  it('VEH-12 at 17:30 on a workday the admin specialist gets the keys not back and each holder is told, once', async () => {
    const e = env();
    e.clock.set('2026-12-01T01:00:00.000Z'); // Tue 09:00 Beijing
    const c = await e.as('sunli');
    const gl8 = (await c.get('/api/vehicles')).body.find((v: { plate: string }) => v.plate === '浙A3M728');
    expect((await c.post(`/api/vehicles/${gl8.id}/key/out`, { holderId: await userId(e, 'zhouqiang') })).status).toBe(201);
    e.clock.set('2026-12-01T09:29:00.000Z'); // 17:29
    expect(await runDueJobs(e.services, [keyJob])).toEqual([]);
    e.clock.set('2026-12-01T09:30:00.000Z'); // 17:30
    expect(await runDueJobs(e.services, [keyJob])).toEqual([KEY_CHECK_JOB]);
    const toSpecialist = await notices(e, 'sunli', '下班钥匙未交回（2026-12-01）');
    expect(toSpecialist).toHaveLength(1);
    expect(toSpecialist[0]!.body).toContain('浙A3M728（别克 GL8 商务车）— 周强');
    const toHolder = await notices(e, 'zhouqiang', '请交回车钥匙：浙A3M728');
    expect(toHolder).toHaveLength(1);
    expect(toHolder[0]!.body).toContain('17:30');
    expect(await notices(e, 'wugang', '请交回车钥匙')).toEqual([]);
    e.clock.set('2026-12-01T12:00:00.000Z');
    await runDueJobs(e.services, [keyJob]);
    expect(await notices(e, 'zhouqiang', '请交回车钥匙：浙A3M728')).toHaveLength(1);
    const again = await e.as('sunli'); // a new session after the long idle
    expect((await again.post(`/api/vehicles/${gl8.id}/key/return`)).status).toBe(200);
    // Returned: nothing the next evening.
    e.clock.set('2026-12-02T09:31:00.000Z');
    expect(await runDueJobs(e.services, [keyJob])).toEqual([KEY_CHECK_JOB]);
    expect(await notices(e, 'sunli', '下班钥匙未交回（2026-12-02）')).toEqual([]);
  });

  it('VEH-12 no key check on a holiday; it runs on the 调休 Saturday at the company close of business', async () => {
    const e = env();
    e.clock.set('2026-10-01T01:00:00.000Z'); // National Day
    const c = await e.as('sunli');
    const passat = (await c.get('/api/vehicles')).body.find((v: { plate: string }) => v.plate === '浙A8K512');
    expect((await c.post(`/api/vehicles/${passat.id}/key/out`, { holderId: await userId(e, 'wugang') })).status).toBe(201);
    e.clock.set('2026-10-01T10:00:00.000Z'); // 18:00 on the holiday
    expect(await runDueJobs(e.services, [keyJob])).toEqual([]);
    e.clock.set('2026-10-03T10:00:00.000Z'); // Saturday in the break
    expect(await runDueJobs(e.services, [keyJob])).toEqual([]);
    expect(await notices(e, 'wugang', '请交回车钥匙')).toEqual([]);
    e.clock.set('2026-10-10T09:30:00.000Z'); // 调休 Saturday 17:30
    expect(await runDueJobs(e.services, [keyJob])).toEqual([KEY_CHECK_JOB]);
    expect(await notices(e, 'wugang', '请交回车钥匙：浙A8K512')).toHaveLength(1);
    expect(await notices(e, 'sunli', '下班钥匙未交回（2026-10-10）')).toHaveLength(1);
    expect((await (await e.as('sunli')).post(`/api/vehicles/${passat.id}/key/return`)).status).toBe(200);
  });

  it('the reminder jobs are part of the vehicles module (the worker runs them)', async () => {
    const { vehiclesModule } = await import('../vehicles.module.js');
    expect(vehiclesModule.jobs!.map((j) => j.name)).toEqual(expect.arrayContaining([EXPIRY_REMINDERS_JOB, KEY_CHECK_JOB]));
  });
});

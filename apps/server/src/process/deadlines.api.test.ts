import { expect, it } from 'vitest';
import { bootstrap } from '../bootstrap.js';
import { describeApi, type TestEnv } from '../test/harness.js';
import { allTestProcesses } from '../test/engine-fixtures.js';
import { dueAt } from './deadlines.js';

const idOf = async (env: TestEnv, username: string) => (await env.services.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
const titles = async (env: TestEnv, username: string) =>
  (await env.services.db.selectFrom('notification').innerJoin('app_user', 'app_user.id', 'notification.user_id').select('notification.title').where('app_user.username', '=', username).execute()).map((n) => n.title);

describeApi(
  'deadlines and timers',
  (env) => {
    it('ENG-8 a limit in workdays skips the National Day holidays; hours are clock hours', async () => {
      const db = env().services.db;
      // Wed 2026-09-30 10:00 Beijing + 1 workday → Thu 2026-10-08 17:30 Beijing, the company's close
      // of business (10-01…07 off).
      expect(await dueAt(db, '2026-09-30T02:00:00.000Z', { amount: 1, unit: 'workdays' })).toBe('2026-10-08T09:30:00.000Z');
      // Fri 2026-10-09 + 1 workday → Sat 2026-10-10, an adjusted workday (调休).
      expect(await dueAt(db, '2026-10-09T02:00:00.000Z', { amount: 1, unit: 'workdays' })).toBe('2026-10-10T09:30:00.000Z');
      expect(await dueAt(db, '2026-09-30T02:00:00.000Z', { amount: 24, unit: 'hours' })).toBe('2026-10-01T02:00:00.000Z');
      await expect(dueAt(db, '2026-12-31T02:00:00.000Z', { amount: 1, unit: 'workdays' })).rejects.toMatchObject({ code: 'calendar.yearMissing' });
    });

    it('ENG-8 reminder before the limit, then overdue: flagged, the holder and his supervisor notified, listed in 限时结办', async () => {
      const { clock, services } = env();
      clock.set('2026-09-30T02:00:00.000Z');
      const hubin = await env().as('hubin');
      const { instanceId } = await services.engine.start({ id: await idOf(env(), 'hubin') }, { processKey: 'test.approval', data: { amount: 10 }, title: '国庆前报销' });
      const task = (await services.engine.instance(instanceId))!.tasks[0]!;
      expect(task.dueAt).toBe('2026-10-08T09:30:00.000Z'); // 17:30 Beijing
      clock.set('2026-10-08T08:30:00.000Z'); // 16:30 Beijing, within 2 h of the limit
      expect(await services.engine.fireDueTimers()).toBe(1);
      expect(await titles(env(), 'liufang')).toContain('即将超时：国庆前报销');
      expect((await services.engine.instance(instanceId))!.tasks[0]!.overdue).toBe(false);
      clock.set('2026-10-08T09:30:01.000Z');
      expect(await services.engine.fireDueTimers()).toBe(1);
      expect(await services.engine.fireDueTimers()).toBe(0); // each timer fires once
      expect((await services.engine.instance(instanceId))!.tasks[0]!.overdue).toBe(true);
      expect(await titles(env(), 'liufang')).toContain('已超时：国庆前报销');
      expect(await titles(env(), 'wanghaitao')).toContain('下属待办超时：国庆前报销'); // 刘芳's supervisor
      const leader = await env().as('wanghaitao');
      const report = (await leader.get('/api/overdue')).body;
      expect(report.byPerson.find((p: { name: string }) => p.name === '刘芳').count).toBeGreaterThanOrEqual(1);
      expect(report.byDepartment.find((d: { departmentName: string }) => d.departmentName === '综合管理部')).toBeTruthy();
      expect(report.items.find((i: { instanceId: string }) => i.instanceId === instanceId)).toMatchObject({ userName: '刘芳', stepName: '部门负责人审批' });
      const liufang = await env().as('liufang');
      const overdueOnly = (await liufang.get('/api/tasks?view=todo&overdue=true')).body.items;
      expect(overdueOnly.map((i: { instanceId: string }) => i.instanceId)).toContain(instanceId);
      expect((await liufang.get('/api/tasks/counts')).body.overdue).toBeGreaterThanOrEqual(1);
      expect((await (await env().as('luojun')).get('/api/overdue')).status).toBe(403);
      void hubin;
    });

    it('ENG-8 a task done in time fires no overdue (its timers are cancelled)', async () => {
      const { clock, services } = env();
      clock.set('2026-11-02T01:00:00.000Z');
      const { instanceId } = await services.engine.start({ id: await idOf(env(), 'hubin') }, { processKey: 'test.approval', data: { amount: 10 } });
      const task = (await services.engine.instance(instanceId))!.tasks[0]!;
      await services.engine.act({ id: await idOf(env(), 'liufang') }, task.id, 'approve');
      clock.set('2026-11-10T01:00:00.000Z');
      await services.engine.fireDueTimers();
      const v = (await services.engine.instance(instanceId))!;
      expect(v.tasks[0]!.overdue).toBe(false);
      expect(v.events.some((e) => e.type === 'overdue' && e.taskId === task.id)).toBe(false);
    });

    it('ENG-8 a deadline in a year without holiday data is refused, never guessed; nothing is written', async () => {
      const { clock, services } = env();
      clock.set('2026-12-31T02:00:00.000Z');
      const before = await services.db.selectFrom('process_instance').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const hubin = await env().as('hubin');
      const r = await hubin.post('/api/instances', { processKey: 'test.approval', data: { amount: 1 } });
      expect(r.status).toBe(422);
      expect(r.body.detail).toContain('2027');
      const after = await services.db.selectFrom('process_instance').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('ENG-4 wait steps wait on the clock; automatic steps run a module hook and route on its result', async () => {
      const { clock, services } = env();
      clock.set('2026-11-03T01:00:00.000Z');
      const hubinId = await idOf(env(), 'hubin');
      const { instanceId } = await services.engine.start({ id: hubinId }, { processKey: 'test.wait', data: {} });
      const a = (await services.engine.instance(instanceId))!.tasks[0]!;
      await services.engine.act({ id: hubinId }, a.id, 'complete');
      expect((await services.engine.instance(instanceId))!.currentSteps).toEqual(['w']);
      clock.advanceMinutes(119);
      expect(await services.engine.fireDueTimers()).toBe(0);
      clock.advanceMinutes(2);
      expect(await services.engine.fireDueTimers()).toBe(1);
      const v = (await services.engine.instance(instanceId))!;
      expect(v.data.checked).toBe(true);
      expect(v.currentSteps).toEqual(['b']);
      expect(v.events.map((e) => e.type)).toEqual(expect.arrayContaining(['wait_over', 'auto']));
    });

    it('ENG-8 two servers (PostgreSQL) or two pollers (SQLite) fire each of 500 timers exactly once; a crashed claim is retried after its lease', async () => {
      const { clock, services } = env();
      clock.set('2026-11-04T01:00:00.000Z');
      const lina = await idOf(env(), 'lina');
      // 250 instances of a 24-hour step: each has a reminder and an overdue timer → 500 timers.
      const ids: string[] = [];
      for (let i = 0; i < 250; i++) ids.push((await services.engine.start({ id: lina }, { processKey: 'test.claim', data: {} })).instanceId);
      const pending = await services.db.selectFrom('process_timer').select('id').where('instance_id', 'in', ids).where('status', '=', 'pending').execute();
      expect(pending).toHaveLength(500);
      // One timer was claimed by a server that then died: its lease must expire first.
      await services.db.updateTable('process_timer').set({ status: 'running', claim_token: 'dead-server', locked_until: '2026-11-05T02:00:30.000Z', attempts: 1 }).where('id', '=', pending[0]!.id).execute();
      clock.set('2026-11-05T02:00:00.000Z');
      // Two processes on PostgreSQL; SQLite is single-process by design (better-sqlite3 blocks its
      // thread while waiting for a lock), so there two pollers share one server.
      const second = env().dialect === 'postgres' ? await bootstrap(services.config, { clock, channels: [] }) : { services, handle: { close: async () => {} } };
      try {
        const drain = async (engine: typeof services.engine) => {
          let n = 0;
          for (let round = 0; round < 100; round++) {
            const fired = await engine.fireDueTimers(25);
            n += fired;
            if (fired === 0) break;
          }
          return n;
        };
        const [a, b] = await Promise.all([drain(services.engine), drain(second.services.engine)]);
        expect(a + b).toBe(499);
        clock.advanceMinutes(1); // the dead server's lease ran out
        expect(await drain(second.services.engine)).toBe(1);
      } finally {
        await second.handle.close();
      }
      const events = await services.db.selectFrom('process_event').select(['task_id', 'type']).where('instance_id', 'in', ids).where('type', 'in', ['due_soon', 'overdue']).execute();
      expect(events).toHaveLength(500);
      expect(new Set(events.map((e) => `${e.task_id}:${e.type}`)).size).toBe(500);
      const left = await services.db.selectFrom('process_timer').select('id').where('instance_id', 'in', ids).where('status', '!=', 'done').execute();
      expect(left).toHaveLength(0);
    }, 120_000);
  },
  { processes: allTestProcesses, engineHooks: { auto: { 'test.check': async () => ({ checked: true }) } } },
);

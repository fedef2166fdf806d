import { expect, it } from 'vitest';
import { describeApi } from '../../../test/harness.js';
import { beijingDateOf, completionRateBy } from '../aftersales.rules.js';
import { act, dispatched, finish, jobRow, todo, uidOf } from './reports.test-helpers.js';

describeApi('aftersales statistics and completion-rate KPI (售后统计)', (env) => {
  async function december() {
    const e = env();
    e.clock.set('2026-12-01T01:00:00.000Z'); // Tue 09:00
    const lina = await e.as('lina');
    const zw = await e.as('zhangwei');
    const ft = await e.as('fengtao');
    const zwId = await uidOf(e, 'zhangwei');
    const ftId = await uidOf(e, 'fengtao');
    const a = await dispatched(e, lina, zw, zwId, '不制冷');
    await finish(zw, a, 12_000);
    const b = await dispatched(e, lina, zw, zwId, '不制冷');
    await finish(zw, b, 8_000);
    const c = await dispatched(e, lina, ft, ftId, '漏水'); // left open
    // Job a goes all the way: fee check, cashier, callback (满意).
    expect((await act(lina, (await todo(lina, a)).taskId, { feeConfirmed: true })).status).toBe(200);
    const zhulin = await e.as('zhulin');
    expect((await act(zhulin, (await todo(zhulin, a)).taskId, { cashVoucherNo: 'SK-1' })).status).toBe(200);
    expect((await act(lina, (await todo(lina, a)).taskId, { satisfaction: '非常满意', timely: true, conductOk: true })).status).toBe(200);
    e.clock.set('2026-12-02T01:00:00.000Z'); // Wed: one more for fengtao
    const lina2 = await e.as('lina');
    const d = await dispatched(e, lina2, await e.as('fengtao'), ftId, '漏水');
    return { a, b, c, d, zwId, ftId };
  }

  it('ASV-9 ASV-8 charts: jobs per day, completion rate per technician (the completionRate rule), satisfaction, fees per month, top faults per equipment — SQL aggregates', async () => {
    const e = env();
    const t = await december();
    const c = await e.as('liufang');
    const r = await c.get('/api/aftersales/reports/charts?from=2026-12-01&to=2026-12-31&top=3');
    expect(r.status).toBe(200);
    expect(r.body.perDay).toHaveLength(31);
    expect(r.body.perDay[0]).toEqual({ date: '2026-12-01', taken: 3, dispatched: 3 });
    expect(r.body.perDay[1]).toEqual({ date: '2026-12-02', taken: 1, dispatched: 1 });
    // The rule applied to the same jobs gives the same rates.
    const rows = await e.services.db.selectFrom('aftersales_job').select(['technician_id', 'dispatched_at', 'finished_at']).where('dispatched_at', '>=', '2026-11-30T16:00:00.000Z').where('status', '!=', 'cancelled').execute();
    const byRule = completionRateBy(rows.map((x) => ({ who: x.technician_id, dispatchedOn: beijingDateOf(Date.parse(x.dispatched_at!)), completedOn: x.finished_at ? beijingDateOf(Date.parse(x.finished_at)) : null })), (x) => x.who, { from: '2026-12-01', to: '2026-12-31' });
    const techs = r.body.technicians as { userId: string; dispatched: number; completed: number; ratePercent: number | null }[];
    for (const l of techs) expect({ dispatched: l.dispatched, completed: l.completed, ratePercent: l.ratePercent }).toEqual(byRule.get(l.userId));
    expect(techs.find((l) => l.userId === t.zwId)).toMatchObject({ dispatched: 2, completed: 2, ratePercent: 100 });
    expect(techs.find((l) => l.userId === t.ftId)).toMatchObject({ dispatched: 2, completed: 0, ratePercent: 0 });
    expect(r.body.satisfaction).toEqual([{ satisfaction: '非常满意', count: 1 }]);
    expect(r.body.revenue).toEqual([{ month: '2026-12', jobs: 2, feeFen: 20_000 }]);
    const faults = r.body.faults as { model: string; problem: string; count: number }[];
    expect(faults.some((f) => f.problem === '不制冷' && f.count === 2)).toBe(true);
    expect(faults.some((f) => f.problem === '漏水' && f.count === 2)).toBe(true);
    for (const table of ['perDay', 'technicians', 'satisfaction', 'revenue', 'faults']) {
      const x = await c.get(`/api/aftersales/reports/charts/export.xlsx?from=2026-12-01&to=2026-12-31&table=${table}`);
      expect(x.status, table).toBe(200);
      expect(String(x.headers['content-type'])).toContain('spreadsheetml');
    }
  });

  it('ASV-9 completion rate KPI per clerk and per technician for a period; a day later the open jobs still count as not completed that day', async () => {
    const e = env();
    const c = await e.as('songjia');
    const k = (await c.get('/api/aftersales/reports/kpi?from=2026-12-01&to=2026-12-01')).body;
    const lina = await uidOf(e, 'lina');
    expect(k.clerks).toEqual([{ userId: lina, name: '李娜', dispatched: 3, completed: 2, ratePercent: 66.7 }]);
    expect(k.total).toEqual({ dispatched: 3, completed: 2, ratePercent: 66.7 });
    const x = await c.get('/api/aftersales/reports/kpi/export.xlsx?from=2026-12-01&to=2026-12-31&who=clerks');
    expect(x.status).toBe(200);
  });

  it('ASV-9 bad periods are a clear 400; technicians and employees may not read the reports', async () => {
    const c = await env().as('lina');
    for (const q of ['from=2026-12-31&to=2026-12-01', 'from=2026-02-30&to=2026-03-01', 'from=x&to=2026-12-01', 'from=2026-12-01&to=2026-12-31&top=0', 'from=2026-12-01']) {
      const r = await c.get(`/api/aftersales/reports/charts?${q}`);
      expect(r.status, q).toBe(400);
    }
    const bad = await c.get('/api/aftersales/reports/kpi?from=2026-12-31&to=2026-12-01');
    expect(bad.body.detail).toContain('2026-12-31');
    expect((await c.get('/api/aftersales/reports/charts/export.xlsx?from=2026-12-01&to=2026-12-31&table=nope')).status).toBe(400);
    expect((await (await env().as('zhangwei')).get('/api/aftersales/reports/charts?from=2026-12-01&to=2026-12-31')).status).toBe(403);
    expect((await (await env().as('hubin')).get('/api/aftersales/reports/kpi?from=2026-12-01&to=2026-12-31')).status).toBe(403);
  });
});

import { expect, it } from 'vitest';
import { describeApi } from '../../../test/harness.js';
import { postCashPenalties } from '../jobs/jobs.service.js';
import { act, dispatched, finish, jobRow, notices, todo, uidOf } from './reports.test-helpers.js';

describeApi('aftersales 催缴 (urging the cash to finance)', (env) => {
  /** Three jobs collected Monday 2026-11-23 (due Wednesday 24:00), waiting for the cashier. */
  async function threeJobsAtCash() {
    const e = env();
    e.clock.set('2026-11-23T02:00:00.000Z');
    const lina = await e.as('lina');
    const zw = await e.as('zhangwei');
    const zwId = await uidOf(e, 'zhangwei');
    const ids: string[] = [];
    for (const p of ['不制冷', '漏水', '异响']) {
      const id = await dispatched(e, lina, zw, zwId, p);
      await finish(zw, id, 10_000);
      expect((await act(lina, (await todo(lina, id)).taskId, { feeConfirmed: true })).status).toBe(200);
      ids.push((await jobRow(e, id)).id);
    }
    return ids;
  }
  const ledger = (jobId: string) => env().services.db.selectFrom('ledger_entry').select(['user_id', 'amount_fen', 'source']).where('source_id', '=', jobId).orderBy('amount_fen', 'desc').execute();

  it('ASV-7 the clerk who urged before the deadline is not fined: urged → technician 100% only; not urged → technician 100% + clerk 5%; urged too late → both', async () => {
    const e = env();
    const [urged, notUrged, late] = (await threeJobsAtCash()) as [string, string, string];
    const zwId = await uidOf(e, 'zhangwei');
    const linaId = await uidOf(e, 'lina');
    e.clock.set('2026-11-24T03:00:00.000Z'); // Tue
    const lina = await e.as('lina');
    const r = await lina.post(`/api/aftersales/jobs/${urged}/urge`, { note: '请明天上午交财务' });
    expect(r.status).toBe(201);
    expect(r.body.urgedAt).toBe('2026-11-24T03:00:00.000Z');
    const n = await notices(e, 'zhangwei', '请尽快交营业款');
    expect(n).toHaveLength(1);
    expect(n[0]!.body).toContain('100.00 元');
    expect(n[0]!.body).toContain('2026-11-25');
    const list = (await lina.get('/api/aftersales/jobs?status=cash')).body.items as { id: string; lastUrgedAt: string | null; cashPending: boolean }[];
    expect(list.find((j) => j.id === urged)).toMatchObject({ lastUrgedAt: '2026-11-24T03:00:00.000Z', cashPending: true });
    expect(list.find((j) => j.id === notUrged)!.lastUrgedAt).toBeNull();
    expect((await lina.get(`/api/aftersales/jobs/${urged}/urges`)).body.items).toEqual([{ id: r.body.id, urgedAt: '2026-11-24T03:00:00.000Z', note: '请明天上午交财务', clerkName: '李娜' }]);
    // Thursday 09:00: the third job is urged, but after the deadline (Wednesday 24:00).
    e.clock.set('2026-11-26T01:00:00.000Z');
    expect((await (await e.as('hanxue')).post(`/api/aftersales/jobs/${late}/urge`, {})).status).toBe(201);
    e.clock.set('2026-11-26T02:00:00.000Z');
    await postCashPenalties(e.services);
    const fen = async (id: string) => (await ledger(id)).map((x) => ({ ...x, amount_fen: Number(x.amount_fen) }));
    expect(await fen(urged)).toEqual([{ user_id: zwId, amount_fen: 10_000, source: 'aftersales.cashLate' }]);
    expect(await fen(notUrged)).toEqual([{ user_id: zwId, amount_fen: 10_000, source: 'aftersales.cashLate' }, { user_id: linaId, amount_fen: 500, source: 'aftersales.cashNotUrged' }]);
    expect(await fen(late)).toEqual([{ user_id: zwId, amount_fen: 10_000, source: 'aftersales.cashLate' }, { user_id: linaId, amount_fen: 500, source: 'aftersales.cashNotUrged' }]);
  });

  it('ASV-7 urging is refused for an unknown job, a job without cash waiting, and for a technician; nothing is recorded', async () => {
    const e = env();
    e.clock.set('2026-11-30T02:00:00.000Z');
    const lina = await e.as('lina');
    const zw = await e.as('zhangwei');
    const count = async () => Number((await e.services.db.selectFrom('aftersales_job_urge').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const n0 = await count();
    const unknown = await lina.post('/api/aftersales/jobs/nope/urge', {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain('nope');
    const onsite = await dispatched(e, lina, zw, await uidOf(e, 'zhangwei'));
    const row = await jobRow(e, onsite);
    const noCash = await lina.post(`/api/aftersales/jobs/${row.id}/urge`, {});
    expect(noCash.status).toBe(409);
    expect(noCash.body.detail).toContain(row.job_no);
    expect((await zw.post(`/api/aftersales/jobs/${row.id}/urge`, {})).status).toBe(403);
    expect((await lina.post(`/api/aftersales/jobs/${row.id}/urge`, { note: 'x', extra: 1 })).status).toBe(400);
    expect(await count()).toBe(n0);
  });

  it('ASV-7 the 派工单 list exports to xlsx with its filters', async () => {
    const lina = await env().as('lina');
    const all = await lina.get('/api/aftersales/jobs/export.xlsx');
    expect(all.status).toBe(200);
    expect(String(all.headers['content-type'])).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const rows = async (raw: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(raw as never);
      return wb.worksheets[0]!.rowCount - 1;
    };
    const total = (await lina.get('/api/aftersales/jobs')).body.items.length;
    expect(await rows(all.raw)).toBe(total);
    const cash = (await lina.get('/api/aftersales/jobs?status=cash')).body.items.length;
    expect(await rows((await lina.get('/api/aftersales/jobs/export.xlsx?status=cash')).raw)).toBe(cash);
    expect(cash).toBeLessThan(total);
    expect((await lina.get('/api/aftersales/jobs/export.xlsx?status=bogus')).status).toBe(400);
  });
});

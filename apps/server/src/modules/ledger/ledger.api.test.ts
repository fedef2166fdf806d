import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeApi, type TestEnv } from '../../test/harness.js';
import { postLedgerEntry } from './ledger.service.js';

async function uid(env: TestEnv, username: string): Promise<string> {
  const u = await env.services.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  return u.id;
}

// The fake clock starts on 2026-11-27 (Beijing); the demo posts a few entries of its own.
const M = '2026-11';

describeApi('ledger', (env) => {
  it('HR-8 posting is idempotent per (source, sourceId, user, kind) and HR posts by hand with a reason (audited)', async () => {
    const s = env().services;
    const gl = await uid(env(), 'guolei');
    const p = { userId: gl, kind: 'subsidy' as const, amountFen: 3_000, source: 'test.trip', sourceId: 't-1', reason: '测试补贴', occurredOn: '2026-11-20' };
    const a = await s.db.transaction().execute((trx) => postLedgerEntry(trx, s.clock, null, p));
    const b = await s.db.transaction().execute((trx) => postLedgerEntry(trx, s.clock, null, p));
    expect(b).toBe(a);
    const rows = await s.db.selectFrom('ledger_entry').select('id').where('source', '=', 'test.trip').execute();
    expect(rows).toHaveLength(1);

    const hr = await env().as('zhengxiuying');
    const noReason = await hr.post('/api/ledger/entries', { userId: gl, kind: 'penalty', amountFen: 1_000, reason: ' ', occurredOn: '2026-11-25' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('ledger.reasonRequired');
    const neg = await hr.post('/api/ledger/entries', { userId: gl, kind: 'penalty', amountFen: -5, reason: '罚款', occurredOn: '2026-11-25' });
    expect(neg.status).toBe(400);
    const future = await hr.post('/api/ledger/entries', { userId: gl, kind: 'penalty', amountFen: 500, reason: '罚款', occurredOn: '2026-12-25' });
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('ledger.futureDate');
    const ok = await hr.post('/api/ledger/entries', { userId: gl, kind: 'penalty', amountFen: 1_000, reason: '库房盘点差错', occurredOn: '2026-11-25' });
    expect(ok.status).toBe(201);
    const audit = await s.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', '=', 'ledger.post').where('entity_id', '=', ok.body.id).execute();
    expect(audit).toHaveLength(1);
    // An employee may not post.
    const emp = await env().as('guolei');
    expect((await emp.post('/api/ledger/entries', { userId: gl, kind: 'subsidy', amountFen: 1_000, reason: '自己加', occurredOn: '2026-11-25' })).status).toBe(403);
  });

  it('HR-8 voided entries stay listed but leave the summary and the payroll export; void needs a reason and happens once', async () => {
    const hr = await env().as('zhengxiuying');
    const gl = await uid(env(), 'guolei');
    const before = (await hr.get(`/api/ledger/summary?month=${M}&userId=${gl}`)).body.rows[0];
    const e = await hr.post('/api/ledger/entries', { userId: gl, kind: 'subsidy', amountFen: 12_345, reason: '误登记', occurredOn: '2026-11-26' });
    const mid = (await hr.get(`/api/ledger/summary?month=${M}&userId=${gl}`)).body.rows[0];
    expect(mid.subsidyFen).toBe(before.subsidyFen + 12_345);
    expect((await hr.post(`/api/ledger/entries/${e.body.id}/void`, { reason: '' })).status).toBe(400);
    expect((await hr.post(`/api/ledger/entries/${e.body.id}/void`, { reason: '重复登记' })).status).toBe(200);
    expect((await hr.post(`/api/ledger/entries/${e.body.id}/void`, { reason: '再作废' })).status).toBe(409);
    const after = (await hr.get(`/api/ledger/summary?month=${M}&userId=${gl}`)).body.rows[0];
    expect(after).toEqual(before);
    const list = (await hr.get(`/api/ledger/entries?month=${M}&userId=${gl}`)).body.items;
    const voided = list.find((x: { id: string }) => x.id === e.body.id);
    expect(voided).toMatchObject({ voided: true, voidReason: '重复登记' });
    const x = await hr.get(`/api/ledger/export.xlsx?month=${M}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.raw as unknown as ArrayBuffer);
    const detail = wb.getWorksheet('明细')!;
    const reasons: string[] = [];
    detail.eachRow((row, n) => { if (n > 1) reasons.push(String(row.getCell(8).value)); });
    expect(reasons).not.toContain('误登记');
    expect((await env().services.db.selectFrom('audit_log').select('id').where('action', '=', 'ledger.void').where('entity_id', '=', e.body.id).execute())).toHaveLength(1);
  });

  it('HR-8 the payroll export reads back: one row per employee with 工号/姓名/部门 and the right totals in yuan', async () => {
    const hr = await env().as('zhengxiuying');
    const ct = await uid(env(), 'xiepeng'); // no demo entries of his own
    await hr.post('/api/ledger/entries', { userId: ct, kind: 'subsidy', amountFen: 3_050, reason: '补贴一', occurredOn: '2026-11-02' });
    await hr.post('/api/ledger/entries', { userId: ct, kind: 'subsidy', amountFen: 1_000, reason: '补贴二', occurredOn: '2026-11-03' });
    await hr.post('/api/ledger/entries', { userId: ct, kind: 'penalty', amountFen: 10_001, reason: '罚款一', occurredOn: '2026-11-04' });
    const summary = (await hr.get(`/api/ledger/summary?month=${M}`)).body;
    const res = await hr.get(`/api/ledger/export.xlsx?month=${M}`);
    expect(res.status).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('汇总')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['工号', '姓名', '部门', '补贴合计', '罚款合计', '净额']);
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => { if (n > 1) rows.push((row.values as unknown[]).slice(1)); });
    expect(rows).toHaveLength(summary.rows.length);
    expect(rows.find((r) => r[0] === 'xiepeng')).toEqual(['xiepeng', '谢鹏', '品管部', 40.5, 100.01, -59.51]);
    expect(ws.getCell(2, 4).numFmt).toBe('0.00');
    const sum = rows.reduce((t, r) => t + Math.round(Number(r[5]) * 100), 0);
    expect(sum).toBe(summary.totals.netFen);
    const detail = wb.getWorksheet('明细')!;
    let xiepengLines = 0;
    detail.eachRow((row, n) => { if (n > 1 && row.getCell(1).value === 'xiepeng') xiepengLines++; });
    expect(xiepengLines).toBe(3);
  });

  it('HR-8 record rules: HR, finance and leaders see everyone; a department head his department; an employee only himself', async () => {
    const hr = await env().as('zhengxiuying');
    const lina = await uid(env(), 'lina');
    const fengtao = await uid(env(), 'fengtao');
    await hr.post('/api/ledger/entries', { userId: fengtao, kind: 'subsidy', amountFen: 2_000, reason: '现场表扬', occurredOn: '2026-11-10' });
    const everyone = (await hr.get(`/api/ledger/entries?month=${M}`)).body.items;
    expect(new Set(everyone.map((x: { userId: string }) => x.userId)).size).toBeGreaterThan(2);
    for (const u of ['zhulin', 'chenzhiqiang']) {
      const c = await env().as(u);
      expect((await c.get(`/api/ledger/entries?month=${M}`)).body.items.length).toBe(everyone.length);
    }
    const songjia = await env().as('songjia'); // 客服部主管
    const dept = (await songjia.get(`/api/ledger/entries?month=${M}`)).body.items;
    expect(dept.length).toBeGreaterThan(0);
    expect(dept.every((x: { departmentName: string }) => x.departmentName === '客服部')).toBe(true);
    expect(dept.some((x: { userId: string }) => x.userId === lina)).toBe(true);
    const linaC = await env().as('lina');
    const own = (await linaC.get(`/api/ledger/entries?month=${M}`)).body.items;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((x: { userId: string }) => x.userId === lina)).toBe(true);
    // Asking for someone else's entries just yields nothing.
    expect((await linaC.get(`/api/ledger/entries?month=${M}&userId=${fengtao}`)).body.items).toEqual([]);
    expect((await linaC.get(`/api/ledger/summary?month=${M}`)).body.rows.map((r: { userId: string }) => r.userId)).toEqual([lina]);
    const mine = (await linaC.get(`/api/ledger/mine?month=${M}`)).body;
    expect(mine.totals.penaltyFen).toBe(5_000);
    expect(mine.scope).toBe('own');
    expect((await songjia.get(`/api/ledger/mine?month=${M}`)).body.scope).toBe('department');
    expect((await linaC.get(`/api/ledger/export.xlsx?month=${M}`)).status).toBe(403);
    expect((await linaC.post(`/api/ledger/entries/${own[0].id}/void`, { reason: '不服' })).status).toBe(403);
  });

  it('HR-8 a bad month is refused with 400 naming it, on every read and on the export', async () => {
    const hr = await env().as('zhengxiuying');
    for (const url of ['/api/ledger/entries?month=2026-13', '/api/ledger/summary?month=2026-1', '/api/ledger/mine?month=abc', '/api/ledger/export.xlsx?month=2026-00']) {
      const r = await hr.get(url);
      expect(r.status, url).toBe(400);
      expect(r.body.code).toBe('ledger.invalidMonth');
    }
    expect((await hr.get('/api/ledger/entries?month=2026-13')).body.detail).toContain('2026-13');
    expect((await hr.post('/api/ledger/entries/nope/void', { reason: 'x' })).status).toBe(404);
  });
});

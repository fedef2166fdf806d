import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeApi } from '../../../test/harness.js';

/** October 2025 (before every demo record) so that only this file's sales fall into the month. */
describeApi('aftersales care: second sales and the employee sales commission table (ASV-12, ASV-15)', (env) => {
  async function setup() {
    env().clock.set('2026-11-23T02:00:00.000Z');
    const lina = await env().as('lina');
    const db = env().services.db;
    const users = await db.selectFrom('app_user').select(['id', 'username']).execute();
    const uid = (u: string) => users.find((x) => x.username === u)!.id;
    const customer = async (name: string) => (await lina.get(`/api/aftersales/customers?q=${encodeURIComponent(name)}`)).body.items[0].id as string;
    return { lina, db, uid, customer };
  }

  it('ASV-12 员工销售提成表: % of each sale by category and of the 维保协议 signed in the month, per person, exact to the fen', async () => {
    const t = await setup();
    const he = await t.customer('何俊');
    const wang = await t.customer('王建国');
    const sale = (o: Record<string, unknown>) => t.lina.post('/api/aftersales/care/sales', { customerId: he, item: '配件', category: 'parts', amountFen: 100, source: 'other', ...o });
    // lina: parts 360.00 × 5% = 18.00; service 123.45 × 5% = 6.1725 → 6.17.
    expect((await sale({ soldOn: '2025-10-08', item: 'RO 膜', quantity: 1, amountFen: 36_000, salespersonId: t.uid('lina') })).status).toBe(201);
    expect((await sale({ soldOn: '2025-10-31', item: '清洗保养', category: 'service', amountFen: 12_345, salespersonId: t.uid('lina'), source: 'callback' })).status).toBe(201);
    // hanxue: equipment 4800.00 × 3% = 144.00, and a 维保协议 of 6000.00 signed 2025-10-15 × 3% = 180.00.
    expect((await sale({ soldOn: '2025-10-20', item: '压缩机', category: 'equipment', amountFen: 480_000, salespersonId: t.uid('hanxue') })).status).toBe(201);
    const k = await t.lina.post('/api/aftersales/care/contracts', {
      customerId: wang, equipmentIds: [], startOn: '2025-11-01', endOn: '2026-10-31', signedOn: '2025-10-15', visitsPerYear: 2, feeFen: 600_000, salespersonId: t.uid('hanxue'), technicianId: t.uid('fengtao'),
    });
    expect(k.status).toBe(201);
    // Outside the month: not counted.
    expect((await sale({ soldOn: '2025-11-01', amountFen: 99_999, salespersonId: t.uid('lina') })).status).toBe(201);

    const m = (await t.lina.get('/api/aftersales/care/sales-commission?month=2025-10')).body;
    expect(m.lines.map((l: { userId: string; date: string; category: string; amountFen: number; percent: number; commissionFen: number }) => [l.userId === t.uid('lina') ? 'lina' : 'hanxue', l.date, l.category, l.amountFen, l.percent, l.commissionFen]).sort()).toEqual([
      ['hanxue', '2025-10-15', 'maintenance_contract', 600_000, 3, 18_000],
      ['hanxue', '2025-10-20', 'equipment', 480_000, 3, 14_400],
      ['lina', '2025-10-08', 'parts', 36_000, 5, 1_800],
      ['lina', '2025-10-31', 'service', 12_345, 5, 617],
    ]);
    const person = (u: string) => m.people.find((p: { userId: string }) => p.userId === t.uid(u));
    expect([person('lina').amountFen, person('lina').commissionFen, person('hanxue').commissionFen]).toEqual([48_345, 2_417, 32_400]);
    expect(m.totalFen).toBe(34_817);

    // A salesperson sees her own lines only; the table needs aftersales:care.
    const hx = await env().as('hanxue');
    const own = (await hx.get('/api/aftersales/care/sales-commission/mine?month=2025-10')).body;
    expect([own.lines.length, own.totalFen]).toEqual([2, 32_400]);
    const zw = await env().as('zhangwei');
    expect((await zw.get('/api/aftersales/care/sales-commission?month=2025-10')).status).toBe(403);
    expect((await zw.get('/api/aftersales/care/sales-commission/mine?month=2025-10')).body.lines).toEqual([]);

    // xlsx with the totals row.
    const x = await t.lina.get('/api/aftersales/care/sales-commission/export.xlsx?month=2025-10');
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.raw as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toContain('提成（元）');
    const last = ws.getRow(ws.rowCount);
    expect([last.getCell(1).value, last.getCell(8).value]).toEqual(['合计', 348.17]);

    // A changed percentage applies to the table (6.5 % of 360.00 = 23.40).
    const admin = await env().as('admin');
    const cats = (await admin.get('/api/aftersales/care/settings')).body.settings.salesCategories.map((c: { code: string; percent: number }) => (c.code === 'parts' ? { ...c, percent: 6.5 } : c));
    expect((await admin.put('/api/aftersales/care/settings', { salesCategories: cats })).status).toBe(200);
    const m2 = (await t.lina.get('/api/aftersales/care/sales-commission?month=2025-10')).body;
    expect(m2.lines.find((l: { category: string }) => l.category === 'parts').commissionFen).toBe(2_340);
  });

  it('ASV-15 二次销售业务记录表: register with filters and xlsx; bad input → 4xx in Chinese, nothing stored', async () => {
    const t = await setup();
    const he = await t.customer('何俊');
    const count = async () => Number((await t.db.selectFrom('aftersales_care_sale').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const bad: [Record<string, unknown>, string][] = [
      [{ amountFen: -500 }, '金额“-500”无效'],
      [{ customerId: 'ghost' }, '客户“ghost”不在客户档案中'],
      [{ category: 'jewels' }, '销售类别“jewels”'],
      [{ soldOn: '2025-13-01' }, '日期“2025-13-01”无效'],
      [{ salespersonId: 'ghost' }, '人员“ghost”'],
    ];
    for (const [o, text] of bad) {
      const r = await t.lina.post('/api/aftersales/care/sales', { customerId: he, item: '滤芯', category: 'parts', amountFen: 100, ...o });
      expect(r.status, JSON.stringify(o)).toBe(400);
      expect(r.body.detail).toContain(text);
    }
    expect(await count()).toBe(before);
    const r = await t.lina.post('/api/aftersales/care/sales', { customerId: he, soldOn: '2025-09-09', item: '滤芯套装', category: 'parts', quantity: 3, amountFen: 27_000, source: 'other', notes: '电话订购' });
    expect(r.status).toBe(201);
    const list = (await t.lina.get('/api/aftersales/care/sales?from=2025-09-01&to=2025-09-30')).body.items;
    expect(list.map((i: { item: string; quantity: number; salespersonId: string; categoryName: string }) => [i.item, i.quantity, i.salespersonId, i.categoryName])).toEqual([['滤芯套装', 3, t.uid('lina'), '配件更换']]);
    expect((await t.lina.put(`/api/aftersales/care/sales/${r.body.id}`, { customerId: he, soldOn: '2025-09-10', item: '滤芯套装', category: 'parts', quantity: 3, amountFen: 25_000, source: 'other' })).status).toBe(200);
    const x = await t.lina.get('/api/aftersales/care/sales/export.xlsx?from=2025-09-01&to=2025-09-30');
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.raw as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).getCell(4).value).toBe('滤芯套装');
    expect(ws.getRow(2).getCell(7).value).toBe(250);
    expect((await (await env().as('zhangwei')).get('/api/aftersales/care/sales')).status).toBe(403);
  });
});

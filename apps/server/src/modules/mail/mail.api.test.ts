import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeApi } from '../../test/harness.js';

describeApi('mail', (env) => {
  const uid = async (u: string) => (await env().services.db.selectFrom('app_user').select('id').where('username', '=', u).executeTakeFirstOrThrow()).id;
  const send = async (who: string, personal: boolean, costFen: number, sentOn: string) => {
    const c = await env().as(who);
    const r = await c.post('/api/mail', { recipient: '收件单位', address: '杭州市', contents: '资料', personal });
    expect(r.status).toBe(201);
    const d = await (await env().as('sunli')).post(`/api/mail/${r.body.id}/dispatch`, { courier: '顺丰速运', trackingNo: `SF${Math.floor(Math.random() * 1e10)}`, weightG: 500, costFen, sentOn });
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    return r.body.id as string;
  };

  it('MAIL-1 monthly cost per department: business per department, personal apart; report export reads back', async () => {
    await send('lina', false, 1_200, '2026-09-03');
    await send('hanxue', false, 2_350, '2026-09-30');
    await send('hanxue', true, 1_000, '2026-09-15');
    await send('panyu', false, 800, '2026-09-10');
    await send('panyu', false, 999, '2026-10-01'); // next month, not in September
    const sunli = await env().as('sunli');
    const r = await sunli.get('/api/mail/report?from=2026-09&to=2026-09');
    expect(r.status).toBe(200);
    expect(r.body.months).toEqual(['2026-09']);
    expect(r.body.rows.map((x: Record<string, unknown>) => [x.departmentName, x.count, x.businessFen, x.personalFen])).toEqual([
      ['工程设计部', 1, 800, 0],
      ['客服部', 3, 3_550, 1_000],
    ]);
    const x = await sunli.get('/api/mail/report/export?from=2026-09&to=2026-09');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.raw as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, '月份', '部门', '件数', '公务费用(元)', '个人承担(元)', '合计(元)']);
    expect(ws.getRow(3).values).toEqual([undefined, '2026-09', '客服部', 3, 35.5, 10, 45.5]);
    expect((await sunli.get('/api/mail/report?from=2026-10&to=2026-09')).status).toBe(400);
    expect((await (await env().as('lina')).get('/api/mail/report?from=2026-09&to=2026-09')).status).toBe(403);
  });

  it('MAIL-1 personal mail is paid by the sender: the cost is posted to the ledger once', async () => {
    const id = await send('zengkai', true, 1_550, '2026-11-20');
    const rows = await env().services.db.selectFrom('ledger_entry').select(['user_id', 'kind', 'amount_fen']).where('source', '=', 'mail.personal').where('source_id', '=', id).execute();
    expect(rows.map((r) => [r.user_id, r.kind, Number(r.amount_fen)])).toEqual([[await uid('zengkai'), 'penalty', 1_550]]);
    const again = await (await env().as('sunli')).post(`/api/mail/${id}/dispatch`, { courier: '顺丰速运', trackingNo: 'SF0000000001', weightG: 1, costFen: 1, sentOn: '2026-11-20' });
    expect(again.status).toBe(400);
    expect(again.body.detail).toContain('2026-11-20');
  });

  it('MAIL-1 bad input refused with nothing changed; employees see only their own; register export reads back', async () => {
    const lina = await env().as('lina');
    const sunli = await env().as('sunli');
    const count = async () => (await env().services.db.selectFrom('mail_item').select('id').execute()).length;
    const n = await count();
    expect((await lina.post('/api/mail', { recipient: '', address: 'x', contents: 'x', personal: false })).status).toBe(400);
    expect((await lina.post('/api/mail', { recipient: 'x', address: 'x', contents: 'x', personal: false, costFen: 5 })).status).toBe(400);
    expect((await lina.post('/api/mail', { recipient: 'x', address: 'x', contents: 'x', personal: false, senderId: await uid('panyu') })).status).toBe(403);
    expect(await count()).toBe(n);
    const id = (await lina.post('/api/mail', { recipient: '客户', address: '杭州', contents: '回访单', personal: false })).body.id;
    expect((await lina.post(`/api/mail/${id}/dispatch`, { courier: '顺丰速运', trackingNo: 'SF1234567', weightG: 100, costFen: 100 })).status).toBe(403);
    const future = await sunli.post(`/api/mail/${id}/dispatch`, { courier: '顺丰速运', trackingNo: 'SF1234567', weightG: 100, costFen: 100, sentOn: '2026-11-28' });
    expect(future.status).toBe(400);
    expect(future.body.detail).toContain('2026-11-28');
    expect((await sunli.post(`/api/mail/${id}/dispatch`, { courier: '顺丰速运', trackingNo: 'SF1234567', weightG: 100, costFen: 100, sentOn: '2026-02-30' })).status).toBe(400);
    expect((await sunli.post(`/api/mail/${id}/dispatch`, { courier: '某快递', trackingNo: 'SF1234567', weightG: 100, costFen: 100 })).status).toBe(400);
    expect((await sunli.post(`/api/mail/${id}/dispatch`, { courier: '顺丰速运', trackingNo: 'SF1234567', weightG: 100, costFen: -1 })).status).toBe(400);
    const still = (await lina.get('/api/mail')).body.find((m: { id: string }) => m.id === id);
    expect(still).toMatchObject({ status: 'requested', costFen: null });
    const mine = (await lina.get('/api/mail')).body as { senderName: string }[];
    expect(mine.every((m) => m.senderName === '李娜')).toBe(true);
    // The 客服部主管 sees her department's mail.
    const dept = (await (await env().as('songjia')).get('/api/mail')).body as { departmentName: string }[];
    expect(dept.length).toBeGreaterThan(mine.length - 1);
    expect(dept.every((m) => m.departmentName === '客服部')).toBe(true);
    const x = await sunli.get('/api/mail/export?status=sent&month=2026-11');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.raw as never);
    const ws = wb.worksheets[0]!;
    const list = (await sunli.get('/api/mail?status=sent&month=2026-11')).body as { trackingNo: string; costFen: number }[];
    expect(ws.rowCount - 1).toBe(list.length);
    expect(ws.getRow(2).getCell(10).value).toBe(list[0]!.trackingNo);
    expect(ws.getRow(2).getCell(12).value).toBe(list[0]!.costFen / 100);
  });
});

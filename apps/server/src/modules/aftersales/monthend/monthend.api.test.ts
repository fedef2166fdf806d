import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { newId } from '../../../ports/ids.js';
import { describeApi } from '../../../test/harness.js';

/**
 * Closed jobs are inserted directly (a copy of a demo customer and a process instance row), in
 * October of a past year (Beijing), one year per test, so that no other job falls into the month.
 */
describeApi('aftersales month end (ASV-12, ASV-14)', (env) => {
  async function seed(y: number) {
    env().clock.set('2026-11-23T02:00:00.000Z');
    const db = env().services.db;
    const users = await db.selectFrom('app_user').select(['id', 'username']).execute();
    const uid = (u: string) => users.find((x) => x.username === u)!.id;
    const customer = await db.selectFrom('aftersales_customer').select('id').executeTakeFirstOrThrow();
    const definition = await db.selectFrom('process_definition').select(['id', 'key', 'version']).where('key', '=', 'aftersales.job').executeTakeFirstOrThrow();
    const now = `${y}-10-01T00:00:00.000Z`;
    let n = 0;
    const job = async (o: { type: string; fee: number; tech: string; engineer?: string; warranty?: string; data?: Record<string, unknown>; at?: string }) => {
      n += 1;
      const instanceId = newId();
      await db.insertInto('process_instance').values({
        id: instanceId, definition_id: definition.id, process_key: definition.key, version: definition.version, title: `派工单 ${n}`, status: 'completed',
        data: JSON.stringify({ workDone: `维修内容${n}`, ...o.data }), initiator_id: uid('lina'), initiator_department_id: null, owner_id: null, current_steps: '[]', revision: 1,
        started_at: now, ended_at: o.at ?? `${y}-10-15T02:00:00.000Z`, end_reason: null, last_urged_at: null,
      }).execute();
      const id = newId();
      await db.insertInto('aftersales_job').values({
        id, instance_id: instanceId, job_no: `PG${y}101500${n}`, customer_id: customer.id, equipment_id: null, clerk_id: uid('lina'), technician_id: uid(o.tech),
        engineer_called: o.engineer ? 1 : 0, engineer_id: o.engineer ? uid(o.engineer) : null, problem: '不制冷', address: '', contact_phone: '', skill: '', job_type: o.type,
        warranty_state: o.warranty ?? 'expired', status: 'closed', appointment_at: null, fee_fen: o.fee, receipt_no: o.fee > 0 ? `SJ${n}` : '', fee_verdict: 'ok', fee_diff_fen: 0,
        collected_at: null, cash_due_on: null, cash_late_from: null, handed_to_finance_at: null, penalty_posted_at: null, unfinished_reason: '',
        completed_at: o.at ?? `${y}-10-15T02:00:00.000Z`, created_at: now, updated_at: now,
      }).execute();
      return id;
    };
    // repair 120.00 with engineer tangming called in: 20.00 + 10% × 120.00 = 32.00 → engineer 19.20, technician 12.80.
    const j1 = await job({ type: 'repair', fee: 12_000, tech: 'zhangwei', engineer: 'tangming' });
    // install, in warranty, no fee: 30.00 to zhangwei alone; on the free list.
    const j2 = await job({ type: 'install', fee: 0, tech: 'zhangwei', warranty: 'in_warranty', data: { chargeNote: '新装调试' } });
    // inspection 50.00 by fengtao: 10.00.
    const j3 = await job({ type: 'inspection', fee: 5_000, tech: 'fengtao' });
    // Closed on 1 November in Beijing: not in October.
    await job({ type: 'repair', fee: 10_000, tech: 'fengtao', at: `${y}-10-31T16:00:00.000Z` });
    return { uid, j1, j2, j3 };
  }

  it('ASV-12 ASV-14 commission tables: 60/40 with an engineer called in, 100% alone, exact totals; free list and 月报表', async () => {
    const { uid, j1, j2 } = await seed(2025);
    const liufang = await env().as('liufang');
    const m = (await liufang.get('/api/aftersales/monthend?month=2025-10')).body;
    const line = (jobId: string, user: string, role: string) => m.lines.find((l: { jobId: string; userId: string; role: string }) => l.jobId === jobId && l.userId === uid(user) && l.role === role);
    expect(line(j1, 'tangming', 'engineer')).toMatchObject({ jobCommissionFen: 3_200, amountFen: 1_920 });
    expect(line(j1, 'zhangwei', 'technician')).toMatchObject({ jobCommissionFen: 3_200, amountFen: 1_280 });
    expect(line(j2, 'zhangwei', 'technician')).toMatchObject({ amountFen: 3_000 });
    const person = (u: string) => m.people.find((p: { userId: string }) => p.userId === uid(u));
    expect(person('zhangwei')).toMatchObject({ technicianFen: 4_280, engineerFen: 0, totalFen: 4_280 });
    expect(person('tangming')).toMatchObject({ engineerFen: 1_920, totalFen: 1_920 });
    expect(person('fengtao')).toMatchObject({ totalFen: 1_000 });
    // 客服提成: 2.00 per closed job taken, 3 jobs.
    expect(person('lina')).toMatchObject({ clerkFen: 600 });
    expect(m.report).toHaveLength(3);
    expect(m.report.map((r: { commissionFen: number }) => r.commissionFen)).toEqual([3_200, 3_000, 1_000]);
    expect(m.report.reduce((a: number, r: { collectedFen: number }) => a + r.collectedFen, 0)).toBe(17_000);
    expect(m.free).toEqual([expect.objectContaining({ jobId: j2, reason: '保修期内；新装调试', work: '维修内容2' })]);

    const x = await liufang.get('/api/aftersales/monthend/export.xlsx?month=2025-10&sheet=report');
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('月报表');
    expect(ws.getRow(1).values).toEqual([undefined, '派工单号', '日期', '维修内容', '维修人员', '维修提成', '收款金额', '备注']);
    const total = ws.getRow(5);
    expect([total.getCell(1).value, total.getCell(5).value, total.getCell(6).value]).toEqual(['合计', 72, 170]);
  });

  it('ASV-14 a correction records who and why; the technician confirms his total', async () => {
    const { uid, j1 } = await seed(2024);
    const liufang = await env().as('liufang');
    const bad = await liufang.post('/api/aftersales/monthend/corrections', { month: '2024-10', jobId: j1, userId: uid('fengtao'), role: 'technician', amountFen: 100, reason: 'x' });
    expect(bad.status).toBe(400);
    const ok = await liufang.post('/api/aftersales/monthend/corrections', { month: '2024-10', jobId: j1, userId: uid('zhangwei'), role: 'technician', amountFen: 1_500, reason: '核对后补计配件安装' });
    expect(ok.status).toBe(200);
    const zw = await env().as('zhangwei');
    const mine = (await zw.get('/api/aftersales/monthend/mine?month=2024-10')).body;
    expect(mine.lines.find((l: { jobId: string }) => l.jobId === j1)).toMatchObject({ computedFen: 1_280, amountFen: 1_500, correction: { reason: '核对后补计配件安装', byName: expect.any(String) } });
    expect(mine.person.totalFen).toBe(4_500);
    expect((await zw.post('/api/aftersales/monthend/confirm', { month: '2024-10' })).body).toMatchObject({ totalFen: 4_500 });
    const m = (await liufang.get('/api/aftersales/monthend?month=2024-10')).body;
    expect(m.people.find((p: { userId: string }) => p.userId === uid('zhangwei'))).toMatchObject({ confirmedTotalFen: 4_500, confirmedAt: '2026-11-23T02:00:00.000Z' });
    // Someone without lines has nothing to confirm; a technician may not read the whole month.
    expect((await (await env().as('caoyang')).post('/api/aftersales/monthend/confirm', { month: '2024-10' })).status).toBe(400);
    expect((await zw.get('/api/aftersales/monthend?month=2024-10')).status).toBe(403);
  });

  it('ASV-12 the commission table is a setting; a changed rate changes the month', async () => {
    const { uid } = await seed(2023);
    const admin = await env().as('admin');
    const put = await admin.put('/api/aftersales/monthend/commission-table', { rates: [{ jobType: 'inspection', fixedFen: 1_500, feePercent: 0 }, { jobType: '*', fixedFen: 0, feePercent: 0 }] });
    expect(put.status).toBe(200);
    const m = (await (await env().as('liufang')).get('/api/aftersales/monthend?month=2023-10')).body;
    expect(m.people.find((p: { userId: string }) => p.userId === uid('fengtao'))).toMatchObject({ totalFen: 1_500 });
    expect((await admin.put('/api/aftersales/monthend/commission-table', { rates: [{ jobType: 'a', fixedFen: 1, feePercent: 101 }] })).status).toBe(400);
  });
});

import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { newId } from '../../../ports/ids.js';
import { describeApi, type TestClient } from '../../../test/harness.js';

/**
 * ASV-14 交财务. Closed jobs are inserted directly in October of a past year (one year per test,
 * so no other job falls into the month); the fake clock is 2026-11-23 10:00 Beijing.
 */
describeApi('aftersales month-end hand-over to finance (ASV-14)', (env) => {
  async function seed(y: number) {
    env().clock.set('2026-11-23T02:00:00.000Z');
    const db = env().services.db;
    const users = await db.selectFrom('app_user').select(['id', 'username']).execute();
    const uid = (u: string) => users.find((x) => x.username === u)!.id;
    const customer = await db.selectFrom('aftersales_customer').select('id').executeTakeFirstOrThrow();
    const definition = await db.selectFrom('process_definition').select(['id', 'key', 'version']).where('key', '=', 'aftersales.job').executeTakeFirstOrThrow();
    const at = `${y}-10-15T02:00:00.000Z`;
    const job = async (n: number, type: string, fee: number, tech: string) => {
      const instanceId = newId();
      await db.insertInto('process_instance').values({
        id: instanceId, definition_id: definition.id, process_key: definition.key, version: definition.version, title: `派工单 ${n}`, status: 'completed',
        data: JSON.stringify({ workDone: `维修内容${n}` }), initiator_id: uid('lina'), initiator_department_id: null, owner_id: null, current_steps: '[]', revision: 1,
        started_at: at, ended_at: at, end_reason: null, last_urged_at: null,
      }).execute();
      const id = newId();
      await db.insertInto('aftersales_job').values({
        id, instance_id: instanceId, job_no: `PG${y}101500${n}`, customer_id: customer.id, equipment_id: null, clerk_id: uid('lina'), technician_id: uid(tech),
        engineer_called: 0, engineer_id: null, problem: '不制冷', address: '', contact_phone: '', skill: '', job_type: type,
        warranty_state: 'expired', status: 'closed', appointment_at: null, fee_fen: fee, receipt_no: fee > 0 ? `SJ${n}` : '', fee_verdict: 'ok', fee_diff_fen: 0,
        collected_at: null, cash_due_on: null, cash_late_from: null, handed_to_finance_at: null, penalty_posted_at: null, unfinished_reason: '',
        completed_at: at, created_at: at, updated_at: at,
      }).execute();
      return id;
    };
    // Default table: inspection 10.00 (fengtao), install 30.00 (zhangwei); lina 2.00 per job.
    const j1 = await job(1, 'install', 0, 'zhangwei');
    await job(2, 'inspection', 5_000, 'fengtao');
    return { uid, j1 };
  }
  const db = () => env().services.db;
  const handovers = async (month: string) => db().selectFrom('aftersales_monthend_handover').selectAll().where('month', '=', month).execute();
  const notices = async (c: TestClient) => ((await c.get('/api/notifications?pageSize=100')).body.items as { title: string; link: string | null }[]);
  const corrections = async (month: string) => db().selectFrom('aftersales_commission_correction').select('id').where('month', '=', month).execute();

  it('ASV-14 hand over → finance notified → month locked (409, nothing changed) → finance signs → returns with reason → correction allowed → handed again (history 2)', async () => {
    const { uid, j1 } = await seed(2022);
    const month = '2022-10';
    const liufang = await env().as('liufang');
    const zhulin = await env().as('zhulin');
    const zw = await env().as('zhangwei');
    expect((await zw.post('/api/aftersales/monthend/confirm', { month })).status).toBe(200);

    const before = (await liufang.get(`/api/aftersales/monthend/handover?month=${month}`)).body;
    expect(before).toMatchObject({ state: 'none', mayHandOver: true, current: null, history: [], comparison: null });

    // zhangwei 30.00 (confirmed), fengtao 10.00, lina 4.00 → 44.00, two unconfirmed (a warning, not a block).
    const h = await liufang.post('/api/aftersales/monthend/handover', { month, note: '十月提成表' });
    expect(h.status).toBe(200);
    expect(h.body).toMatchObject({ totalFen: 4_400, unconfirmedCount: 2 });
    const view = (await liufang.get(`/api/aftersales/monthend/handover?month=${month}`)).body;
    expect(view.state).toBe('handed');
    expect(view.current).toMatchObject({ handedByName: '刘芳', handedAt: '2026-11-23T02:00:00.000Z', note: '十月提成表', totalFen: 4_400, unconfirmedCount: 2, receivedAt: null });
    expect([...view.current.unconfirmed].sort()).toEqual(['冯涛', '李娜'].sort());
    expect(view.current.people.find((p: { userId: string }) => p.userId === uid('zhangwei'))).toMatchObject({ totalFen: 3_000, confirmed: true });
    expect(view.comparison).toMatchObject({ handedTotalFen: 4_400, currentTotalFen: 4_400, changed: false });

    // Every finance user is told, with a link to the month-end page; a technician is not.
    for (const c of [zhulin, await env().as('huanglihua'), await env().as('xuting')]) {
      const n = (await notices(c)).filter((x) => x.title.includes(month));
      expect(n).toEqual([expect.objectContaining({ title: `售后月末结算 ${month} 已交财务，请签收`, link: `/aftersales/month-end?month=${month}` })]);
    }
    expect((await notices(zw)).some((x) => x.title.includes(month))).toBe(false);

    // Locked: a correction and a confirmation are refused with when and by whom; nothing changes.
    const linesBefore = (await liufang.get(`/api/aftersales/monthend?month=${month}`)).body.lines;
    const bad = await liufang.post('/api/aftersales/monthend/corrections', { month, jobId: j1, userId: uid('zhangwei'), role: 'technician', amountFen: 2_500, reason: '核对' });
    expect(bad.status).toBe(409);
    expect(bad.body).toMatchObject({ code: 'aftersales.monthend.locked' });
    expect(bad.body.detail).toContain('已于 2026-11-23 10:00 由 刘芳 交财务');
    expect(await corrections(month)).toHaveLength(0);
    expect((await liufang.get(`/api/aftersales/monthend?month=${month}`)).body.lines).toEqual(linesBefore);
    const conf = await (await env().as('fengtao')).post('/api/aftersales/monthend/confirm', { month });
    expect(conf.status).toBe(409);
    expect(conf.body.detail).toContain('交财务');
    expect(await db().selectFrom('aftersales_commission_confirm').select('user_id').where('month', '=', month).execute()).toEqual([{ user_id: uid('zhangwei') }]);
    // The technician sees the hand-over on his own page.
    expect((await zw.get(`/api/aftersales/monthend/mine?month=${month}`)).body.handover).toMatchObject({ status: 'handed', handedByName: '刘芳' });
    // A second hand-over while one is in force is refused.
    expect((await liufang.post('/api/aftersales/monthend/handover', { month })).status).toBe(409);

    // Finance signs; signing twice is refused.
    env().clock.set('2026-11-23T02:20:00.000Z');
    expect((await zhulin.post('/api/aftersales/monthend/handover/receive', { month })).status).toBe(200);
    const twice = await zhulin.post('/api/aftersales/monthend/handover/receive', { month });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('aftersales.monthend.alreadyReceived');
    expect((await liufang.get(`/api/aftersales/monthend/handover?month=${month}`)).body).toMatchObject({ state: 'received', current: { receivedByName: '朱琳', receivedAt: '2026-11-23T02:20:00.000Z' } });
    expect((await notices(liufang)).some((x) => x.title === `售后月末结算 ${month} 财务已签收`)).toBe(true);
    const locked = await liufang.post('/api/aftersales/monthend/corrections', { month, jobId: j1, userId: uid('zhangwei'), role: 'technician', amountFen: 2_500, reason: '核对' });
    expect([locked.status, locked.body.code]).toEqual([409, 'aftersales.monthend.lockedReceived']);

    // After receipt the hander may not withdraw; finance must give a reason; nothing changes meanwhile.
    expect((await liufang.post('/api/aftersales/monthend/handover/reopen', { month, reason: '要改' })).status).toBe(403);
    const noReason = await zhulin.post('/api/aftersales/monthend/handover/reopen', { month, reason: '  ' });
    expect([noReason.status, noReason.body.code]).toEqual([400, 'aftersales.monthend.reopenReason']);
    expect((await handovers(month)).map((r) => [r.status, r.open_month])).toEqual([['received', month]]);

    const ret = await zhulin.post('/api/aftersales/monthend/handover/reopen', { month, reason: '张伟安装单提成有误，请更正后重交' });
    expect(ret.status).toBe(200);
    expect(ret.body.kind).toBe('return');
    expect((await notices(liufang)).some((x) => x.title === `售后月末结算 ${month} 被财务退回`)).toBe(true);
    expect((await liufang.get(`/api/aftersales/monthend/handover?month=${month}`)).body).toMatchObject({ state: 'none', current: null });

    // Open again: the correction lands and zhangwei confirms the new total.
    const ok = await liufang.post('/api/aftersales/monthend/corrections', { month, jobId: j1, userId: uid('zhangwei'), role: 'technician', amountFen: 2_500, reason: '财务退回后更正' });
    expect(ok.status).toBe(200);
    expect((await zw.post('/api/aftersales/monthend/confirm', { month })).body).toMatchObject({ totalFen: 2_500 });

    // Handed over again: a new record; the first keeps its receipt and its return with who and why.
    expect((await liufang.post('/api/aftersales/monthend/handover', { month })).body).toMatchObject({ totalFen: 3_900, unconfirmedCount: 2 });
    const again = (await liufang.get(`/api/aftersales/monthend/handover?month=${month}`)).body;
    expect(again.state).toBe('handed');
    expect(again.history).toHaveLength(2);
    expect(again.history[0]).toMatchObject({ inForce: true, status: 'handed', totalFen: 3_900 });
    expect(again.history[1]).toMatchObject({ inForce: false, status: 'reopened', totalFen: 4_400, receivedByName: '朱琳', reopenedByName: '朱琳', reopenReason: '张伟安装单提成有误，请更正后重交' });

    // A change of the commission table after the hand-over shows as a difference against the snapshot.
    const admin = await env().as('admin');
    expect((await admin.put('/api/aftersales/monthend/commission-table', { rates: [{ jobType: 'inspection', fixedFen: 1_500, feePercent: 0 }, { jobType: '*', fixedFen: 3_000, feePercent: 0 }] })).status).toBe(200);
    const cmp = (await liufang.get(`/api/aftersales/monthend/handover?month=${month}`)).body.comparison;
    expect(cmp).toMatchObject({ handedTotalFen: 3_900, currentTotalFen: 4_400, changed: true });
    expect(cmp.rows.find((r: { userId: string }) => r.userId === uid('fengtao'))).toMatchObject({ handedFen: 1_000, currentFen: 1_500, changed: true });
    expect(cmp.rows.find((r: { userId: string }) => r.userId === uid('zhangwei'))).toMatchObject({ handedFen: 2_500, currentFen: 2_500, changed: false });

    // The xlsx carries a 交接 sheet with the state.
    const x = await liufang.get(`/api/aftersales/monthend/export.xlsx?month=${month}&sheet=technician`);
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.raw as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['售后人员维修、客服提成表', '交接']);
    const ws = wb.getWorksheet('交接')!;
    expect(ws.getRow(2).values).toEqual([undefined, '交接状态', '已交财务，待财务签收']);
    expect(ws.getRow(3).values).toEqual([undefined, '交接人', '刘芳']);
  });

  it('ASV-14 bad input on the hand-over: clear 4xx and nothing changed; the hander withdraws before receipt', async () => {
    await seed(2021);
    const month = '2021-10';
    const liufang = await env().as('liufang');
    const zhulin = await env().as('zhulin');
    const noticeCount = async () => (await notices(zhulin)).length;
    const n0 = await noticeCount();

    expect((await liufang.post('/api/aftersales/monthend/handover', { month: '2021-13' })).status).toBe(400);
    expect((await liufang.post('/api/aftersales/monthend/handover', { month, extra: 1 })).status).toBe(400);
    const future = await liufang.post('/api/aftersales/monthend/handover', { month: '2026-12' });
    expect([future.status, future.body.code]).toEqual([400, 'aftersales.monthend.futureMonth']);
    expect(future.body.detail).toContain('2026-12');
    expect((await liufang.get('/api/aftersales/monthend/handover?month=2026-12')).body.mayHandOver).toBe(false);
    // A technician may not hand over, nor sign, nor reopen.
    const zw = await env().as('zhangwei');
    expect((await zw.post('/api/aftersales/monthend/handover', { month })).status).toBe(403);
    expect((await zw.post('/api/aftersales/monthend/handover/receive', { month })).status).toBe(403);
    // Without a hand-over there is nothing to sign or reopen; and only finance signs.
    expect((await zhulin.post('/api/aftersales/monthend/handover/receive', { month })).body.code).toBe('aftersales.monthend.notHanded');
    expect((await liufang.post('/api/aftersales/monthend/handover/reopen', { month, reason: 'x' })).status).toBe(409);
    expect(await handovers(month)).toHaveLength(0);
    expect(await handovers('2026-12')).toHaveLength(0);
    expect(await noticeCount()).toBe(n0);

    // Handed over; another month-end user (not the hander, not finance) may not reopen it; the
    // hander cannot sign for finance; the hander withdraws before receipt without a reason.
    expect((await liufang.post('/api/aftersales/monthend/handover', { month })).status).toBe(200);
    expect((await liufang.post('/api/aftersales/monthend/handover/receive', { month })).status).toBe(403);
    const other = await (await env().as('sunli')).post('/api/aftersales/monthend/handover/reopen', { month, reason: '想改' });
    expect([other.status, other.body.code]).toEqual([403, 'aftersales.monthend.reopenNotHander']);
    expect((await handovers(month)).map((r) => r.status)).toEqual(['handed']);
    const w = await liufang.post('/api/aftersales/monthend/handover/reopen', { month });
    expect([w.status, w.body.kind]).toEqual([200, 'withdraw']);
    expect((await handovers(month)).map((r) => [r.status, r.open_month, r.reopen_reason])).toEqual([['reopened', null, '']]);
    expect((await zhulin.post('/api/aftersales/monthend/handover/receive', { month })).status).toBe(409);

    // The current month may be handed over.
    expect((await liufang.post('/api/aftersales/monthend/handover', { month: '2026-11' })).status).toBe(200);
    expect((await liufang.post('/api/aftersales/monthend/handover/reopen', { month: '2026-11' })).status).toBe(200);
  });
});

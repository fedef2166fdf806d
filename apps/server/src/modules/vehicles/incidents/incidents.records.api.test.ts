import { expect, it } from 'vitest';
import { runDueJobs } from '../../../platform/jobs/jobs.js';
import { describeApi } from '../../../test/harness.js';
import { incidentsJobs } from './incidents.jobs.js';
import { PNG, ledgerOf, userId } from './incidents.test-helpers.js';

const ALL_OK = { documents: true, brakes: true, lights: true, oil: true, water: true, battery: true, tyres: true, clean: true };

describeApi('vehicles incidents records', (env) => {
  const count = async (table: 'vehicle_fine' | 'vehicle_daily_check' | 'vehicle_purchase' | 'vehicle_reimbursement_case' | 'ledger_entry') =>
    Number((await env().services.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('VEH-16 VEH-17 VEH-18 demo data: a finished repair above 200 yuan, an accident with a split, two violations, fines, checks', async () => {
    const c = await env().as('sunli');
    const repairs = (await c.get('/api/vehicles/incidents/repairs')).body;
    expect(repairs.some((r: { needsGm: boolean; status: string; actualCostFen: number }) => r.needsGm && r.status === 'done' && r.actualCostFen > 20_000)).toBe(true);
    const accidents = (await c.get('/api/vehicles/incidents/accidents')).body;
    expect(accidents.find((a: { status: string }) => a.status === 'done')).toMatchObject({ responsibility: 'minor', driverShareFen: 8_000, companyShareFen: 152_000 });
    expect((await c.get('/api/vehicles/incidents/violations')).body.filter((v: { status: string }) => v.status === 'done')).toHaveLength(2);
    const fines = (await c.get('/api/vehicles/incidents/fines')).body;
    expect(fines.map((f: { kind: string; fineFen: number }) => `${f.kind}:${f.fineFen}`).sort()).toEqual(['dirty:0', 'dirty:1000', 'handover:10000']);
    expect((await c.get('/api/vehicles/incidents/checks')).body.checks.length).toBeGreaterThanOrEqual(3);
  });

  it('VEH-14 hand-over fine: 100 yuan to the ledger unless the admin manager approved; only the admin specialist records it', async () => {
    const sunli = await env().as('sunli');
    const zq = await userId(env(), 'zhouqiang');
    const r = await sunli.post('/api/vehicles/incidents/fines', { kind: 'handover', plate: '浙A·D2H17', driverId: zq, occurredOn: '2026-11-25', notes: '交给朋友开' });
    expect(r.status).toBe(201);
    expect(r.body.fineFen).toBe(10_000);
    expect((await ledgerOf(env(), 'vehicles.handoverFine', r.body.id)).map((e) => [e.user_id, e.kind, Number(e.amount_fen), e.occurred_on])).toEqual([[zq, 'penalty', 10_000, '2026-11-25']]);
    const ok = await sunli.post('/api/vehicles/incidents/fines', { kind: 'handover', plate: '浙A·D2H17', driverId: zq, occurredOn: '2026-11-26', approvedByAdminManager: true });
    expect(ok.body.fineFen).toBe(0);
    expect(await ledgerOf(env(), 'vehicles.handoverFine', ok.body.id)).toEqual([]);
    expect((await (await env().as('zhouqiang')).post('/api/vehicles/incidents/fines', { kind: 'handover', plate: '浙A·D2H17', driverId: zq, occurredOn: '2026-11-25' })).status).toBe(403);
  });

  it('VEH-14 VEH-15 bad fines are refused with nothing recorded', async () => {
    const sunli = await env().as('sunli');
    const zq = await userId(env(), 'zhouqiang');
    const fines = await count('vehicle_fine');
    const ledger = await count('ledger_entry');
    const unknown = await sunli.post('/api/vehicles/incidents/fines', { kind: 'dirty', plate: '浙A·99999', driverId: zq, occurredOn: '2026-11-25' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('浙A·99999');
    const future = await sunli.post('/api/vehicles/incidents/fines', { kind: 'dirty', plate: '浙A·D2H17', driverId: zq, occurredOn: '2026-12-01' });
    expect(future.status).toBe(400);
    expect((await sunli.post('/api/vehicles/incidents/fines', { kind: 'dirty', plate: '浙A·D2H17', driverId: zq, occurredOn: '2026-11-25', extra: 1 })).status).toBe(400);
    expect(await count('vehicle_fine')).toBe(fines);
    expect(await count('ledger_entry')).toBe(ledger);
  });

  it('VEH-15 dirty car: first a warning, then 10 yuan per time while not improved; a wash starts over with a warning', async () => {
    const sunli = await env().as('sunli');
    const wg = await userId(env(), 'wugang');
    const dirty = (on: string) => sunli.post('/api/vehicles/incidents/fines', { kind: 'dirty', plate: '浙A·5C093', driverId: wg, occurredOn: on });
    const w = await dirty('2026-11-02');
    expect([w.body.fineFen, w.body.warningsBefore]).toEqual([0, 0]);
    expect(await ledgerOf(env(), 'vehicles.dirtyCarFine', w.body.id)).toEqual([]);
    const f1 = await dirty('2026-11-04');
    const f2 = await dirty('2026-11-05');
    expect([f1.body.fineFen, f2.body.fineFen]).toEqual([1_000, 1_000]);
    expect((await ledgerOf(env(), 'vehicles.dirtyCarFine', f2.body.id)).map((e) => [e.user_id, Number(e.amount_fen)])).toEqual([[wg, 1_000]]);
    // The retired van cannot be washed on record; use an active car for the wash rule.
    const act = (on: string) => sunli.post('/api/vehicles/incidents/fines', { kind: 'dirty', plate: '浙A·D2H17', driverId: wg, occurredOn: on });
    expect((await act('2026-11-10')).body.fineFen).toBe(0);
    const driver = await env().as('wugang');
    expect((await driver.post('/api/vehicles/incidents/washes', { plate: '浙A·D2H17', date: '2026-11-11' })).status).toBe(201);
    expect((await act('2026-11-13')).body.fineFen).toBe(0); // improved after the warning: a new warning, not a fine
    expect((await act('2026-11-14')).body.fineFen).toBe(1_000);
  });

  it('VEH-15 daily check: failing items need the problems; a problem may start a repair; one check per car and day', async () => {
    const driver = await env().as('zhouqiang');
    const checks = await count('vehicle_daily_check');
    const noProblems = await driver.post('/api/vehicles/incidents/checks', { plate: '浙A·3M728', items: { ...ALL_OK, lights: false } });
    expect(noProblems.status).toBe(400);
    expect(noProblems.body.detail).toContain('灯光');
    expect(await count('vehicle_daily_check')).toBe(checks);
    const r = await driver.post('/api/vehicles/incidents/checks', { plate: '浙A·3M728', items: { ...ALL_OK, lights: false }, problems: '左前大灯不亮', repairEstimateFen: 8_000 });
    expect(r.status).toBe(201);
    expect(r.body.repairInstanceId).toBeTruthy();
    const repair = await env().services.db.selectFrom('vehicle_repair').selectAll().where('instance_id', '=', r.body.repairInstanceId).executeTakeFirstOrThrow();
    expect([repair.daily_check_id, repair.problem, Number(repair.estimate_fen), repair.needs_gm]).toEqual([r.body.id, '左前大灯不亮', 8_000, 0]);
    const again = await driver.post('/api/vehicles/incidents/checks', { plate: '浙A·3M728', items: ALL_OK });
    expect(again.status).toBe(409);
    const board = (await driver.get('/api/vehicles/incidents/checks')).body;
    expect(board.cars.find((c: { plate: string }) => c.plate === '浙A3M728')).toMatchObject({ checkedToday: true, okToday: false });
    expect(board.cars.map((c: { plate: string }) => c.plate)).not.toContain('浙AF6Q39'); // not one of zhouqiang's cars
    expect((await (await env().as('sunli')).get('/api/vehicles/incidents/checks')).body.cars.map((c: { plate: string }) => c.plate)).toContain('浙AF6Q39');
    expect((await (await env().as('lina')).post('/api/vehicles/incidents/checks', { plate: '浙A·8K512', items: ALL_OK })).status).toBe(403);
    const xlsx = await (await env().as('sunli')).get('/api/vehicles/incidents/export/checks');
    expect(xlsx.status).toBe(200);
    expect(String(xlsx.headers['content-type'])).toContain('spreadsheetml');
  });

  it('VEH-15 end-of-workday job tells the admin specialist which cars have no check today, and weekly which were not washed for 7 days', async () => {
    const s = env().services;
    const sunliId = await userId(env(), 'sunli');
    env().clock.set('2026-11-27T09:00:00.000Z'); // 17:00 Beijing: not yet
    expect(await runDueJobs(s, incidentsJobs)).toEqual([]);
    env().clock.set('2026-11-27T09:31:00.000Z'); // 17:31 Beijing, a Friday workday
    expect((await runDueJobs(s, incidentsJobs)).sort()).toEqual(['vehicles.dailyCheckReminder', 'vehicles.washReminder']);
    const notes = await s.db.selectFrom('notification').select(['title', 'body']).where('user_id', '=', sunliId).where('link', '=', '/vehicles/incidents/checks').execute();
    const missing = notes.find((n) => n.title.startsWith('今日未做日检'));
    expect(missing?.body).toContain('浙A8K512');
    expect(missing?.body).not.toContain('浙A3M728'); // checked today in the test above
    expect(missing?.body).not.toContain('浙A5C093'); // retired
    const unwashed = notes.find((n) => n.title.includes('未清洗'));
    expect(unwashed?.body).toContain('浙A8K512（无清洗记录）');
    expect(unwashed?.body).not.toContain('浙A3M728（'); // washed yesterday (demo)
    expect(await runDueJobs(s, incidentsJobs)).toEqual([]); // once per slot
    env().clock.set('2026-11-28T09:31:00.000Z'); // Saturday: not a workday
    expect(await runDueJobs(s, incidentsJobs)).toEqual([]);
    env().clock.set('2026-11-27T02:00:00.000Z');
  });

  it('VEH-22 driver purchase: special items need three quotes; receipts not reimbursed the same day are flagged', async () => {
    const driver = await env().as('wugang');
    const n = await count('vehicle_purchase');
    const base = { boughtOn: '2026-11-26', item: '电钻', place: '五金市场', designatedPlace: false, amountFen: 35_000, handedTo: '维修部 罗军', registeredAs: 'tool' };
    const two = await driver.post('/api/vehicles/incidents/purchases', { ...base, category: 'special', quotes: [{ supplier: '甲五金', amountFen: 35_000 }, { supplier: '乙五金', amountFen: 36_000 }] });
    expect(two.status).toBe(400);
    expect(two.body.detail).toContain('2 家');
    expect(await count('vehicle_purchase')).toBe(n);
    const receipt = (await driver.upload('/api/attachments', '收据.png', PNG)).body.id;
    const ok = await driver.post('/api/vehicles/incidents/purchases', {
      ...base, category: 'special', receiptAttachmentId: receipt,
      quotes: [{ supplier: '甲五金', amountFen: 35_000 }, { supplier: '乙五金', amountFen: 36_000 }, { supplier: '丙五金', amountFen: 38_000 }],
    });
    expect(ok.status).toBe(201);
    const sunli = await env().as('sunli');
    expect((await sunli.get(`/api/attachments/${receipt}`)).status).toBe(200); // the admin specialist may read the receipt
    let row = (await sunli.get('/api/vehicles/incidents/purchases')).body.find((p: { id: string }) => p.id === ok.body.id);
    expect(row).toMatchObject({ late: true, reimbursedOn: null }); // bought yesterday, not reimbursed
    const early = await sunli.post(`/api/vehicles/incidents/purchases/${ok.body.id}/reimbursed`, { reimbursedOn: '2026-11-25' });
    expect(early.status).toBe(400);
    expect((await sunli.post(`/api/vehicles/incidents/purchases/${ok.body.id}/reimbursed`, { reimbursedOn: '2026-11-27' })).body.late).toBe(true);
    const same = await driver.post('/api/vehicles/incidents/purchases', { ...base, boughtOn: '2026-11-27', item: '玻璃水', category: 'regular', designatedPlace: true, amountFen: 2_500, registeredAs: 'consumable' });
    await sunli.post(`/api/vehicles/incidents/purchases/${same.body.id}/reimbursed`, {});
    row = (await sunli.get('/api/vehicles/incidents/purchases')).body.find((p: { id: string }) => p.id === same.body.id);
    expect(row).toMatchObject({ late: false, reimbursedOn: '2026-11-27' });
    expect((await sunli.get('/api/vehicles/incidents/export/purchases')).status).toBe(200);
  });

  it('VEH-21 an untruthful reimbursement is recorded for HR with the documents\' consequence (dismissal)', async () => {
    const driver = await env().as('zhouqiang');
    const p = await driver.post('/api/vehicles/incidents/purchases', { boughtOn: '2026-11-27', item: '洗车液', category: 'regular', place: '指定超市', designatedPlace: true, amountFen: 9_900 });
    const sunli = await env().as('sunli');
    expect((await driver.post('/api/vehicles/incidents/cases', { kind: 'purchase', purchaseId: p.body.id, description: 'x' })).status).toBe(403);
    const r = await sunli.post('/api/vehicles/incidents/cases', { kind: 'purchase', purchaseId: p.body.id, description: '收据金额与超市记录不符（实际 39.90 元）' });
    expect(r.status).toBe(201);
    expect((await sunli.post('/api/vehicles/incidents/cases', { kind: 'purchase', purchaseId: p.body.id, description: '再次' })).status).toBe(409);
    const hr = await env().as('zhengxiuying');
    const cases = (await hr.get('/api/vehicles/incidents/cases')).body;
    expect(cases[0]).toMatchObject({ driverName: '周强', kind: 'purchase' });
    expect(cases[0].consequence).toContain('开除处理');
    const notes = (await hr.get('/api/notifications')).body;
    expect(JSON.stringify(notes)).toContain('报销不实：周强');
    const n = await count('vehicle_reimbursement_case');
    expect((await sunli.post('/api/vehicles/incidents/cases', { kind: 'fuel', driverId: 'nobody', description: '加油票据虚开' })).status).toBe(400);
    expect(await count('vehicle_reimbursement_case')).toBe(n);
    // Others see only their own records.
    expect((await (await env().as('wugang')).get('/api/vehicles/incidents/cases')).body).toEqual([]);
  });
});

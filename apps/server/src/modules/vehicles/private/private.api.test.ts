import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeApi, type TestEnv } from '../../../test/harness.js';
import { runDueJobs } from '../../../platform/jobs/jobs.js';
import { motorcycleAllowanceJob } from './private.allowance.js';

async function uid(env: TestEnv, username: string): Promise<string> {
  return (await env.services.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}

async function ledgerOf(env: TestEnv, source: string, sourceId?: string) {
  let q = env.services.db.selectFrom('ledger_entry').selectAll().where('source', '=', source);
  if (sourceId) q = q.where('source_id', '=', sourceId);
  return q.execute();
}

/** Registers a vehicle for `username` and has the admin specialist approve it. */
async function registered(env: TestEnv, username: string, plate: string, vehicleType: 'car' | 'motorcycle') {
  const c = await env.as(username);
  const r = await c.post('/api/vehicles/private/vehicles', { plate, vehicleType, model: vehicleType === 'car' ? '丰田 卡罗拉' : '五羊本田 125', licenceNo: '330100199001011234' });
  expect(r.status).toBe(201);
  const admin = await env.as('sunli');
  expect((await admin.post(`/api/vehicles/private/vehicles/${r.body.id}/review`, { approve: true })).status).toBe(200);
  return { c, id: r.body.id as string };
}

// The fake clock starts on 2026-11-27 10:00 Beijing.
describeApi('vehicles private (VEH-9)', (env) => {
  it('VEH-9 附表13 registration: own vehicle, pending until the admin specialist approves; duplicate plate and bad plate refused', async () => {
    const c = await env().as('luojun');
    const bad = await c.post('/api/vehicles/private/vehicles', { plate: 'AB12', vehicleType: 'car', model: '本田 思域', licenceNo: '330' });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('AB12');
    const a = await c.post('/api/vehicles/private/vehicles', { plate: '浙A·R5521', vehicleType: 'car', model: '本田 思域', licenceNo: '330100199203031111', insuranceExpiry: '2027-05-01' });
    expect(a.status).toBe(201);
    const mine = (await c.get('/api/vehicles/private/vehicles')).body;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ plate: '浙AR5521', status: 'pending', registeredOn: '2026-11-27', ownerName: '罗军' });
    // A pending registration cannot be used yet.
    const early = await c.post('/api/vehicles/private/uses', { useDate: '2026-11-27', privateVehicleId: a.body.id, fromPlace: '公司', toPlace: '客户家', purpose: '维修', distanceKm: 5 });
    expect(early.status).toBe(400);
    expect(early.body.code).toBe('vehicles.private.notApprovedVehicle');
    const other = await env().as('liangyong');
    const dup = await other.post('/api/vehicles/private/vehicles', { plate: '浙a r 5521', vehicleType: 'car', model: '别的车', licenceNo: '3301' });
    expect(dup.status).toBe(409);
    expect(dup.body.detail).toContain('浙AR5521');
    // Nobody else's vehicles show; an employee may not approve, nor register for someone else.
    expect((await other.get('/api/vehicles/private/vehicles')).body).toEqual([]);
    expect((await c.post(`/api/vehicles/private/vehicles/${a.body.id}/review`, { approve: true })).status).toBe(403);
    expect((await c.post('/api/vehicles/private/vehicles', { ownerId: await uid(env(), 'liangyong'), plate: '浙A·R5522', vehicleType: 'car', model: 'x', licenceNo: 'y' })).status).toBe(403);
    const admin = await env().as('sunli');
    expect((await admin.post(`/api/vehicles/private/vehicles/${a.body.id}/review`, { approve: false })).status).toBe(400); // a rejection needs a reason
    expect((await admin.post(`/api/vehicles/private/vehicles/${a.body.id}/review`, { approve: true, note: '证件齐全' })).status).toBe(200);
    expect((await c.get('/api/vehicles/private/vehicles')).body[0]).toMatchObject({ status: 'approved', reviewerName: '孙丽' });
    const audit = await env().services.db.selectFrom('audit_log').select('action').where('entity_id', '=', a.body.id).execute();
    expect(audit.map((x) => x.action).sort()).toEqual(['vehicles.private.approve', 'vehicles.private.register']);
  });

  it('VEH-9 附表14 use: bad input refused (future date, negative distance, unregistered or someone else\'s vehicle); the admin manager approves and the subsidy is posted to the ledger once', async () => {
    const { c, id } = await registered(env(), 'liangyong', '浙A·L7710', 'car');
    const base = { useDate: '2026-11-26', privateVehicleId: id, fromPlace: '公司', toPlace: '西湖区 客户家', purpose: '上门维修', distanceKm: 8.4 };
    const future = await c.post('/api/vehicles/private/uses', { ...base, useDate: '2026-11-28' });
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('vehicles.private.futureDate');
    expect(future.body.detail).toContain('2026-11-28');
    const neg = await c.post('/api/vehicles/private/uses', { ...base, distanceKm: -3 });
    expect(neg.status).toBe(400);
    expect(neg.body.detail).toContain('-3');
    expect((await c.post('/api/vehicles/private/uses', { ...base, distanceKm: 0 })).status).toBe(400);
    expect((await c.post('/api/vehicles/private/uses', { ...base, privateVehicleId: 'no-such-vehicle' })).status).toBe(400);
    const zwCar = (await env().services.db.selectFrom('private_vehicle').select('id').where('plate', '=', '浙A7N2K5').executeTakeFirstOrThrow()).id;
    const notMine = await c.post('/api/vehicles/private/uses', { ...base, privateVehicleId: zwCar });
    expect(notMine.status).toBe(400);
    expect(notMine.body.code).toBe('vehicles.private.vehicleNotOwned');
    expect((await c.post('/api/vehicles/private/uses', { ...base, useDate: '2026-11-20' })).body.code).toBe('vehicles.private.beforeRegistration');
    const before = (await env().services.db.selectFrom('private_vehicle_use').select('id').execute()).length;
    expect(before).toBeGreaterThan(0);

    const today = await c.post('/api/vehicles/private/uses', { ...base, useDate: '2026-11-27' });
    expect(today.status).toBe(201);
    const lf = await env().as('liufang');
    expect((await lf.get('/api/vehicles/private/me')).body.canApprove).toBe(true);
    // The admin manager sees every registration (a plain department head only his department's).
    expect((await lf.get('/api/vehicles/private/vehicles')).body.map((v: { plate: string }) => v.plate)).toEqual(expect.arrayContaining(['浙AL7710', '浙A7N2K5']));
    expect((await (await env().as('songjia')).get('/api/vehicles/private/vehicles')).body).toEqual([]);
    const queue = (await lf.get('/api/vehicles/private/uses?toApprove=true')).body;
    expect(queue.map((x: { id: string }) => x.id)).toContain(today.body.id);
    // Only the admin manager approves: not the employee, not another department head.
    expect((await c.post(`/api/vehicles/private/uses/${today.body.id}/review`, { approve: true })).status).toBe(403);
    const songjia = await env().as('songjia');
    expect((await songjia.get('/api/vehicles/private/uses?toApprove=true')).body).toEqual([]);
    expect((await songjia.post(`/api/vehicles/private/uses/${today.body.id}/review`, { approve: true })).body.code).toBe('vehicles.private.notApprover');
    expect((await lf.post(`/api/vehicles/private/uses/${today.body.id}/review`, { approve: true, amountFen: 5_000 })).body.code).toBe('vehicles.private.amountNotAllowed');
    expect((await lf.post(`/api/vehicles/private/uses/${today.body.id}/review`, { approve: true })).status).toBe(200);
    expect((await lf.post(`/api/vehicles/private/uses/${today.body.id}/review`, { approve: true })).status).toBe(409);
    const posted = await ledgerOf(env(), 'vehicles.privateUse', today.body.id);
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ kind: 'subsidy', month: '2026-11', occurred_on: '2026-11-27', user_id: await uid(env(), 'liangyong') });
    expect(Number(posted[0]!.amount_fen)).toBe(1_000);
    const row = (await c.get('/api/vehicles/private/uses?month=2026-11')).body.find((x: { id: string }) => x.id === today.body.id);
    expect(row).toMatchObject({ status: 'approved', subsidyFen: 1_000, subsidyRule: 'urban', approverName: '刘芳', distanceKm: 8.4 });
    const mine = (await c.get('/api/ledger/mine?month=2026-11')).body;
    expect(mine.totals.subsidyFen).toBe(1_000);

    // A suburb use (10–50 km) earns 30 yuan; a rejected one earns nothing and needs a reason.
    const suburb = await c.post('/api/vehicles/private/uses', { ...base, useDate: '2026-11-27', distanceKm: 32 });
    await lf.post(`/api/vehicles/private/uses/${suburb.body.id}/review`, { approve: true });
    expect(Number((await ledgerOf(env(), 'vehicles.privateUse', suburb.body.id))[0]!.amount_fen)).toBe(3_000);
    const wrong = await c.post('/api/vehicles/private/uses', { ...base, useDate: '2026-11-27', distanceKm: 3 });
    expect((await lf.post(`/api/vehicles/private/uses/${wrong.body.id}/review`, { approve: false })).status).toBe(400);
    expect((await lf.post(`/api/vehicles/private/uses/${wrong.body.id}/review`, { approve: false, note: '当日公司车辆可派' })).status).toBe(200);
    expect(await ledgerOf(env(), 'vehicles.privateUse', wrong.body.id)).toHaveLength(0);
  });

  it('VEH-9 over 50 km: the admin manager must set the amount, which is what the ledger pays', async () => {
    const { c, id } = await registered(env(), 'xuwenbo', '浙A·X8801', 'car');
    const far = await c.post('/api/vehicles/private/uses', { useDate: '2026-11-27', privateVehicleId: id, fromPlace: '公司', toPlace: '建德市 新安江街道 项目现场', purpose: '设备抢修', distanceKm: 120 });
    expect(far.status).toBe(201);
    const lf = await env().as('liufang');
    const noAmount = await lf.post(`/api/vehicles/private/uses/${far.body.id}/review`, { approve: true });
    expect(noAmount.status).toBe(400);
    expect(noAmount.body.code).toBe('vehicles.private.amountRequired');
    expect(noAmount.body.detail).toContain('120');
    expect((await lf.post(`/api/vehicles/private/uses/${far.body.id}/review`, { approve: true, amountFen: -100 })).status).toBe(400);
    expect((await lf.post(`/api/vehicles/private/uses/${far.body.id}/review`, { approve: true, amountFen: 12_000, note: '按实际路程核定' })).status).toBe(200);
    const e = await ledgerOf(env(), 'vehicles.privateUse', far.body.id);
    expect(Number(e[0]!.amount_fen)).toBe(12_000);
    const row = (await c.get('/api/vehicles/private/uses')).body.find((x: { id: string }) => x.id === far.body.id);
    expect(row).toMatchObject({ subsidyFen: 12_000, subsidyRule: 'overSuburbLimit' });
  });

  it('VEH-9 motorcycle: uses earn no per-use pay; the 220-yuan allowance is posted once per employee per month (approval, HR action, monthly job)', async () => {
    const rider = await uid(env(), 'liangyong');
    const ledgerForRider = async () => (await ledgerOf(env(), 'vehicles.motorcycleAllowance')).filter((e) => e.user_id === rider);
    expect(await ledgerForRider()).toHaveLength(0);
    const { c, id } = await registered(env(), 'liangyong', '浙A·M9012', 'motorcycle');
    let posted = await ledgerForRider();
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ month: '2026-11', source_id: '2026-11', kind: 'subsidy' });
    expect(Number(posted[0]!.amount_fen)).toBe(22_000);
    const use = await c.post('/api/vehicles/private/uses', { useDate: '2026-11-27', privateVehicleId: id, fromPlace: '公司', toPlace: '转塘', purpose: '维修', distanceKm: 18 });
    const lf = await env().as('liufang');
    expect((await lf.post(`/api/vehicles/private/uses/${use.body.id}/review`, { approve: true })).status).toBe(200);
    expect(await ledgerOf(env(), 'vehicles.privateUse', use.body.id)).toHaveLength(0);
    // HR's "post this month" and the job do not post the month twice.
    const hr = await env().as('zhengxiuying');
    const again = await hr.post('/api/vehicles/private/allowance', { month: '2026-11' });
    expect(again.status).toBe(200);
    expect(again.body.posted).toBe(0);
    expect((await hr.post('/api/vehicles/private/allowance', { month: '2026-12' })).body.code).toBe('vehicles.private.futureMonth');
    expect((await hr.post('/api/vehicles/private/allowance', { month: '2026-13' })).status).toBe(400);
    expect((await c.post('/api/vehicles/private/allowance', { month: '2026-11' })).status).toBe(403);
    const s = env().services;
    await runDueJobs(s, [motorcycleAllowanceJob]);
    await runDueJobs(s, [motorcycleAllowanceJob]);
    expect(await ledgerForRider()).toHaveLength(1);
    // Next month the job posts December once, for this rider and the demo rider.
    env().clock.set('2026-12-01T01:00:00.000Z');
    try {
      expect(await runDueJobs(s, [motorcycleAllowanceJob])).toEqual(['vehicles.motorcycleAllowance']);
      expect(await runDueJobs(s, [motorcycleAllowanceJob])).toEqual([]);
      posted = await ledgerForRider();
      expect(posted.map((e) => e.month).sort()).toEqual(['2026-11', '2026-12']);
      const dec = await s.db.selectFrom('ledger_entry').select('user_id').where('source', '=', 'vehicles.motorcycleAllowance').where('month', '=', '2026-12').execute();
      expect(dec).toHaveLength(2);
      // A withdrawn motorcycle earns nothing from the month after.
      const c2 = await env().as('liangyong');
      expect((await c2.post(`/api/vehicles/private/vehicles/${id}/withdraw`, { on: '2026-12-01' })).status).toBe(200);
      env().clock.set('2027-01-02T01:00:00.000Z');
      await runDueJobs(s, [motorcycleAllowanceJob]);
      expect((await ledgerForRider()).map((e) => e.month).sort()).toEqual(['2026-11', '2026-12']);
    } finally {
      env().clock.set('2026-11-27T02:00:00.000Z');
    }
  });

  it('VEH-9 registers export to xlsx with the forms\' columns, and the demo ledger shows subsidies for the last two months', async () => {
    const admin = await env().as('sunli');
    const res = await admin.get('/api/vehicles/private/uses/export.xlsx?month=2026-10');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 10)).toEqual(['日期', '姓名', '部门', '车牌号', '车辆类型', '出发地', '目的地', '事由', '里程（公里）', '补贴（元）']);
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => { if (n > 1) rows.push((row.values as unknown[]).slice(1)); });
    const api = (await admin.get('/api/vehicles/private/uses?month=2026-10')).body;
    expect(rows).toHaveLength(api.length);
    const paid = rows.reduce((t, r) => t + Math.round(Number(r[9] ?? 0) * 100), 0);
    expect(paid).toBe(api.reduce((t: number, x: { subsidyFen: number | null }) => t + (x.subsidyFen ?? 0), 0));
    expect(paid).toBeGreaterThan(0);
    const reg = await admin.get('/api/vehicles/private/vehicles/export.xlsx');
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(reg.raw as unknown as ArrayBuffer);
    expect((wb2.worksheets[0]!.getRow(1).values as unknown[]).slice(1, 6)).toEqual(['车主姓名', '部门', '车牌号', '车辆类型', '品牌型号']);
    const hr = await env().as('zhengxiuying');
    for (const month of ['2026-10', '2026-11']) {
      const sum = (await hr.get(`/api/ledger/summary?month=${month}`)).body;
      const zw = sum.rows.find((r: { username: string }) => r.username === 'zhangwei');
      expect(zw.subsidyFen, month).toBeGreaterThan(0);
      expect(sum.rows.find((r: { username: string }) => r.username === 'caoyang').subsidyFen, month).toBe(22_000);
    }
  });
});

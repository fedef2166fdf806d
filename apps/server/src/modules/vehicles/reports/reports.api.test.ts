import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { newId } from '../../../ports/ids.js';
import { describeApi, type TestEnv } from '../../../test/harness.js';

const BJ = (local: string) => new Date(`${local}+08:00`).toISOString();

async function ids(env: TestEnv) {
  const db = env.services.db;
  const user = async (u: string) => (await db.selectFrom('app_user').select('id').where('username', '=', u).executeTakeFirstOrThrow()).id;
  const dept = async (code: string) => (await db.selectFrom('department').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  return { zq: await user('zhouqiang'), lina: await user('lina'), zhangwei: await user('zhangwei'), sunli: await user('sunli'), cs: await dept('cs'), aftersales: await dept('aftersales') };
}

/** A car with March–May 2025 history written straight into the other parts' tables. */
async function seed(env: TestEnv): Promise<{ carId: string; cs: string; aftersales: string }> {
  const db = env.services.db;
  const u = await ids(env);
  const c = await env.as('sunli');
  const car = await c.post('/api/vehicles', { plate: '浙A·RP001', model: '报表测试车' });
  const carId: string = car.body.id;
  const now = env.clock.now().toISOString();
  const trip = (departed: string, km: number | null, dept: string, user: string, extra: Partial<{ status: 'returned' | 'cancelled'; odometer_start_km: number; odometer_end_km: number }> = {}) => ({
    id: newId(), vehicle_id: carId, driver_id: u.zq, user_id: user, department_id: dept, purpose: '客户现场', route: '', destination: '萧山',
    planned_start: BJ(departed), planned_end: BJ(departed), departed_at: BJ(departed), returned_at: BJ(departed), odometer_start_km: null, odometer_end_km: null,
    distance_km: km, status: 'returned' as const, backfill: 0, carpool_group: null, passengers: 1, key_log_id: null, notes: '', created_by: u.sunli, created_at: now, updated_at: now, ...extra,
  });
  await db.insertInto('vehicle_trip').values([
    trip('2025-03-03T09:00:00', 400, u.cs, u.lina),
    trip('2025-03-12T09:00:00', 400, u.cs, u.lina),
    trip('2025-03-31T23:30:00', 400, u.cs, u.lina), // 23:30 Beijing on 03-31 is still March
    trip('2025-04-08T09:00:00', 300, u.aftersales, u.zhangwei),
    trip('2025-04-20T09:00:00', null, u.aftersales, u.zhangwei, { odometer_start_km: 11_600, odometer_end_km: 12_100 }),
    trip('2025-04-21T09:00:00', 999, u.aftersales, u.zhangwei, { status: 'cancelled' }),
  ]).execute();
  const fuel = (at: string, odo: number, liters: number, payment: 'card' | 'cash') => ({
    id: newId(), vehicle_id: carId, trip_id: null, driver_id: u.zq, fueled_at: BJ(at), liters, amount_fen: Math.round(liters * 750), payment,
    fuel_card_no: null, odometer_km: odo, receipt_attachment_id: null, anomalous: 0, anomaly_reasons: '[]', per_100km: null, created_by: u.sunli, created_at: now,
  });
  await db.insertInto('vehicle_fuel').values([
    fuel('2025-02-25T10:00:00', 10_000, 40, 'card'), // before the range: the base reading
    fuel('2025-03-10T10:00:00', 10_500, 40, 'card'), // 8.0 L/100 km
    fuel('2025-03-25T10:00:00', 11_000, 41, 'card'), // 8.2
    fuel('2025-04-10T10:00:00', 11_500, 60, 'card'), // 12.0 against a usual 8.0: +50 %
    fuel('2025-04-25T10:00:00', 12_000, 39, 'cash'), // 7.8, but cash
  ]).execute();
  await db.insertInto('vehicle_repair').values({
    id: newId(), instance_id: newId(), vehicle_id: carId, reporter_id: u.zq, problem: '刹车片', estimate_fen: 30_000, needs_gm: 1, actual_cost_fen: 35_000,
    invoice_attachment_id: null, daily_check_id: null, status: 'done', opened_at: BJ('2025-04-14T09:00:00'), closed_at: BJ('2025-04-15T16:00:00'),
  }).execute();
  const hired = (date: string, fen: number) => ({ id: newId(), instance_id: newId(), department_id: u.cs, requester_id: u.lina, date, amount_fen: fen, start: '公司', end: '机场', purpose: '送货', invoice_attachment_id: null, created_at: now });
  await db.insertInto('vehicle_hired_transport').values([hired('2025-03-12', 20_000), hired('2025-05-02', 15_000)]).execute();
  return { carId, cs: u.cs, aftersales: u.aftersales };
}

describeApi('vehicles reports', (env) => {
  let data: { carId: string; cs: string; aftersales: string };

  it('VEH-5 the fuel anomaly report flags cash fueling and a consumption far from the car\'s usual, and nothing else', async () => {
    data = await seed(env());
    const gm = await env().as('chenzhiqiang');
    const r = await gm.get(`/api/vehicles/reports?from=2025-03&to=2025-05&vehicleId=${data.carId}`);
    expect(r.status).toBe(200);
    expect(r.body.scope).toBe('all');
    const a = r.body.fuelAnomalies;
    expect(a).toHaveLength(2);
    expect(a[0]).toMatchObject({ plate: '浙ARP001', payment: 'cash', reasons: ['cashFueling'], reasonText: '现金加油', liters: 39, amountFen: 29_250, km: 500, driverName: '周强' });
    expect(a[1]).toMatchObject({ reasons: ['consumptionHigh'], reasonText: '油耗偏高', km: 500, per100Km: 12, usualPer100Km: 8 });
    expect(r.body.tolerancePercent).toBe(25);
  });

  it('VEH-5 per car: trips, km, fuel litres and amount, L/100 km, fuel cost per 100 km, repairs; cancelled trips and earlier fuel do not count', async () => {
    const gm = await env().as('liufang'); // the admin manager heads the department that runs the cars
    const r = (await gm.get(`/api/vehicles/reports?from=2025-03&to=2025-05&vehicleId=${data.carId}`)).body;
    expect(r.scope).toBe('all');
    expect(r.cars).toEqual([expect.objectContaining({
      plate: '浙ARP001', trips: 5, km: 2_000, fuelLiters: 180, fuelAmountFen: 135_000, litersPer100Km: 9, fuelFenPer100Km: 6_750,
      repairs: 1, repairsFen: 35_000, fuelAnomalies: 2,
    })]);
    expect(r.byMonth).toEqual([
      { month: '2025-03', trips: 3, km: 1_200, fuelLiters: 81, fuelAmountFen: 60_750, repairsFen: 0, hiredFen: 0 },
      { month: '2025-04', trips: 2, km: 800, fuelLiters: 99, fuelAmountFen: 74_250, repairsFen: 35_000, hiredFen: 0 },
      { month: '2025-05', trips: 0, km: 0, fuelLiters: 0, fuelAmountFen: 0, repairsFen: 0, hiredFen: 0 },
    ]);
  });

  it('VEH-8 per department and month: trips, km and hired transport cost', async () => {
    const gm = await env().as('chenzhiqiang');
    const r = (await gm.get('/api/vehicles/reports?from=2025-03&to=2025-05')).body;
    expect(r.byDepartment.find((d: { departmentName: string }) => d.departmentName === '客服部')).toMatchObject({ trips: 3, km: 1_200, hired: 2, hiredFen: 35_000 });
    expect(r.byDepartment.find((d: { departmentName: string }) => d.departmentName === '售后服务部')).toMatchObject({ trips: 2, km: 800, hired: 0, hiredFen: 0 });
    expect(r.byMonth.map((m: { hiredFen: number }) => m.hiredFen)).toEqual([20_000, 0, 15_000]);
    const onlyCs = (await gm.get(`/api/vehicles/reports?from=2025-03&to=2025-05&departmentId=${data.cs}`)).body;
    expect(onlyCs.byDepartment.map((d: { departmentName: string }) => d.departmentName)).toEqual(['客服部']);
    expect(onlyCs.carCosts).toBe(false); // fuel and repairs are a car's costs, not a department's
  });

  it('VEH-5 record rules: a department head sees only his department, without car costs; employees and drivers see nothing', async () => {
    const head = await env().as('songjia'); // 客服部主管
    const r = await head.get('/api/vehicles/reports?from=2025-03&to=2025-05');
    expect(r.status).toBe(200);
    expect(r.body.scope).toBe('department');
    expect(r.body.byDepartment.map((d: { departmentName: string }) => d.departmentName)).toEqual(['客服部']);
    expect(r.body.cars.find((c: { plate: string }) => c.plate === '浙ARP001')).toMatchObject({ trips: 3, km: 1_200, fuelLiters: null, repairsFen: null });
    expect(r.body.fuelAnomalies).toEqual([]);
    const other = await head.get(`/api/vehicles/reports?departmentId=${data.aftersales}`);
    expect(other.status).toBe(403);
    expect(other.body.detail).toContain('售后服务部');
    expect((await (await env().as('hubin')).get('/api/vehicles/reports')).status).toBe(403);
    expect((await (await env().as('zhouqiang')).get('/api/vehicles/reports')).status).toBe(403);
    expect((await (await env().as('sunli')).get('/api/vehicles/reports')).status).toBe(200);
  });

  it('VEH-5 X-2 each report exports to xlsx with Chinese headers and yuan amounts', async () => {
    const c = await env().as('sunli');
    const exp = await c.get(`/api/vehicles/reports/export.xlsx?report=fuel&from=2025-03&to=2025-05&vehicleId=${data.carId}`);
    expect(exp.status).toBe(200);
    expect(String(exp.headers['content-disposition'])).toContain(encodeURIComponent('加油异常'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exp.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).filter(Boolean)).toEqual(expect.arrayContaining(['加油时间', '车牌号', '金额(元)', '异常原因', '该车平常油耗(L)']));
    const rows = [2, 3].map((i) => (ws.getRow(i).values as unknown[]).filter((v) => v !== undefined));
    expect(rows.flat()).toEqual(expect.arrayContaining(['现金加油', '油耗偏高', 292.5, '现金']));
    for (const report of ['cars', 'departments', 'months']) {
      const x = await c.get(`/api/vehicles/reports/export.xlsx?report=${report}&from=2025-03&to=2025-05`);
      expect(x.status, report).toBe(200);
    }
    const cars = new ExcelJS.Workbook();
    await cars.xlsx.load((await c.get(`/api/vehicles/reports/export.xlsx?report=cars&from=2025-03&to=2025-05&vehicleId=${data.carId}`)).raw as unknown as ArrayBuffer);
    expect((cars.worksheets[0]!.getRow(2).values as unknown[]).filter((v) => v !== undefined)).toEqual(expect.arrayContaining(['浙ARP001', 1350, 350, 67.5]));
  });

  it('bad filters are a 400 naming the value; nothing is guessed', async () => {
    const c = await env().as('sunli');
    expect((await c.get('/api/vehicles/reports?from=2025-13')).status).toBe(400);
    const rev = await c.get('/api/vehicles/reports?from=2025-06&to=2025-03');
    expect(rev.status).toBe(400);
    expect(rev.body.code).toBe('vehicles.reports.invalidRange');
    expect(rev.body.detail).toContain('2025-06');
    expect((await c.get('/api/vehicles/reports?from=2020-01&to=2025-03')).body.code).toBe('vehicles.reports.rangeTooLong');
    expect((await c.get('/api/vehicles/reports?month=2025-03')).status).toBe(400);
    expect((await c.get('/api/vehicles/reports/export.xlsx?report=nope')).status).toBe(400);
    const d = (await c.get('/api/vehicles/reports')).body; // default: the last 12 months to this month
    expect(d.months).toHaveLength(12);
    expect(d.to).toBe('2026-11');
  });
});

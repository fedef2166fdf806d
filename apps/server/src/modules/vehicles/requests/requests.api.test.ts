import { expect, it } from 'vitest';
import { describeApi, type TestClient, type TestEnv } from '../../../test/harness.js';

const KEY = 'vehicles.car_request';
const bj = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`).toISOString();

function form(over: Record<string, unknown> = {}) {
  return {
    purpose: '外出公差', purposeText: '客户现场', urgent: false, cargo: '乘车人员', passengers: 1,
    startAt: bj('2026-10-12', '09:00'), endAt: bj('2026-10-12', '11:00'), origin: '公司', destination: '萧山', direction: '东', distanceKm: 20, route: '公司—萧山',
    ...over,
  };
}

async function todo(c: TestClient, instanceId: string) {
  const d = (await c.get(`/api/instances/${instanceId}`)).body;
  const t = d.myActions?.tasks?.[0];
  if (!t) throw new Error(`no task; current steps ${JSON.stringify(d.currentSteps)}`);
  return t as { taskId: string; stepId: string };
}

async function counts(env: TestEnv) {
  const n = async (t: 'vehicle_request' | 'vehicle_trip' | 'vehicle_fuel' | 'process_instance' | 'vehicle_key_log') =>
    Number((await env.services.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { requests: await n('vehicle_request'), trips: await n('vehicle_trip'), fuel: await n('vehicle_fuel'), instances: await n('process_instance'), keys: await n('vehicle_key_log') };
}

describeApi('vehicles: car requests and dispatch', (env) => {
  const ids: Record<string, string> = {};
  const car = async (part: string) => ((await (await env().as('sunli')).get('/api/vehicles')).body as { id: string; plate: string }[]).find((v) => v.plate.includes(part))!.id;
  const user = async (username: string) => {
    if (!ids[username]) ids[username] = (await env().services.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
    return ids[username]!;
  };
  /** Starts a request as `username` and has his manager approve it; returns the instance id. */
  async function approved(username: string, manager: string, data: Record<string, unknown>) {
    const c = await env().as(username);
    const r = await c.post('/api/instances', { processKey: KEY, data });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const m = await env().as(manager);
    const t = await todo(m, r.body.instanceId);
    expect(t.stepId).toBe('manager');
    expect((await m.post(`/api/tasks/${t.taskId}/actions/approve`, { comment: '同意' })).status).toBe(200);
    return r.body.instanceId as string;
  }
  const requestOf = async (instanceId: string) =>
    env().services.db.selectFrom('vehicle_request').selectAll().where('instance_id', '=', instanceId).executeTakeFirstOrThrow();

  it('demo data: an urgent goods and a passenger request awaiting dispatch as a carpool, a dispatched trip, two months of trips with one cash fueling', async () => {
    const db = env().services.db;
    const board = (await (await env().as('sunli')).get('/api/vehicles/dispatch/board')).body;
    expect(board.requests.length).toBe(2);
    expect(board.requests[0]).toMatchObject({ urgent: true, cargoKind: 'goods' });
    expect(board.carpools).toEqual([board.requests.map((r: { id: string }) => r.id)]);
    expect(board.trips.length).toBe(1);
    const returned = await db.selectFrom('vehicle_trip').select('id').where('status', '=', 'returned').execute();
    expect(returned.length).toBeGreaterThanOrEqual(15);
    const fuel = await db.selectFrom('vehicle_fuel').select(['payment', 'anomalous']).execute();
    expect(fuel.filter((f) => f.payment === 'cash')).toEqual([{ payment: 'cash', anomalous: 1 }]);
    expect(fuel.length).toBeGreaterThanOrEqual(4);
  });

  it('VEH-2 an employee without goods is refused at start with the advice (public transport / own vehicle); nothing is created', async () => {
    const lina = await env().as('lina');
    const before = await counts(env());
    const r = await lina.post('/api/instances', { processKey: KEY, data: form({ purpose: '其他员工外出' }) });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('vehicles.req.refused');
    expect(r.body.detail).toContain('公共交通');
    expect(r.body.detail).toContain('自备交通工具');
    expect(await counts(env())).toEqual(before);
    // With goods the same employee gets a car.
    const ok = await lina.post('/api/instances', { processKey: KEY, data: form({ purpose: '其他员工外出', cargo: '拉运货物', goodsDesc: '样品两箱' }) });
    expect(ok.status).toBe(201);
  });

  it('VEH-7 a long passenger trip is refused; a long goods trip goes with the public-transport advice for passengers', async () => {
    const zw = await env().as('zhangwei');
    const refused = await zw.post('/api/instances', { processKey: KEY, data: form({ distanceKm: 150 }) });
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toContain('长途');
    const goods = await zw.post('/api/instances', { processKey: KEY, data: form({ distanceKm: 150, cargo: '货物和人员', goodsDesc: '设备' }) });
    expect(goods.status).toBe(201);
    const req = await requestOf(goods.body.instanceId);
    expect(req.advice).toContain('公共交通');
    expect((await zw.get(`/api/instances/${goods.body.instanceId}`)).body.data.advice).toContain('公共交通');
  });

  it('VEH-11 the GM approves only on a holiday or after hours; a 调休 Saturday in working hours needs no GM', async () => {
    const sat = await approved('zhangwei', 'tangming', form({ startAt: bj('2026-10-10', '09:00'), endAt: bj('2026-10-10', '11:00') }));
    expect((await requestOf(sat)).needs_gm).toBe(0);
    expect((await todo(await env().as('sunli'), sat)).stepId).toBe('dispatch');

    const holiday = await approved('zhangwei', 'tangming', form({ startAt: bj('2026-10-03', '09:00'), endAt: bj('2026-10-03', '11:00') }));
    expect((await requestOf(holiday)).needs_gm).toBe(1);
    const gm = await env().as('chenzhiqiang');
    const t = await todo(gm, holiday);
    expect(t.stepId).toBe('gm');
    await gm.post(`/api/tasks/${t.taskId}/actions/approve`, {});
    expect((await requestOf(holiday)).status).toBe('approved');

    const evening = await approved('zhangwei', 'tangming', form({ startAt: bj('2026-09-29', '19:00'), endAt: bj('2026-09-29', '21:00') }));
    expect((await todo(gm, evening)).stepId).toBe('gm');
    expect((await gm.get(`/api/instances/${evening}`)).body.data.gmReason).toContain('业余时间');

    // A refusal by the manager ends the request as rejected.
    const c = await env().as('zhangwei');
    const r = await c.post('/api/instances', { processKey: KEY, data: form({ startAt: bj('2026-10-13', '09:00'), endAt: bj('2026-10-13', '10:00') }) });
    const m = await env().as('tangming');
    await m.post(`/api/tasks/${(await todo(m, r.body.instanceId)).taskId}/actions/reject`, { comment: '不同意' });
    expect((await requestOf(r.body.instanceId)).status).toBe('rejected');
  });

  it('VEH-6 VEH-7 VEH-14 board order and carpool offer; non-designated driver, double booking and too many passengers refused with nothing changed; carpool dispatched on one trip', async () => {
    const day = '2026-10-14';
    const goods = await approved('guolei', 'liufang', form({ purpose: '拉运货物', cargo: '拉运货物', urgent: true, passengers: 0, goodsDesc: '配件 10 箱', startAt: bj(day, '09:20'), endAt: bj(day, '11:00'), destination: '富阳', direction: '西南', distanceKm: 35 }));
    const people = await approved('zhangwei', 'tangming', form({ passengers: 2, startAt: bj(day, '09:00'), endAt: bj(day, '11:30'), destination: '富阳区', direction: '西南', distanceKm: 36 }));
    const other = await approved('fengtao', 'tangming', form({ startAt: bj(day, '10:00'), endAt: bj(day, '12:00'), destination: '临平', direction: '东北', distanceKm: 26 }));
    const g = (await requestOf(goods)).id;
    const p = (await requestOf(people)).id;
    const o = (await requestOf(other)).id;
    const sunli = await env().as('sunli');
    const board = (await sunli.get('/api/vehicles/dispatch/board')).body;
    const order = board.requests.map((r: { id: string }) => r.id);
    expect(order.indexOf(g)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(g)).toBeLessThan(order.indexOf(p)); // urgent goods before the earlier passenger trip
    expect(board.carpools.some((grp: string[]) => grp.includes(g) && grp.includes(p))).toBe(true);
    expect(board.carpools.some((grp: string[]) => grp.includes(o) && (grp.includes(g) || grp.includes(p)))).toBe(false);

    const truck = await car('F6Q39'); // designated: wugang only; 2 seats
    const gl8 = await car('3M728'); // 7 seats, both drivers
    const passat = await car('8K512');
    const zq = await user('zhouqiang');
    const wg = await user('wugang');
    const before = await counts(env());
    const notDesignated = await sunli.post('/api/vehicles/dispatch', { requestIds: [g, p], vehicleId: truck, driverId: zq });
    expect(notDesignated.status).toBe(400);
    expect(notDesignated.body.code).toBe('vehicles.req.notDesignatedDriver');
    expect(notDesignated.body.detail).toContain('周强');
    const seats = await sunli.post('/api/vehicles/dispatch', { requestIds: [g, p], vehicleId: truck, driverId: wg });
    expect(seats.status).toBe(400);
    expect(seats.body.code).toBe('vehicles.req.tooManyPassengers');

    expect((await sunli.post('/api/vehicles/dispatch', { requestIds: [o], vehicleId: gl8, driverId: zq })).status).toBe(200);
    const mid = await counts(env());
    const doubleBooked = await sunli.post('/api/vehicles/dispatch', { requestIds: [g, p], vehicleId: gl8, driverId: wg });
    expect(doubleBooked.status).toBe(409);
    expect(doubleBooked.body.code).toBe('vehicles.req.doubleBooked');
    expect(doubleBooked.body.detail).toContain('临平');
    expect(await counts(env())).toEqual(mid);
    expect(mid.trips).toBe(before.trips + 1);
    expect((await requestOf(goods)).status).toBe('approved');
    expect((await requestOf(people)).status).toBe('approved');

    const ok = await sunli.post('/api/vehicles/dispatch', { requestIds: [p, g], vehicleId: passat, driverId: wg });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const [rg, rp] = [await requestOf(goods), await requestOf(people)];
    expect(rg.status).toBe('dispatched');
    expect(rp.trip_id).toBe(rg.trip_id);
    expect(rp.carpool_group).toBeTruthy();
    expect(rp.carpool_group).toBe(rg.carpool_group);
    const trip = await env().services.db.selectFrom('vehicle_trip').selectAll().where('id', '=', ok.body.tripId).executeTakeFirstOrThrow();
    expect(trip.user_id).toBe(await user('guolei')); // the lead is the urgent goods request
    expect(trip.planned_start).toBe(bj(day, '09:00'));
    expect(trip.planned_end).toBe(bj(day, '11:30'));
    // The driver has the trip task of both requests.
    const wugang = await env().as('wugang');
    expect((await todo(wugang, goods)).stepId).toBe('trip');
    expect((await todo(wugang, people)).stepId).toBe('trip');
    // Completing the trip task before the return (附表11) is refused.
    const early = await wugang.post(`/api/tasks/${(await todo(wugang, goods)).taskId}/actions/complete`, {});
    expect(early.status).toBe(400);
    expect(early.body.code).toBe('vehicles.req.returnFirst');
    ids.tripId = ok.body.tripId;
    ids.goods = goods;
    ids.people = people;
  });

  it('VEH-4 VEH-5 departure fills 附表10 and hands out the key; bad returns are refused and change nothing; a card fueling draws the card and the key comes back', async () => {
    env().clock.set(bj('2026-10-14', '09:05')); // sessions are logged in after the clock moves
    let wugang = await env().as('wugang');
    const zq = await env().as('zhouqiang');
    const tripId = ids.tripId!;
    expect((await zq.post(`/api/vehicles/trips/${tripId}/depart`, {})).status).toBe(403); // not his trip
    const mine = (await wugang.get('/api/vehicles/trips/mine')).body;
    const t = mine.find((x: { id: string }) => x.id === tripId);
    expect(t.requests).toHaveLength(2);
    const last = t.lastOdometerKm as number;
    const dep = await wugang.post(`/api/vehicles/trips/${tripId}/depart`, { route: '公司—留下—富阳', odometerKm: last });
    expect(dep.status, JSON.stringify(dep.body)).toBe(200);
    expect(dep.body.status).toBe('in_trip');
    let sunli = await env().as('sunli');
    const keys = (await sunli.get('/api/vehicles/keys')).body;
    expect(keys.find((k: { vehicleId: string }) => k.vehicleId === t.vehicleId).key.holderName).toBe('吴刚');
    const usage = (await sunli.get('/api/vehicles/registers/usage?month=2026-10')).body;
    const row = usage.find((r: { tripId: string }) => r.tripId === tripId);
    expect(row).toMatchObject({ userName: '郭磊', route: '公司—留下—富阳', destination: '富阳', driverName: '吴刚', keyHandedOut: true });
    expect(row.purpose).toContain('拉运货物');

    const carBefore = (await sunli.get(`/api/vehicles/${t.vehicleId}`)).body;
    const before = await counts(env());
    env().clock.set(bj('2026-10-14', '11:40'));
    wugang = await env().as('wugang');
    sunli = await env().as('sunli');
    const lower = await wugang.post(`/api/vehicles/trips/${tripId}/return`, { odometerKm: last - 1 });
    expect(lower.status).toBe(400);
    expect(lower.body.errors[0].code).toBe('vehicles.odometerBackwards');
    expect(lower.body.errors[0].message).toContain(String(last));
    const early = await wugang.post(`/api/vehicles/trips/${tripId}/return`, { odometerKm: last + 70, returnedAt: bj('2026-10-14', '08:00') });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].code).toBe('vehicles.returnBeforeDeparture');
    const negative = await wugang.post(`/api/vehicles/trips/${tripId}/return`, { odometerKm: last + 70, fuel: { liters: -5, amountFen: 3000, payment: 'card' } });
    expect(negative.status).toBe(400);
    expect(negative.body.errors[0].code).toBe('vehicles.fuelNegative');
    expect(await counts(env())).toEqual(before);
    expect((await sunli.get(`/api/vehicles/${t.vehicleId}`)).body.fuelCardBalanceFen).toBe(carBefore.fuelCardBalanceFen);
    expect((await requestOf(ids.goods!)).status).toBe('in_trip');

    const ok = await wugang.post(`/api/vehicles/trips/${tripId}/return`, { odometerKm: last + 70, fuel: { liters: 40, amountFen: 31_280, payment: 'card' } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ status: 'returned', distanceKm: 70, odometerEndKm: last + 70 });
    const carAfter = (await sunli.get(`/api/vehicles/${t.vehicleId}`)).body;
    expect(carAfter.fuelCardBalanceFen).toBe(carBefore.fuelCardBalanceFen - 31_280);
    expect(carAfter.keyOut).toBe(false);
    expect(carAfter.file.some((e: { kind: string; text: string }) => e.kind === 'fuel' && e.text.includes('312.80'))).toBe(true);
    expect((await requestOf(ids.goods!)).status).toBe('returned');
    expect((await wugang.get(`/api/instances/${ids.goods}`)).body.status).toBe('completed');
    expect((await wugang.get(`/api/instances/${ids.people}`)).body.status).toBe('completed');
    const driving = (await sunli.get(`/api/vehicles/registers/driving?month=2026-10&vehicleId=${t.vehicleId}`)).body;
    const fuelRow = driving.find((r: { tripId: string }) => r.tripId === tripId);
    expect(fuelRow).toMatchObject({ odometerKm: last + 70, liters: 40, amountFen: 31_280, payment: 'card' });
    expect(fuelRow.anomalyReasons).not.toContain('cashFueling'); // a card payment is not the cash exception
    // Returned twice: refused.
    expect((await wugang.post(`/api/vehicles/trips/${tripId}/return`, { odometerKm: last + 80 })).status).toBe(409);
  });

  it('VEH-21 VEH-5 cash fueling needs a reason and is flagged in 附表11; VEH-3 direct dispatch creates the trip at once and the user completes the paperwork (补办)', async () => {
    env().clock.set(bj('2026-10-15', '08:00'));
    let sunli = await env().as('sunli');
    const lina = await user('lina');
    const gl8 = await car('3M728');
    const zq = await user('zhouqiang');
    const direct = await sunli.post('/api/vehicles/dispatch/direct', {
      requesterId: lina, purpose: '其他紧急或特殊用车', purposeText: '客户投诉现场处理', cargo: '乘车人员', passengers: 1,
      startAt: bj('2026-10-15', '08:30'), endAt: bj('2026-10-15', '10:00'), destination: '滨江', direction: '南', distanceKm: 15, vehicleId: gl8, driverId: zq,
    });
    expect(direct.status, JSON.stringify(direct.body)).toBe(201);
    expect(direct.body.instanceId).toBeTruthy();
    const trip = await env().services.db.selectFrom('vehicle_trip').selectAll().where('id', '=', direct.body.tripId).executeTakeFirstOrThrow();
    expect(trip).toMatchObject({ status: 'planned', backfill: 1, vehicle_id: gl8, driver_id: zq });
    let board = (await sunli.get('/api/vehicles/dispatch/board')).body;
    expect(board.missingPaperwork.map((r: { id: string }) => r.id)).toContain(direct.body.id);

    let driver = await env().as('zhouqiang');
    const noRoute = await driver.post(`/api/vehicles/trips/${trip.id}/depart`, {});
    expect(noRoute.status).toBe(400); // 附表10 needs the route before the key goes out
    expect(noRoute.body.detail).toContain('行驶路线');
    expect((await driver.post(`/api/vehicles/trips/${trip.id}/depart`, { route: '公司—滨江' })).status).toBe(200);
    const before = await counts(env());
    const noReason = await driver.post(`/api/vehicles/trips/${trip.id}/return`, { odometerKm: 999_999, fuel: { liters: 30, amountFen: 23_460, payment: 'cash' } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('vehicles.req.cashReasonRequired');
    expect(await counts(env())).toEqual(before);
    env().clock.set(bj('2026-10-15', '10:10'));
    driver = await env().as('zhouqiang');
    sunli = await env().as('sunli');
    const cash = await driver.post(`/api/vehicles/trips/${trip.id}/return`, { odometerKm: 999_999, notes: '油卡遗失，现金加油', fuel: { liters: 30, amountFen: 23_460, payment: 'cash' } });
    expect(cash.status, JSON.stringify(cash.body)).toBe(200);
    const row = (await sunli.get('/api/vehicles/registers/driving?month=2026-10')).body.find((r: { tripId: string }) => r.tripId === trip.id);
    expect(row).toMatchObject({ payment: 'cash', anomalous: true });
    expect(row.anomalyReasons).toContain('cashFueling');

    // 补办: lina fills the paperwork, her manager approves; the board no longer lists it.
    const l = await env().as('lina');
    const t = await todo(l, direct.body.instanceId);
    expect(t.stepId).toBe('paperwork');
    await l.post(`/api/tasks/${t.taskId}/actions/complete`, { data: { route: '公司—滨江—公司' } });
    const songjia = await env().as('songjia');
    await songjia.post(`/api/tasks/${(await todo(songjia, direct.body.instanceId)).taskId}/actions/approve`, {});
    board = (await sunli.get('/api/vehicles/dispatch/board')).body;
    expect(board.missingPaperwork.map((r: { id: string }) => r.id)).not.toContain(direct.body.id);
    // Paperwork cannot be faked by an employee: backfill needs a real direct dispatch of his own.
    const fake = await l.post('/api/instances', { processKey: KEY, data: { ...form(), backfill: true, requestId: direct.body.id } });
    expect(fake.status).toBe(400);
    expect(fake.body.code).toBe('vehicles.req.backfillInvalid');
  });

  it('VEH-4 VEH-5 registers export to xlsx with the documents\' column names and read back', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const sunli = await env().as('sunli');
    for (const [url, headers] of [
      ['/api/vehicles/registers/usage.xlsx?month=2026-10', ['车牌号', '用车人', '用车部门', '出车时间', '行驶路线', '目的地', '办事内容', '司机']],
      ['/api/vehicles/registers/driving.xlsx?month=2026-10', ['车牌号', '司机', '出车时间', '回来时间', '里程表读数(公里)', '行驶里程(公里)', '加油量(升)', '加油金额(元)', '加油方式', '异常标记', '备注']],
    ] as const) {
      const r = await sunli.get(url);
      expect(r.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(r.raw as never);
      const ws = wb.worksheets[0]!;
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
      expect(ws.rowCount).toBeGreaterThanOrEqual(3);
      const texts = JSON.stringify(ws.getSheetValues());
      expect(texts).toContain('吴刚');
    }
    const driving = await sunli.get('/api/vehicles/registers/driving.xlsx?month=2026-10');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(driving.raw as never);
    const rows = wb.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.some((row) => row.includes('现金') && row.some((cell) => String(cell).includes('现金加油')))).toBe(true);
    expect(rows.some((row) => row.includes(312.8))).toBe(true);
    expect((await sunli.get('/api/vehicles/registers/usage?month=2026-13')).status).toBe(400);
    expect((await (await env().as('lina')).get('/api/vehicles/registers/usage')).status).toBe(403);
  });
}, { start: '2026-09-25T02:00:00.000Z' });

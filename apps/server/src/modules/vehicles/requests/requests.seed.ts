/**
 * Demo data of the requests part: two requests awaiting dispatch the same way at the same time
 * (an urgent goods run and a normal passenger trip: VEH-6 order and a VEH-7 carpool offer), one
 * dispatched trip, and ~2 months of finished trips with fuel (one paid cash) for the registers
 * and the reports.
 */
import { EngineError } from '@guanjia/engine';
import type { Services } from '../../../app.types.js';
import { AppError } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import { loadActor } from '../../../platform/auth/actor.repository.js';
import { USE_PURPOSE_LABELS, type UsePurpose } from '../vehicles.rules.dispatch.js';
import { dispatchRequests } from './dispatch.service.js';
import { CAR_REQUEST_KEY, CARGO_LABELS } from './requests.process.js';
import * as repo from './requests.repository.js';
import { BEIJING_OFFSET_MS } from '../../../platform/calendar/beijing.js';

const DAY = 86_400_000;

/** An instant at Beijing hh:mm on the day `days` from today's Beijing date. */
function at(now: number, days: number, hhmm: string): string {
  const bjDay = Math.floor((now + BEIJING_OFFSET_MS) / DAY) * DAY + days * DAY;
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(bjDay + (h! * 60 + m!) * 60_000 - BEIJING_OFFSET_MS).toISOString();
}

/** Days ahead (≥ min) to a Monday–Thursday, so demo requests fall in working hours on a workday. */
function weekdayAhead(now: number, min: number): number {
  for (let d = min; ; d++) {
    const wd = new Date(Math.floor((now + BEIJING_OFFSET_MS) / DAY) * DAY + d * DAY).getUTCDay();
    if (wd >= 1 && wd <= 4) return d;
  }
}

export async function seedRequestsDemo(s: Services): Promise<void> {
  const users = await s.db.selectFrom('app_user').select(['id', 'username', 'department_id']).execute();
  const u = (name: string) => users.find((x) => x.username === name);
  const cars = await s.db.selectFrom('vehicle').select(['id', 'plate', 'status', 'fuel_card_no']).where('status', '=', 'in_service').orderBy('plate').execute();
  const sunli = u('sunli');
  if (!sunli || cars.length === 0 || !u('guolei') || !u('zhangwei')) return;
  const now = s.clock.now().getTime();

  await seedHistory(s, now, cars, users);
  // The open requests need the official calendar of their year (VEH-11); without it (a year not
  // yet published) the demo simply has no open requests.
  try {
    await seedOpenRequests(s, now, cars, users, sunli.id);
  } catch (err) {
    if (!(err instanceof AppError) && !(err instanceof EngineError)) throw err;
  }
}

async function seedOpenRequests(s: Services, now: number, cars: (Car & { status: string })[], users: User[], sunliId: string) {
  const u = (name: string) => users.find((x) => x.username === name);

  // Awaiting dispatch: urgent goods + normal passengers, both east, 15 minutes apart.
  const day = weekdayAhead(now, 3);
  const approve = async (instanceId: string) => {
    const task = (await repo.openTasks(s.db, [instanceId], 'manager'))[0];
    if (task?.assignee_id) await s.engine.act({ id: task.assignee_id }, task.id, 'approve', { comment: '同意' });
  };
  const start = async (username: string, data: Record<string, unknown>) => {
    const { instanceId } = await s.engine.start({ id: u(username)!.id }, { processKey: CAR_REQUEST_KEY, data, title: `派车申请：${String(data.destination)}` });
    return instanceId;
  };
  await approve(await start('guolei', {
    purpose: USE_PURPOSE_LABELS.goodsTransport, purposeText: '急送一批配件到萧山物流园', urgent: true, cargo: CARGO_LABELS.goods, passengers: 0,
    goodsDesc: '配件 12 箱，约 300 公斤', startAt: at(now, day, '09:15'), endAt: at(now, day, '11:30'), origin: '公司', destination: '萧山物流园', direction: '东', distanceKm: 28, route: '公司—机场路—萧山物流园',
  }));
  await approve(await start('zhangwei', {
    purpose: USE_PURPOSE_LABELS.businessTrip, purposeText: '萧山客户现场调试', urgent: false, cargo: CARGO_LABELS.passengers, passengers: 2,
    startAt: at(now, day, '09:00'), endAt: at(now, day, '12:00'), origin: '公司', destination: '萧山经济开发区', direction: '东', distanceKm: 25, route: '公司—钱江三桥—萧山',
  }));

  // One dispatched trip, waiting for its driver.
  const zq = u('zhouqiang');
  const car = cars.find((c) => c.plate.includes('3M728'));
  const guest = await start('liufang', {
    purpose: USE_PURPOSE_LABELS.guestReception, purposeText: '接客户到公司参观', urgent: false, cargo: CARGO_LABELS.passengers, passengers: 2,
    startAt: at(now, day + 1, '13:30'), endAt: at(now, day + 1, '16:00'), origin: '公司', destination: '杭州东站', direction: '东北', distanceKm: 18, route: '公司—秋石高架—杭州东站',
  });
  await approve(guest);
  const req = await repo.findRequestByInstance(s.db, guest);
  const admin = await loadActor(s.db, sunliId, 'system');
  if (req && zq && car && admin) await dispatchRequests(s, admin.actor, { requestIds: [req.id], vehicleId: car.id, driverId: zq.id });
}

type Car = { id: string; plate: string; fuel_card_no: string | null };
type User = { id: string; username: string; department_id: string | null };

/** Finished trips over the last ~60 days, written straight into the tables (no engine history). */
async function seedHistory(s: Services, now: number, cars: Car[], users: User[]) {
  const drivers = await s.db.selectFrom('vehicle_driver').select(['vehicle_id', 'user_id']).execute();
  const trips: [string, UsePurpose, string, string, string, number][] = [
    ['guolei', 'purchasing', '采购办公耗材', '城西五金市场', '西', 9],
    ['zhangwei', 'installRepair', '富阳客户设备维修', '富阳区', '西南', 38],
    ['liufang', 'guestReception', '接送来访客户', '萧山机场', '东', 32],
    ['tangming', 'businessTrip', '客户回访', '余杭区', '西北', 22],
    ['fengtao', 'installRepair', '临平项目安装', '临平区', '东北', 26],
    ['sunli', 'adminBusiness', '办理车辆年检', '车管所', '北', 12],
    ['guolei', 'goodsTransport', '仓库调拨货物', '下沙仓库', '东', 24],
  ];
  const odo = new Map<string, number>(cars.map((c, i) => [c.id, 38_000 + i * 11_000]));
  const lastFuelOdo = new Map<string, number>();
  let cashDone = false;
  let n = 0;
  for (let d = 60; d >= 2; d -= 2) {
    const wd = new Date(Math.floor((now + BEIJING_OFFSET_MS) / DAY) * DAY - d * DAY).getUTCDay();
    if (wd === 0 || wd === 6) continue;
    const [username, purpose, text, dest, , km] = trips[n % trips.length]!;
    const car = cars[n % cars.length]!;
    const driverId = drivers.find((x) => x.vehicle_id === car.id)?.user_id;
    const user = users.find((x) => x.username === username);
    n++;
    if (!driverId || !user) continue;
    const departed = at(now, -d, '09:00');
    const returned = at(now, -d, n % 3 === 0 ? '16:30' : '12:00');
    const start = odo.get(car.id)!;
    const end = start + km * 2 + (n % 5);
    odo.set(car.id, end);
    const tripId = newId();
    const label = USE_PURPOSE_LABELS[purpose];
    await s.db.insertInto('vehicle_trip').values({
      id: tripId, vehicle_id: car.id, driver_id: driverId, user_id: user.id, department_id: user.department_id, purpose: `${label}：${text}`,
      route: `公司—${dest}—公司`, destination: dest, planned_start: departed, planned_end: returned, departed_at: departed, returned_at: returned,
      odometer_start_km: start, odometer_end_km: end, distance_km: end - start, status: 'returned', backfill: 0, carpool_group: null,
      passengers: purpose === 'goodsTransport' ? 0 : 1, key_log_id: null, notes: '', created_by: driverId, created_at: departed, updated_at: returned,
    }).execute();
    await s.db.insertInto('vehicle_request').values({
      id: newId(), instance_id: null, requester_id: user.id, department_id: user.department_id, purpose, purpose_text: text, urgent: 0,
      cargo_kind: purpose === 'goodsTransport' || purpose === 'purchasing' ? 'goods' : 'passengers', passengers: purpose === 'goodsTransport' ? 0 : 1,
      goods_desc: '', start_at: departed, end_at: returned, origin: '公司', destination: dest, destination_area: dest, route: `公司—${dest}—公司`,
      distance_km: km, bearing_deg: null, dest_lat: null, dest_lng: null, needs_gm: 0, gm_reasons: '[]', advice: '', status: 'returned', backfill: 0,
      paperwork_done: 1, vehicle_id: car.id, driver_id: driverId, trip_id: tripId, carpool_group: null, dispatched_at: departed, dispatched_by: null,
      created_at: at(now, -d - 1, '15:00'), updated_at: returned,
    }).execute();
    // Fuel about every third trip; one cash fueling (an exception, flagged, with its reason).
    if (n % 3 === 0 && (car.fuel_card_no || !cashDone)) {
      const cash = !car.fuel_card_no || (!cashDone && n >= 6);
      if (cash) {
        cashDone = true;
        await s.db.updateTable('vehicle_trip').set({ notes: '油卡不在车上，现金加油' }).where('id', '=', tripId).execute();
      }
      // About 8.5–9.5 L/100 km over the distance since the car's previous fueling.
      const since = lastFuelOdo.has(car.id) ? end - lastFuelOdo.get(car.id)! : null;
      lastFuelOdo.set(car.id, end);
      const liters = since ? Math.round(since * (0.085 + (n % 3) * 0.005) * 10) / 10 : 30;
      await s.db.insertInto('vehicle_fuel').values({
        id: newId(), vehicle_id: car.id, trip_id: tripId, driver_id: driverId, fueled_at: returned, liters, amount_fen: Math.round(liters * 782),
        payment: cash ? 'cash' : 'card', fuel_card_no: cash ? null : car.fuel_card_no, odometer_km: end, receipt_attachment_id: null,
        anomalous: cash ? 1 : 0, anomaly_reasons: cash ? '["cashFueling"]' : '[]',
        per_100km: since && since > 0 ? Math.round((liters * 10_000) / since) / 100 : null, created_by: driverId, created_at: returned,
      }).execute();
    }
  }
}

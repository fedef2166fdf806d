/**
 * VEH-4/5/12/21 trips: departure fills 附表10 车辆使用登记表 and hands out the key; the return
 * fills 附表11 行车记录、加油信息登记表 (return time, odometer, fuel by card — cash flagged),
 * takes the key back and ends the driver's engine task. A refusal changes nothing.
 */
import type { Services } from '../../../app.types.js';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import { linkAttachments } from '../../../platform/attachments/attachments.service.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { checkFuel, checkOdometer, checkReturn, fuelAnomaly } from '../vehicles.rules.checks.js';
import { findOpenKey } from '../vehicles.repository.js';
import { handOutKey, returnKey, vehicleSettings } from '../vehicles.service.js';
import { TRIP_STATUS_LABELS } from './requests.core.js';
import * as repo from './requests.repository.js';
import { presentTrip } from './dispatch.service.js';

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** A driver acts on his own trips; the admin specialist (vehicles:dispatch) on any. */
async function tripFor(s: Services, actor: Actor, id: string) {
  const t = await repo.findTrip(s.db, id);
  if (!t) throw notFound('vehicles.req.tripNotFound', { id });
  if (t.driver_id !== actor.id && !actor.can('vehicles:dispatch')) throw forbidden('vehicles.req.notYourTrip', { name: t.driver_name });
  return t;
}

/** The driver's trips: planned and out first, then the last returned ones. */
export async function myTrips(s: Services, actor: Actor) {
  const open = await repo.tripSelect(s.db).where('t.driver_id', '=', actor.id).where('t.status', 'in', ['planned', 'in_trip']).orderBy('t.planned_start').execute();
  const done = await repo.tripSelect(s.db).where('t.driver_id', '=', actor.id).where('t.status', '=', 'returned').orderBy('t.returned_at', 'desc').limit(10).execute();
  const all = [...open, ...done].map(presentTrip);
  const members = all.length
    ? await repo.requestSelect(s.db).where('r.trip_id', 'in', all.map((t) => t.id)).execute()
    : [];
  const lastOdo = new Map<string, number | null>();
  for (const t of open) if (!lastOdo.has(t.vehicle_id)) lastOdo.set(t.vehicle_id, await repo.lastOdometer(s.db, t.vehicle_id));
  return all.map((t) => ({
    ...t,
    lastOdometerKm: lastOdo.get(t.vehicleId) ?? null,
    requests: members.filter((m) => m.trip_id === t.id).map((m) => ({ id: m.id, requesterName: m.requester_name, passengers: m.passengers, goodsDesc: m.goods_desc, origin: m.origin, destination: m.destination, urgent: m.urgent === 1, cargoKind: m.cargo_kind })),
  }));
}

export interface DepartInput {
  departedAt?: string;
  route?: string;
  destination?: string;
  purpose?: string;
  odometerKm?: number;
}

/** VEH-4: 附表10 is filled (用车人、出车时间、行驶路线、目的地、办事内容), then the key goes out (VEH-12/14). */
export async function departTrip(s: Services, actor: Actor, id: string, input: DepartInput) {
  const t = await tripFor(s, actor, id);
  if (t.status !== 'planned') throw conflict('vehicles.req.tripWrongState', { status: TRIP_STATUS_LABELS[t.status], what: '出车' });
  const route = (input.route ?? t.route).trim();
  const destination = (input.destination ?? t.destination).trim();
  const purpose = (input.purpose ?? t.purpose).trim();
  for (const [v, field] of [[route, '行驶路线'], [destination, '目的地'], [purpose, '办事内容']] as const) if (!v) throw badRequest('vehicles.req.fieldRequired', { field });
  const departedAt = input.departedAt ? new Date(input.departedAt).toISOString() : s.clock.now().toISOString();
  if (input.odometerKm !== undefined) {
    const c = checkOdometer(await repo.lastOdometer(s.db, t.vehicle_id), input.odometerKm);
    if (!c.ok) throw badRequest('common.validation', {}, c.errors);
  }
  // The key goes to the trip's driver; it may already be with him (e.g. an earlier trip today).
  const open = await findOpenKey(s.db, t.vehicle_id);
  let keyLogId: string | null = open && open.holder_id === t.driver_id ? open.id : null;
  if (!keyLogId) keyLogId = await handOutKey(s, actor, t.vehicle_id, { holderId: t.driver_id });
  await changeWithAudit(s, actor, async (trx) => {
    const n = await trx
      .updateTable('vehicle_trip')
      .set({ status: 'in_trip', departed_at: departedAt, route, destination, purpose, odometer_start_km: input.odometerKm ?? null, key_log_id: keyLogId, updated_at: s.clock.now().toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'planned')
      .executeTakeFirst();
    if (Number(n.numUpdatedRows) !== 1) throw conflict('vehicles.req.tripWrongState', { status: TRIP_STATUS_LABELS.in_trip, what: '出车' });
    await trx.updateTable('vehicle_request').set({ status: 'in_trip', updated_at: s.clock.now().toISOString() }).where('trip_id', '=', id).where('status', '=', 'dispatched').execute();
    return { result: id, audit: { action: 'vehicle.trip.depart', entity: 'vehicle_trip', entityId: id, data: { ...input, keyLogId } } };
  });
  return presentTrip((await repo.findTrip(s.db, id))!);
}

export interface FuelInput {
  liters: number;
  amountFen: number;
  payment: 'card' | 'cash';
  fueledAt?: string;
  receiptAttachmentId?: string | null;
}

export interface ReturnInput {
  returnedAt?: string;
  odometerKm: number;
  fuel?: FuelInput | null;
  notes?: string;
}

/**
 * VEH-5 the return (附表11): return time not before departure, odometer not below the last reading,
 * fuel litres > 0 and amount ≥ 0; card payments draw the card's balance (and go in the car's file),
 * cash is an exception that needs a reason and is flagged (VEH-21), as is unusual consumption.
 */
export async function returnTrip(s: Services, actor: Actor, id: string, input: ReturnInput) {
  const t = await tripFor(s, actor, id);
  if (t.status !== 'in_trip') throw conflict('vehicles.req.tripWrongState', { status: TRIP_STATUS_LABELS[t.status], what: '回车登记' });
  const returnedAt = input.returnedAt ? new Date(input.returnedAt).toISOString() : s.clock.now().toISOString();
  const errors = [...checkReturn(t.departed_at!, returnedAt).errors];
  const last = await repo.lastOdometer(s.db, t.vehicle_id);
  errors.push(...checkOdometer(last, input.odometerKm).errors);
  if (input.fuel) errors.push(...checkFuel(input.fuel.liters, input.fuel.amountFen).errors.map((e) => ({ ...e, path: `fuel.${e.path}` })));
  if (errors.length) throw badRequest('common.validation', {}, errors);
  const car = (await s.db.selectFrom('vehicle').selectAll().where('id', '=', t.vehicle_id).executeTakeFirst())!;
  const fuel = input.fuel ?? null;
  if (fuel?.payment === 'card') {
    if (!car.fuel_card_no) throw badRequest('vehicles.req.noFuelCard', { plate: car.plate });
    if (Number(car.fuel_card_balance_fen) < fuel.amountFen) throw badRequest('vehicles.req.cardBalanceLow', { plate: car.plate, balance: yuan(Number(car.fuel_card_balance_fen)), amount: yuan(fuel.amountFen) });
  }
  if (fuel?.payment === 'cash' && !(input.notes ?? '').trim()) throw badRequest('vehicles.req.cashReasonRequired');
  const settings = await vehicleSettings(s.db);
  const hist = await repo.fuelHistory(s.db, t.vehicle_id);
  const now = s.clock.now().toISOString();
  const distance = t.odometer_start_km !== null ? input.odometerKm - Number(t.odometer_start_km) : last !== null ? input.odometerKm - last : null;

  await changeWithAudit(s, actor, async (trx) => {
    const n = await trx
      .updateTable('vehicle_trip')
      .set({ status: 'returned', returned_at: returnedAt, odometer_end_km: input.odometerKm, distance_km: distance, notes: (input.notes ?? '').trim(), updated_at: now })
      .where('id', '=', id)
      .where('status', '=', 'in_trip')
      .executeTakeFirst();
    if (Number(n.numUpdatedRows) !== 1) throw conflict('vehicles.req.tripWrongState', { status: TRIP_STATUS_LABELS.returned, what: '回车登记' });
    await trx.updateTable('vehicle_request').set({ status: 'returned', updated_at: now }).where('trip_id', '=', id).where('status', 'in', ['dispatched', 'in_trip']).execute();
    if (fuel) {
      const km = hist.lastOdometer !== null ? input.odometerKm - hist.lastOdometer : 0;
      const a = fuelAnomaly({ liters: fuel.liters, km, payment: fuel.payment }, hist.usualPer100Km, settings);
      const fuelId = newId();
      await trx
        .insertInto('vehicle_fuel')
        .values({
          id: fuelId, vehicle_id: t.vehicle_id, trip_id: id, driver_id: t.driver_id, fueled_at: fuel.fueledAt ? new Date(fuel.fueledAt).toISOString() : returnedAt,
          liters: fuel.liters, amount_fen: fuel.amountFen, payment: fuel.payment, fuel_card_no: fuel.payment === 'card' ? car.fuel_card_no : null,
          odometer_km: input.odometerKm, receipt_attachment_id: fuel.receiptAttachmentId ?? null, anomalous: a.anomalous ? 1 : 0,
          anomaly_reasons: JSON.stringify(a.reasons), per_100km: a.per100Km, created_by: actor.id, created_at: now,
        })
        .execute();
      if (fuel.receiptAttachmentId) await linkAttachments(trx, actor.id, [fuel.receiptAttachmentId], 'vehicle_fuel', fuelId);
      let text = `加油 ${fuel.liters} 升，${yuan(fuel.amountFen)} 元（${fuel.payment === 'card' ? '油卡' : '现金'}）`;
      if (fuel.payment === 'card') {
        const balance = Number(car.fuel_card_balance_fen) - fuel.amountFen;
        await trx.updateTable('vehicle').set({ fuel_card_balance_fen: balance, updated_at: now }).where('id', '=', car.id).execute();
        text += `，油卡余额 ${yuan(balance)} 元`;
      } else text += `，现金加油属例外：${(input.notes ?? '').trim()}`;
      await trx
        .insertInto('vehicle_file_entry')
        .values({ id: newId(), vehicle_id: car.id, at: now, kind: 'fuel', text, attachment_id: fuel.receiptAttachmentId ?? null, created_by: actor.id })
        .execute();
    }
    return { result: id, audit: { action: 'vehicle.trip.return', entity: 'vehicle_trip', entityId: id, data: input } };
  });
  // The key comes back with the car (VEH-12); then the driver's engine tasks end.
  const key = await findOpenKey(s.db, t.vehicle_id);
  if (key) await returnKey(s, actor, t.vehicle_id).catch(() => undefined);
  await finishTripTasks(s, id, t.driver_id);
  return presentTrip((await repo.findTrip(s.db, id))!);
}

/** Completes the 司机出车 tasks of the trip's requests, as the driver (the task is his). */
async function finishTripTasks(s: Services, tripId: string, driverId: string) {
  const reqs = await s.db.selectFrom('vehicle_request').select('instance_id').where('trip_id', '=', tripId).where('backfill', '=', 0).execute();
  const tasks = await repo.openTasks(s.db, reqs.map((r) => r.instance_id).filter((x): x is string => !!x), 'trip');
  for (const task of tasks) {
    try {
      await s.engine.act({ id: task.assignee_id ?? driverId }, task.id, 'complete', {});
    } catch (e) {
      // The return stands; an unfinished task stays in the driver's inbox to complete there.
      if (!(e instanceof AppError) && !(e instanceof Error)) throw e;
    }
  }
}

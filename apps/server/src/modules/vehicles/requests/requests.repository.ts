/** Queries of the requests part; no rules. */
import type { Db } from '../../../db/create-db.js';

export const requestSelect = (db: Db) =>
  db
    .selectFrom('vehicle_request as r')
    .innerJoin('app_user as u', 'u.id', 'r.requester_id')
    .leftJoin('department as d', 'd.id', 'r.department_id')
    .leftJoin('vehicle as v', 'v.id', 'r.vehicle_id')
    .leftJoin('app_user as dr', 'dr.id', 'r.driver_id')
    .selectAll('r')
    .select(['u.name as requester_name', 'd.name as department_name', 'v.plate as plate', 'dr.name as driver_name']);

export type RequestRow = Awaited<ReturnType<ReturnType<typeof requestSelect>['execute']>>[number];

export async function findRequest(db: Db, id: string) {
  return requestSelect(db).where('r.id', '=', id).executeTakeFirst();
}

export async function findRequestByInstance(db: Db, instanceId: string) {
  return db.selectFrom('vehicle_request').selectAll().where('instance_id', '=', instanceId).executeTakeFirst();
}

/** Open engine tasks of a step for the given instances. */
export async function openTasks(db: Db, instanceIds: string[], stepId: string) {
  if (instanceIds.length === 0) return [];
  return db
    .selectFrom('process_task')
    .select(['id', 'instance_id', 'assignee_id'])
    .where('instance_id', 'in', instanceIds)
    .where('step_id', '=', stepId)
    .where('status', '=', 'open')
    .execute();
}

/** Who completed the latest task of `stepId` in an instance (the dispatcher, for the audit). */
export async function lastStepActor(db: Db, instanceId: string, stepId: string): Promise<string | null> {
  const r = await db
    .selectFrom('process_task')
    .select('completed_by')
    .where('instance_id', '=', instanceId)
    .where('step_id', '=', stepId)
    .where('status', '=', 'done')
    .orderBy('completed_at', 'desc')
    .executeTakeFirst();
  return r?.completed_by ?? null;
}

export const tripSelect = (db: Db) =>
  db
    .selectFrom('vehicle_trip as t')
    .innerJoin('vehicle as v', 'v.id', 't.vehicle_id')
    .innerJoin('app_user as dr', 'dr.id', 't.driver_id')
    .innerJoin('app_user as u', 'u.id', 't.user_id')
    .leftJoin('department as d', 'd.id', 't.department_id')
    .selectAll('t')
    .select(['v.plate as plate', 'v.model as model', 'dr.name as driver_name', 'u.name as user_name', 'd.name as department_name']);

export type TripRow = Awaited<ReturnType<ReturnType<typeof tripSelect>['execute']>>[number];

export async function findTrip(db: Db, id: string) {
  return tripSelect(db).where('t.id', '=', id).executeTakeFirst();
}

/** Trips still holding the car or the driver (planned or out), for double-booking checks. */
export async function activeTrips(db: Db, by: { vehicleId?: string; driverId?: string }) {
  let q = tripSelect(db).where('t.status', 'in', ['planned', 'in_trip']);
  if (by.vehicleId) q = q.where('t.vehicle_id', '=', by.vehicleId);
  if (by.driverId) q = q.where('t.driver_id', '=', by.driverId);
  return q.execute();
}

/** The car's last odometer reading (trips and fuelings), or null for a car never read. */
export async function lastOdometer(db: Db, vehicleId: string): Promise<number | null> {
  const a = await db.selectFrom('vehicle_trip').select((eb) => eb.fn.max('odometer_end_km').as('m')).where('vehicle_id', '=', vehicleId).executeTakeFirst();
  const b = await db.selectFrom('vehicle_trip').select((eb) => eb.fn.max('odometer_start_km').as('m')).where('vehicle_id', '=', vehicleId).executeTakeFirst();
  const c = await db.selectFrom('vehicle_fuel').select((eb) => eb.fn.max('odometer_km').as('m')).where('vehicle_id', '=', vehicleId).executeTakeFirst();
  const vals = [a?.m, b?.m, c?.m].filter((x) => x !== null && x !== undefined).map(Number);
  return vals.length ? Math.max(...vals) : null;
}

/** The car's previous fueling with an odometer reading, and its usual consumption (mean L/100 km). */
export async function fuelHistory(db: Db, vehicleId: string) {
  const last = await db
    .selectFrom('vehicle_fuel')
    .select(['odometer_km', 'fueled_at'])
    .where('vehicle_id', '=', vehicleId)
    .where('odometer_km', 'is not', null)
    .orderBy('fueled_at', 'desc')
    .executeTakeFirst();
  const avg = await db
    .selectFrom('vehicle_fuel')
    .select((eb) => eb.fn.avg<number>('per_100km').as('a'))
    .where('vehicle_id', '=', vehicleId)
    .where('per_100km', 'is not', null)
    .executeTakeFirst();
  return { lastOdometer: last?.odometer_km === null || last?.odometer_km === undefined ? null : Number(last.odometer_km), usualPer100Km: avg?.a === null || avg?.a === undefined ? null : Number(avg.a) };
}

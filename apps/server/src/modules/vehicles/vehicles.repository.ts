/** Queries of the vehicles module; no writes, no rules. */
import type { Db } from '../../db/create-db.js';
import type { VehicleStatus } from './vehicles.table.js';

export interface VehicleFilter {
  q?: string;
  status?: VehicleStatus;
}

export async function listVehicles(db: Db, f: VehicleFilter = {}) {
  let q = db
    .selectFrom('vehicle')
    .leftJoin('app_user as ud', 'ud.id', 'vehicle.usual_driver_id')
    .selectAll('vehicle')
    .select(['ud.name as usual_driver_name', 'ud.username as usual_driver_username']);
  if (f.status) q = q.where('vehicle.status', '=', f.status);
  if (f.q) {
    // Wildcards typed by the user are dropped rather than escaped (LIKE escapes differ by dialect).
    const text = f.q.replace(/[\\%_]/g, '');
    const like = `%${text}%`;
    const plateLike = `%${text.toUpperCase().replace(/[\s·.\-•]/g, '')}%`;
    q = q.where((eb) =>
      eb.or([
        eb('vehicle.plate', 'like', plateLike),
        eb('vehicle.model', 'like', like),
        eb('ud.name', 'like', like),
        eb('vehicle.fuel_card_no', 'like', like),
      ]),
    );
  }
  return q.orderBy('vehicle.plate').execute();
}

export type VehicleRow = Awaited<ReturnType<typeof listVehicles>>[number];

export async function findVehicleById(db: Db, id: string) {
  return db
    .selectFrom('vehicle')
    .leftJoin('app_user as ud', 'ud.id', 'vehicle.usual_driver_id')
    .selectAll('vehicle')
    .select(['ud.name as usual_driver_name', 'ud.username as usual_driver_username'])
    .where('vehicle.id', '=', id)
    .executeTakeFirst();
}

export async function findVehicleIdByPlate(db: Db, plate: string) {
  return db.selectFrom('vehicle').select(['id', 'plate']).where('plate', '=', plate).executeTakeFirst();
}

/** Designated drivers (VEH-14) of the given cars, with names. */
export async function listDriversOf(db: Db, vehicleIds: string[]) {
  if (vehicleIds.length === 0) return [];
  return db
    .selectFrom('vehicle_driver')
    .innerJoin('app_user', 'app_user.id', 'vehicle_driver.user_id')
    .select(['vehicle_driver.vehicle_id', 'app_user.id', 'app_user.name', 'app_user.username'])
    .where('vehicle_driver.vehicle_id', 'in', vehicleIds)
    .orderBy('app_user.username')
    .execute();
}

export async function isDesignatedDriver(db: Db, vehicleId: string, userId: string): Promise<boolean> {
  const r = await db.selectFrom('vehicle_driver').select('user_id').where('vehicle_id', '=', vehicleId).where('user_id', '=', userId).executeTakeFirst();
  return r !== undefined;
}

export async function listFileEntries(db: Db, vehicleId: string) {
  return db
    .selectFrom('vehicle_file_entry')
    .leftJoin('app_user', 'app_user.id', 'vehicle_file_entry.created_by')
    .selectAll('vehicle_file_entry')
    .select('app_user.name as created_by_name')
    .where('vehicle_file_entry.vehicle_id', '=', vehicleId)
    .orderBy('vehicle_file_entry.at', 'desc')
    .orderBy('vehicle_file_entry.id', 'desc')
    .execute();
}

const keyLogSelect = (db: Db) =>
  db
    .selectFrom('vehicle_key_log')
    .innerJoin('vehicle', 'vehicle.id', 'vehicle_key_log.vehicle_id')
    .innerJoin('app_user as h', 'h.id', 'vehicle_key_log.holder_id')
    .leftJoin('app_user as o', 'o.id', 'vehicle_key_log.handed_out_by')
    .leftJoin('app_user as r', 'r.id', 'vehicle_key_log.received_by')
    .selectAll('vehicle_key_log')
    .select(['vehicle.plate', 'vehicle.model', 'h.name as holder_name', 'o.name as handed_out_by_name', 'r.name as received_by_name']);

export type KeyLogRow = Awaited<ReturnType<ReturnType<typeof keyLogSelect>['execute']>>[number];

/** The key of a car that is out now (not returned), if any. */
export async function findOpenKey(db: Db, vehicleId: string) {
  return db.selectFrom('vehicle_key_log').selectAll().where('vehicle_id', '=', vehicleId).where('returned_at', 'is', null).executeTakeFirst();
}

/** Keys out now, oldest first. */
export async function listOpenKeys(db: Db) {
  return keyLogSelect(db).where('vehicle_key_log.returned_at', 'is', null).orderBy('vehicle_key_log.handed_out_at').execute();
}

/** Keys handed out at or before `instant` and not back by then (candidates for VEH-12). */
export async function listKeysOutAt(db: Db, instant: string) {
  return keyLogSelect(db)
    .where('vehicle_key_log.handed_out_at', '<=', instant)
    .where((eb) => eb.or([eb('vehicle_key_log.returned_at', 'is', null), eb('vehicle_key_log.returned_at', '>', instant)]))
    .orderBy('vehicle_key_log.handed_out_at')
    .execute();
}

/** A car's key history, newest first. */
export async function listKeyLogsOf(db: Db, vehicleId: string, limit = 50) {
  return keyLogSelect(db).where('vehicle_key_log.vehicle_id', '=', vehicleId).orderBy('vehicle_key_log.handed_out_at', 'desc').limit(limit).execute();
}

export async function countKeyLogsOf(db: Db, vehicleId: string): Promise<number> {
  const r = await db.selectFrom('vehicle_key_log').select((eb) => eb.fn.countAll<number>().as('n')).where('vehicle_id', '=', vehicleId).executeTakeFirst();
  return Number(r?.n ?? 0);
}

/**
 * The part's core, shared by the engine hooks and the services: reading a request form, checking
 * a booking (VEH-14, double booking, car status, past times, seats) and putting requests on a trip.
 * Everything here runs inside the caller's transaction and throws 4xx errors before writing.
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest, conflict, notFound } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { beijingText, findOverlappingBooking } from '../vehicles.rules.checks.js';
import { USE_PURPOSE_LABELS, type UsePurpose } from '../vehicles.rules.dispatch.js';
import { isDesignatedDriver } from '../vehicles.repository.js';
import { STATUS_LABELS } from '../vehicles.service.js';
import * as repo from './requests.repository.js';
import { CARGO_LABELS, DIRECTION_BEARINGS } from './requests.process.js';
import type { CargoKind, VehicleRequestStatus, VehicleTripStatus } from './requests.table.js';

export const REQUEST_STATUS_LABELS: Record<VehicleRequestStatus, string> = {
  pending: '审批中', approved: '待派车', dispatched: '已派车', in_trip: '出车中', returned: '已回车', rejected: '未批准', cancelled: '已作废',
};
export const TRIP_STATUS_LABELS: Record<VehicleTripStatus, string> = { planned: '待出车', in_trip: '出车中', returned: '已回车', cancelled: '已取消' };

const purposeByLabel = new Map(Object.entries(USE_PURPOSE_LABELS).map(([k, v]) => [v as string, k as UsePurpose]));
const cargoByLabel = new Map(Object.entries(CARGO_LABELS).map(([k, v]) => [v as string, k as CargoKind]));

/** The request as the form holds it (labels), read into table values. */
export interface RequestFields {
  purpose: UsePurpose;
  purposeText: string;
  urgent: boolean;
  cargo: CargoKind;
  passengers: number;
  goodsDesc: string;
  startAt: string;
  endAt: string;
  origin: string;
  destination: string;
  route: string;
  distanceKm: number;
  bearingDeg: number | null;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export function readRequestData(data: Record<string, unknown>): RequestFields {
  const purposeLabel = str(data.purpose);
  const purpose = purposeByLabel.get(purposeLabel) ?? (Object.hasOwn(USE_PURPOSE_LABELS, purposeLabel) ? (purposeLabel as UsePurpose) : undefined);
  if (!purpose) throw badRequest('vehicles.invalidPurpose', { value: purposeLabel });
  const cargoLabel = str(data.cargo);
  const cargo = cargoByLabel.get(cargoLabel) ?? (Object.hasOwn(CARGO_LABELS, cargoLabel) ? (cargoLabel as CargoKind) : undefined);
  if (!cargo) throw badRequest('vehicles.req.fieldRequired', { field: '拉运货物/乘车人员' });
  const startAt = instant(data.startAt, '用车时间');
  const endAt = instant(data.endAt, '预计返回时间');
  if (Date.parse(endAt) < Date.parse(startAt)) throw badRequest('vehicles.req.startAfterEnd', { start: beijingText(Date.parse(startAt)), end: beijingText(Date.parse(endAt)) });
  const dir = str(data.direction);
  const distanceKm = Number(data.distanceKm);
  if (!Number.isFinite(distanceKm) || distanceKm < 0) throw badRequest('vehicles.invalidDistance', { field: 'distanceKm', value: String(data.distanceKm) });
  const destination = str(data.destination);
  if (!destination) throw badRequest('vehicles.req.fieldRequired', { field: '目的地' });
  return {
    purpose,
    purposeText: str(data.purposeText),
    urgent: data.urgent === true,
    cargo,
    passengers: Number.isInteger(data.passengers) ? Number(data.passengers) : 0,
    goodsDesc: str(data.goodsDesc),
    startAt,
    endAt,
    origin: str(data.origin),
    destination,
    route: str(data.route),
    distanceKm,
    bearingDeg: Object.hasOwn(DIRECTION_BEARINGS, dir) ? DIRECTION_BEARINGS[dir]! : null,
  };
}

function instant(v: unknown, field: string): string {
  const ms = typeof v === 'string' ? Date.parse(v) : NaN;
  if (!Number.isFinite(ms)) throw badRequest('vehicles.invalidDateTime', { field, value: String(v ?? '') });
  return new Date(ms).toISOString();
}

export function requestTitle(r: { purpose: string; destination: string; requester_name?: string | null }): string {
  const label = USE_PURPOSE_LABELS[r.purpose as UsePurpose] ?? r.purpose;
  return `${r.requester_name ? `${r.requester_name} ` : ''}${label} → ${r.destination}`;
}

/** The table row of a new request (status and flags set by the caller). */
export function requestRow(f: RequestFields, ids: { id: string; requesterId: string; departmentId: string | null; now: string }) {
  return {
    id: ids.id,
    instance_id: null,
    requester_id: ids.requesterId,
    department_id: ids.departmentId,
    purpose: f.purpose,
    purpose_text: f.purposeText,
    urgent: f.urgent ? 1 : 0,
    cargo_kind: f.cargo,
    passengers: f.passengers,
    goods_desc: f.goodsDesc,
    start_at: f.startAt,
    end_at: f.endAt,
    origin: f.origin,
    destination: f.destination,
    destination_area: f.destination,
    route: f.route,
    distance_km: f.distanceKm,
    bearing_deg: f.bearingDeg,
    dest_lat: null,
    dest_lng: null,
    needs_gm: 0,
    gm_reasons: '[]',
    advice: '',
    status: 'pending' as VehicleRequestStatus,
    backfill: 0,
    paperwork_done: 1,
    vehicle_id: null,
    driver_id: null,
    trip_id: null,
    carpool_group: null,
    dispatched_at: null,
    dispatched_by: null,
    created_at: ids.now,
    updated_at: ids.now,
  };
}

// ---------------------------------------------------------------------------------------------
// Booking checks

export interface Booking {
  vehicleId: string;
  driverId: string;
  start: string;
  end: string;
  passengers: number;
  /** A trip being extended (carpool): not a conflict with itself. */
  tripId?: string;
}

/**
 * Refuses a booking the rules forbid: car missing/retired/in repair, driver not designated
 * (VEH-14), the use already over, too many passengers, the car or the driver booked for an
 * overlapping time. Returns the car.
 */
export async function checkBooking(db: Db, s: Services, b: Booking) {
  const car = await db.selectFrom('vehicle').selectAll().where('id', '=', b.vehicleId).executeTakeFirst();
  if (!car) throw notFound('vehicles.notFound');
  if (car.status !== 'in_service') throw badRequest('vehicles.req.vehicleUnavailable', { plate: car.plate, status: STATUS_LABELS[car.status] });
  const driver = await db.selectFrom('app_user').select(['id', 'name']).where('id', '=', b.driverId).where('active', '=', 1).executeTakeFirst();
  if (!driver) throw badRequest('vehicles.driverNotFound', { id: b.driverId });
  if (!(await isDesignatedDriver(db, car.id, driver.id))) throw badRequest('vehicles.req.notDesignatedDriver', { name: driver.name, plate: car.plate });
  if (Date.parse(b.end) <= s.clock.now().getTime()) throw badRequest('vehicles.req.inPast', { end: beijingText(Date.parse(b.end)), what: '派车' });
  if (car.seats !== null && car.seats > 0 && b.passengers > car.seats - 1) {
    throw badRequest('vehicles.req.tooManyPassengers', { plate: car.plate, seats: car.seats, max: car.seats - 1, count: b.passengers });
  }
  const candidate = { start: b.start, end: b.end };
  const asBookings = (rows: repo.TripRow[]) => rows.filter((t) => t.id !== b.tripId).map((t) => ({ start: t.planned_start, end: t.planned_end, t }));
  const carClash = findOverlappingBooking(asBookings(await repo.activeTrips(db, { vehicleId: car.id })), candidate);
  if (carClash) {
    throw conflict('vehicles.req.doubleBooked', { plate: car.plate, from: beijingText(Date.parse(carClash.start)), to: beijingText(Date.parse(carClash.end)), other: `${carClash.t.user_name} ${carClash.t.destination}` });
  }
  const driverClash = findOverlappingBooking(asBookings(await repo.activeTrips(db, { driverId: driver.id })), candidate);
  if (driverClash) throw conflict('vehicles.req.driverBusy', { name: driver.name, from: beijingText(Date.parse(driverClash.start)), to: beijingText(Date.parse(driverClash.end)) });
  return car;
}

type ReqRow = { id: string; requester_id: string; department_id: string | null; purpose: string; purpose_text: string; destination: string; route: string; start_at: string; end_at: string; passengers: number };

function purposeText(r: { purpose: string; purpose_text: string }): string {
  const label = USE_PURPOSE_LABELS[r.purpose as UsePurpose] ?? r.purpose;
  return r.purpose_text ? `${label}：${r.purpose_text}` : label;
}

/**
 * Puts a request on a trip: a new trip for `vehicleId` + `driverId`, or (carpool, VEH-7) an
 * existing planned trip, whose window grows to cover the request. Checks the booking first.
 */
export async function assignToTrip(
  trx: Db,
  s: Services,
  actorId: string,
  req: ReqRow,
  target: { vehicleId: string; driverId: string; tripId?: string | null },
  opts: { status?: 'dispatched' | 'in_trip'; backfill?: boolean } = {},
): Promise<string> {
  const now = s.clock.now().toISOString();
  let tripId = target.tripId ?? null;
  if (tripId) {
    const trip = await repo.findTrip(trx, tripId);
    if (!trip) throw notFound('vehicles.req.tripNotFound', { id: tripId });
    if (trip.status !== 'planned') throw conflict('vehicles.req.tripNotJoinable', { status: TRIP_STATUS_LABELS[trip.status] });
    const members = await trx.selectFrom('vehicle_request').select((eb) => eb.fn.sum<number>('passengers').as('p')).where('trip_id', '=', tripId).executeTakeFirst();
    const start = req.start_at < trip.planned_start ? req.start_at : trip.planned_start;
    const end = req.end_at > trip.planned_end ? req.end_at : trip.planned_end;
    await checkBooking(trx, s, { vehicleId: trip.vehicle_id, driverId: trip.driver_id, start, end, passengers: Number(members?.p ?? 0) + req.passengers, tripId });
    const group = trip.carpool_group ?? trip.id;
    await trx.updateTable('vehicle_trip').set({ planned_start: start, planned_end: end, carpool_group: group, passengers: Number(members?.p ?? 0) + req.passengers, updated_at: now }).where('id', '=', tripId).execute();
    await trx.updateTable('vehicle_request').set({ carpool_group: group }).where('trip_id', '=', tripId).execute();
    await trx
      .updateTable('vehicle_request')
      .set({ status: opts.status ?? 'dispatched', vehicle_id: trip.vehicle_id, driver_id: trip.driver_id, trip_id: tripId, carpool_group: group, dispatched_at: now, dispatched_by: actorId, updated_at: now })
      .where('id', '=', req.id)
      .execute();
    await recordAudit(trx, s.clock, auditActor(actorId), { action: 'vehicle.request.carpool', entity: 'vehicle_request', entityId: req.id, data: { tripId } });
    return tripId;
  }
  await checkBooking(trx, s, { vehicleId: target.vehicleId, driverId: target.driverId, start: req.start_at, end: req.end_at, passengers: req.passengers });
  tripId = newId();
  await trx
    .insertInto('vehicle_trip')
    .values({
      id: tripId, vehicle_id: target.vehicleId, driver_id: target.driverId, user_id: req.requester_id, department_id: req.department_id,
      purpose: purposeText(req), route: req.route, destination: req.destination, planned_start: req.start_at, planned_end: req.end_at,
      departed_at: null, returned_at: null, odometer_start_km: null, odometer_end_km: null, distance_km: null, status: 'planned',
      backfill: opts.backfill ? 1 : 0, carpool_group: null, passengers: req.passengers, key_log_id: null, notes: '', created_by: actorId, created_at: now, updated_at: now,
    })
    .execute();
  await trx
    .updateTable('vehicle_request')
    .set({ status: opts.status ?? 'dispatched', vehicle_id: target.vehicleId, driver_id: target.driverId, trip_id: tripId, dispatched_at: now, dispatched_by: actorId, updated_at: now })
    .where('id', '=', req.id)
    .execute();
  await recordAudit(trx, s.clock, auditActor(actorId), { action: 'vehicle.request.dispatch', entity: 'vehicle_request', entityId: req.id, data: { tripId, ...target } });
  return tripId;
}

/** Inside engine hooks only the acting user's id is known; the audit needs no more. */
const auditActor = (id: string) => ({ id });

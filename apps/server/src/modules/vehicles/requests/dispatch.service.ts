/**
 * VEH-3/6/7/14 the admin specialist's dispatch board: approved requests in dispatch order with
 * carpool offers, dispatch of one request or a carpool group (completing the engine's dispatch
 * tasks), direct dispatch without a request and its 补办 paperwork.
 */
import type { Services } from '../../../app.types.js';
import { badRequest, conflict, notFound } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { engineActor } from '../../../process/process.service.js';
import { carpoolGroups, dispatchOrder, USE_PURPOSE_LABELS, type UsePurpose } from '../vehicles.rules.dispatch.js';
import { vehicleSettings } from '../vehicles.service.js';
import { assignToTrip, checkBooking, readRequestData, REQUEST_STATUS_LABELS, requestRow, requestTitle, TRIP_STATUS_LABELS } from './requests.core.js';
import * as repo from './requests.repository.js';
import { CAR_REQUEST_KEY, CARGO_LABELS } from './requests.process.js';

export function presentRequest(r: repo.RequestRow) {
  return {
    id: r.id,
    instanceId: r.instance_id,
    requesterId: r.requester_id,
    requesterName: r.requester_name,
    departmentName: r.department_name ?? null,
    purpose: r.purpose,
    purposeLabel: USE_PURPOSE_LABELS[r.purpose as UsePurpose] ?? r.purpose,
    purposeText: r.purpose_text,
    urgent: r.urgent === 1,
    cargoKind: r.cargo_kind,
    cargoLabel: CARGO_LABELS[r.cargo_kind] ?? r.cargo_kind,
    passengers: r.passengers,
    goodsDesc: r.goods_desc,
    startAt: r.start_at,
    endAt: r.end_at,
    origin: r.origin,
    destination: r.destination,
    route: r.route,
    distanceKm: r.distance_km === null ? null : Number(r.distance_km),
    bearingDeg: r.bearing_deg === null ? null : Number(r.bearing_deg),
    needsGm: r.needs_gm === 1,
    advice: r.advice,
    status: r.status,
    statusLabel: REQUEST_STATUS_LABELS[r.status],
    backfill: r.backfill === 1,
    paperworkDone: r.paperwork_done === 1,
    vehicleId: r.vehicle_id,
    plate: r.plate ?? null,
    driverId: r.driver_id,
    driverName: r.driver_name ?? null,
    tripId: r.trip_id,
    carpoolGroup: r.carpool_group,
    createdAt: r.created_at,
  };
}
export type RequestDto = ReturnType<typeof presentRequest>;

/** The board: approved requests in VEH-6 order, VEH-7 carpool offers, cars, paperwork missing. */
export async function dispatchBoard(s: Services) {
  const settings = await vehicleSettings(s.db);
  const approved = (await repo.requestSelect(s.db).where('r.status', '=', 'approved').execute()).map(presentRequest);
  const asRule = approved.map((r) => ({ id: r.id, urgent: r.urgent, withGoods: r.cargoKind !== 'passengers', requestedStart: r.startAt, createdAt: r.createdAt, destinationArea: r.destination, bearingDeg: r.bearingDeg ?? undefined, dto: r }));
  const ordered = dispatchOrder(asRule).map((x) => x.dto);
  const groups = carpoolGroups(asRule, {}, settings).map((g) => g.map((r) => r.id));
  const tasks = await repo.openTasks(s.db, approved.map((r) => r.instanceId).filter((x): x is string => !!x), 'dispatch');
  const missing = (await repo.requestSelect(s.db).where('r.backfill', '=', 1).where('r.paperwork_done', '=', 0).orderBy('r.start_at', 'desc').execute()).map(presentRequest);
  const cars = await s.db.selectFrom('vehicle').select(['id', 'plate', 'model', 'seats', 'load_kg', 'status']).where('status', '!=', 'retired').orderBy('plate').execute();
  const drivers = await s.db
    .selectFrom('vehicle_driver')
    .innerJoin('app_user', 'app_user.id', 'vehicle_driver.user_id')
    .select(['vehicle_driver.vehicle_id', 'app_user.id', 'app_user.name'])
    .where('app_user.active', '=', 1)
    .execute();
  const trips = (await repo.tripSelect(s.db).where('t.status', 'in', ['planned', 'in_trip']).orderBy('t.planned_start').execute()).map(presentTrip);
  return {
    requests: ordered.map((r) => ({ ...r, taskId: tasks.find((t) => t.instance_id === r.instanceId)?.id ?? null })),
    carpools: groups,
    missingPaperwork: missing,
    vehicles: cars.map((c) => ({ ...c, drivers: drivers.filter((d) => d.vehicle_id === c.id).map((d) => ({ id: d.id, name: d.name })) })),
    trips,
  };
}

export function presentTrip(t: repo.TripRow) {
  return {
    id: t.id,
    vehicleId: t.vehicle_id,
    plate: t.plate,
    model: t.model,
    driverId: t.driver_id,
    driverName: t.driver_name,
    userId: t.user_id,
    userName: t.user_name,
    departmentName: t.department_name ?? null,
    purpose: t.purpose,
    route: t.route,
    destination: t.destination,
    plannedStart: t.planned_start,
    plannedEnd: t.planned_end,
    departedAt: t.departed_at,
    returnedAt: t.returned_at,
    odometerStartKm: t.odometer_start_km === null ? null : Number(t.odometer_start_km),
    odometerEndKm: t.odometer_end_km === null ? null : Number(t.odometer_end_km),
    distanceKm: t.distance_km === null ? null : Number(t.distance_km),
    status: t.status,
    statusLabel: TRIP_STATUS_LABELS[t.status],
    backfill: t.backfill === 1,
    carpoolGroup: t.carpool_group,
    passengers: t.passengers,
    notes: t.notes,
  };
}
export type TripDto = ReturnType<typeof presentTrip>;

/**
 * Dispatches one request, or a carpool group (the first is the lead; the others join its trip),
 * to a car and a designated driver. Everything is checked before the first engine action, and
 * each action re-checks inside its own transaction (the hook), so a refusal changes nothing.
 */
export async function dispatchRequests(s: Services, actor: Actor, input: { requestIds: string[]; vehicleId: string; driverId: string; note?: string }) {
  const ids = [...new Set(input.requestIds)];
  const reqs = [];
  for (const id of ids) {
    const r = await repo.findRequest(s.db, id);
    if (!r) throw notFound('vehicles.req.notFound', { id });
    if (r.status !== 'approved') throw conflict('vehicles.req.notApproved', { title: requestTitle(r), status: REQUEST_STATUS_LABELS[r.status] });
    reqs.push(r);
  }
  const tasks = await repo.openTasks(s.db, reqs.map((r) => r.instance_id!).filter(Boolean), 'dispatch');
  for (const r of reqs) if (!tasks.some((t) => t.instance_id === r.instance_id)) throw conflict('vehicles.req.noDispatchTask', { title: requestTitle(r) });
  // The lead is the first in dispatch order (VEH-6).
  const ordered = dispatchOrder(reqs.map((r) => ({ r, urgent: r.urgent === 1, withGoods: r.cargo_kind !== 'passengers', requestedStart: r.start_at, createdAt: r.created_at }))).map((x) => x.r);
  const start = ordered.reduce((m, r) => (r.start_at < m ? r.start_at : m), ordered[0]!.start_at);
  const end = ordered.reduce((m, r) => (r.end_at > m ? r.end_at : m), ordered[0]!.end_at);
  const car = await checkBooking(s.db, s, { vehicleId: input.vehicleId, driverId: input.driverId, start, end, passengers: ordered.reduce((n, r) => n + r.passengers, 0) });
  const ea = engineActor(actor);
  let tripId: string | null = null;
  for (const r of ordered) {
    const task = tasks.find((t) => t.instance_id === r.instance_id)!;
    const data: Record<string, unknown> = { vehiclePlate: car.plate, vehicleId: input.vehicleId, driverId: input.driverId, ...(input.note ? { dispatchNote: input.note } : {}) };
    if (tripId) data.tripId = tripId;
    await s.engine.act(ea, task.id, 'complete', { data });
    if (!tripId) tripId = (await s.db.selectFrom('vehicle_request').select('trip_id').where('id', '=', r.id).executeTakeFirstOrThrow()).trip_id;
  }
  return { tripId: tripId! };
}

export interface DirectDispatchInput {
  requesterId: string;
  purpose: string;
  purposeText?: string;
  urgent?: boolean;
  cargo: string;
  passengers?: number;
  goodsDesc?: string;
  startAt: string;
  endAt: string;
  origin?: string;
  destination: string;
  direction: string;
  distanceKm: number;
  route?: string;
  vehicleId: string;
  driverId: string;
}

/**
 * VEH-3 special case: the admin specialist sends a car without a request. The request row and the
 * trip are written at once; then the user's 补办 paperwork starts on the engine. Should that
 * start fail, the board lists the request as missing paperwork and offers to start it again.
 */
export async function directDispatch(s: Services, actor: Actor, input: DirectDispatchInput) {
  const user = await s.db.selectFrom('app_user').select(['id', 'department_id']).where('id', '=', input.requesterId).where('active', '=', 1).executeTakeFirst();
  if (!user) throw badRequest('vehicles.req.userNotFound', { id: input.requesterId });
  const formData = formOf(input);
  const f = readRequestData(formData);
  const id = newId();
  const tripId = await changeWithAudit(s, actor, async (trx) => {
    const row = requestRow(f, { id, requesterId: user.id, departmentId: user.department_id, now: s.clock.now().toISOString() });
    await trx.insertInto('vehicle_request').values({ ...row, backfill: 1, paperwork_done: 0, status: 'pending' }).execute();
    const t = await assignToTrip(trx, s, actor.id, row, { vehicleId: input.vehicleId, driverId: input.driverId }, { backfill: true });
    return { result: t, audit: { action: 'vehicle.request.direct', entity: 'vehicle_request', entityId: id, data: input } };
  });
  const instanceId = await startPaperwork(s, id).catch(() => null);
  return { id, tripId, instanceId };
}

function formOf(input: Omit<DirectDispatchInput, 'vehicleId' | 'driverId' | 'requesterId'>): Record<string, unknown> {
  const data: Record<string, unknown> = {
    purpose: input.purpose, urgent: input.urgent ?? false, cargo: input.cargo, startAt: input.startAt, endAt: input.endAt,
    destination: input.destination, direction: input.direction, distanceKm: input.distanceKm,
  };
  for (const k of ['purposeText', 'passengers', 'goodsDesc', 'origin', 'route'] as const) if (input[k] !== undefined && input[k] !== '') data[k] = input[k];
  return data;
}

/** Starts (or restarts) the 补办 paperwork of a direct dispatch, in the user's name. */
export async function startPaperwork(s: Services, requestId: string): Promise<string> {
  const r = await repo.findRequest(s.db, requestId);
  if (!r || !r.backfill || r.instance_id) throw badRequest('vehicles.req.backfillInvalid', { id: requestId });
  const data: Record<string, unknown> = {
    ...formOf({
      purpose: USE_PURPOSE_LABELS[r.purpose as UsePurpose] ?? r.purpose, purposeText: r.purpose_text, urgent: r.urgent === 1, cargo: CARGO_LABELS[r.cargo_kind],
      passengers: r.passengers, goodsDesc: r.goods_desc, startAt: r.start_at, endAt: r.end_at, origin: r.origin, destination: r.destination,
      direction: directionOf(r.bearing_deg), distanceKm: Number(r.distance_km ?? 0), route: r.route,
    }),
    backfill: true,
    requestId: r.id,
    ...(r.plate ? { vehiclePlate: r.plate } : {}),
    vehicleId: r.vehicle_id,
    driverId: r.driver_id,
    tripId: r.trip_id,
  };
  const { instanceId } = await s.engine.start({ id: r.requester_id }, { processKey: CAR_REQUEST_KEY, data, title: `补办用车手续：${requestTitle(r)}` });
  return instanceId;
}

function directionOf(bearing: number | null): string {
  const names = ['北', '东北', '东', '东南', '南', '西南', '西', '西北'];
  return names[Math.round(Number(bearing ?? 0) / 45) % 8]!;
}

/** The requests an employee made (and those made for him: direct dispatches). */
export async function myRequests(s: Services, actor: Actor) {
  return (await repo.requestSelect(s.db).where('r.requester_id', '=', actor.id).orderBy('r.start_at', 'desc').limit(100).execute()).map(presentRequest);
}

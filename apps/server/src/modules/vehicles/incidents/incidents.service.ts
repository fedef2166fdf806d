/**
 * Reading the incidents records (VEH-8, 10, 16–20): the registers behind the pages and xlsx
 * exports, and `driverUnavailable` for other parts (dispatch). Record rule: holders of
 * `vehicles:incidents:read` see everything, everyone else only the records about himself.
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { licenceHeldOn } from './incidents.rules.js';

export const READ_ALL = 'vehicles:incidents:read';

export interface RangeQuery {
  from?: string;
  to?: string;
  vehicleId?: string;
  userId?: string;
}

/**
 * VEH-17 whether the driver's licence is held (扣证) on `date` ('YYYY-MM-DD', Beijing) by a
 * violation that was not rejected or cancelled: he is given other work and is not dispatched.
 */
export async function driverUnavailable(db: Db, userId: string, date: string): Promise<boolean> {
  const periods = await db
    .selectFrom('vehicle_violation')
    .select(['licence_held_from as from', 'licence_held_to as to'])
    .where('driver_id', '=', userId)
    .where('status', 'in', ['open', 'done'])
    .where('licence_held_from', 'is not', null)
    .execute();
  return licenceHeldOn(periods, date);
}

/** Drivers whose licence is held on `date`, with the period (for the pages). */
export async function licenceHeldDrivers(db: Db, date: string) {
  return db
    .selectFrom('vehicle_violation')
    .innerJoin('app_user', 'app_user.id', 'vehicle_violation.driver_id')
    .select(['vehicle_violation.driver_id as driverId', 'app_user.name as driverName', 'licence_held_from as from', 'licence_held_to as to'])
    .where('vehicle_violation.status', 'in', ['open', 'done'])
    .where('licence_held_from', '<=', date)
    .where('licence_held_to', '>=', date)
    .execute();
}

const own = (actor: Actor) => !actor.can(READ_ALL);

export async function listRepairs(s: Services, actor: Actor, q: RangeQuery) {
  let sel = s.db
    .selectFrom('vehicle_repair as r')
    .innerJoin('vehicle as v', 'v.id', 'r.vehicle_id')
    .innerJoin('app_user as u', 'u.id', 'r.reporter_id')
    .select(['r.id', 'r.instance_id as instanceId', 'r.vehicle_id as vehicleId', 'v.plate', 'r.reporter_id as reporterId', 'u.name as reporterName', 'r.problem',
      'r.estimate_fen as estimateFen', 'r.needs_gm as needsGm', 'r.actual_cost_fen as actualCostFen', 'r.invoice_attachment_id as invoiceAttachmentId', 'r.status',
      'r.opened_at as openedAt', 'r.closed_at as closedAt']);
  if (own(actor)) sel = sel.where('r.reporter_id', '=', actor.id);
  if (q.vehicleId) sel = sel.where('r.vehicle_id', '=', q.vehicleId);
  if (q.from) sel = sel.where('r.opened_at', '>=', q.from);
  if (q.to) sel = sel.where('r.opened_at', '<', `${q.to}T23:59:59.999Z`);
  const rows = await sel.orderBy('r.opened_at', 'desc').execute();
  return rows.map((r) => ({ ...r, estimateFen: Number(r.estimateFen), actualCostFen: r.actualCostFen === null ? null : Number(r.actualCostFen), needsGm: r.needsGm === 1 }));
}

export async function listAccidents(s: Services, actor: Actor, q: RangeQuery) {
  let sel = s.db
    .selectFrom('vehicle_accident as a')
    .innerJoin('vehicle as v', 'v.id', 'a.vehicle_id')
    .innerJoin('app_user as u', 'u.id', 'a.driver_id')
    .selectAll('a')
    .select(['v.plate', 'u.name as driverName']);
  if (own(actor)) sel = sel.where('a.driver_id', '=', actor.id);
  if (q.vehicleId) sel = sel.where('a.vehicle_id', '=', q.vehicleId);
  if (q.userId) sel = sel.where('a.driver_id', '=', q.userId);
  if (q.from) sel = sel.where('a.occurred_at', '>=', q.from);
  if (q.to) sel = sel.where('a.occurred_at', '<', `${q.to}T23:59:59.999Z`);
  const rows = await sel.orderBy('a.occurred_at', 'desc').execute();
  const n = (v: number | null) => (v === null ? null : Number(v));
  return rows.map((a) => ({
    id: a.id, instanceId: a.instance_id, vehicleId: a.vehicle_id, plate: a.plate, driverId: a.driver_id, driverName: a.driverName, occurredAt: a.occurred_at,
    place: a.place, description: a.description, policeReported: a.police_reported === 1, policeReportNo: a.police_report_no, insurerReported: a.insurer_reported === 1,
    claimNo: a.claim_no, sceneKept: a.scene_kept === 1, leadersTold: a.leaders_told === 1, totalCostFen: n(a.total_cost_fen), insurancePayoutFen: n(a.insurance_payout_fen),
    responsibility: a.responsibility, driverShareFen: n(a.driver_share_fen), companyShareFen: n(a.company_share_fen), status: a.status,
  }));
}

export async function listViolations(s: Services, actor: Actor, q: RangeQuery) {
  let sel = s.db
    .selectFrom('vehicle_violation as x')
    .innerJoin('vehicle as v', 'v.id', 'x.vehicle_id')
    .innerJoin('app_user as u', 'u.id', 'x.driver_id')
    .selectAll('x')
    .select(['v.plate', 'u.name as driverName']);
  if (own(actor)) sel = sel.where('x.driver_id', '=', actor.id);
  if (q.vehicleId) sel = sel.where('x.vehicle_id', '=', q.vehicleId);
  if (q.userId) sel = sel.where('x.driver_id', '=', q.userId);
  if (q.from) sel = sel.where('x.occurred_on', '>=', q.from);
  if (q.to) sel = sel.where('x.occurred_on', '<=', q.to);
  const rows = await sel.orderBy('x.occurred_on', 'desc').execute();
  return rows.map((x) => ({
    id: x.id, instanceId: x.instance_id, vehicleId: x.vehicle_id, plate: x.plate, driverId: x.driver_id, driverName: x.driverName, occurredOn: x.occurred_on,
    place: x.place, points: x.points, fineFen: Number(x.fine_fen), cause: x.cause, driverShareFen: x.driver_share_fen === null ? null : Number(x.driver_share_fen),
    companyShareFen: x.company_share_fen === null ? null : Number(x.company_share_fen), licenceHeldFrom: x.licence_held_from, licenceHeldTo: x.licence_held_to, status: x.status,
  }));
}

/** VEH-17 penalty points per driver in a year (罚分司机承担), from violations not rejected or cancelled. */
export async function pointsByDriver(s: Services, actor: Actor, year: string) {
  let sel = s.db
    .selectFrom('vehicle_violation as x')
    .innerJoin('app_user as u', 'u.id', 'x.driver_id')
    .select(['x.driver_id as driverId', 'u.name as driverName', (eb) => eb.fn.sum<number>('x.points').as('points'), (eb) => eb.fn.countAll<number>().as('count')])
    .where('x.status', 'in', ['open', 'done'])
    .where('x.occurred_on', '>=', `${year}-01-01`)
    .where('x.occurred_on', '<=', `${year}-12-31`)
    .groupBy(['x.driver_id', 'u.name']);
  if (own(actor)) sel = sel.where('x.driver_id', '=', actor.id);
  return (await sel.execute()).map((r) => ({ ...r, points: Number(r.points), count: Number(r.count) }));
}

export async function listBorrows(s: Services, actor: Actor, q: RangeQuery) {
  let sel = s.db
    .selectFrom('vehicle_private_borrow as b')
    .innerJoin('vehicle as v', 'v.id', 'b.vehicle_id')
    .innerJoin('app_user as u', 'u.id', 'b.borrower_id')
    .selectAll('b')
    .select(['v.plate', 'u.name as borrowerName']);
  if (own(actor)) sel = sel.where('b.borrower_id', '=', actor.id);
  if (q.vehicleId) sel = sel.where('b.vehicle_id', '=', q.vehicleId);
  if (q.from) sel = sel.where('b.planned_start', '>=', q.from);
  if (q.to) sel = sel.where('b.planned_start', '<', `${q.to}T23:59:59.999Z`);
  const rows = await sel.orderBy('b.planned_start', 'desc').execute();
  return rows.map((b) => ({
    id: b.id, instanceId: b.instance_id, vehicleId: b.vehicle_id, plate: b.plate, borrowerId: b.borrower_id, borrowerName: b.borrowerName, purpose: b.purpose,
    plannedStart: b.planned_start, plannedEnd: b.planned_end, distanceKm: b.distance_km, cleanUndamaged: b.clean_undamaged === null ? null : b.clean_undamaged === 1,
    damageNotes: b.damage_notes, chargeFen: b.charge_fen === null ? null : Number(b.charge_fen), status: b.status,
  }));
}

export async function listHired(s: Services, actor: Actor, q: RangeQuery) {
  let sel = s.db
    .selectFrom('vehicle_hired_transport as h')
    .innerJoin('app_user as u', 'u.id', 'h.requester_id')
    .leftJoin('department as d', 'd.id', 'h.department_id')
    .selectAll('h')
    .select(['u.name as requesterName', 'd.name as departmentName']);
  if (own(actor)) sel = sel.where('h.requester_id', '=', actor.id);
  if (q.from) sel = sel.where('h.date', '>=', q.from);
  if (q.to) sel = sel.where('h.date', '<=', q.to);
  const rows = await sel.orderBy('h.date', 'desc').execute();
  return rows.map((h) => ({
    id: h.id, instanceId: h.instance_id, departmentId: h.department_id, departmentName: h.departmentName ?? null, requesterId: h.requester_id,
    requesterName: h.requesterName, date: h.date, amountFen: Number(h.amount_fen), start: h.start, end: h.end, purpose: h.purpose, invoiceAttachmentId: h.invoice_attachment_id,
  }));
}

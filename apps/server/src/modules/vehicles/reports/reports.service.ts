/**
 * Vehicle reports (issue item 6): use and cost per car, per department and per month, and the
 * fuel anomalies (VEH-5). Read from the requests part (vehicle_trip, vehicle_fuel) and the
 * incidents part (vehicle_repair, vehicle_hired_transport). Record rules: holders of
 * `vehicles:reportsAll` and the head of the department that runs the cars (or above it) see every
 * department; other department heads see their departments' trips and hired transport only
 * (fuel and repairs are costs of a car, not of a department, and stay hidden from them).
 */
import type { Services } from '../../../app.types.js';
import { forbidden } from '../../../http/errors.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { vehicleSettings, beijingDate } from '../vehicles.service.js';
import { fleetDepartmentId } from './reminders.recipients.js';
import { analyseFuel, beijingMonth, FUEL_REASON_LABELS, monthMinus, monthRangeUtc, monthsBetween, per100 } from './reports.rules.js';

export interface ReportQuery {
  from?: string;
  to?: string;
  vehicleId?: string;
  departmentId?: string;
}

type Scope = { kind: 'all' } | { kind: 'department'; departmentIds: string[] };

async function scopeOf(s: Services, actor: Actor): Promise<Scope> {
  if (actor.can('vehicles:reportsAll')) return { kind: 'all' };
  const fleet = await fleetDepartmentId(s.db);
  if (fleet && actor.headOfDepartmentIds.includes(fleet)) return { kind: 'all' };
  if (actor.headOfDepartmentIds.length > 0) return { kind: 'department', departmentIds: actor.headOfDepartmentIds };
  return { kind: 'department', departmentIds: actor.departmentId ? [actor.departmentId] : [] };
}

/** A department with all its sub-departments. */
function withDescendants(all: { id: string; parent_id: string | null }[], id: string): string[] {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of all) if (d.parent_id && out.has(d.parent_id) && !out.has(d.id)) { out.add(d.id); grew = true; }
  }
  return [...out];
}

const tripKm = (t: { distance_km: number | null; odometer_start_km: number | null; odometer_end_km: number | null }) =>
  t.distance_km ?? (t.odometer_start_km !== null && t.odometer_end_km !== null && t.odometer_end_km >= t.odometer_start_km ? t.odometer_end_km - t.odometer_start_km : 0);
const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

export async function vehicleReport(s: Services, actor: Actor, q: ReportQuery) {
  const to = q.to ?? beijingDate(s.clock.now()).slice(0, 7);
  const from = q.from ?? monthMinus(to, 11);
  const months = monthsBetween(from, to);
  const { startIso, endIso } = monthRangeUtc(from, to);
  const scope = await scopeOf(s, actor);
  const departments = await s.db.selectFrom('department').select(['id', 'parent_id', 'name', 'sort']).orderBy('sort').execute();
  let deptFilter: string[] | null = scope.kind === 'all' ? null : scope.departmentIds;
  if (q.departmentId) {
    const wanted = withDescendants(departments, q.departmentId);
    if (deptFilter && !deptFilter.includes(q.departmentId)) {
      throw forbidden('vehicles.reports.departmentNotAllowed', { department: departments.find((d) => d.id === q.departmentId)?.name ?? q.departmentId });
    }
    deptFilter = deptFilter ? wanted.filter((id) => deptFilter!.includes(id)) : wanted;
  }
  const carCosts = scope.kind === 'all' && !q.departmentId; // fuel and repairs belong to cars, not departments
  const settings = await vehicleSettings(s.db);

  let trips = s.db
    .selectFrom('vehicle_trip')
    .select(['id', 'vehicle_id', 'department_id', 'departed_at', 'distance_km', 'odometer_start_km', 'odometer_end_km'])
    .where('status', 'in', ['in_trip', 'returned'])
    .where('departed_at', '>=', startIso)
    .where('departed_at', '<', endIso);
  if (q.vehicleId) trips = trips.where('vehicle_id', '=', q.vehicleId);
  if (deptFilter) trips = deptFilter.length ? trips.where('department_id', 'in', deptFilter) : trips.where((eb) => eb.lit(false));
  const tripRows = await trips.execute();

  // Hired transport has no company car: left out when one car is asked for.
  let hired = s.db.selectFrom('vehicle_hired_transport').select(['id', 'department_id', 'date', 'amount_fen']).where('date', '>=', `${from}-01`).where('date', '<=', `${to}-31`);
  if (deptFilter) hired = deptFilter.length ? hired.where('department_id', 'in', deptFilter) : hired.where((eb) => eb.lit(false));
  const hiredRows = q.vehicleId ? [] : await hired.execute();

  let fuelHistory: { id: string; vehicle_id: string; fueled_at: string; liters: number; amount_fen: number; payment: string; odometer_km: number | null; anomaly_reasons: string; driver_id: string }[] = [];
  let repairRows: { vehicle_id: string; closed_at: string | null; actual_cost_fen: number | null; estimate_fen: number }[] = [];
  if (carCosts) {
    // The history before the range too: the first fueling in range needs the previous reading.
    let f = s.db.selectFrom('vehicle_fuel').select(['id', 'vehicle_id', 'fueled_at', 'liters', 'amount_fen', 'payment', 'odometer_km', 'anomaly_reasons', 'driver_id']).where('fueled_at', '<', endIso);
    if (q.vehicleId) f = f.where('vehicle_id', '=', q.vehicleId);
    fuelHistory = (await f.execute()).map((r) => ({ ...r, liters: Number(r.liters), amount_fen: Number(r.amount_fen), odometer_km: r.odometer_km === null ? null : Number(r.odometer_km) }));
    let rp = s.db.selectFrom('vehicle_repair').select(['vehicle_id', 'closed_at', 'actual_cost_fen', 'estimate_fen']).where('status', '=', 'done').where('closed_at', '>=', startIso).where('closed_at', '<', endIso);
    if (q.vehicleId) rp = rp.where('vehicle_id', '=', q.vehicleId);
    repairRows = await rp.execute();
  }
  const fuelInRange = fuelHistory.filter((f) => f.fueled_at >= startIso);
  const analysis = analyseFuel(
    fuelHistory.map((f) => ({ id: f.id, vehicleId: f.vehicle_id, fueledAt: f.fueled_at, liters: f.liters, amountFen: f.amount_fen, payment: f.payment, odometerKm: f.odometer_km, storedReasons: safeJsonArray(f.anomaly_reasons) })),
    settings,
  );
  const repairFen = (r: (typeof repairRows)[number]) => Number(r.actual_cost_fen ?? r.estimate_fen);

  const vehicles = await s.db.selectFrom('vehicle').select(['id', 'plate', 'model', 'status']).orderBy('plate').execute();
  const cars = vehicles
    .filter((v) => !q.vehicleId || v.id === q.vehicleId)
    .map((v) => {
      const t = tripRows.filter((x) => x.vehicle_id === v.id);
      const km = t.reduce((a, x) => a + tripKm(x), 0);
      const fu = fuelInRange.filter((x) => x.vehicle_id === v.id);
      const liters = fu.reduce((a, x) => a + x.liters, 0);
      const fen = fu.reduce((a, x) => a + x.amount_fen, 0);
      const rp = repairRows.filter((x) => x.vehicle_id === v.id);
      return {
        vehicleId: v.id, plate: v.plate, model: v.model, status: v.status,
        trips: t.length, km: round1(km),
        fuelLiters: carCosts ? round2(liters) : null, fuelAmountFen: carCosts ? fen : null,
        ...(carCosts ? per100(liters, fen, km) : { litersPer100Km: null, fuelFenPer100Km: null }),
        repairs: carCosts ? rp.length : null, repairsFen: carCosts ? rp.reduce((a, x) => a + repairFen(x), 0) : null,
        fuelAnomalies: carCosts ? fu.filter((x) => (analysis.get(x.id)?.reasons.length ?? 0) > 0).length : null,
      };
    })
    .filter((c) => c.status !== 'retired' || c.trips > 0 || (c.fuelAmountFen ?? 0) > 0 || (c.repairsFen ?? 0) > 0);

  const deptIds = new Set<string>([...tripRows.map((t) => t.department_id ?? ''), ...hiredRows.map((h) => h.department_id ?? '')]);
  const byDepartment = [...deptIds]
    .map((id) => {
      const t = tripRows.filter((x) => (x.department_id ?? '') === id);
      const h = hiredRows.filter((x) => (x.department_id ?? '') === id);
      const d = departments.find((x) => x.id === id);
      return {
        departmentId: id || null, departmentName: d?.name ?? '（未填部门）', sort: d?.sort ?? 9999,
        trips: t.length, km: round1(t.reduce((a, x) => a + tripKm(x), 0)), hired: h.length, hiredFen: h.reduce((a, x) => a + Number(x.amount_fen), 0),
      };
    })
    .sort((a, b) => a.sort - b.sort || a.departmentName.localeCompare(b.departmentName))
    .map(({ sort: _sort, ...rest }) => rest);

  const byMonth = months.map((m) => {
    const t = tripRows.filter((x) => beijingMonth(x.departed_at!) === m);
    const fu = fuelInRange.filter((x) => beijingMonth(x.fueled_at) === m);
    const rp = repairRows.filter((x) => x.closed_at && beijingMonth(x.closed_at) === m);
    const h = hiredRows.filter((x) => x.date.slice(0, 7) === m);
    return {
      month: m, trips: t.length, km: round1(t.reduce((a, x) => a + tripKm(x), 0)),
      fuelLiters: carCosts ? round2(fu.reduce((a, x) => a + x.liters, 0)) : null, fuelAmountFen: carCosts ? fu.reduce((a, x) => a + x.amount_fen, 0) : null,
      repairsFen: carCosts ? rp.reduce((a, x) => a + repairFen(x), 0) : null, hiredFen: h.reduce((a, x) => a + Number(x.amount_fen), 0),
    };
  });

  const plates = new Map(vehicles.map((v) => [v.id, v.plate]));
  const driverIds = [...new Set(fuelInRange.map((f) => f.driver_id))];
  const drivers = driverIds.length ? await s.db.selectFrom('app_user').select(['id', 'name']).where('id', 'in', driverIds).execute() : [];
  const fuelAnomalies = fuelInRange
    .filter((f) => (analysis.get(f.id)?.reasons.length ?? 0) > 0)
    .sort((a, b) => b.fueled_at.localeCompare(a.fueled_at))
    .map((f) => {
      const a = analysis.get(f.id)!;
      return {
        fuelId: f.id, vehicleId: f.vehicle_id, plate: plates.get(f.vehicle_id) ?? '', fueledAt: f.fueled_at,
        driverName: drivers.find((d) => d.id === f.driver_id)?.name ?? '', liters: f.liters, amountFen: f.amount_fen, payment: f.payment,
        km: a.km, per100Km: a.per100Km, usualPer100Km: a.usualPer100Km, reasons: a.reasons, reasonText: a.reasons.map((r) => FUEL_REASON_LABELS[r]).join('、'),
      };
    });

  return {
    from, to, months, scope: scope.kind, carCosts, tolerancePercent: settings.fuelAnomalyTolerancePercent,
    departments: departments.filter((d) => scope.kind === 'all' || scope.departmentIds.includes(d.id)).map((d) => ({ id: d.id, name: d.name })),
    cars, byDepartment, byMonth, fuelAnomalies,
  };
}
export type VehicleReport = Awaited<ReturnType<typeof vehicleReport>>;

function safeJsonArray(text: string): string[] {
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

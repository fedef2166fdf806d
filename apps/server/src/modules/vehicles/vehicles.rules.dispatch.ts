/**
 * Request and dispatch rules of the vehicle regulations (VEH-2, 6, 7, 8, 11). Pure functions:
 * times are ISO instants with a zone passed in, the calendar is passed in.
 */
import { badRequest } from '../../http/errors.js';
import { formatDate, isWorkday, type CalendarData } from '../../platform/calendar/calendar.rules.js';
import { defaultVehicleSettings, minutesOfDay, type VehicleSettings } from './vehicles.settings.js';
import { BEIJING_OFFSET_MS } from '../../platform/calendar/beijing.js';
import { assertKm, DAY_MS, instantMs, MINUTE_MS, zhMessage } from './vehicles.rules.util.js';

// ---------------------------------------------------------------------------------------------
// VEH-2 allowed uses (⑪车辆使用范围)

/** Purposes a company car may be requested for, with the documents' wording. */
export const USE_PURPOSE_LABELS = {
  businessTrip: '外出公差',
  purchasing: '采购物品',
  goodsTransport: '拉运货物',
  installRepair: '城区远郊（10公里外）安装和维修',
  adminBusiness: '行政管理人员外出办公事',
  guestReception: '接送公司宾客和来公司办事人员',
  injuredEmployee: '员工受伤急需治疗',
  loanToOrganization: '外单位借调、借用车辆',
  otherEmergency: '其他紧急或特殊用车',
  other: '其他员工外出',
} as const satisfies Record<string, string>;

export type UsePurpose = keyof typeof USE_PURPOSE_LABELS;

export const USE_PURPOSES = Object.keys(USE_PURPOSE_LABELS) as UsePurpose[];

/** Purposes the long-trip rule (VEH-7) does not restrict: guests and emergencies. */
const LONG_TRIP_EXEMPT: ReadonlySet<UsePurpose> = new Set(['guestReception', 'injuredEmployee', 'loanToOrganization', 'otherEmergency']);

export interface UseDecision {
  allowed: boolean;
  /** Message code (vehicles.messages.ts) explaining a refusal or advice. */
  code?: string;
  /** The advice in Chinese, shown on the request. */
  suggestion?: string;
}

/**
 * VEH-2 whether a car is given for `purpose` by default (the admin specialist may still decide
 * otherwise in special cases, VEH-3):
 * - business trips, purchasing, moving goods, guests, emergencies (injured employee, loan to
 *   another organization, other emergencies) → allowed;
 * - installation/repair → allowed when the site is more than `urbanRadiusKm` (10) km out
 *   ("城区远郊(10公里外)"; exactly 10 km is not beyond); without a distance it cannot be decided;
 * - admin staff on business → allowed for admin staff;
 * - anything else: allowed with goods, otherwise refused with a suggestion (public transport or
 *   own vehicle, which earns the VEH-9 subsidy).
 * Then VEH-7: an allowed trip longer than `longTripKm` without goods is refused (passengers take
 * public transport), except for guests and emergencies.
 */
export function isAllowedUse(
  purpose: UsePurpose,
  ctx: { withGoods: boolean; distanceKm?: number; adminStaff: boolean },
  s: VehicleSettings = defaultVehicleSettings,
): UseDecision {
  if (!Object.hasOwn(USE_PURPOSE_LABELS, purpose)) throw badRequest('vehicles.invalidPurpose', { value: String(purpose) });
  if (ctx.distanceKm !== undefined) assertKm(ctx.distanceKm);
  if (purpose === 'installRepair' && ctx.distanceKm === undefined) {
    return refusal('vehicles.use.distanceRequired', { km: s.urbanRadiusKm });
  }
  const coveredByPurpose =
    purpose === 'installRepair'
      ? (ctx.distanceKm ?? 0) > s.urbanRadiusKm
      : purpose === 'adminBusiness'
        ? ctx.adminStaff
        : purpose !== 'other';
  if (!coveredByPurpose && !ctx.withGoods) return refusal('vehicles.use.noGoods');
  if (!LONG_TRIP_EXEMPT.has(purpose) && ctx.distanceKm !== undefined) {
    const advice = longTripPassengerAdvice({ distanceKm: ctx.distanceKm, withGoods: ctx.withGoods }, s);
    if (!advice.carAllowed) return { allowed: false, code: advice.code, suggestion: advice.advice };
    if (advice.advice) return { allowed: true, code: advice.code, suggestion: advice.advice };
  }
  return { allowed: true };
}

function refusal(code: string, params: Record<string, string | number> = {}): UseDecision {
  return { allowed: false, code, suggestion: zhMessage(code, params) };
}

/**
 * VEH-7 "长途出差以货物为主，人员应尽量乘坐公共交通工具，一般不予派车": a trip strictly longer than
 * `longTripKm` (one way) is long. Long without goods → no car, take public transport; long with
 * goods → the car goes for the goods and the advice tells passengers to take public transport.
 */
export function longTripPassengerAdvice(
  trip: { distanceKm: number; withGoods: boolean },
  s: VehicleSettings = defaultVehicleSettings,
): { longTrip: boolean; carAllowed: boolean; code?: string; advice?: string } {
  assertKm(trip.distanceKm);
  if (trip.distanceKm <= s.longTripKm) return { longTrip: false, carAllowed: true };
  const code = trip.withGoods ? 'vehicles.use.longTripGoodsOnly' : 'vehicles.use.longTripNoCar';
  return { longTrip: true, carAllowed: trip.withGoods, code, advice: zhMessage(code, { km: s.longTripKm }) };
}

// ---------------------------------------------------------------------------------------------
// VEH-6 dispatch order (先急后缓、先货后人)

export interface DispatchRequest {
  urgent: boolean;
  /** Carries goods (a request with goods and people counts as goods). */
  withGoods: boolean;
  /** When the car is wanted (ISO instant with zone). */
  requestedStart: string;
  /** When the request was made (ISO instant with zone). */
  createdAt: string;
}

/**
 * VEH-6 competing requests in dispatch order: urgent before normal (先急后缓), then goods before
 * passengers (先货后人), then earlier requested start, then earlier created; ties keep the input
 * order (stable). Returns a new array; the input is not changed.
 */
export function dispatchOrder<T extends DispatchRequest>(requests: readonly T[]): T[] {
  const keyed = requests.map((r, i) => ({ r, i, start: instantMs(r.requestedStart, 'requestedStart'), created: instantMs(r.createdAt, 'createdAt') }));
  keyed.sort(
    (a, b) =>
      Number(b.r.urgent) - Number(a.r.urgent) ||
      Number(b.r.withGoods) - Number(a.r.withGoods) ||
      a.start - b.start ||
      a.created - b.created ||
      a.i - b.i,
  );
  return keyed.map((k) => k.r);
}

// ---------------------------------------------------------------------------------------------
// VEH-7 carpooling (近似方向和时间的派车要求尽量拼车)

export interface GeoPoint {
  lat: number;
  lng: number;
}

/**
 * Direction model: every request names its destination area (district/town, e.g. '高新区'), and
 * may give a compass bearing from the company (0 = north, 90 = east) or a destination point from
 * which the bearing is computed (needs `origin`, the company's location). Two requests go the same
 * way when both have a bearing and the bearings differ by at most `maxBearingDiffDeg`; otherwise
 * when their areas are equal (trimmed, case-insensitive).
 */
export interface CarpoolRequest extends DispatchRequest {
  id: string;
  destinationArea: string;
  bearingDeg?: number;
  destination?: GeoPoint;
}

/** Initial great-circle bearing from `from` to `to`, degrees in [0, 360). */
export function bearingDeg(from: GeoPoint, to: GeoPoint): number {
  const rad = Math.PI / 180;
  const φ1 = from.lat * rad;
  const φ2 = to.lat * rad;
  const Δλ = (to.lng - from.lng) * rad;
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  return ((Math.atan2(y, x) / rad) % 360 + 360) % 360;
}

/** Smallest angle between two bearings, in [0, 180]. */
export function bearingDiffDeg(a: number, b: number): number {
  const d = (((a - b) % 360) + 360) % 360;
  return Math.min(d, 360 - d);
}

/**
 * VEH-7 carpool offers. Requests are taken in dispatch order (VEH-6); each request not yet grouped
 * opens a group, and every later ungrouped request that goes the same way as *every* member and
 * starts within `windowMinutes` of *every* member joins it (no chaining: A~B and B~C with A≁C do
 * not put A and C together). Only groups of two or more are returned, the leader (highest
 * priority) first. Seats and load are for the admin specialist to check when accepting the offer.
 */
export function carpoolGroups<T extends CarpoolRequest>(
  requests: readonly T[],
  opts: { windowMinutes?: number; maxBearingDiffDeg?: number; origin?: GeoPoint } = {},
  s: VehicleSettings = defaultVehicleSettings,
): T[][] {
  const windowMs = (opts.windowMinutes ?? s.carpoolWindowMinutes) * MINUTE_MS;
  const maxDiff = opts.maxBearingDiffDeg ?? s.carpoolMaxBearingDiffDeg;
  if (!Number.isFinite(windowMs) || windowMs < 0) throw badRequest('vehicles.invalidSettings', { field: 'windowMinutes', value: String(opts.windowMinutes) });
  const items = dispatchOrder(requests).map((r) => ({
    r,
    start: instantMs(r.requestedStart, 'requestedStart'),
    area: r.destinationArea.trim().toLowerCase(),
    bearing: r.bearingDeg ?? (r.destination && opts.origin ? bearingDeg(opts.origin, r.destination) : undefined),
  }));
  type Item = (typeof items)[number];
  const sameWay = (a: Item, b: Item) =>
    a.bearing !== undefined && b.bearing !== undefined ? bearingDiffDeg(a.bearing, b.bearing) <= maxDiff : a.area !== '' && a.area === b.area;
  const fits = (a: Item, b: Item) => Math.abs(a.start - b.start) <= windowMs && sameWay(a, b);
  const taken = new Set<Item>();
  const groups: T[][] = [];
  for (const lead of items) {
    if (taken.has(lead)) continue;
    const group = [lead];
    for (const other of items) {
      if (other !== lead && !taken.has(other) && group.every((m) => fits(m, other))) group.push(other);
    }
    if (group.length > 1) {
      group.forEach((m) => taken.add(m));
      groups.push(group.map((m) => m.r));
    }
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// VEH-8 hired transport

export type InvoiceField = 'start' | 'end' | 'purpose';

/** The documents' names of the invoice notes: 始点、终点、所办事宜. */
export const INVOICE_FIELD_LABELS: Record<InvoiceField, string> = { start: '始点', end: '终点', purpose: '所办事宜' };

/**
 * VEH-8 "在发票上注明始点和终点及所办事宜，否则不予报销": reimbursable only with start, end and
 * purpose on the invoice; blank or whitespace-only counts as missing. A refusal carries the code
 * `vehicles.hired.invoiceIncomplete` and its zh text naming what is missing.
 */
export function hiredTransportReimbursable(invoice: { start?: string; end?: string; purpose?: string }): {
  reimbursable: boolean;
  missing: InvoiceField[];
  code?: string;
  message?: string;
} {
  const missing = (['start', 'end', 'purpose'] as const).filter((f) => !(invoice[f] ?? '').trim());
  if (missing.length === 0) return { reimbursable: true, missing };
  const code = 'vehicles.hired.invoiceIncomplete';
  return { reimbursable: false, missing, code, message: zhMessage(code, { missing: missing.map((f) => INVOICE_FIELD_LABELS[f]).join('、') }) };
}

// ---------------------------------------------------------------------------------------------
// VEH-11 holidays and after hours (节假日或业余时间…应经总经理批准)

export type GmApprovalReason = 'nonWorkday' | 'outsideWorkingHours';

/**
 * VEH-11 why a use from `startIso` to `endIso` needs the GM's approval (empty: it does not).
 * - nonWorkday: any Beijing calendar day the trip touches is not a workday on the official
 *   calendar (holiday; a 调休 Saturday or Sunday IS a workday). `nonWorkdays` lists them.
 * - outsideWorkingHours: the trip starts before `workdayStart` or ends after `workdayEnd`
 *   (Beijing), or runs over midnight. Boundaries are inside: 08:30–17:30 needs no approval.
 * Throws `vehicles.endBeforeStart` when the end is before the start, and the calendar's
 * `calendar.yearMissing` (422) for a year without published holidays.
 */
export function gmApprovalReasons(
  startIso: string,
  endIso: string,
  cal: CalendarData,
  s: VehicleSettings = defaultVehicleSettings,
): { reasons: GmApprovalReason[]; nonWorkdays: string[] } {
  const start = instantMs(startIso, 'start') + BEIJING_OFFSET_MS;
  const end = instantMs(endIso, 'end') + BEIJING_OFFSET_MS;
  if (end < start) throw badRequest('vehicles.endBeforeStart', { start: startIso, end: endIso });
  const firstDay = Math.floor(start / DAY_MS) * DAY_MS;
  // A trip ending exactly at midnight does not touch the next day.
  const lastDay = Math.floor((end > start ? end - 1 : end) / DAY_MS) * DAY_MS;
  const nonWorkdays: string[] = [];
  for (let d = firstDay; d <= lastDay; d += DAY_MS) if (!isWorkday(cal, formatDate(d))) nonWorkdays.push(formatDate(d));
  const dayStart = firstDay + minutesOfDay(s.workdayStart, 'workdayStart') * MINUTE_MS;
  const dayEnd = firstDay + minutesOfDay(s.workdayEnd, 'workdayEnd') * MINUTE_MS;
  const outside = start < dayStart || end > dayEnd;
  const reasons: GmApprovalReason[] = [];
  if (nonWorkdays.length > 0) reasons.push('nonWorkday');
  if (outside) reasons.push('outsideWorkingHours');
  return { reasons, nonWorkdays };
}

/** VEH-11 true when the use needs the GM's approval (see `gmApprovalReasons`). */
export function useNeedsGmApproval(startIso: string, endIso: string, cal: CalendarData, s: VehicleSettings = defaultVehicleSettings): boolean {
  return gmApprovalReasons(startIso, endIso, cal, s).reasons.length > 0;
}

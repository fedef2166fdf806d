/**
 * Input checks and monitoring rules of the vehicle regulations (VEH-1, 4, 5, 12). Checks return
 * `{ ok, errors }` with field errors carrying a message code and its zh-CN text, so a service can
 * refuse with `badRequest('common.validation', {}, errors)` and change nothing.
 */
import type { FieldError } from '../../http/errors.js';
import { parseDate } from '../../platform/calendar/calendar.rules.js';
import { defaultVehicleSettings, minutesOfDay, type VehicleSettings } from './vehicles.settings.js';
import { BEIJING_OFFSET_MS } from '../../platform/calendar/beijing.js';
import { DAY_MS, fieldError, instantMs, MINUTE_MS } from './vehicles.rules.util.js';

export interface CheckResult {
  ok: boolean;
  errors: FieldError[];
}

const result = (errors: FieldError[]): CheckResult => ({ ok: errors.length === 0, errors });

/** 'YYYY-MM-DD HH:mm' in Beijing time, for messages. */
export function beijingText(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** Parses an instant for a check; a bad value becomes a field error instead of a throw. */
function tryInstant(iso: string, path: string, errors: FieldError[]): number | null {
  try {
    return instantMs(iso, path);
  } catch {
    errors.push(fieldError(path, 'vehicles.invalidDateTime', { field: path, value: String(iso) }));
    return null;
  }
}

/**
 * VEH-5 odometer reading (附表11, once a day): a finite number ≥ 0 and not lower than the car's
 * last reading (`prev`, null for a new car). Equal is allowed (the car did not move).
 */
export function checkOdometer(prev: number | null, next: number): CheckResult {
  if (typeof next !== 'number' || !Number.isFinite(next) || next < 0) {
    return result([fieldError('odometerKm', 'vehicles.odometerInvalid', { value: String(next) })]);
  }
  if (prev !== null && next < prev) return result([fieldError('odometerKm', 'vehicles.odometerBackwards', { value: next, last: prev })]);
  return result([]);
}

/** VEH-4/VEH-5 the return time is not before the departure time (equal is allowed). */
export function checkReturn(departedAt: string, returnedAt: string): CheckResult {
  const errors: FieldError[] = [];
  const dep = tryInstant(departedAt, 'departedAt', errors);
  const ret = tryInstant(returnedAt, 'returnedAt', errors);
  if (dep !== null && ret !== null && ret < dep) {
    errors.push(fieldError('returnedAt', 'vehicles.returnBeforeDeparture', { departedAt: beijingText(dep), returnedAt: beijingText(ret) }));
  }
  return result(errors);
}

/** VEH-5 fuel entry: litres > 0 (negative is refused with its own message), amount in fen ≥ 0. */
export function checkFuel(liters: number, amountFen: number): CheckResult {
  const errors: FieldError[] = [];
  if (typeof liters === 'number' && liters < 0) errors.push(fieldError('liters', 'vehicles.fuelNegative', { value: liters }));
  else if (typeof liters !== 'number' || !Number.isFinite(liters) || liters === 0) {
    errors.push(fieldError('liters', 'vehicles.fuelLitersInvalid', { value: String(liters) }));
  }
  if (typeof amountFen !== 'number' || !Number.isSafeInteger(amountFen) || amountFen < 0) {
    errors.push(fieldError('amountFen', 'vehicles.fuelAmountInvalid', { value: String(amountFen) }));
  }
  return result(errors);
}

/** Normalized plate for duplicate checks (VEH-1): upper case, without spaces, dots, '·' and '-'. */
export function normalizePlate(plate: string): string {
  return plate.normalize('NFKC').toUpperCase().replace(/[\s·.\-•]/g, '');
}

/**
 * A booking of the same car that overlaps [start, end) (half-open: back-to-back bookings, one
 * ending when the next starts, do not overlap). Returns the first conflicting booking or null.
 */
export function findOverlappingBooking<T extends { start: string; end: string }>(existing: readonly T[], candidate: { start: string; end: string }): T | null {
  const cs = instantMs(candidate.start, 'start');
  const ce = instantMs(candidate.end, 'end');
  return existing.find((b) => instantMs(b.start, 'start') < ce && cs < instantMs(b.end, 'end')) ?? null;
}

// ---------------------------------------------------------------------------------------------
// VEH-5 fuel monitoring

/** Litres per 100 km, rounded to 0.01 L; null when `km` is not positive (nothing to divide by). */
export function fuelConsumptionPer100Km(liters: number, km: number): number | null {
  if (!Number.isFinite(liters) || liters < 0 || !Number.isFinite(km) || km <= 0) return null;
  return Math.round((liters * 100 * 100) / km) / 100;
}

export type FuelAnomalyReason = 'cashFueling' | 'consumptionHigh' | 'consumptionLow';

/**
 * VEH-5 fuel anomalies: paying cash ("一般不得用现金加油" — an exception, always flagged) and a
 * consumption more than `fuelAnomalyTolerancePercent` (25%) above or below the car's usual
 * L/100 km. `km` is the distance driven since the previous fueling. Exactly 25% off is not an
 * anomaly. Without a usual figure or distance only the cash rule applies.
 */
export function fuelAnomaly(
  entry: { liters: number; km: number; payment: 'card' | 'cash' },
  usualPer100Km: number | null,
  s: VehicleSettings = defaultVehicleSettings,
): { anomalous: boolean; reasons: FuelAnomalyReason[]; per100Km: number | null } {
  const reasons: FuelAnomalyReason[] = [];
  if (entry.payment === 'cash') reasons.push('cashFueling');
  const per100Km = fuelConsumptionPer100Km(entry.liters, entry.km);
  if (per100Km !== null && usualPer100Km !== null && usualPer100Km > 0) {
    // Compare unrounded: |actual − usual| × 100 > usual × tolerance%.
    const actual = (entry.liters * 100) / entry.km;
    if (Math.abs(actual - usualPer100Km) * 100 > usualPer100Km * s.fuelAnomalyTolerancePercent) {
      reasons.push(actual > usualPer100Km ? 'consumptionHigh' : 'consumptionLow');
    }
  }
  return { anomalous: reasons.length > 0, reasons, per100Km };
}

// ---------------------------------------------------------------------------------------------
// VEH-1 expiry reminders

export type ExpiryKind = 'insurance' | 'inspection' | 'cityPass';

export const EXPIRY_KIND_LABELS: Record<ExpiryKind, string> = { insurance: '保险', inspection: '年检', cityPass: '通行证' };

export interface ExpiryReminder<T> {
  item: T;
  /** Days from `today` to the due date (0 = due today, negative = overdue). */
  daysLeft: number;
  stage: 'before' | 'dueToday' | 'overdue';
}

/**
 * VEH-1 reminders due on `today` ('YYYY-MM-DD', Beijing date): an item whose due date (the last
 * valid day) is exactly one of `expiryReminderDays` (30, 7, 1) days ahead → 'before'; due today
 * → 'dueToday'; past due → 'overdue' every day until renewed. Other days give nothing.
 */
export function expiryReminders<T extends { kind: ExpiryKind; dueDate: string }>(
  items: readonly T[],
  today: string,
  s: VehicleSettings = defaultVehicleSettings,
): ExpiryReminder<T>[] {
  const t = parseDate(today);
  const out: ExpiryReminder<T>[] = [];
  for (const item of items) {
    const daysLeft = Math.round((parseDate(item.dueDate) - t) / DAY_MS);
    if (daysLeft < 0) out.push({ item, daysLeft, stage: 'overdue' });
    else if (daysLeft === 0) out.push({ item, daysLeft, stage: 'dueToday' });
    else if (s.expiryReminderDays.includes(daysLeft)) out.push({ item, daysLeft, stage: 'before' });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// VEH-12 keys

export interface KeyHolding {
  vehicleId: string;
  holderId: string;
  issuedAt: string;
  returnedAt?: string | null;
  /** The key is out for a GM-approved after-hours use (VEH-11): not flagged. */
  afterHoursApproved?: boolean;
}

/** The instant `workdayEnd` (17:30 Beijing) on `date`, as an ISO UTC string. */
export function endOfWorkdayInstant(date: string, s: VehicleSettings = defaultVehicleSettings): string {
  const ms = parseDate(date) + minutesOfDay(s.workdayEnd, 'workdayEnd') * MINUTE_MS - BEIJING_OFFSET_MS;
  return new Date(ms).toISOString();
}

/**
 * VEH-12 "每天下班后，司机应将车辆钥匙交回行政专员处": keys handed out at or before `endOfWorkday`
 * and not returned by then (no return, or returned later), except keys out for an approved
 * after-hours use. Keys handed out after the check time are not judged yet.
 */
export function keysNotReturned<T extends KeyHolding>(holdings: readonly T[], endOfWorkday: string): T[] {
  const at = instantMs(endOfWorkday, 'endOfWorkday');
  return holdings.filter((h) => {
    if (h.afterHoursApproved || instantMs(h.issuedAt, 'issuedAt') > at) return false;
    return h.returnedAt === null || h.returnedAt === undefined || instantMs(h.returnedAt, 'returnedAt') > at;
  });
}

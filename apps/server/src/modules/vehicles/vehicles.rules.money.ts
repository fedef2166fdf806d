/**
 * Money rules of the vehicle regulations (VEH-9, 10, 14, 15, 16, 17, 19). Pure functions; all
 * amounts are integer fen. Invalid input throws a 400 AppError (`vehicles.invalidAmount`,
 * `vehicles.invalidDistance`); amounts never become floating point.
 *
 * Rounding (the only place money is divided): a split computes the driver's share as
 * `total × percent / 100` rounded half-up to the fen, and the company gets the remainder, so the
 * two shares always add up to the total exactly (33333 fen × 30% → driver 10000, company 23333).
 */
import { badRequest } from '../../http/errors.js';
import { defaultVehicleSettings, type AccidentResponsibility, type VehicleSettings } from './vehicles.settings.js';
import { assertFen, assertKm } from './vehicles.rules.util.js';

export type { AccidentResponsibility } from './vehicles.settings.js';

export interface MoneySplit {
  driverFen: number;
  companyFen: number;
}

/** Driver's share half-up to the fen, company the remainder (shares sum to `totalFen` exactly). */
export function splitByDriverPercent(totalFen: number, driverPercent: number): MoneySplit {
  assertFen(totalFen, 'totalFen');
  if (!Number.isInteger(driverPercent) || driverPercent < 0 || driverPercent > 100) {
    throw badRequest('vehicles.invalidSettings', { field: 'driverPercent', value: String(driverPercent) });
  }
  if (!Number.isSafeInteger(totalFen * 100)) throw badRequest('vehicles.invalidAmount', { field: 'totalFen', value: String(totalFen) });
  const driverFen = Math.floor((totalFen * driverPercent + 50) / 100);
  return { driverFen, companyFen: totalFen - driverFen };
}

// ---------------------------------------------------------------------------------------------
// VEH-9 private vehicles on business (私车公用)

export type TripSubsidyReason = 'urban' | 'suburb' | 'overSuburbLimit' | 'motorcycleMonthlyAllowance';

export interface TripSubsidy {
  /** Subsidy for this use; `null` while a trip over the suburb limit has no amount set yet. */
  amountFen: number | null;
  /** True for trips over `suburbMaxKm`: the admin manager approves and sets the amount. */
  needsAdminApproval: boolean;
  reason: TripSubsidyReason;
}

/**
 * VEH-9 subsidy for one business use of an employee's own vehicle (附表14), by one-way distance
 * from the urban area's edge as logged:
 * - `distanceKm ≤ urbanRadiusKm` (10) → urban, 10 yuan. Boundary: exactly 10 km is urban, because
 *   the suburb band is "10公里外" (beyond 10 km).
 * - `urbanRadiusKm < distanceKm ≤ suburbMaxKm` (50) → suburb, 30 yuan. Boundary: exactly 50 km is
 *   suburb, because the band is "50公里内" (within 50 km).
 * - `distanceKm > suburbMaxKm` → not priced by the documents (**Decision**): needs the admin
 *   manager's approval, who sets the amount (`adminSetAmountFen`; `amountFen` is null until then).
 * - A motorcycle use earns no per-use amount by default (decision): the documents give a rider
 *   with a registered motorcycle the raised monthly 交通补助 of 220 yuan instead (see
 *   `monthlyMotorcycleAllowanceFen`); `motorcycleTripsEarnPerUseSubsidy` turns per-use pay on.
 */
export function tripSubsidyFen(
  trip: { distanceKm: number; vehicle: 'car' | 'motorcycle'; adminSetAmountFen?: number },
  s: VehicleSettings = defaultVehicleSettings,
): TripSubsidy {
  assertKm(trip.distanceKm);
  if (trip.adminSetAmountFen !== undefined) assertFen(trip.adminSetAmountFen, 'adminSetAmountFen');
  if (trip.vehicle === 'motorcycle' && !s.motorcycleTripsEarnPerUseSubsidy) {
    return { amountFen: 0, needsAdminApproval: false, reason: 'motorcycleMonthlyAllowance' };
  }
  if (trip.distanceKm <= s.urbanRadiusKm) return { amountFen: s.urbanTripSubsidyFen, needsAdminApproval: false, reason: 'urban' };
  if (trip.distanceKm <= s.suburbMaxKm) return { amountFen: s.suburbTripSubsidyFen, needsAdminApproval: false, reason: 'suburb' };
  return { amountFen: trip.adminSetAmountFen ?? null, needsAdminApproval: true, reason: 'overSuburbLimit' };
}

/**
 * VEH-9 monthly transport allowance (交通补助) of an employee with a registered motorcycle:
 * "其交通补助提高至220元" — raised *to* 220 yuan (the total, not an increment). Returns null when
 * no motorcycle is registered: the vehicle rules then set no allowance (any standard allowance is
 * HR's). **Decision**: monthly, paid with the salary.
 */
export function monthlyMotorcycleAllowanceFen(registeredMotorcycle: boolean, s: VehicleSettings = defaultVehicleSettings): number | null {
  return registeredMotorcycle ? s.motorcycleMonthlyAllowanceFen : null;
}

/**
 * VEH-10 fuel charged for borrowing a company car privately ("按行驶里程计收油费"): distance × rate.
 * The distance is taken to the metre (km with up to 3 decimals; finer is rounded to the metre) and
 * the charge is rounded half-up to the fen: 12.345 km × 100 fen/km = 1234.5 → 1235 fen.
 */
export function privateBorrowFuelChargeFen(distanceKm: number, s: VehicleSettings = defaultVehicleSettings): number {
  assertKm(distanceKm);
  const metres = Math.round(distanceKm * 1000);
  const product = metres * s.privateBorrowFuelFenPerKm;
  if (!Number.isSafeInteger(product)) throw badRequest('vehicles.invalidDistance', { field: 'distanceKm', value: String(distanceKm) });
  return Math.floor((product + 500) / 1000);
}

// ---------------------------------------------------------------------------------------------
// Fines and cost sharing

/**
 * VEH-14 a driver who hands the car to someone else without the admin manager's approval is
 * fined 100 yuan "无论造成事故与否" — whether or not there was an accident, so the accident is no
 * input here (its cost follows VEH-19 with the driver responsible). Approved hand-over → 0.
 */
export function handoverFineFen(approvedByAdminManager: boolean, s: VehicleSettings = defaultVehicleSettings): number {
  return approvedByAdminManager ? 0 : s.handoverFineFen;
}

/**
 * VEH-15 dirty car found at an inspection: "经指出后仍不作改善的…10元/次". `warningsBefore` is the
 * number of warnings already given for this condition before this inspection. With fewer than
 * `dirtyCarWarningsBeforeFine` (1) this inspection is the warning (0 fen); after that each
 * inspection that still finds the car dirty costs 10 yuan.
 */
export function dirtyCarFineFen(warningsBefore: number, s: VehicleSettings = defaultVehicleSettings): number {
  if (!Number.isSafeInteger(warningsBefore) || warningsBefore < 0) {
    throw badRequest('vehicles.invalidCount', { field: 'warningsBefore', value: String(warningsBefore) });
  }
  return warningsBefore >= s.dirtyCarWarningsBeforeFine ? s.dirtyCarFineFen : 0;
}

/**
 * VEH-17 traffic fine on business: "罚分司机承担" — penalty points are always the driver's;
 * driver at fault → driver 30% / company 70%; caused by the car itself → company 100%.
 */
export function violationSplit(
  fineFen: number,
  cause: 'driver' | 'vehicle',
  s: VehicleSettings = defaultVehicleSettings,
): MoneySplit & { pointsBorneBy: 'driver' } {
  const pct = cause === 'driver' ? s.violationDriverPercentDriverFault : s.violationDriverPercentVehicleCause;
  return { ...splitByDriverPercent(fineFen, pct), pointsBorneBy: 'driver' };
}

/**
 * VEH-19 accident cost left after the insurance payout: minor responsibility → driver 5%, equal →
 * 10%, major → 20%, use without permission → driver 100% (including damages to others and the
 * company's losses, which the caller includes in the cost). The driver's share is rounded half-up.
 */
export function accidentSplit(
  costAfterInsuranceFen: number,
  responsibility: AccidentResponsibility,
  s: VehicleSettings = defaultVehicleSettings,
): MoneySplit {
  const pct = s.accidentDriverPercent[responsibility];
  if (pct === undefined) throw badRequest('vehicles.invalidResponsibility', { value: String(responsibility) });
  return splitByDriverPercent(costAfterInsuranceFen, pct);
}

/**
 * VEH-16 repairs "在200元以上时，应先征得总经理同意": the GM approves first when the estimate is
 * strictly above 200 yuan; exactly 200.00 (20000 fen) needs only the admin manager (decision as
 * the requirements state: "above 200 yuan").
 */
export function repairNeedsGm(amountFen: number, s: VehicleSettings = defaultVehicleSettings): boolean {
  assertFen(amountFen);
  return amountFen > s.repairGmThresholdFen;
}

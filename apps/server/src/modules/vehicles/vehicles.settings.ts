/**
 * Settings of the company-vehicle rules (VEH). Every amount and threshold the documents give is a
 * setting whose default is the documents' value (REQUIREMENTS intro: *configurable*). Money is in
 * integer fen (1 yuan = 100 fen), percentages are integers 0–100 (the driver's share), distances
 * in km, times of day 'HH:MM' in Beijing time (Asia/Shanghai, UTC+8, no DST).
 *
 * Source: 人事流程、日常工作流程细则及相关规定 — 5.用车(公车)流程及相关规定 ⑪–⑯.
 */
import { badRequest } from '../../http/errors.js';
import { DEFAULT_WORKING_HOURS } from '../../platform/calendar/working-hours.js';

export type AccidentResponsibility = 'minor' | 'equal' | 'major' | 'unauthorized';

export interface VehicleSettings {
  /** VEH-2/VEH-9 城区远郊(10公里外)安装和维修; 城郊10公里外 — the urban radius in km. */
  urbanRadiusKm: number;
  /** VEH-9 私车公用 "城区内每次补贴10元" — subsidy per urban use. */
  urbanTripSubsidyFen: number;
  /** VEH-9 "城郊10公里外50公里内每次补助30元" — subsidy per suburban use. */
  suburbTripSubsidyFen: number;
  /** VEH-9 the "50公里内" limit; beyond it the admin manager sets the amount (**Decision**). */
  suburbMaxKm: number;
  /**
   * VEH-9 "员工自备摩托车外出工作…其交通补助提高至220元" — the monthly transport allowance of an
   * employee with a registered motorcycle (**Decision**: monthly, paid with the salary).
   */
  motorcycleMonthlyAllowanceFen: number;
  /**
   * VEH-9 whether a motorcycle use also earns the per-use subsidy. Default false: the documents
   * give motorcycle riders the raised monthly allowance *instead* (decision, see rules).
   */
  motorcycleTripsEarnPerUseSubsidy: boolean;
  /** VEH-10 "按行驶里程计收油费" — fuel charged per km for private borrowing. No figure in the
   *  documents; default 1 yuan/km (about 8 L/100 km at 7.5–8 yuan/L, rounded up for wear). */
  privateBorrowFuelFenPerKm: number;
  /** VEH-11 working hours (Beijing) — "节假日或业余时间…应经总经理批准". Not a vehicles setting:
   *  `vehicleSettings(db)` fills it from the company's working hours (company.workingHours, 08:30). */
  workdayStart: string;
  /** VEH-11 end of working hours (Beijing), from the company's working hours (17:30); also the
   *  VEH-12 key check time. */
  workdayEnd: string;
  /** VEH-14 "擅自将车辆交于他人使用，无论造成事故与否，皆给予当事人处以100元罚款". */
  handoverFineFen: number;
  /** VEH-15 "发现有碍车容的现象，经指出后仍不作改善的，对司机给予10元/次罚款". */
  dirtyCarFineFen: number;
  /** VEH-15 warnings (经指出) that must precede a fine. Default 1. */
  dirtyCarWarningsBeforeFine: number;
  /** VEH-16 "维修费用在200元以上时，应先征得总经理同意" — GM first when the cost is above this. */
  repairGmThresholdFen: number;
  /** VEH-17 "属个人过失的，其罚款由司机自行承担30%" — driver's share when the driver is at fault. */
  violationDriverPercentDriverFault: number;
  /** VEH-17 "属车辆本身不可抗力原因造成的，其罚款由公司承担" — driver's share: 0. */
  violationDriverPercentVehicleCause: number;
  /**
   * VEH-19 driver's share of the accident cost left after the insurance payout: 次要责任 公司95%
   * 个人5%; 一半责任 90/10; 主要责任 80/20; 未经公司许可擅自使用公车 司机全额承担 (100).
   */
  accidentDriverPercent: Record<AccidentResponsibility, number>;
  /** VEH-1 reminders this many days before insurance, annual inspection and city pass expire. */
  expiryReminderDays: number[];
  /** VEH-5 a fuel entry is anomalous when its L/100 km differs from the car's usual by more than
   *  this percentage. Default 25 (±25%). */
  fuelAnomalyTolerancePercent: number;
  /** VEH-7 "长途出差以货物为主，人员应尽量乘坐公共交通工具" — a trip longer than this (one way,
   *  km) is long. The documents give no figure; default 100 km. */
  longTripKm: number;
  /** VEH-7 requests whose start times are at most this many minutes apart may share a car. */
  carpoolWindowMinutes: number;
  /** VEH-7 destinations whose compass bearings from the company differ by at most this are "similar
   *  direction". */
  carpoolMaxBearingDiffDeg: number;
}

export const defaultVehicleSettings: VehicleSettings = Object.freeze({
  urbanRadiusKm: 10,
  urbanTripSubsidyFen: 1_000,
  suburbTripSubsidyFen: 3_000,
  suburbMaxKm: 50,
  motorcycleMonthlyAllowanceFen: 22_000,
  motorcycleTripsEarnPerUseSubsidy: false,
  privateBorrowFuelFenPerKm: 100,
  workdayStart: DEFAULT_WORKING_HOURS.start,
  workdayEnd: DEFAULT_WORKING_HOURS.end,
  handoverFineFen: 10_000,
  dirtyCarFineFen: 1_000,
  dirtyCarWarningsBeforeFine: 1,
  repairGmThresholdFen: 20_000,
  violationDriverPercentDriverFault: 30,
  violationDriverPercentVehicleCause: 0,
  accidentDriverPercent: Object.freeze({ minor: 5, equal: 10, major: 20, unauthorized: 100 }),
  expiryReminderDays: Object.freeze([30, 7, 1]) as number[],
  fuelAnomalyTolerancePercent: 25,
  longTripKm: 100,
  carpoolWindowMinutes: 30,
  carpoolMaxBearingDiffDeg: 30,
});

const HHMM_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after local midnight of an 'HH:MM' time; throws `vehicles.invalidSettings`. */
export function minutesOfDay(hhmm: string, field = 'time'): number {
  const m = typeof hhmm === 'string' ? HHMM_RE.exec(hhmm) : null;
  if (!m) throw badRequest('vehicles.invalidSettings', { field, value: String(hhmm) });
  return Number(m[1]) * 60 + Number(m[2]);
}

const isFen = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isPercent = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100;
const isPositive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** Names of the fields of `s` that are invalid (empty when the settings are usable). */
export function invalidVehicleSettings(s: VehicleSettings): string[] {
  const bad: string[] = [];
  const fen = ['urbanTripSubsidyFen', 'suburbTripSubsidyFen', 'motorcycleMonthlyAllowanceFen', 'privateBorrowFuelFenPerKm',
    'handoverFineFen', 'dirtyCarFineFen', 'repairGmThresholdFen'] as const;
  for (const k of fen) if (!isFen(s[k])) bad.push(k);
  for (const k of ['urbanRadiusKm', 'suburbMaxKm', 'longTripKm', 'carpoolWindowMinutes'] as const) if (!isPositive(s[k])) bad.push(k);
  if (isPositive(s.urbanRadiusKm) && isPositive(s.suburbMaxKm) && s.suburbMaxKm <= s.urbanRadiusKm) bad.push('suburbMaxKm');
  for (const k of ['violationDriverPercentDriverFault', 'violationDriverPercentVehicleCause', 'fuelAnomalyTolerancePercent'] as const) {
    if (!isPercent(s[k])) bad.push(k);
  }
  const acc = s.accidentDriverPercent as Partial<Record<AccidentResponsibility, unknown>> | undefined;
  if (!acc || !(['minor', 'equal', 'major', 'unauthorized'] as const).every((k) => isPercent(acc[k]))) bad.push('accidentDriverPercent');
  if (!Number.isInteger(s.dirtyCarWarningsBeforeFine) || s.dirtyCarWarningsBeforeFine < 0) bad.push('dirtyCarWarningsBeforeFine');
  if (typeof s.motorcycleTripsEarnPerUseSubsidy !== 'boolean') bad.push('motorcycleTripsEarnPerUseSubsidy');
  if (!Array.isArray(s.expiryReminderDays) || !s.expiryReminderDays.every((d) => Number.isInteger(d) && d > 0)) bad.push('expiryReminderDays');
  if (typeof s.carpoolMaxBearingDiffDeg !== 'number' || !(s.carpoolMaxBearingDiffDeg >= 0 && s.carpoolMaxBearingDiffDeg <= 180)) {
    bad.push('carpoolMaxBearingDiffDeg');
  }
  const start = HHMM_RE.test(String(s.workdayStart));
  const end = HHMM_RE.test(String(s.workdayEnd));
  if (!start) bad.push('workdayStart');
  if (!end) bad.push('workdayEnd');
  if (start && end && minutesOfDay(s.workdayStart) >= minutesOfDay(s.workdayEnd)) bad.push('workdayEnd');
  return bad;
}

/**
 * The effective settings from a stored (partial) JSON value: defaults overlaid with what is stored,
 * then validated. Throws `vehicles.invalidSettings` naming the first bad field.
 */
export function vehicleSettingsFrom(stored: unknown): VehicleSettings {
  const partial = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Partial<VehicleSettings>) : {};
  const s: VehicleSettings = {
    ...defaultVehicleSettings,
    ...partial,
    accidentDriverPercent: { ...defaultVehicleSettings.accidentDriverPercent, ...(partial.accidentDriverPercent ?? {}) },
    expiryReminderDays: [...(partial.expiryReminderDays ?? defaultVehicleSettings.expiryReminderDays)],
  };
  const bad = invalidVehicleSettings(s);
  if (bad.length > 0) {
    const field = bad[0]!;
    throw badRequest('vehicles.invalidSettings', { field, value: JSON.stringify((s as unknown as Record<string, unknown>)[field]) ?? '' });
  }
  return s;
}

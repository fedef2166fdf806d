/**
 * The vehicles settings form: which settings are shown in which group with which unit, and the
 * conversions between the API (integer fen) and the form (yuan with 2 decimals).
 */
import type { SettingsBody, VehicleSettings } from './api';

export type Unit = 'yuan' | 'percent' | 'km' | 'times' | 'days' | 'minutes' | 'degrees' | 'yuanPerKm';
export type NumberKey = Exclude<keyof VehicleSettings, 'motorcycleTripsEarnPerUseSubsidy' | 'workdayStart' | 'workdayEnd' | 'accidentDriverPercent' | 'expiryReminderDays'>;

export interface Field {
  key: NumberKey | `accident.${keyof VehicleSettings['accidentDriverPercent']}`;
  unit: Unit;
}

export const FEN_UNITS: Unit[] = ['yuan', 'yuanPerKm'];

export const GROUPS: { key: string; rule: string; fields: Field[] }[] = [
  { key: 'private', rule: 'VEH-9', fields: [
    { key: 'urbanRadiusKm', unit: 'km' }, { key: 'urbanTripSubsidyFen', unit: 'yuan' }, { key: 'suburbTripSubsidyFen', unit: 'yuan' },
    { key: 'suburbMaxKm', unit: 'km' }, { key: 'motorcycleMonthlyAllowanceFen', unit: 'yuan' },
  ] },
  { key: 'borrow', rule: 'VEH-10', fields: [{ key: 'privateBorrowFuelFenPerKm', unit: 'yuanPerKm' }] },
  { key: 'fines', rule: 'VEH-14 · VEH-15 · VEH-16', fields: [
    { key: 'handoverFineFen', unit: 'yuan' }, { key: 'dirtyCarFineFen', unit: 'yuan' }, { key: 'dirtyCarWarningsBeforeFine', unit: 'times' },
    { key: 'repairGmThresholdFen', unit: 'yuan' },
  ] },
  { key: 'shares', rule: 'VEH-17 · VEH-19', fields: [
    { key: 'violationDriverPercentDriverFault', unit: 'percent' }, { key: 'violationDriverPercentVehicleCause', unit: 'percent' },
    { key: 'accident.minor', unit: 'percent' }, { key: 'accident.equal', unit: 'percent' }, { key: 'accident.major', unit: 'percent' },
    { key: 'accident.unauthorized', unit: 'percent' },
  ] },
  { key: 'monitoring', rule: 'VEH-1 · VEH-5', fields: [{ key: 'fuelAnomalyTolerancePercent', unit: 'percent' }] },
  { key: 'dispatch', rule: 'VEH-7', fields: [
    { key: 'longTripKm', unit: 'km' }, { key: 'carpoolWindowMinutes', unit: 'minutes' }, { key: 'carpoolMaxBearingDiffDeg', unit: 'degrees' },
  ] },
];

export type FormValues = Record<string, number | boolean | number[] | undefined>;

export function read(s: VehicleSettings, key: Field['key']): number {
  return key.startsWith('accident.') ? s.accidentDriverPercent[key.slice(9) as keyof VehicleSettings['accidentDriverPercent']] : (s[key as NumberKey] as number);
}

/** Settings → form values (fen shown as yuan). */
export function toForm(s: VehicleSettings): FormValues {
  const v: FormValues = { motorcycleTripsEarnPerUseSubsidy: s.motorcycleTripsEarnPerUseSubsidy, expiryReminderDays: s.expiryReminderDays };
  for (const g of GROUPS) for (const f of g.fields) v[f.key] = FEN_UNITS.includes(f.unit) ? read(s, f.key) / 100 : read(s, f.key);
  return v;
}

/** Form values → request body (yuan back to whole fen). */
export function toBody(v: FormValues): SettingsBody {
  const body: Record<string, unknown> = { motorcycleTripsEarnPerUseSubsidy: v.motorcycleTripsEarnPerUseSubsidy, expiryReminderDays: [...new Set((v.expiryReminderDays as number[]).map(Number))].sort((a, b) => b - a) };
  const accident: Record<string, number> = {};
  for (const g of GROUPS) {
    for (const f of g.fields) {
      const raw = Number(v[f.key]);
      const value = FEN_UNITS.includes(f.unit) ? Math.round(raw * 100) : raw;
      if (f.key.startsWith('accident.')) accident[f.key.slice(9)] = value;
      else body[f.key] = value;
    }
  }
  body.accidentDriverPercent = accident;
  return body as SettingsBody;
}

/** HTTP client and types of the vehicles reports part: reports (VEH-5) and 车辆管理设置. */
import { api, withQuery } from '../../../app/api';

export interface CarRow {
  vehicleId: string;
  plate: string;
  model: string;
  status: string;
  trips: number;
  km: number;
  fuelLiters: number | null;
  fuelAmountFen: number | null;
  litersPer100Km: number | null;
  fuelFenPer100Km: number | null;
  repairs: number | null;
  repairsFen: number | null;
  fuelAnomalies: number | null;
}

export interface DepartmentRow {
  departmentId: string | null;
  departmentName: string;
  trips: number;
  km: number;
  hired: number;
  hiredFen: number;
}

export interface MonthRow {
  month: string;
  trips: number;
  km: number;
  fuelLiters: number | null;
  fuelAmountFen: number | null;
  repairsFen: number | null;
  hiredFen: number;
}

export interface FuelAnomalyRow {
  fuelId: string;
  vehicleId: string;
  plate: string;
  fueledAt: string;
  driverName: string;
  liters: number;
  amountFen: number;
  payment: string;
  km: number | null;
  per100Km: number | null;
  usualPer100Km: number | null;
  reasons: ('cashFueling' | 'consumptionHigh' | 'consumptionLow')[];
  reasonText: string;
}

export interface VehicleReport {
  from: string;
  to: string;
  months: string[];
  scope: 'all' | 'department';
  carCosts: boolean;
  tolerancePercent: number;
  departments: { id: string; name: string }[];
  cars: CarRow[];
  byDepartment: DepartmentRow[];
  byMonth: MonthRow[];
  fuelAnomalies: FuelAnomalyRow[];
}

export interface ReportFilter {
  from?: string;
  to?: string;
  vehicleId?: string;
  departmentId?: string;
}

export type ReportKind = 'cars' | 'departments' | 'months' | 'fuel';

export interface VehicleSettings {
  urbanRadiusKm: number;
  urbanTripSubsidyFen: number;
  suburbTripSubsidyFen: number;
  suburbMaxKm: number;
  motorcycleMonthlyAllowanceFen: number;
  motorcycleTripsEarnPerUseSubsidy: boolean;
  privateBorrowFuelFenPerKm: number;
  workdayStart: string;
  workdayEnd: string;
  handoverFineFen: number;
  dirtyCarFineFen: number;
  dirtyCarWarningsBeforeFine: number;
  repairGmThresholdFen: number;
  violationDriverPercentDriverFault: number;
  violationDriverPercentVehicleCause: number;
  accidentDriverPercent: { minor: number; equal: number; major: number; unauthorized: number };
  expiryReminderDays: number[];
  fuelAnomalyTolerancePercent: number;
  longTripKm: number;
  carpoolWindowMinutes: number;
  carpoolMaxBearingDiffDeg: number;
}

export interface SettingsResponse {
  settings: VehicleSettings;
  defaults: VehicleSettings;
  workingHours: { start: string; end: string };
}

export type SettingsBody = Partial<Omit<VehicleSettings, 'workdayStart' | 'workdayEnd'>>;

export const reportKeys = {
  report: (f: ReportFilter) => ['vehicles', 'reports', f] as const,
  settings: ['vehicles', 'settings'] as const,
};

export const reportsApi = {
  report: (f: ReportFilter) => api.get<VehicleReport>('/api/vehicles/reports', { ...f }),
  exportUrl: (report: ReportKind, f: ReportFilter) => withQuery('/api/vehicles/reports/export.xlsx', { report, ...f }),
  settings: () => api.get<SettingsResponse>('/api/vehicles/settings'),
  saveSettings: (body: SettingsBody) => api.put<SettingsResponse>('/api/vehicles/settings', body),
  saveWorkingHours: (body: { start: string; end: string }) => api.put<{ start: string; end: string }>('/api/calendar/working-hours', body),
};

export const RPERM = { reports: 'vehicles:reports', read: 'vehicles:read', manage: 'vehicles:manage' } as const;

/** This month in Beijing as YYYY-MM. */
export function beijingMonthNow(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
}

/** `n` months before `month` (YYYY-MM). */
export function monthMinus(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + m - 1 - n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/**
 * Pure helpers of the vehicle reports (VEH-5 fuel anomalies, months in Beijing time). The rules
 * themselves (fuelAnomaly, fuelConsumptionPer100Km) live in vehicles.rules.checks.ts.
 */
import { badRequest } from '../../../http/errors.js';
import { fuelAnomaly, fuelConsumptionPer100Km, type FuelAnomalyReason } from '../vehicles.rules.js';
import type { VehicleSettings } from '../vehicles.settings.js';
import { BEIJING_OFFSET_MS, beijingMonth as beijingMonthOfInstant } from '../../../platform/calendar/beijing.js';

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const MAX_MONTHS = 36;

export const FUEL_REASON_LABELS: Record<FuelAnomalyReason, string> = {
  cashFueling: '现金加油',
  consumptionHigh: '油耗偏高',
  consumptionLow: '油耗偏低',
};

/** 'YYYY-MM' of an ISO instant (as stored) in Beijing time. */
export function beijingMonth(iso: string): string {
  return beijingMonthOfInstant(Date.parse(iso));
}

function monthIndex(m: string): number {
  const r = MONTH_RE.exec(m);
  if (!r) throw badRequest('vehicles.reports.invalidMonth', { value: String(m) });
  return Number(r[1]) * 12 + Number(r[2]) - 1;
}

const monthOf = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** The months from `from` to `to` inclusive; refuses a bad month, a reversed or too long range. */
export function monthsBetween(from: string, to: string): string[] {
  const a = monthIndex(from);
  const b = monthIndex(to);
  if (a > b) throw badRequest('vehicles.reports.invalidRange', { from, to });
  if (b - a + 1 > MAX_MONTHS) throw badRequest('vehicles.reports.rangeTooLong', { from, to });
  const out: string[] = [];
  for (let i = a; i <= b; i++) out.push(monthOf(i));
  return out;
}

/** `n` months back from `month` ('2026-11', 11 → '2025-12'). */
export function monthMinus(month: string, n: number): string {
  return monthOf(monthIndex(month) - n);
}

/** [start, end) of the Beijing months `from`…`to` as ISO UTC instants (for text comparisons). */
export function monthRangeUtc(from: string, to: string): { startIso: string; endIso: string } {
  const a = monthIndex(from);
  const b = monthIndex(to) + 1;
  const at = (i: number) => new Date(Date.UTC(Math.floor(i / 12), i % 12, 1) - BEIJING_OFFSET_MS).toISOString();
  return { startIso: at(a), endIso: at(b) };
}

export interface FuelEntry {
  id: string;
  vehicleId: string;
  fueledAt: string;
  liters: number;
  amountFen: number;
  payment: string;
  odometerKm: number | null;
  /** Reasons recorded when the entry was made (JSON of the fuel row). */
  storedReasons: string[];
}

export interface FuelAnalysis {
  /** km driven since the car's previous fueling with a reading (null without one). */
  km: number | null;
  per100Km: number | null;
  /** The car's usual L/100 km: the median of its other fuel intervals (null without any). */
  usualPer100Km: number | null;
  reasons: FuelAnomalyReason[];
}

/**
 * VEH-5 fuel anomalies over a car's fuel history: each fueling's litres cover the km since the
 * previous reading; the usual consumption is the median L/100 km of the car's other intervals (so
 * one odd fill cannot hide itself, and one long gap — a missed record — cannot drag the usual
 * away); then `fuelAnomaly` flags cash and consumption more than the tolerance (25 %) away.
 * Reasons recorded at entry are kept too.
 */
export function analyseFuel(entries: readonly FuelEntry[], s: VehicleSettings): Map<string, FuelAnalysis> {
  const out = new Map<string, FuelAnalysis>();
  const byCar = new Map<string, FuelEntry[]>();
  for (const e of entries) byCar.set(e.vehicleId, [...(byCar.get(e.vehicleId) ?? []), e]);
  for (const list of byCar.values()) {
    list.sort((a, b) => a.fueledAt.localeCompare(b.fueledAt) || (a.odometerKm ?? 0) - (b.odometerKm ?? 0));
    const kms: (number | null)[] = [];
    let prev: number | null = null;
    for (const e of list) {
      const km = e.odometerKm !== null && prev !== null && e.odometerKm > prev ? e.odometerKm - prev : null;
      kms.push(km);
      if (e.odometerKm !== null) prev = e.odometerKm;
    }
    const rates = list.map((e, i) => (kms[i] !== null ? (e.liters * 100) / kms[i]! : null));
    list.forEach((e, i) => {
      const km = kms[i] ?? null;
      const others = rates.filter((r, j): r is number => j !== i && r !== null);
      const usual = others.length > 0 ? Math.round(median(others) * 100) / 100 : null;
      const payment = e.payment === 'cash' ? 'cash' : 'card';
      const a = fuelAnomaly({ liters: e.liters, km: km ?? 0, payment }, usual, s);
      const reasons = new Set<FuelAnomalyReason>(a.reasons);
      for (const r of e.storedReasons) if (r in FUEL_REASON_LABELS) reasons.add(r as FuelAnomalyReason);
      out.set(e.id, { km, per100Km: km !== null ? fuelConsumptionPer100Km(e.liters, km) : null, usualPer100Km: usual, reasons: [...reasons] });
    });
  }
  return out;
}

function median(xs: number[]): number {
  const a = [...xs].sort((x, y) => x - y);
  const mid = Math.floor(a.length / 2);
  return a.length % 2 ? a[mid]! : (a[mid - 1]! + a[mid]!) / 2;
}

/** Litres per 100 km and fen per 100 km over a period (null without km). */
export function per100(liters: number, fen: number, km: number): { litersPer100Km: number | null; fuelFenPer100Km: number | null } {
  if (!(km > 0)) return { litersPer100Km: null, fuelFenPer100Km: null };
  return { litersPer100Km: Math.round((liters * 10_000) / km) / 100, fuelFenPer100Km: Math.round((fen * 100) / km) };
}

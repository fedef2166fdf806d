/**
 * ASV-2 warranty status (质保期限) from the installation date and warranty months, and ASV-15
 * service-life due dates of parts (零配件使用寿命) and their reminders.
 *
 * **Decision (ASV-2):** the warranty covers whole days from the installation day: N months after
 * installation, the day before the same day-of-month is the last day in warranty (installed
 * 2025-03-15 with 12 months → last day 2026-03-14; on 2026-03-15 it has expired). A day that does
 * not exist is clamped to the month's end first (2024-01-31 + 1 month → 02-29, last day 02-28).
 */
import { addDays, addMonths, assertDate, daysBetween, isRealDate } from './aftersales.rules.dates.js';
import { badRequest } from '../../http/errors.js';

export type WarrantyState = 'in_warranty' | 'expiring' | 'expired' | 'unknown';

export interface WarrantyStatus {
  state: WarrantyState;
  /** Whether a job today is free of charge under warranty (in_warranty or expiring). */
  inWarranty: boolean;
  /** Last day in warranty, or null when unknown. */
  lastDay: string | null;
  /** Days from today to the last day (0 = last day today; negative once expired). */
  daysLeft: number | null;
}

/** The last day in warranty, or null when the installation date or the months are missing. */
export function warrantyLastDay(installedOn: string | null, warrantyMonths: number | null): string | null {
  if (installedOn === null || warrantyMonths === null) return null;
  assertDate(installedOn, 'installedOn');
  if (!Number.isInteger(warrantyMonths) || warrantyMonths < 0 || warrantyMonths > 600) {
    throw badRequest('aftersales.invalidMonths', { field: 'warrantyMonths', value: String(warrantyMonths) });
  }
  return addDays(addMonths(installedOn, warrantyMonths), -1);
}

/**
 * ASV-2 the warranty status on `today`. `expiring` = still in warranty but the last day is within
 * `reminderDays` (ASV-15 free-maintenance expiry reminder).
 */
export function warrantyStatus(installedOn: string | null, warrantyMonths: number | null, today: string, reminderDays = 30): WarrantyStatus {
  assertDate(today, 'today');
  const lastDay = warrantyLastDay(installedOn, warrantyMonths);
  if (lastDay === null) return { state: 'unknown', inWarranty: false, lastDay: null, daysLeft: null };
  const daysLeft = daysBetween(today, lastDay);
  // Installed in the future (a planned installation): in warranty from the installation day on.
  if (daysLeft < 0) return { state: 'expired', inWarranty: false, lastDay, daysLeft };
  return { state: daysLeft <= reminderDays ? 'expiring' : 'in_warranty', inWarranty: true, lastDay, daysLeft };
}

export interface PartLife {
  name: string;
  installedOn: string | null;
  serviceLifeMonths: number | null;
}

export interface PartLifeStatus {
  /** The day the part reaches its service life (to be replaced from then on), or null. */
  dueOn: string | null;
  daysLeft: number | null;
  state: 'ok' | 'due_soon' | 'due' | 'unknown';
}

/**
 * ASV-15 "按照零配件使用寿命设定到期时间": a part is due for replacement `serviceLifeMonths` after it
 * was installed (same day-of-month, clamped); `due_soon` within `reminderDays` before that.
 */
export function partLifeStatus(p: PartLife, today: string, reminderDays = 30): PartLifeStatus {
  if (!isRealDate(p.installedOn) || p.serviceLifeMonths === null || !Number.isInteger(p.serviceLifeMonths) || p.serviceLifeMonths <= 0) {
    return { dueOn: null, daysLeft: null, state: 'unknown' };
  }
  const dueOn = addMonths(p.installedOn, p.serviceLifeMonths);
  const daysLeft = daysBetween(today, dueOn);
  return { dueOn, daysLeft, state: daysLeft <= 0 ? 'due' : daysLeft <= reminderDays ? 'due_soon' : 'ok' };
}

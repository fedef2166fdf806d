/**
 * The company's working hours (上班/下班, Beijing time): ONE platform setting read by everything
 * that needs the working day — the engine's workday deadlines (ENG-8, close of business), vehicle
 * use outside working hours (VEH-11) and the end-of-day key check (VEH-12). The documents name the
 * end of the day (每天下班后) but print no clock time; the default 08:30–17:30 is the company's
 * schedule recorded in docs/decisions.md. Pure: the DB side is working-hours.service.ts.
 */
import { badRequest } from '../../http/errors.js';

export interface WorkingHours {
  /** 'HH:MM' Beijing time the working day starts (上班). */
  start: string;
  /** 'HH:MM' Beijing time the working day ends (下班, close of business). */
  end: string;
}

export const COMPANY_WORKING_HOURS_KEY = 'company.workingHours';
export const DEFAULT_WORKING_HOURS: Readonly<WorkingHours> = Object.freeze({ start: '08:30', end: '17:30' });

const HHMM_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of a valid 'HH:MM', or null. */
function minutes(hhmm: unknown): number | null {
  const m = typeof hhmm === 'string' ? HHMM_RE.exec(hhmm) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The hour of an 'HH:MM' as a number (17:30 → 17.5), for the calendar's working-time options. */
export function hourOf(hhmm: string): number {
  const m = minutes(hhmm);
  if (m === null) throw badRequest('calendar.invalidCompanyHours', { start: String(hhmm), end: '' });
  return m / 60;
}

/** Checks working hours: both 'HH:MM', start before end. Throws `calendar.invalidCompanyHours`. */
export function validWorkingHours(h: { start?: unknown; end?: unknown }): WorkingHours {
  const a = minutes(h.start);
  const b = minutes(h.end);
  if (a === null || b === null || a >= b) throw badRequest('calendar.invalidCompanyHours', { start: String(h.start ?? ''), end: String(h.end ?? '') });
  return { start: h.start as string, end: h.end as string };
}

/** The effective hours from a stored value: the default for anything missing or unusable (a bad
 *  row must never stop deadlines from being computed; the PUT route refuses bad values). */
export function workingHoursFrom(stored: unknown): WorkingHours {
  const o = typeof stored === 'object' && stored !== null ? (stored as Partial<WorkingHours>) : {};
  try {
    return validWorkingHours({ start: o.start ?? DEFAULT_WORKING_HOURS.start, end: o.end ?? DEFAULT_WORKING_HOURS.end });
  } catch {
    return { ...DEFAULT_WORKING_HOURS };
  }
}

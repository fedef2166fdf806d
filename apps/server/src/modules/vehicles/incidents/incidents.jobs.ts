/**
 * VEH-15 reminders to the admin specialist at the end of each workday (vehicles `workdayEnd`):
 * cars without today's daily check; and once a week (first workday run of the ISO week) cars not
 * washed for 7 days or more.
 */
import type { Services } from '../../../app.types.js';
import { dailyAt, type ScheduledJob } from '../../../platform/jobs/jobs.js';
import { notify } from '../../../platform/notifications/notifications.service.js';
import { parseDate } from '../../../platform/calendar/calendar.rules.js';
import { vehicleSettings } from '../vehicles.service.js';
import { adminSpecialists } from './checks.service.js';
import { carsNotWashed, carsWithoutCheck } from './incidents.rules.js';
import { beijingDate } from '../../../platform/calendar/beijing.js';

const workdayEnd = async (s: Services) => (await vehicleSettings(s.db)).workdayEnd;
const dueAtWorkdayEnd = dailyAt(workdayEnd, { workdaysOnly: true });

/** Monday of the ISO week of a 'YYYY-MM-DD' date. */
export function weekOf(date: string): string {
  const ms = parseDate(date);
  const dow = (new Date(ms).getUTCDay() + 6) % 7;
  return new Date(ms - dow * 86_400_000).toISOString().slice(0, 10);
}

async function activeCars(s: Services) {
  return s.db.selectFrom('vehicle').select(['id', 'plate']).where('status', '=', 'in_service').orderBy('plate').execute();
}

export async function runMissingChecks(s: Services, date: string): Promise<string[]> {
  const checked = await s.db.selectFrom('vehicle_daily_check').select('vehicle_id').where('date', '=', date).execute();
  const missing = carsWithoutCheck(await activeCars(s), new Set(checked.map((c) => c.vehicle_id)));
  if (missing.length > 0) {
    await notify(s, s.db, await adminSpecialists(s.db), {
      title: `今日未做日检的车辆：${missing.length} 辆`,
      body: `${date} 下班前未登记日检：${missing.map((c) => c.plate).join('、')}`,
      link: '/vehicles/incidents/checks',
    });
  }
  return missing.map((c) => c.plate);
}

export async function runUnwashed(s: Services, date: string): Promise<string[]> {
  const last = await s.db.selectFrom('vehicle_wash').select(['vehicle_id', (eb) => eb.fn.max('date').as('last')]).groupBy('vehicle_id').execute();
  const due = carsNotWashed(await activeCars(s), new Map(last.map((l) => [l.vehicle_id, String(l.last)])), date);
  if (due.length > 0) {
    await notify(s, s.db, await adminSpecialists(s.db), {
      title: `7 天以上未清洗的车辆：${due.length} 辆`,
      body: `车辆每周至少要清洗一次：${due.map((c) => `${c.plate}（${c.daysSince === null ? '无清洗记录' : `${c.daysSince} 天`}）`).join('、')}`,
      link: '/vehicles/incidents/checks',
    });
  }
  return due.map((c) => c.plate);
}

export const incidentsJobs: ScheduledJob[] = [
  { name: 'vehicles.dailyCheckReminder', due: dueAtWorkdayEnd, run: async (s, slot) => void (await runMissingChecks(s, slot)) },
  {
    name: 'vehicles.washReminder',
    due: async (s, now) => {
      const day = await dueAtWorkdayEnd(s, now);
      return day === null ? null : weekOf(day);
    },
    run: async (s, _slot, now) => void (await runUnwashed(s, beijingDate(now))),
  },
];

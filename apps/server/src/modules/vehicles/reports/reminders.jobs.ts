/**
 * Scheduled vehicle reminders (the worker runs each once per slot, platform/jobs):
 * - VEH-1 expiry reminders — insurance, annual inspection, 通行证 30/7/1 days ahead, due and overdue
 *   (`expiryReminderDays`) — at the start of each workday (company hours) to the admin specialist and
 *   the admin manager. A reminder day that fell on a weekend or holiday is delivered on the next
 *   workday (nobody reads notices on 国庆), so no 30/7/1-day warning is ever skipped.
 * - VEH-12 "每天下班后，司机应将车辆钥匙交回行政专员处": at the end of each workday (company hours)
 *   the keys still out go to the admin specialist, and each holder is told to return his key.
 */
import type { Services } from '../../../app.types.js';
import { isWorkday, parseDate, formatDate } from '../../../platform/calendar/calendar.rules.js';
import { loadCalendar } from '../../../platform/calendar/calendar.service.js';
import { companyWorkingHours } from '../../../platform/calendar/working-hours.service.js';
import { dailyAt, type ScheduledJob } from '../../../platform/jobs/jobs.js';
import { notify } from '../../../platform/notifications/notifications.service.js';
import { outstandingKeys, reminders } from '../vehicles.service.js';
import { adminManagerIds, adminSpecialistIds } from './reminders.recipients.js';
import { BEIJING_OFFSET_MS } from '../../../platform/calendar/beijing.js';

export const EXPIRY_REMINDERS_JOB = 'vehicles.expiryReminders';
export const KEY_CHECK_JOB = 'vehicles.keyCheck';

const DAY_MS = 86_400_000;
/** A holiday break never lasts longer (Spring Festival is 8–9 days). */
const MAX_CATCH_UP_DAYS = 15;

/**
 * The days whose reminders are delivered on workday `date`: the rest days just before it and
 * `date` itself. A year without holiday data counts Monday–Friday (like the jobs runner).
 */
export async function reminderDaysFor(s: Services, date: string): Promise<string[]> {
  const year = Number(date.slice(0, 4));
  const cal = await loadCalendar(s.db, year - 1, year);
  const workday = (d: string) => {
    try {
      return isWorkday(cal, d);
    } catch {
      const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
      return dow !== 0 && dow !== 6;
    }
  };
  const days = [date];
  for (let i = 1; i < MAX_CATCH_UP_DAYS; i++) {
    const d = formatDate(parseDate(date) - i * DAY_MS);
    if (workday(d)) break;
    days.unshift(d);
  }
  return days;
}

const stageText = (daysLeft: number) => (daysLeft > 0 ? `还有 ${daysLeft} 天` : daysLeft === 0 ? '今天到期' : `已过期 ${-daysLeft} 天`);

/** VEH-1: one notice listing every reminder due since the previous workday. */
export async function runExpiryReminders(s: Services, slot: string): Promise<number> {
  const byItem = new Map<string, { plate: string; model: string; kindLabel: string; dueDate: string }>();
  for (const day of await reminderDaysFor(s, slot)) {
    for (const r of (await reminders(s, day)).items) byItem.set(`${r.vehicleId}:${r.kind}`, r);
  }
  if (byItem.size === 0) return 0;
  const items = [...byItem.values()].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.plate.localeCompare(b.plate));
  const today = parseDate(slot);
  const lines = items.map((i) => `${i.plate}（${i.model}）${i.kindLabel} ${i.dueDate} 到期，${stageText(Math.round((parseDate(i.dueDate) - today) / DAY_MS))}`);
  const to = [...(await adminSpecialistIds(s.db)), ...(await adminManagerIds(s.db))];
  await s.db.transaction().execute((trx) =>
    notify(s, trx, to, { title: `车辆到期提醒（${slot}）：${items.length} 项`, body: lines.join('\n'), link: '/vehicles' }));
  return items.length;
}

/** VEH-12: keys not back at the end of workday `slot`. */
export async function runKeyCheck(s: Services, slot: string): Promise<number> {
  const { items, checkAt } = await outstandingKeys(s, slot);
  if (items.length === 0) return 0;
  const time = new Date(Date.parse(checkAt) + BEIJING_OFFSET_MS).toISOString().slice(11, 16);
  const specialists = await adminSpecialistIds(s.db);
  await s.db.transaction().execute(async (trx) => {
    await notify(s, trx, specialists, {
      title: `下班钥匙未交回（${slot}）：${items.length} 把`,
      body: items.map((k) => `${k.plate}（${k.model}）— ${k.holderName}`).join('\n'),
      link: '/vehicles/keys',
    });
    for (const k of items) {
      await notify(s, trx, [k.holderId], {
        title: `请交回车钥匙：${k.plate}`,
        body: `每天下班后应将车辆钥匙交回行政专员处。${k.plate} 的钥匙在 ${slot} ${time} 仍未交回。`,
        link: '/vehicles/keys',
      });
    }
  });
  return items.length;
}

const dayStart = async (s: Services) => (await companyWorkingHours(s.db)).start;
const dayEnd = async (s: Services) => (await companyWorkingHours(s.db)).end;

export const reminderJobs: ScheduledJob[] = [
  { name: EXPIRY_REMINDERS_JOB, due: dailyAt(dayStart, { workdaysOnly: true }), run: async (s, slot) => void (await runExpiryReminders(s, slot)) },
  { name: KEY_CHECK_JOB, due: dailyAt(dayEnd, { workdaysOnly: true }), run: async (s, slot) => void (await runKeyCheck(s, slot)) },
];

/**
 * Pure rules of the incidents part that the shared vehicle rules (vehicles.rules*.ts) do not
 * already hold: the 扣证 period (VEH-17), dirty-car warnings since the last wash (VEH-15), cars
 * missing today's check or a weekly wash (VEH-15), driver purchases (VEH-22).
 */
import { parseDate } from '../../../platform/calendar/calendar.rules.js';

const DAY_MS = 86_400_000;

/** VEH-17 "司机如被扣证不能驾车时，在扣证期间…": `date` falls in one of the periods (inclusive). */
export function licenceHeldOn(periods: readonly { from: string | null; to: string | null }[], date: string): boolean {
  return periods.some((p) => p.from !== null && p.to !== null && p.from <= date && date <= p.to);
}

/**
 * VEH-15 "经指出后仍不作改善的": the warnings that still stand at an inspection — warnings of this
 * driver and car given after the car's last wash on or before the inspection day. A wash on the day
 * of a warning counts as the improvement (the warning no longer stands).
 */
export function standingWarnings(warningDates: readonly string[], washDates: readonly string[], inspectionDate: string): number {
  const lastWash = washDates.filter((d) => d <= inspectionDate).sort().at(-1) ?? '';
  return warningDates.filter((d) => d > lastWash && d <= inspectionDate).length;
}

/** VEH-15 cars (not retired) without a daily check on `date`. */
export function carsWithoutCheck<T extends { id: string }>(cars: readonly T[], checkedIds: ReadonlySet<string>): T[] {
  return cars.filter((c) => !checkedIds.has(c.id));
}

/**
 * VEH-15 "车辆每周至少要清洗一次": cars whose last wash is `days` (7) or more days before `today`,
 * or never washed. Returns the days since the last wash (null: never).
 */
export function carsNotWashed<T extends { id: string }>(cars: readonly T[], lastWash: ReadonlyMap<string, string>, today: string, days = 7): (T & { daysSince: number | null })[] {
  const t = parseDate(today);
  const out: (T & { daysSince: number | null })[] = [];
  for (const c of cars) {
    const last = lastWash.get(c.id);
    const daysSince = last ? Math.round((t - parseDate(last)) / DAY_MS) : null;
    if (daysSince === null || daysSince >= days) out.push({ ...c, daysSince });
  }
  return out;
}

/** VEH-22 "特殊物品采购时，应货比三家": special items need quotes from three different suppliers. */
export function purchaseQuotesOk(category: 'regular' | 'special', quotes: readonly { supplier: string }[]): { ok: boolean; count: number } {
  const count = new Set(quotes.map((q) => q.supplier.trim()).filter(Boolean)).size;
  return { ok: category !== 'special' || count >= 3, count };
}

/**
 * VEH-22 "当天的单据应及时粘贴，及时报销，不得拖沓": a receipt not reimbursed on the purchase day —
 * reimbursed later, or still open after that day.
 */
export function reimbursedLate(boughtOn: string, reimbursedOn: string | null, today: string): boolean {
  return reimbursedOn === null ? today > boughtOn : reimbursedOn > boughtOn;
}

/**
 * Business rules of after-sales (ASV-1…ASV-16), pure functions split by theme:
 * - aftersales.rules.warranty.ts — warranty status, part service life (ASV-2, ASV-15)
 * - aftersales.rules.money.ts — fee check, cash deadline and penalties, commission split (ASV-6/7/12)
 * - aftersales.rules.work.ts — completion rate, parts reconciliation, dispatch ranking, whole sets (ASV-9/10/3/11)
 * - aftersales.rules.customers.ts — phone/name normalizing and duplicate detection (ASV-2, ASV-15)
 * Settings and their defaults: aftersales.settings.ts.
 */
export * from './aftersales.rules.warranty.js';
export * from './aftersales.rules.money.js';
export * from './aftersales.rules.work.js';
export * from './aftersales.rules.customers.js';
export { addDays, addMonths, beijingDateOf, isRealDate, percentOfFen } from './aftersales.rules.dates.js';
export { aftersalesSettingsFrom, defaultAftersalesSettings, invalidAftersalesSettings, type AftersalesSettings, type FeeStandardItem } from './aftersales.settings.js';

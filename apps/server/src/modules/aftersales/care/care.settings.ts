/**
 * Settings of the after-sales care part (ASV-12/13). The documents give no figures: the defaults
 * are stated in docs/decisions.md ("Aftersales care"). The reminder horizons of ASV-15 are the
 * module's settings (warrantyReminderDays, partLifeReminderDays in aftersales.settings.ts).
 */
import type { Db } from '../../../db/create-db.js';
import { badRequest } from '../../../http/errors.js';
import { getSetting } from '../../../platform/settings/settings.service.js';
import { basisPoints, type SalesCategory } from './care.rules.js';

export const CARE_SETTINGS_KEY = 'aftersales.care.settings';

export interface CareSettings {
  /** ASV-13 a visit's 派工单 is made this many days before the visit date. */
  visitLeadDays: number;
  maintenanceMode: 'perVisit' | 'feePercent';
  maintenancePerVisitFen: number;
  maintenanceFeePercent: number;
  /** ASV-12 员工销售提成: % of the amount per category; 'maintenance_contract' applies to 维保协议 signed. */
  salesCategories: SalesCategory[];
}

export const MAINTENANCE_CONTRACT_CATEGORY = 'maintenance_contract';

export const defaultCareSettings: CareSettings = {
  visitLeadDays: 7,
  maintenanceMode: 'perVisit',
  maintenancePerVisitFen: 5_000,
  maintenanceFeePercent: 10,
  salesCategories: [
    { code: 'parts', name: '配件更换', percent: 5 },
    { code: 'equipment', name: '设备销售', percent: 3 },
    { code: 'service', name: '维修保养服务', percent: 5 },
    { code: MAINTENANCE_CONTRACT_CATEGORY, name: '维保协议', percent: 3 },
  ],
};

function invalid(s: CareSettings): string | null {
  if (!Number.isInteger(s.visitLeadDays) || s.visitLeadDays < 0 || s.visitLeadDays > 60) return 'visitLeadDays';
  if (s.maintenanceMode !== 'perVisit' && s.maintenanceMode !== 'feePercent') return 'maintenanceMode';
  if (!Number.isSafeInteger(s.maintenancePerVisitFen) || s.maintenancePerVisitFen < 0) return 'maintenancePerVisitFen';
  if (!Number.isInteger(s.maintenanceFeePercent) || s.maintenanceFeePercent < 0 || s.maintenanceFeePercent > 100) return 'maintenanceFeePercent';
  const codes = new Set<string>();
  const cats = s.salesCategories as unknown;
  if (!Array.isArray(cats) || cats.length === 0) return 'salesCategories';
  for (const c of cats as SalesCategory[]) {
    if (typeof c?.code !== 'string' || !/^[a-z0-9_-]{1,40}$/.test(c.code) || codes.has(c.code) || typeof c.name !== 'string' || c.name.trim() === '') return 'salesCategories';
    try {
      basisPoints(c.percent);
    } catch {
      return 'salesCategories';
    }
    codes.add(c.code);
  }
  return null;
}

/** Defaults overlaid with the stored (partial) value; throws `aftersales.care.invalidSettings`. */
export function careSettingsFrom(stored: unknown): CareSettings {
  const p = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Partial<CareSettings>) : {};
  const s: CareSettings = { ...defaultCareSettings, ...p, salesCategories: [...(p.salesCategories ?? defaultCareSettings.salesCategories)] };
  const bad = invalid(s);
  if (bad) throw badRequest('aftersales.care.invalidSettings', { field: bad, value: JSON.stringify((s as unknown as Record<string, unknown>)[bad]) ?? '' });
  return s;
}

export async function careSettings(db: Db): Promise<CareSettings> {
  return careSettingsFrom(await getSetting<unknown>(db, CARE_SETTINGS_KEY, {}));
}

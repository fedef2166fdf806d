/**
 * The vehicles amounts and thresholds (vehicles.settings.ts: the documents' values as defaults),
 * read and changed as a whole. The working day is the company's (company.workingHours) and is
 * shown here read-only.
 */
import type { Services } from '../../../app.types.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { companyWorkingHours } from '../../../platform/calendar/working-hours.service.js';
import { getSetting, putSetting } from '../../../platform/settings/settings.service.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { defaultVehicleSettings, vehicleSettingsFrom, type VehicleSettings } from '../vehicles.settings.js';
import { VEHICLE_SETTINGS_KEY, vehicleSettings } from '../vehicles.service.js';

export type VehicleSettingsInput = Partial<Omit<VehicleSettings, 'workdayStart' | 'workdayEnd'>>;

export async function readVehicleSettings(s: Services) {
  const [settings, workingHours] = [await vehicleSettings(s.db), await companyWorkingHours(s.db)];
  return { settings, defaults: { ...defaultVehicleSettings, workdayStart: workingHours.start, workdayEnd: workingHours.end }, workingHours };
}

/** Overlays `input` on the stored values, validates the whole (vehicleSettingsFrom) and stores it. */
export async function updateVehicleSettings(s: Services, actor: Actor, input: VehicleSettingsInput) {
  await changeWithAudit(s, actor, async (trx) => {
    const stored = await getSetting<Record<string, unknown>>(trx, VEHICLE_SETTINGS_KEY, {});
    const before = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
    const { workdayStart: _a, workdayEnd: _b, ...own } = { ...before, ...input } as Partial<VehicleSettings>;
    const hours = await companyWorkingHours(trx);
    // Throws vehicles.invalidSettings naming the first bad field: nothing is stored then.
    const valid = vehicleSettingsFrom({ ...own, workdayStart: hours.start, workdayEnd: hours.end });
    const { workdayStart: _c, workdayEnd: _d, ...toStore } = valid;
    await putSetting(trx, VEHICLE_SETTINGS_KEY, toStore, s.clock.now().toISOString(), actor.id === 'system' ? null : actor.id);
    return { result: null, audit: { action: 'vehicle.settings.update', entity: 'setting', entityId: VEHICLE_SETTINGS_KEY, data: { changed: input } } };
  });
  return readVehicleSettings(s);
}

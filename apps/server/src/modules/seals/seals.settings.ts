/** Who approves which seal use (SEAL-2), kept as a setting so the company can change it. */
import type { Db } from '../../db/create-db.js';
import { getSetting } from '../../platform/settings/settings.service.js';
import { DEFAULT_SEAL_SETTINGS, type SealSettings } from './seals.rules.js';

export const SEAL_SETTINGS_KEY = 'seals.settings';

export async function sealSettings(db: Db): Promise<SealSettings> {
  return { ...DEFAULT_SEAL_SETTINGS, ...(await getSetting<Partial<SealSettings>>(db, SEAL_SETTINGS_KEY, {})) };
}

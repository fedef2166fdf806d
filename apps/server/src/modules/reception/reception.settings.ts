/**
 * Settings of the reception module: the GIFT-2 signer tiers and the RCP-1 approval limits. Every
 * figure is a setting whose default is the documents' value or a recorded decision.
 */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest } from '../../http/errors.js';
import type { Actor } from '../../platform/auth/actor.js';
import { getSetting, putSetting } from '../../platform/settings/settings.service.js';
import { changeWithAudit } from '../../platform/tx.js';
import { defaultGiftTierSettings, invalidGiftTierSettings, type GiftTierSettings } from './gifts/gifts.rules.js';
import { defaultReceptionApprovalSettings, RECEPTION_LEVELS, type ReceptionApprovalSettings } from './reception.rules.js';

export const RECEPTION_SETTINGS_KEY = 'reception.settings';

export interface ReceptionSettings {
  gifts: GiftTierSettings;
  approval: ReceptionApprovalSettings;
}

export const defaultReceptionSettings: ReceptionSettings = { gifts: defaultGiftTierSettings, approval: defaultReceptionApprovalSettings };

function invalid(s: ReceptionSettings): string[] {
  const bad = invalidGiftTierSettings(s.gifts).map((k) => `gifts.${k}`);
  const a = s.approval;
  if (!(typeof a.managerMaxBudgetFen === 'number' && Number.isSafeInteger(a.managerMaxBudgetFen) && a.managerMaxBudgetFen >= 0)) bad.push('approval.managerMaxBudgetFen');
  if (!Array.isArray(a.leaderLevels) || !a.leaderLevels.every((l) => Object.hasOwn(RECEPTION_LEVELS, l))) bad.push('approval.leaderLevels');
  return bad;
}

function merge(stored: Partial<ReceptionSettings> | null | undefined): ReceptionSettings {
  const d = defaultReceptionSettings;
  const g = (stored?.gifts ?? {}) as Partial<GiftTierSettings>;
  return {
    gifts: {
      packsPerCarton: g.packsPerCarton ?? d.gifts.packsPerCarton,
      cigarettePacks: { ...d.gifts.cigarettePacks, ...(g.cigarettePacks ?? {}) },
      valueFen: { ...d.gifts.valueFen, ...(g.valueFen ?? {}) },
    },
    approval: { ...d.approval, ...(stored?.approval ?? {}) },
  };
}

export async function receptionSettings(db: Db): Promise<ReceptionSettings> {
  return merge(await getSetting<Partial<ReceptionSettings> | null>(db, RECEPTION_SETTINGS_KEY, null));
}

export interface SettingsPatch {
  gifts?: { packsPerCarton?: number; cigarettePacks?: Partial<GiftTierSettings['cigarettePacks']>; valueFen?: Partial<GiftTierSettings['valueFen']> };
  approval?: Partial<ReceptionApprovalSettings>;
}

export async function updateReceptionSettings(s: Services, actor: Actor, input: SettingsPatch): Promise<ReceptionSettings> {
  return changeWithAudit(s, actor, async (trx) => {
    const cur = await receptionSettings(trx);
    const next: ReceptionSettings = {
      gifts: {
        packsPerCarton: input.gifts?.packsPerCarton ?? cur.gifts.packsPerCarton,
        cigarettePacks: { ...cur.gifts.cigarettePacks, ...input.gifts?.cigarettePacks },
        valueFen: { ...cur.gifts.valueFen, ...input.gifts?.valueFen },
      },
      approval: { ...cur.approval, ...input.approval },
    };
    const bad = invalid(next);
    if (bad.length) throw badRequest('reception.invalidSettings', { field: bad.join(', ') });
    await putSetting(trx, RECEPTION_SETTINGS_KEY, next, s.clock.now().toISOString(), actor.id);
    return { result: next, audit: { action: 'reception.settings.update', entity: 'setting', entityId: RECEPTION_SETTINGS_KEY, data: input } };
  });
}

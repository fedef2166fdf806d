/**
 * 售后设置: GET/PUT /api/aftersales/settings — the figures of the after-sales rules (cash deadline,
 * penalty percentages, commission share, reconciliation days, reminders, load limit) and the fee
 * standard (收费标准, ASV-6). Defaults are the documents' values (aftersales.settings.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../app.types.js';
import { actorOf } from '../../../http/auth-hook.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { getSetting, putSetting } from '../../../platform/settings/settings.service.js';
import { changeWithAudit } from '../../../platform/tx.js';
import type { ModulePart } from '../../module.parts.js';
import { aftersalesSettingsFrom, defaultAftersalesSettings, type AftersalesSettings } from '../aftersales.settings.js';
import { AFTERSALES_SETTINGS_KEY, aftersalesSettings } from '../customers/customers.service.js';

const days = z.number().int().min(1).max(366);
const percent = z.number().int().min(0).max(100);
/** Types only; aftersalesSettingsFrom checks the whole and names the first bad field. */
const SettingsBody = z.strictObject({
  cashDueDays: days.optional(),
  technicianLatePenaltyPercent: percent.optional(),
  clerkNoUrgePenaltyPercent: percent.optional(),
  engineerSharePercent: percent.optional(),
  partsReconcileDays: days.optional(),
  warrantyReminderDays: days.optional(),
  partLifeReminderDays: days.optional(),
  maxOpenJobsPerTechnician: days.optional(),
  dailyCheckMinutesBeforeEnd: z.number().int().min(0).max(240).optional(),
  feeStandard: z.array(z.strictObject({ code: z.string().regex(/^[a-z0-9_-]{1,40}$/), name: z.string().trim().min(1).max(50), feeFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) })).max(100).optional(),
});

async function readSettings(s: Services) {
  return { settings: await aftersalesSettings(s.db), defaults: defaultAftersalesSettings };
}

export async function updateAftersalesSettings(s: Services, actor: Actor, input: Partial<AftersalesSettings>) {
  await changeWithAudit(s, actor, async (trx) => {
    const stored = await getSetting<unknown>(trx, AFTERSALES_SETTINGS_KEY, {});
    const before = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
    // Throws aftersales.invalidSettings naming the first bad field: nothing is stored then.
    const valid = aftersalesSettingsFrom({ ...before, ...input });
    await putSetting(trx, AFTERSALES_SETTINGS_KEY, valid, s.clock.now().toISOString(), actor.id === 'system' ? null : actor.id);
    return { result: null, audit: { action: 'aftersales.settings.update', entity: 'setting', entityId: AFTERSALES_SETTINGS_KEY, data: { changed: input } } };
  });
  return readSettings(s);
}

function settingsRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['aftersales'];
  r.get('/api/aftersales/settings', { config: { permission: 'aftersales:read' }, schema: { tags, summary: '售后设置：交款期限、罚款比例、提成分成、对账天数、提醒、收费标准（默认值取自制度文件）' } },
    async () => readSettings(s));
  r.put('/api/aftersales/settings', { config: { permission: 'aftersales:settings' }, schema: { tags, summary: '修改售后设置', body: SettingsBody } },
    async (req) => updateAftersalesSettings(s, actorOf(req), req.body));
}

export const settingsPart: ModulePart = {
  permissions: [{ key: 'aftersales:settings', label: '修改售后设置与收费标准', labelEn: 'Change the after-sales settings and the fee standard' }],
  // The after-sales rules are 综合管理部's regulations (like the vehicle settings, kept by its
  // admin staff); a dept_head grant would reach every department head, so it is not given there.
  roleGrants: { admin_staff: ['aftersales:settings'] },
  routes: settingsRoutes,
};

/** Thin HTTP face of the seals (SEAL-1 register, SEAL-2 use log, approval settings). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateStr, Id, IdParams } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf } from '../../http/auth-hook.js';
import { sendXlsx } from '../../http/route-helpers.js';
import { putSetting } from '../../platform/settings/settings.service.js';
import { changeWithAudit } from '../../platform/tx.js';
import { SEAL_TYPES } from './seals.rules.js';
import { createSeal, listSeals, listUses, updateSeal } from './seals.service.js';
import { SEAL_SETTINGS_KEY, sealSettings } from './seals.settings.js';
import { exportSeals, exportUses } from './seals.xlsx.js';

const Text = (max: number) => z.string().trim().min(1).max(max);
const SealBody = z.strictObject({ name: Text(100), type: z.enum(SEAL_TYPES), keeperId: Id, location: Text(100), notes: z.string().max(1000).optional() });
const SealPatch = SealBody.partial().extend({ status: z.enum(['in_office', 'disabled']).optional() }).strict();
const UseQuery = z.strictObject({
  sealId: Id.optional(),
  logged: z.enum(['true', 'false']).optional(),
  status: z.enum(['open', 'approved', 'used', 'out', 'returned', 'rejected', 'cancelled']).optional(),
  from: DateStr.optional(),
  to: DateStr.optional(),
});
const SettingsBody = z.strictObject({ gmTypes: z.array(z.enum(SEAL_TYPES)).max(SEAL_TYPES.length), contractNeedsGm: z.boolean(), takeOutNeedsGm: z.boolean() });

export function sealsRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['seals'];
  const any = { permission: 'authenticated' as const };

  r.get('/api/seals', { config: any, schema: { tags, summary: '印章登记（SEAL-1）' } }, async () => listSeals(s));
  r.get('/api/seals/export', { config: { permission: 'seals:read' }, schema: { tags, summary: '导出印章登记 xlsx' } }, async (_req, reply) => sendXlsx(reply, '印章登记.xlsx', await exportSeals(s)));
  r.post('/api/seals', { config: { permission: 'seals:manage' }, schema: { tags, summary: '登记印章（SEAL-1）', body: SealBody } },
    async (req, reply) => reply.status(201).send(await createSeal(s, actorOf(req), req.body)));
  r.patch('/api/seals/:id', { config: { permission: 'seals:manage' }, schema: { tags, summary: '修改印章（保管人、位置、状态）', params: IdParams, body: SealPatch } },
    async (req) => updateSeal(s, actorOf(req), req.params.id, req.body));

  r.get('/api/seals/uses', { config: any, schema: { tags, summary: '用印申请与印章使用登记（SEAL-2）', querystring: UseQuery } }, async (req) => listUses(s, actorOf(req), req.query));
  r.get('/api/seals/uses/export', { config: any, schema: { tags, summary: '导出印章使用登记表 xlsx', querystring: UseQuery } },
    async (req, reply) => sendXlsx(reply, '印章使用登记表.xlsx', await exportUses(s, actorOf(req), req.query)));

  r.get('/api/seals/settings', { config: any, schema: { tags, summary: '用印审批设置' } }, async () => sealSettings(s.db));
  r.put('/api/seals/settings', { config: { permission: 'seals:manage' }, schema: { tags, summary: '修改用印审批设置', body: SettingsBody } },
    async (req) => changeWithAudit(s, actorOf(req), async (trx) => {
      await putSetting(trx, SEAL_SETTINGS_KEY, req.body, s.clock.now().toISOString(), actorOf(req).id);
      return { result: req.body, audit: { action: 'seals.settings.update', entity: 'setting', entityId: SEAL_SETTINGS_KEY, data: req.body } };
    }));
}

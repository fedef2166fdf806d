/** Thin HTTP face of the archives (ARC-1 catalog, ARC-2 borrow/copy register, settings). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateStr, Id, IdParams } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf } from '../../http/auth-hook.js';
import { sendXlsx } from '../../http/route-helpers.js';
import { registerAttachmentAccess } from '../../platform/attachments/attachments.service.js';
import { putSetting } from '../../platform/settings/settings.service.js';
import { changeWithAudit } from '../../platform/tx.js';
import { RETENTIONS, SECRECY_LEVELS } from './archives.rules.js';
import { createItem, getItem, listBorrows, listItems, updateItem } from './archives.service.js';
import { ARCHIVE_SETTINGS_KEY, archiveSettings } from './archives.settings.js';
import { exportBorrows, exportItems } from './archives.xlsx.js';
import { beijingDate } from '../../platform/calendar/beijing.js';

const Text = (max: number) => z.string().trim().min(1).max(max);
const ItemBody = z.strictObject({
  number: Text(50),
  title: Text(200),
  category: Text(50),
  year: z.number().int().min(1900).max(2100),
  retention: z.enum(RETENTIONS),
  secrecy: z.enum(SECRECY_LEVELS),
  cabinet: Text(50),
  shelf: Text(50),
  pages: z.number().int().min(1).max(100_000),
  scanAttachmentId: Id.nullable().optional(),
  notes: z.string().max(2000).optional(),
});
const ItemPatch = ItemBody.partial().extend({ status: z.enum(['in', 'destroyed']).optional() }).strict();
const ItemQuery = z.strictObject({
  q: z.string().max(100).optional(),
  category: z.string().max(50).optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  secrecy: z.enum(SECRECY_LEVELS).optional(),
  status: z.enum(['in', 'out', 'destroyed']).optional(),
});
const BorrowQuery = z.strictObject({
  status: z.enum(['open', 'approved', 'lent', 'returned', 'copied', 'rejected', 'cancelled']).optional(),
  kind: z.enum(['borrow', 'copy']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  from: DateStr.optional(),
  to: DateStr.optional(),
});
const SettingsBody = z.strictObject({
  maxBorrowDays: z.number().int().min(1).max(365),
  maxCopies: z.number().int().min(1).max(50),
  reminderAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM'),
});

export function archivesRoutes(app: FastifyInstance, s: Services): void {
  registerAttachmentAccess('archive_item', async (_s, actor) => actor.can('archives:read'));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['archives'];
  const any = { permission: 'authenticated' as const };
  const today = () => beijingDate(s.clock.now());

  r.get('/api/archives/items', { config: any, schema: { tags, summary: '档案目录（ARC-1）', querystring: ItemQuery } }, async (req) => listItems(s, actorOf(req), req.query));
  r.get('/api/archives/items/export', { config: any, schema: { tags, summary: '导出档案目录 xlsx', querystring: ItemQuery } },
    async (req, reply) => sendXlsx(reply, '档案目录.xlsx', await exportItems(s, actorOf(req), req.query)));
  r.get('/api/archives/items/:id', { config: any, schema: { tags, summary: '档案详情及借阅记录', params: IdParams } }, async (req) => getItem(s, actorOf(req), req.params.id));
  r.post('/api/archives/items', { config: { permission: 'archives:manage' }, schema: { tags, summary: '登记档案（ARC-1）', body: ItemBody } },
    async (req, reply) => reply.status(201).send(await createItem(s, actorOf(req), req.body)));
  r.patch('/api/archives/items/:id', { config: { permission: 'archives:manage' }, schema: { tags, summary: '修改档案（ARC-1）', params: IdParams, body: ItemPatch } },
    async (req) => updateItem(s, actorOf(req), req.params.id, req.body));

  r.get('/api/archives/borrows', { config: any, schema: { tags, summary: '档案借阅/复印登记（ARC-2）', querystring: BorrowQuery } }, async (req) => listBorrows(s, actorOf(req), req.query, today()));
  r.get('/api/archives/borrows/export', { config: any, schema: { tags, summary: '导出借阅/复印登记 xlsx', querystring: BorrowQuery } },
    async (req, reply) => sendXlsx(reply, '档案借阅复印登记.xlsx', await exportBorrows(s, actorOf(req), req.query, today())));

  r.get('/api/archives/settings', { config: any, schema: { tags, summary: '档案借阅设置' } }, async () => archiveSettings(s.db));
  r.put('/api/archives/settings', { config: { permission: 'archives:manage' }, schema: { tags, summary: '修改档案借阅设置', body: SettingsBody } },
    async (req) => changeWithAudit(s, actorOf(req), async (trx) => {
      await putSetting(trx, ARCHIVE_SETTINGS_KEY, req.body, s.clock.now().toISOString(), actorOf(req).id);
      return { result: req.body, audit: { action: 'archives.settings.update', entity: 'setting', entityId: ARCHIVE_SETTINGS_KEY, data: req.body } };
    }));
}

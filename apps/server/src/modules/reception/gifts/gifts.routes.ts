/** HTTP face of the gifts part: stock, movements (礼品出入库), issues (礼品领用). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, IdParams } from '@guanjia/contracts';
import type { Services } from '../../../app.types.js';
import { actorOf } from '../../../http/auth-hook.js';
import { sendXlsx } from '../../../http/route-helpers.js';
import { addMovement, createItem, exportMovements, listIssues, listItems, listMovements, MOVEMENT_REGISTER, previewIssue, startIssue, updateItem } from './gifts.service.js';
import { GIFT_CATEGORIES } from './gifts.rules.js';

const Fen = z.number().int().min(0).max(1_000_000_000);
const Category = z.enum(GIFT_CATEGORIES);
const ItemBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  category: Category,
  unit: z.string().trim().min(1).max(10),
  spec: z.string().trim().max(100).optional(),
  unitPriceFen: Fen,
  quantity: z.number().int().min(0).max(1_000_000).optional(),
});
const ItemPatch = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  category: Category.optional(),
  unit: z.string().trim().min(1).max(10).optional(),
  spec: z.string().trim().max(100).optional(),
  unitPriceFen: Fen.optional(),
  active: z.boolean().optional(),
});
const MovementBody = z.strictObject({
  kind: z.enum(['in', 'out', 'adjust']),
  quantity: z.number().int().min(-1_000_000).max(1_000_000).refine((n) => n !== 0, '数量不能为 0'),
  unit: z.enum(['pack', 'carton']).optional(),
  unitPriceFen: Fen.optional(),
  note: z.string().max(500).optional(),
});
export const IssueLine = z.strictObject({ itemId: Id, quantity: z.number().int().min(1).max(100_000), unit: z.enum(['pack', 'carton']).optional() });
export const IssueLines = z.array(IssueLine).min(1).max(20);
const IssueBody = z.strictObject({ purpose: z.string().trim().min(1).max(500), receptionId: Id.optional(), lines: IssueLines });
const MovementQuery = z.strictObject({ itemId: Id.optional(), kind: z.enum(['in', 'out', 'adjust']).optional(), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM').optional() });

export function giftsRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['gifts'];
  r.get('/api/gifts/items', { config: { permission: 'authenticated' }, schema: { tags, summary: '礼品库存（GIFT-1）' } }, async () => listItems(s));
  r.post('/api/gifts/items', { config: { permission: 'gifts:manage' }, schema: { tags, summary: '新增礼品', body: ItemBody } },
    async (req, reply) => reply.status(201).send(await createItem(s, actorOf(req), req.body)));
  r.patch('/api/gifts/items/:id', { config: { permission: 'gifts:manage' }, schema: { tags, summary: '修改礼品', params: IdParams, body: ItemPatch } },
    async (req) => updateItem(s, actorOf(req), req.params.id, req.body));
  r.post('/api/gifts/items/:id/movements', { config: { permission: 'gifts:manage' }, schema: { tags, summary: '入库/出库/盘点调整，库存不能为负（GIFT-1）', params: IdParams, body: MovementBody } },
    async (req, reply) => reply.status(201).send(await addMovement(s, actorOf(req), req.params.id, req.body)));
  r.get('/api/gifts/movements', { config: { permission: 'gifts:read' }, schema: { tags, summary: MOVEMENT_REGISTER, querystring: MovementQuery } },
    async (req) => listMovements(s, req.query));
  r.get('/api/gifts/movements.xlsx', { config: { permission: 'gifts:read' }, schema: { tags, summary: `导出${MOVEMENT_REGISTER} xlsx`, querystring: MovementQuery } },
    async (req, reply) => sendXlsx(reply, `${MOVEMENT_REGISTER}.xlsx`, await exportMovements(s, req.query)));
  r.post('/api/gifts/issues/preview', { config: { permission: 'authenticated' }, schema: { tags, summary: '预览领用审核签字人（GIFT-2）', body: z.strictObject({ lines: IssueLines }) } },
    async (req) => previewIssue(s, req.body.lines));
  r.post('/api/gifts/issues', { config: { permission: 'authenticated' }, schema: { tags, summary: '礼品领用申请（GIFT-1/2）', body: IssueBody } },
    async (req, reply) => reply.status(201).send(await startIssue(s, actorOf(req), req.body)));
  r.get('/api/gifts/issues', { config: { permission: 'authenticated' }, schema: { tags, summary: '礼品领用记录', querystring: z.strictObject({ receptionId: Id.optional() }) } },
    async (req) => listIssues(s, actorOf(req), req.query));
}

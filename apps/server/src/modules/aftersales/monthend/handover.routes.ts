/** ASV-14 交财务: the month's hand-over state and history, hand over, 签收, 撤回/退回. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../app.types.js';
import { actorOf } from '../../../http/auth-hook.js';
import { handOver, handoverView, RECEIVE_PERM, receiveHandover, reopenHandover } from './handover.service.js';

export const MONTH = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM');

export function handoverRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['aftersales'];
  const me = { permission: 'aftersales:monthend' } as const;
  r.get('/api/aftersales/monthend/handover', { config: me, schema: { tags, summary: '交财务：本月交接状态、历史、交接金额与当前金额对比（ASV-14）', querystring: z.strictObject({ month: MONTH }) } },
    async (req) => handoverView(s, req.query.month));
  r.post('/api/aftersales/monthend/handover', { config: me, schema: { tags, summary: '交财务：提交本月提成表给财务，锁定本月（ASV-14）', body: z.strictObject({ month: MONTH, note: z.string().max(500).optional() }) } },
    async (req) => handOver(s, actorOf(req), req.body));
  r.post('/api/aftersales/monthend/handover/receive', { config: { permission: RECEIVE_PERM }, schema: { tags, summary: '财务签收本月交接（ASV-14）', body: z.strictObject({ month: MONTH }) } },
    async (req) => receiveHandover(s, actorOf(req), req.body.month));
  r.post('/api/aftersales/monthend/handover/reopen', {
    config: me,
    schema: { tags, summary: '撤回（交接人，签收前）或财务退回（须填原因）本月交接，解除锁定（ASV-14）', body: z.strictObject({ month: MONTH, reason: z.string().max(500).optional() }) },
  }, async (req) => reopenHandover(s, actorOf(req), req.body));
}

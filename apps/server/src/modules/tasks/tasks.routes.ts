/** HTTP face of assigned work (TASK-1). Paths live under /api/assignments: /api/tasks is the engine inbox. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateStr, Id, IdParams, Ok } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf } from '../../http/auth-hook.js';
import { sendXlsx } from '../../http/route-helpers.js';
import { listTasks, taskDetail } from './tasks.query.js';
import { acceptTask, assignTask, reportProgress, requestClosure, reviewClosure } from './tasks.service.js';
import { exportTasks, EXPORT_NAME } from './tasks.xlsx.js';

const AssignBody = z.strictObject({
  title: z.string().max(200),
  description: z.string().max(4000).optional(),
  ownerId: Id,
  dueDate: DateStr,
  attachmentIds: z.array(Id).max(20).optional(),
});
const ListQuery = z.strictObject({
  view: z.enum(['assigned', 'owned', 'all']),
  status: z.enum(['open', 'overdue', 'closure_requested', 'closed', 'cancelled']).optional(),
  ownerId: Id.optional(),
  assignerId: Id.optional(),
  q: z.string().max(100).optional(),
  sourceKind: z.string().max(50).optional(),
  dueFrom: DateStr.optional(),
  dueTo: DateStr.optional(),
});
const ProgressBody = z.strictObject({ text: z.string().max(4000), percent: z.number(), attachmentIds: z.array(Id).max(20).optional() });
const ClosureBody = z.strictObject({ note: z.string().max(4000) });
const ReviewBody = z.strictObject({ decision: z.enum(['accept', 'send_back']), comment: z.string().max(2000).optional() });
const Created = z.object({ id: z.string() });

export function tasksRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['tasks'];
  r.get('/api/assignments', { config: { permission: 'authenticated' }, schema: { tags, summary: '我交办的 / 我负责的 / 督办一览（view=all 须 tasks:read_all）', querystring: ListQuery } },
    async (req) => listTasks(s, actorOf(req), req.query));
  r.get('/api/assignments/export.xlsx', { config: { permission: 'authenticated' }, schema: { tags, summary: `导出${EXPORT_NAME} xlsx`, querystring: ListQuery } },
    async (req, reply) => sendXlsx(reply, `${EXPORT_NAME}.xlsx`, await exportTasks(s, actorOf(req), req.query)));
  r.get('/api/assignments/:id', { config: { permission: 'authenticated' }, schema: { tags, summary: '交办事项详情：进度报告、办理经过', params: IdParams } },
    async (req) => taskDetail(s, actorOf(req), req.params.id));
  r.post('/api/assignments', { config: { permission: 'tasks:assign' }, schema: { tags, summary: '交办事项（责任人、完成期限、要求、附件）', body: AssignBody, response: { 201: Created } } },
    async (req, reply) => {
      const { attachmentIds, ...rest } = req.body;
      return reply.status(201).send({ id: await assignTask(s, actorOf(req), { ...rest, attachmentIds }) });
    });
  r.post('/api/assignments/:id/accept', { config: { permission: 'authenticated' }, schema: { tags, summary: '责任人接收', params: IdParams, response: { 200: Ok } } },
    async (req) => { await acceptTask(s, actorOf(req), req.params.id); return { ok: true as const }; });
  r.post('/api/assignments/:id/progress', { config: { permission: 'authenticated' }, schema: { tags, summary: '报告进度（文字、完成百分比、附件）', params: IdParams, body: ProgressBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await reportProgress(s, actorOf(req), req.params.id, req.body) }));
  r.post('/api/assignments/:id/request-closure', { config: { permission: 'authenticated' }, schema: { tags, summary: '申请办结', params: IdParams, body: ClosureBody, response: { 200: Ok } } },
    async (req) => { await requestClosure(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.post('/api/assignments/:id/review', { config: { permission: 'authenticated' }, schema: { tags, summary: '交办人验收：通过办结或退回', params: IdParams, body: ReviewBody, response: { 200: Ok } } },
    async (req) => { await reviewClosure(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
}

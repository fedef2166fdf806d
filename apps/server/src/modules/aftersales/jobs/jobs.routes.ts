/**
 * 派工单 API: the list (clerk; a technician sees his own), 我的派工单, the ASV-3 dispatch
 * suggestion and technicians' skills. Jobs are started and moved through the engine
 * (POST /api/instances with processKey 'aftersales.job', /api/tasks/:id/actions/:action).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../app.types.js';
import { actorOf } from '../../../http/auth-hook.js';
import { sendXlsx } from '../../../http/route-helpers.js';
import { listJobs, listTechnicians, myJobs, setSkills, suggestTechnicians } from './jobs.service.js';
import { listUrges, urgeCash } from './jobs.urge.js';
import { exportJobs, JOBS_XLSX_NAME } from './jobs.xlsx.js';

const STATUS = z.enum(['dispatch', 'schedule', 'onsite', 'feeCalc', 'feeCheck', 'cash', 'callback', 'closed', 'cancelled']);
const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ListQuery = z.strictObject({ status: STATUS.optional(), technicianId: z.string().max(40).optional(), q: z.string().max(100).optional(), cashOverdue: z.enum(['true', 'false']).optional(), from: DATE.optional(), to: DATE.optional() });
/** The export's cap: far above a year of jobs, below what one xlsx should hold. */
const EXPORT_LIMIT = 50_000;

export function jobsRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['aftersales'];
  r.get('/api/aftersales/jobs', {
    config: { permission: 'aftersales:read' },
    schema: { tags, summary: '派工单列表（售后维修人员只看自己的）', querystring: ListQuery },
  }, async (req) => listJobs(s, actorOf(req), { ...req.query, cashOverdue: req.query.cashOverdue === 'true' }));
  r.get('/api/aftersales/jobs/export.xlsx', {
    config: { permission: 'aftersales:read' },
    schema: { tags, summary: '导出派工单列表 xlsx（与列表相同的筛选条件）', querystring: ListQuery },
  }, async (req, reply) => {
    const { items } = await listJobs(s, actorOf(req), { ...req.query, cashOverdue: req.query.cashOverdue === 'true' }, EXPORT_LIMIT);
    return sendXlsx(reply, `${JOBS_XLSX_NAME}.xlsx`, await exportJobs(items));
  });
  r.post('/api/aftersales/jobs/:id/urge', {
    config: { permission: 'aftersales:jobs' },
    schema: { tags, summary: '催缴：督促售后维修人员将营业款交财务（ASV-7，记录催缴时间并通知维修人员）', params: z.strictObject({ id: z.string().min(1).max(40) }), body: z.strictObject({ note: z.string().max(200).optional() }) },
  }, async (req, reply) => reply.code(201).send(await urgeCash(s, actorOf(req), req.params.id, req.body.note ?? '')));
  r.get('/api/aftersales/jobs/:id/urges', {
    config: { permission: 'aftersales:jobs' },
    schema: { tags, summary: '派工单的催缴记录（ASV-7）', params: z.strictObject({ id: z.string().min(1).max(40) }) },
  }, async (req) => listUrges(s, req.params.id));
  r.get('/api/aftersales/jobs/mine', { config: { permission: 'aftersales:read' }, schema: { tags, summary: '我的派工单（在办）' } }, async (req) => myJobs(s, actorOf(req)));
  r.get('/api/aftersales/jobs/suggest', {
    config: { permission: 'aftersales:jobs' },
    schema: { tags, summary: '派工建议：按技术特长与在办单数排序（ASV-3）', querystring: z.strictObject({ skill: z.string().max(40).optional() }) },
  }, async (req) => suggestTechnicians(s, req.query.skill?.trim() || null));
  r.get('/api/aftersales/technicians', { config: { permission: 'aftersales:read' }, schema: { tags, summary: '售后维修人员、技术特长与在办单数' } }, async () => ({ items: await listTechnicians(s) }));
  r.put('/api/aftersales/technicians/:id/skills', {
    config: { permission: 'aftersales:jobs' },
    schema: { tags, summary: '维护售后维修人员的技术特长', params: z.strictObject({ id: z.string().min(1).max(40) }), body: z.strictObject({ skills: z.array(z.string().trim().min(1).max(40)).max(30) }) },
  }, async (req) => {
    await setSkills(s, actorOf(req), req.params.id, req.body.skills);
    return { ok: true };
  });
}

/** Thin HTTP face of mail and express (MAIL-1). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateStr, Id, IdParams } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf } from '../../http/auth-hook.js';
import { sendXlsx } from '../../http/route-helpers.js';
import { COURIERS } from './mail.rules.js';
import { createMail, deleteMail, dispatchMail, listMail, monthlyReport } from './mail.service.js';
import { exportMail, exportReport } from './mail.xlsx.js';

const Text = (max: number) => z.string().trim().min(1).max(max);
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const MailBody = z.strictObject({
  senderId: Id.optional(),
  recipient: Text(100),
  address: Text(300),
  phone: z.string().trim().max(30).optional(),
  contents: Text(200),
  personal: z.boolean(),
  notes: z.string().max(500).optional(),
});
const DispatchBody = z.strictObject({
  courier: z.enum(COURIERS),
  trackingNo: z.string().trim().regex(/^[A-Za-z0-9-]{6,40}$/, '6–40 letters/digits'),
  weightG: z.number().int().min(1).max(1_000_000),
  costFen: z.number().int().min(0).max(10_000_000),
  sentOn: DateStr.optional(),
});
const MailQuery = z.strictObject({
  month: Month.optional(),
  departmentId: Id.optional(),
  personal: z.enum(['true', 'false']).optional(),
  status: z.enum(['requested', 'sent']).optional(),
  courier: z.string().max(50).optional(),
  q: z.string().max(100).optional(),
});
const ReportQuery = z.strictObject({ from: Month, to: Month });

export function mailRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['mail'];
  const any = { permission: 'authenticated' as const };

  r.get('/api/mail', { config: any, schema: { tags, summary: '收寄件登记（MAIL-1）', querystring: MailQuery } }, async (req) => listMail(s, actorOf(req), req.query));
  r.get('/api/mail/export', { config: any, schema: { tags, summary: '导出收寄件登记 xlsx', querystring: MailQuery } },
    async (req, reply) => sendXlsx(reply, '收寄件登记.xlsx', await exportMail(s, actorOf(req), req.query)));
  r.post('/api/mail', { config: any, schema: { tags, summary: '寄件申请（MAIL-1）', body: MailBody } },
    async (req, reply) => reply.status(201).send(await createMail(s, actorOf(req), req.body)));
  r.post('/api/mail/:id/dispatch', { config: { permission: 'mail:manage' }, schema: { tags, summary: '登记寄出：快递公司、单号、重量、费用', params: IdParams, body: DispatchBody } },
    async (req) => dispatchMail(s, actorOf(req), req.params.id, req.body));
  r.delete('/api/mail/:id', { config: any, schema: { tags, summary: '撤回未寄出的寄件申请', params: IdParams } }, async (req) => deleteMail(s, actorOf(req), req.params.id));
  r.get('/api/mail/report', { config: { permission: 'mail:read' }, schema: { tags, summary: '部门月度快递费用（MAIL-1）', querystring: ReportQuery } },
    async (req) => monthlyReport(s, req.query.from, req.query.to));
  r.get('/api/mail/report/export', { config: { permission: 'mail:read' }, schema: { tags, summary: '导出部门月度快递费用 xlsx', querystring: ReportQuery } },
    async (req, reply) => sendXlsx(reply, '部门月度快递费用.xlsx', await exportReport(s, req.query.from, req.query.to)));
}

/**
 * 回访记录表 and the monthly callback report (ASV-16); month end (ASV-12/14): commission table,
 * the month's commission tables, free-of-charge list and 月报表, corrections and confirmations.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../app.types.js';
import { sendXlsx } from '../../../http/route-helpers.js';
import { actorOf } from '../../../http/auth-hook.js';
import { CALLBACKS_NAME, callbackMonthReport, exportCallbacks, listCallbacks } from './callbacks.service.js';
import { commissionTable, confirmMine, correctLine, monthEnd, updateCommissionTable } from './monthend.service.js';
import { handoverInForce } from './handover.lock.js';
import { handoverRoutes, MONTH } from './handover.routes.js';
import { exportMonthend, MONTHEND_SHEETS, type MonthendSheet } from './monthend.xlsx.js';

const MonthQuery = z.strictObject({ month: MONTH });

export function monthendRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['aftersales'];
  const report = { permission: 'aftersales:callbacks' } as const;
  r.get('/api/aftersales/callbacks', { config: report, schema: { tags, summary: '回访记录表：本月已结派工单的回访（ASV-16）', querystring: MonthQuery } },
    async (req) => ({ items: await listCallbacks(s, req.query.month) }));
  r.get('/api/aftersales/callbacks/report', { config: report, schema: { tags, summary: '月度回访报告：满意度、及时率，按售后维修人员（ASV-16）', querystring: MonthQuery } },
    async (req) => callbackMonthReport(s, req.query.month));
  r.get('/api/aftersales/callbacks/export.xlsx', { config: report, schema: { tags, summary: `导出${CALLBACKS_NAME} xlsx`, querystring: MonthQuery } },
    async (req, reply) => sendXlsx(reply, `${CALLBACKS_NAME}${req.query.month}.xlsx`, await exportCallbacks(s, req.query.month)));

  const me = { permission: 'aftersales:monthend' } as const;
  r.get('/api/aftersales/monthend', { config: me, schema: { tags, summary: '月末结算：提成表、交代不收费表、月报表（ASV-12/14）', querystring: MonthQuery } },
    async (req) => monthEnd(s, req.query.month));
  r.get('/api/aftersales/monthend/mine', { config: { permission: 'aftersales:read' }, schema: { tags, summary: '我的本月提成（核对与确认）', querystring: MonthQuery } },
    async (req) => {
      const m = await monthEnd(s, req.query.month);
      const id = actorOf(req).id;
      // A technician sees that his month was handed to finance (ASV-14): confirming is locked.
      const h = await handoverInForce(s.db, req.query.month);
      return {
        month: m.month, lines: m.lines.filter((l) => l.userId === id), person: m.people.find((p) => p.userId === id) ?? null,
        handover: h ? { status: h.status, handedAt: h.handed_at, handedByName: h.handed_by_name, receivedAt: h.received_at } : null,
      };
    });
  r.post('/api/aftersales/monthend/confirm', { config: { permission: 'aftersales:read' }, schema: { tags, summary: '确认本人本月提成（ASV-14）', body: MonthQuery } },
    async (req) => confirmMine(s, actorOf(req), req.body.month));
  r.post('/api/aftersales/monthend/corrections', {
    config: me,
    schema: { tags, summary: '调整一条提成（记录调整人与原因，ASV-14）', body: z.strictObject({ month: MONTH, jobId: z.string().min(1).max(40), userId: z.string().min(1).max(40), role: z.enum(['technician', 'engineer', 'clerk']), amountFen: z.number().int().min(0).max(100_000_000), reason: z.string().trim().min(1).max(500) }) },
  }, async (req) => correctLine(s, actorOf(req), req.body));
  r.get('/api/aftersales/monthend/commission-table', { config: me, schema: { tags, summary: '维修提成标准（按服务类型）' } }, async () => commissionTable(s));
  r.put('/api/aftersales/monthend/commission-table', {
    config: { permission: 'aftersales:settings' },
    schema: { tags, summary: '修改维修提成标准', body: z.strictObject({ rates: z.array(z.strictObject({ jobType: z.string().min(1).max(40), fixedFen: z.number().int().min(0).max(100_000_000), feePercent: z.number().int().min(0).max(100) })).max(100).optional(), clerkPerJobFen: z.number().int().min(0).max(100_000_000).optional() }) },
  }, async (req) => updateCommissionTable(s, actorOf(req), req.body));
  r.get('/api/aftersales/monthend/export.xlsx', {
    config: me,
    schema: { tags, summary: '导出月末结算表 xlsx', querystring: z.strictObject({ month: MONTH, sheet: z.enum(Object.keys(MONTHEND_SHEETS) as [MonthendSheet, ...MonthendSheet[]]) }) },
  }, async (req, reply) => sendXlsx(reply, `${MONTHEND_SHEETS[req.query.sheet]}${req.query.month}.xlsx`, await exportMonthend(s, req.query.month, req.query.sheet)));
  handoverRoutes(app, s);
}

/**
 * After-sales reports API (ASV-7/8/9/15): the daily 派工单完成情况调查表, the completion-rate KPI,
 * the 售后统计 charts and the managers' monthly report, each with its xlsx export.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../app.types.js';
import { actorOf } from '../../../http/auth-hook.js';
import { badRequest } from '../../../http/errors.js';
import { sendXlsx } from '../../../http/route-helpers.js';
import { beijingDate } from '../../../platform/calendar/beijing.js';
import { assertDate } from '../aftersales.rules.dates.js';
import { buildSurvey, getSurvey, listSurveys, saveSurvey } from './daily.service.js';
import { monthlyReport } from './monthly.service.js';
import { CHART_TABLES, CHART_TITLES, exportChartTable, exportRates, exportSurvey, SURVEY_NAME } from './reports.xlsx.js';
import { charts, kpi } from './stats.service.js';

// Loose shapes here; the services check real dates and name the bad value (aftersales.invalidDate).
const DATE = z.string().max(20);
const DateParams = z.strictObject({ date: DATE });
const Range = z.strictObject({ from: DATE, to: DATE });
const ChartQuery = Range.extend({ top: z.coerce.number().int().min(1).max(20).default(5) });
const Line = z.strictObject({
  jobId: z.string().min(1).max(40),
  finished: z.boolean().nullable(),
  reason: z.string().max(500).optional(),
  toldCustomer: z.boolean().nullable().optional(),
  planAt: z.string().max(40).nullable().optional(),
  planTechnicianId: z.string().max(40).nullable().optional(),
  note: z.string().max(500).optional(),
});

export function reportsRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['aftersales'];
  const read = { permission: 'aftersales:reports' } as const;
  const clerk = { permission: 'aftersales:jobs' } as const;

  r.get('/api/aftersales/reports/daily', { config: read, schema: { tags, summary: '派工单完成情况调查表：历史（ASV-9）', querystring: Range } },
    async (req) => listSurveys(s, req.query.from, req.query.to));
  r.get('/api/aftersales/reports/daily/:date', { config: read, schema: { tags, summary: '某日的派工单完成情况调查表（ASV-9）', params: DateParams } },
    async (req) => getSurvey(s, req.params.date));
  r.post('/api/aftersales/reports/daily/:date', { config: clerk, schema: { tags, summary: '补生成某日的调查表（当天的由系统在下班前半小时生成）', params: DateParams } },
    async (req, reply) => {
      assertDate(req.params.date, 'date');
      if (req.params.date > beijingDate(s.clock.now())) throw badRequest('aftersales.survey.future', { date: req.params.date });
      const { created } = await buildSurvey(s, actorOf(req), req.params.date, false);
      return reply.code(created ? 201 : 200).send(await getSurvey(s, req.params.date));
    });
  r.put('/api/aftersales/reports/daily/:date', {
    config: clerk,
    schema: { tags, summary: '登记调查结果：是否完成、原因、是否告知客户、第二天安排；submit=true 提交（ASV-9）', params: DateParams, body: z.strictObject({ lines: z.array(Line).max(2000), submit: z.boolean().default(false) }) },
  }, async (req) => saveSurvey(s, actorOf(req), req.params.date, req.body));
  r.get('/api/aftersales/reports/daily/:date/export.xlsx', { config: read, schema: { tags, summary: `导出${SURVEY_NAME} xlsx`, params: DateParams } },
    async (req, reply) => sendXlsx(reply, `${SURVEY_NAME}${req.params.date}.xlsx`, await exportSurvey(await getSurvey(s, req.params.date))));

  r.get('/api/aftersales/reports/kpi', { config: read, schema: { tags, summary: '派工单完成率：按客服、按售后维修人员（ASV-9 绩效指标）', querystring: Range } },
    async (req) => kpi(s, req.query));
  r.get('/api/aftersales/reports/kpi/export.xlsx', { config: read, schema: { tags, summary: '导出完成率 xlsx（who=technicians|clerks）', querystring: Range.extend({ who: z.enum(['technicians', 'clerks']) }) } },
    async (req, reply) => {
      const k = await kpi(s, req.query);
      return sendXlsx(reply, `${req.query.who === 'technicians' ? '售后人员完成率' : '客服完成率'} ${k.from}至${k.to}.xlsx`, await exportRates(req.query.who, k[req.query.who]));
    });

  r.get('/api/aftersales/reports/charts', { config: read, schema: { tags, summary: '售后统计：每日单数、完成率、满意度、每月收费、常见故障', querystring: ChartQuery } },
    async (req) => charts(s, req.query, req.query.top));
  r.get('/api/aftersales/reports/charts/export.xlsx', { config: read, schema: { tags, summary: '导出售后统计的一张表 xlsx', querystring: ChartQuery.extend({ table: z.enum(CHART_TABLES) }) } },
    async (req, reply) => {
      const c = await charts(s, req.query, req.query.top);
      return sendXlsx(reply, `${CHART_TITLES[req.query.table]} ${c.from}至${c.to}.xlsx`, await exportChartTable(req.query.table, c));
    });

  r.get('/api/aftersales/reports/monthly', { config: read, schema: { tags, summary: '月度售后报告（ASV-8/ASV-15，上报综合管理部经理、总经理）', querystring: z.strictObject({ month: z.string().max(10) }) } },
    async (req) => monthlyReport(s, req.query.month));
}

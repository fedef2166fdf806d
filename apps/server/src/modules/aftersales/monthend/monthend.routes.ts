/**
 * 回访记录表 and the monthly callback report (ASV-16); month end (ASV-12/14) comes next.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../app.types.js';
import { sendXlsx } from '../../../http/route-helpers.js';
import { CALLBACKS_NAME, callbackMonthReport, exportCallbacks, listCallbacks } from './callbacks.service.js';

const MONTH = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM');
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
}

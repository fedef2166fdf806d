/** Vehicle reports (issue item 6): GET /api/vehicles/reports and its xlsx exports. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '@guanjia/contracts';
import type { Services } from '../../../app.types.js';
import { actorOf } from '../../../http/auth-hook.js';
import { sendXlsx } from '../../../http/route-helpers.js';
import { vehicleReport } from './reports.service.js';
import { exportReport, REPORT_KINDS } from './reports.xlsx.js';

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const ReportQuery = z.strictObject({ from: Month.optional(), to: Month.optional(), vehicleId: Id.optional(), departmentId: Id.optional() });

export function reportsRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['vehicles'];
  r.get('/api/vehicles/reports', { config: { permission: 'vehicles:reports' }, schema: { tags, summary: '车辆报表：按车辆、按部门、按月的使用与费用，加油异常（VEH-5）', querystring: ReportQuery } },
    async (req) => vehicleReport(s, actorOf(req), req.query));
  r.get('/api/vehicles/reports/export.xlsx', { config: { permission: 'vehicles:reports' }, schema: { tags, summary: '导出车辆报表 xlsx（report=cars|departments|months|fuel）', querystring: ReportQuery.extend({ report: z.enum(REPORT_KINDS) }) } },
    async (req, reply) => {
      const { report, ...q } = req.query;
      const { name, buffer } = await exportReport(report, await vehicleReport(s, actorOf(req), q));
      return sendXlsx(reply, name, buffer);
    });
}

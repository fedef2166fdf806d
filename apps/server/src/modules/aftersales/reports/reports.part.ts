/**
 * 售后服务, the reports part: the daily 派工单完成情况调查表 and the completion-rate KPI (ASV-9),
 * the 售后统计 charts, and the managers' monthly report (ASV-8/ASV-15), with their scheduled runs.
 */
import type { ModulePart } from '../../module.parts.js';
import * as m760 from './migrations/2026-11-27-760-aftersales-reports.js';
import { reportsScheduled } from './reports.jobs.js';
import { reportsMessages } from './reports.messages.js';
import { reportsRoutes } from './reports.routes.js';

export const reportsPart: ModulePart = {
  migrations: { '2026-11-27-760-aftersales-reports': m760 },
  permissions: [{ key: 'aftersales:reports', label: '查看售后报表：派工单完成情况、完成率、售后统计、月度售后报告', labelEn: 'View after-sales reports: daily completion survey, completion rates, statistics, monthly report' }],
  roleGrants: { customer_service: ['aftersales:reports'], dept_head: ['aftersales:reports'], leader: ['aftersales:reports'], admin_staff: ['aftersales:reports'] },
  messages: reportsMessages,
  routes: reportsRoutes,
  jobs: reportsScheduled,
};

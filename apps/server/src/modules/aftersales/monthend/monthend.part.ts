/**
 * 售后服务, the month-end part: 回访记录表 and the monthly callback report (ASV-16) for the admin
 * manager and the GM. Commission tables and the monthly report (ASV-12/14) come next.
 */
import type { ModulePart } from '../../module.parts.js';
import { monthendRoutes } from './monthend.routes.js';

export const monthendPart: ModulePart = {
  permissions: [{ key: 'aftersales:callbacks', label: '查看回访记录表与月度回访报告', labelEn: 'View the callback register and the monthly callback report' }],
  roleGrants: { customer_service: ['aftersales:callbacks'], admin_staff: ['aftersales:callbacks'], dept_head: ['aftersales:callbacks'], leader: ['aftersales:callbacks'] },
  routes: monthendRoutes,
};

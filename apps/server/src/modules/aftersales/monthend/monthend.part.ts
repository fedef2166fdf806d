/**
 * 售后服务, the month-end part: 回访记录表 and the monthly callback report (ASV-16) for the admin
 * manager and the GM; month end (ASV-12/14): commission tables, 交代不收费表, 月报表, confirmations
 * and corrections; the hand-over to finance (交财务, 签收, 撤回/退回) that locks the month.
 */
import type { ModulePart } from '../../module.parts.js';
import * as m550 from './migrations/2026-11-27-550-aftersales-monthend.js';
import * as m780 from './migrations/2026-11-27-780-aftersales-handover.js';
import { monthendMessages } from './monthend.messages.js';
import { monthendRoutes } from './monthend.routes.js';

export const monthendPart: ModulePart = {
  migrations: { '2026-11-27-550-aftersales-monthend': m550, '2026-11-27-780-aftersales-handover': m780 },
  messages: monthendMessages,
  permissions: [
    { key: 'aftersales:monthend', label: '月末结算：提成表、交代不收费表、月报表与提成调整', labelEn: 'Month end: commission tables, free-of-charge list, monthly report and corrections' },
    { key: 'aftersales:monthendReceive', label: '财务签收月末结算交接（交财务），或附原因退回', labelEn: 'Finance: sign for a month-end hand-over, or return it with a reason' },
    { key: 'aftersales:callbacks', label: '查看回访记录表与月度回访报告', labelEn: 'View the callback register and the monthly callback report' },
  ],
  roleGrants: {
    customer_service: ['aftersales:callbacks', 'aftersales:monthend'],
    admin_staff: ['aftersales:callbacks', 'aftersales:monthend'],
    dept_head: ['aftersales:callbacks', 'aftersales:monthend'],
    leader: ['aftersales:callbacks', 'aftersales:monthend'],
    finance: ['aftersales:monthend', 'aftersales:monthendReceive'],
  },
  routes: monthendRoutes,
};

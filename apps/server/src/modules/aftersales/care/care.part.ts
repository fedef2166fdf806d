/**
 * 售后服务, the care part (ASV-12/13/15): 维保协议 with their visit schedule and the daily 派工单 of
 * due visits, the 维保提成表; free-maintenance and part service-life reminders as 回访任务 for the
 * customer-service clerks; the 二次销售业务记录表 and the 员工销售提成表.
 */
import type { ModulePart } from '../../module.parts.js';
import { seedCare } from './care.demo.js';
import { careScheduled } from './care.jobs.js';
import { careMessages } from './care.messages.js';
import { careRoutes } from './care.routes.js';
import * as m740 from './migrations/2026-11-27-740-aftersales-care.js';

export const carePart: ModulePart = {
  migrations: { '2026-11-27-740-aftersales-care': m740 },
  permissions: [{ key: 'aftersales:care', label: '维保协议、回访任务、二次销售记录与销售/维保提成表', labelEn: 'Maintenance agreements, callback tasks, second sales and sales/maintenance commission tables' }],
  roleGrants: { customer_service: ['aftersales:care'], admin_staff: ['aftersales:care'], dept_head: ['aftersales:care'], leader: ['aftersales:care'] },
  messages: careMessages,
  routes: careRoutes,
  jobs: careScheduled,
  seedDemo: seedCare,
};

/**
 * 公务车辆, the reports part: use and cost per car, department and month with fuel anomalies
 * (VEH-5), the settings page of the vehicles amounts and thresholds, and the scheduled reminders
 * (VEH-1 expiries at the start of the workday, VEH-12 keys at its end).
 */
import type { ModulePart } from '../../module.parts.js';
import { reminderJobs } from './reminders.jobs.js';
import { reportsMessages } from './reports.messages.js';
import { reportsRoutes } from './reports.routes.js';
import { vehicleSettingsRoutes } from './settings.routes.js';

export const reportsPart: ModulePart = {
  permissions: [
    { key: 'vehicles:reports', label: '查看车辆使用与费用报表（部门负责人仅本部门）', labelEn: 'View vehicle use and cost reports (department heads: their department)' },
    { key: 'vehicles:reportsAll', label: '查看全部部门的车辆报表', labelEn: 'View vehicle reports of every department' },
  ],
  roleGrants: {
    leader: ['vehicles:reports', 'vehicles:reportsAll'],
    admin_staff: ['vehicles:reports', 'vehicles:reportsAll'],
    dept_head: ['vehicles:reports'],
  },
  messages: reportsMessages,
  routes: (app, s) => {
    vehicleSettingsRoutes(app, s);
    reportsRoutes(app, s);
  },
  jobs: reminderJobs,
};

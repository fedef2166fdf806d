/**
 * 公务车辆, the incidents part: repairs (VEH-16), accidents and losses (VEH-18/19/20), traffic
 * violations (VEH-17), private borrowing (VEH-10) and hired transport (VEH-8) as engine processes;
 * hand-over and dirty-car fines (VEH-14/15), daily checks and washing (VEH-15), driver purchases and
 * untruthful reimbursements (VEH-21/22) as records. Money borne by people goes to the HR-8 ledger.
 */
import type { ModulePart } from '../../module.parts.js';
import { accidentProcess } from './accident.process.js';
import { borrowProcess } from './borrow.process.js';
import { hiredProcess } from './hired.process.js';
import { incidentsHooks } from './incidents.hooks.js';
import { incidentsJobs } from './incidents.jobs.js';
import { incidentsMessages } from './incidents.messages.js';
import { incidentsRoutes } from './incidents.routes.js';
import { seedIncidentsDemo } from './incidents.seed.js';
import * as m470 from './migrations/2026-11-27-470-vehicle-incidents.js';
import { repairProcess } from './repair.process.js';
import { violationProcess } from './violation.process.js';

export const incidentsPart: ModulePart = {
  migrations: { '2026-11-27-470-vehicle-incidents': m470 },
  permissions: [
    { key: 'vehicles:report', label: '报修车辆、报告车辆事故', labelEn: 'Report vehicle repairs and accidents' },
    { key: 'vehicles:checks', label: '登记车辆日检、洗车与司机采购', labelEn: 'Record daily checks, washing and driver purchases' },
    { key: 'vehicles:incidents', label: '登记交通违章、罚款与报销情况', labelEn: 'Record traffic violations, fines and reimbursements' },
    { key: 'vehicles:incidents:read', label: '查看全部车辆维修、事故、违章、罚款与采购记录', labelEn: 'View all vehicle repairs, accidents, violations, fines and purchases' },
  ],
  roleGrants: {
    driver: ['vehicles:report', 'vehicles:checks'],
    admin_staff: ['vehicles:report', 'vehicles:checks', 'vehicles:incidents', 'vehicles:incidents:read'],
    leader: ['vehicles:incidents:read'],
    dept_head: ['vehicles:incidents:read'],
    hr: ['vehicles:incidents:read'],
    finance: ['vehicles:incidents:read'],
  },
  messages: incidentsMessages,
  routes: incidentsRoutes,
  processes: [repairProcess, accidentProcess, violationProcess, borrowProcess, hiredProcess],
  engineHooks: incidentsHooks,
  jobs: incidentsJobs,
  seedDemo: seedIncidentsDemo,
};

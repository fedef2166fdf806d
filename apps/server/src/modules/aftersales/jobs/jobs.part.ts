/**
 * 售后服务, the jobs part: 派工单 on the engine (ASV-1…ASV-9) with its list mirror, the dispatch
 * suggestion by skill and load (ASV-3), technicians' skills, and the daily ASV-7 late-cash
 * penalties to the HR-8 ledger.
 */
import type { Services } from '../../../app.types.js';
import type { ModulePart } from '../../module.parts.js';
import { seedJobs } from './jobs.demo.js';
import { jobsEngineHooks } from './jobs.hooks.js';
import { jobsScheduled } from './jobs.jobs.js';
import { jobsMessages } from './jobs.messages.js';
import { jobProcess } from './jobs.process.js';
import { jobsRoutes } from './jobs.routes.js';
import * as m530 from './migrations/2026-11-27-530-aftersales-jobs.js';
import * as m761 from './migrations/2026-11-27-761-aftersales-job-reports.js';

export const jobsPart: ModulePart = {
  migrations: { '2026-11-27-530-aftersales-jobs': m530, '2026-11-27-761-aftersales-job-reports': m761 },
  permissions: [{ key: 'aftersales:jobs', label: '受理报修、派工、收费核对与回访（客服）', labelEn: 'Take calls, dispatch jobs, check fees and call back (customer service)' }],
  roleGrants: { customer_service: ['aftersales:jobs'], admin_staff: ['aftersales:jobs'] },
  messages: jobsMessages,
  routes: jobsRoutes,
  processes: [jobProcess],
  engineHooks: (s) => jobsEngineHooks(s as Services),
  jobs: jobsScheduled,
  seedDemo: seedJobs,
};

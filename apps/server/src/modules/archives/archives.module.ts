/**
 * 档案 (ARC-1, ARC-2): the archive catalog with location and scans, and borrow/copy requests on the
 * engine (approver by secrecy, lend-out, return check, overdue reminders, copies logged).
 */
import { composeModule } from '../module.parts.js';
import { archivesHooks } from './archives.hooks.js';
import { archivesJobs } from './archives.jobs.js';
import { archivesMessages } from './archives.messages.js';
import { borrowProcess } from './archives.process.js';
import { archivesRoutes } from './archives.routes.js';
import { seedArchivesDemo } from './archives.seed.js';
import * as m630 from './migrations/2026-11-27-630-archives.js';

export const archivesModule = composeModule('archives', [
  {
    migrations: { '2026-11-27-630-archives': m630 },
    permissions: [
      { key: 'archives:read', label: '查看档案目录和全部借阅/复印登记', labelEn: 'View the archive catalog and all borrow/copy records' },
      { key: 'archives:manage', label: '管理档案目录和借阅设置', labelEn: 'Manage the archive catalog and borrowing settings' },
    ],
    roleGrants: { admin_staff: ['archives:read', 'archives:manage'], leader: ['archives:read'], dept_head: [] },
    messages: archivesMessages,
    routes: archivesRoutes,
    processes: [borrowProcess],
    engineHooks: archivesHooks,
    jobs: archivesJobs,
    seedDemo: seedArchivesDemo,
  },
]);

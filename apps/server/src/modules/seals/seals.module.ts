/**
 * 印章 (SEAL-1, SEAL-2): the seal register with keepers, use requests on the engine (approvers by
 * seal type, document kind and take-out; settings), the keeper's use log and take-out returns.
 */
import { composeModule } from '../module.parts.js';
import * as m640 from './migrations/2026-11-27-640-seals.js';
import { sealsHooks } from './seals.hooks.js';
import { sealsMessages } from './seals.messages.js';
import { useProcess } from './seals.process.js';
import { sealsRoutes } from './seals.routes.js';
import { seedSealsDemo } from './seals.seed.js';

export const sealsModule = composeModule('seals', [
  {
    migrations: { '2026-11-27-640-seals': m640 },
    permissions: [
      { key: 'seals:read', label: '查看全部用印申请和印章使用登记', labelEn: 'View all seal uses and the use log' },
      { key: 'seals:manage', label: '管理印章登记和用印审批设置', labelEn: 'Manage the seal register and approval settings' },
    ],
    roleGrants: { admin_staff: ['seals:read', 'seals:manage'], leader: ['seals:read'] },
    messages: sealsMessages,
    routes: sealsRoutes,
    processes: [useProcess],
    engineHooks: sealsHooks,
    seedDemo: seedSealsDemo,
  },
]);

/**
 * 公务车辆, the private part (VEH-9): employees' private cars and motorcycles on business —
 * 附表13 registrations, 附表14 uses approved by the admin manager, subsidies and the monthly
 * motorcycle allowance posted to the HR-8 ledger.
 */
import type { ModulePart } from '../../module.parts.js';
import * as m440 from './migrations/2026-11-27-440-private-vehicles.js';
import { motorcycleAllowanceJob } from './private.allowance.js';
import { PRIVATE_APPROVE, PRIVATE_MANAGE, PRIVATE_READ_ALL } from './private.common.js';
import { seedPrivateDemo } from './private.demo.js';
import { privateMessages } from './private.messages.js';
import { privateRoutes } from './private.routes.js';

export const privatePart: ModulePart = {
  migrations: { '2026-11-27-440-private-vehicles': m440 },
  permissions: [
    { key: PRIVATE_READ_ALL, label: '查看全部员工私车报备与私车公用登记', labelEn: 'View all private vehicle registrations and uses' },
    { key: PRIVATE_MANAGE, label: '审核私车报备（附表13），代员工登记', labelEn: 'Review private vehicle registrations, log on behalf of employees' },
    { key: PRIVATE_APPROVE, label: '审批私车公用并核定补贴（综合部部长之外的代理人）', labelEn: 'Approve private vehicle uses and set amounts (deputies of the admin manager)' },
  ],
  roleGrants: {
    admin_staff: [PRIVATE_READ_ALL, PRIVATE_MANAGE],
    hr: [PRIVATE_READ_ALL],
    finance: [PRIVATE_READ_ALL],
    leader: [PRIVATE_READ_ALL],
  },
  messages: privateMessages,
  routes: privateRoutes,
  jobs: [motorcycleAllowanceJob],
  seedDemo: seedPrivateDemo,
};

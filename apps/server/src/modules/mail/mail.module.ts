/**
 * 邮件寄发 (MAIL-1): send requests, dispatch with courier / tracking number / weight / cost,
 * personal mail charged to the sender (HR-8 ledger), monthly cost per department.
 */
import { composeModule } from '../module.parts.js';
import { mailMessages } from './mail.messages.js';
import { mailRoutes } from './mail.routes.js';
import { seedMailDemo } from './mail.seed.js';
import * as m650 from './migrations/2026-11-27-650-mail.js';

export const mailModule = composeModule('mail', [
  {
    migrations: { '2026-11-27-650-mail': m650 },
    permissions: [
      { key: 'mail:read', label: '查看全部收寄件登记和部门快递费用', labelEn: 'View all mail records and the monthly cost per department' },
      { key: 'mail:manage', label: '登记寄出（快递公司、单号、费用）', labelEn: 'Dispatch mail (courier, tracking number, cost)' },
    ],
    roleGrants: { admin_staff: ['mail:read', 'mail:manage'], leader: ['mail:read'], finance: ['mail:read'] },
    messages: mailMessages,
    routes: mailRoutes,
    seedDemo: seedMailDemo,
  },
]);

/** 接待, the reception part: requests, arrangement, settlement, summary (RCP-1). */
import type { Services } from '../../app.types.js';
import type { ModulePart } from '../module.parts.js';
import * as m700 from './migrations/2026-11-27-700-reception.js';
import { receptionEngineHooks } from './reception.hooks.js';
import { receptionMessages } from './reception.messages.js';
import { receptionProcess } from './reception.process.js';
import { receptionRoutes } from './reception.routes.js';
import { seedReceptionDemo } from './reception.seed.js';

export const receptionPart: ModulePart = {
  migrations: { '2026-11-27-700-reception': m700 },
  permissions: [
    { key: 'reception:read', label: '查看全部接待登记', labelEn: 'View all receptions' },
    { key: 'reception:manage', label: '接待安排、费用结算与设置（行政）', labelEn: 'Arrange and settle receptions (admin)' },
  ],
  roleGrants: {
    admin_staff: ['reception:read', 'reception:manage'],
    leader: ['reception:read'],
  },
  messages: receptionMessages,
  routes: receptionRoutes,
  processes: [receptionProcess],
  engineHooks: (s) => receptionEngineHooks(s as Services),
  seedDemo: seedReceptionDemo,
};

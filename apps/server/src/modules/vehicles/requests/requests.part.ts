/** 公务车辆, the requests part: car requests (派车), dispatch, trips and fuel (附表10/11). */
import type { Services } from '../../../app.types.js';
import type { ModulePart } from '../../module.parts.js';
import * as m420 from './migrations/2026-11-27-420-vehicle-requests.js';
import { requestsEngineHooks } from './requests.hooks.js';
import { requestsMessages } from './requests.messages.js';
import { carRequestProcess } from './requests.process.js';
import { requestsRoutes } from './requests.routes.js';
import { seedRequestsDemo } from './requests.seed.js';

export const requestsPart: ModulePart = {
  migrations: { '2026-11-27-420-vehicle-requests': m420 },
  permissions: [
    { key: 'vehicles:dispatch', label: '派车调度、直接派车（行政专员）', labelEn: 'Dispatch company cars (admin specialist)' },
    { key: 'vehicles:trip', label: '出车与回车登记（附表10/11）', labelEn: 'Record departures and returns (forms 10/11)' },
  ],
  roleGrants: {
    admin_staff: ['vehicles:dispatch', 'vehicles:trip'],
    driver: ['vehicles:trip'],
  },
  messages: requestsMessages,
  routes: requestsRoutes,
  processes: [carRequestProcess],
  // The hooks use the database and the clock only, never the engine itself.
  engineHooks: (s) => requestsEngineHooks(s as Services),
  seedDemo: seedRequestsDemo,
};

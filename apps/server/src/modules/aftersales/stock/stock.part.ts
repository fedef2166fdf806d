/**
 * 售后服务, the stock part (ASV-4/10/11): the catalog with whole sets, the warehouse and the
 * technicians' small stocks (小库) with movements and 补库, part loans (借件登记) reconciled within
 * 3 days with a daily reminder, and 安装出库 on the engine.
 */
import type { Services } from '../../../app.types.js';
import type { ModulePart } from '../../module.parts.js';
import { installEngineHooks } from './install.hooks.js';
import { installOutProcess } from './install.process.js';
import * as m720 from './migrations/2026-11-27-720-aftersales-stock.js';
import { seedStock } from './stock.demo.js';
import { stockScheduled } from './stock.jobs.js';
import { stockMessages } from './stock.messages.js';
import { stockRoutes } from './stock.routes.js';

export const stockPart: ModulePart = {
  migrations: { '2026-11-27-720-aftersales-stock': m720 },
  permissions: [
    { key: 'aftersales:stock', label: '售后仓库：配件目录、出入库、补库、借件发放与安装出库确认（库管）', labelEn: 'After-sales warehouse: catalog, movements, replenishment, issuing loans, confirming installation goods out (warehouse keeper)' },
    { key: 'aftersales:loans', label: '借件登记与核销（客服）', labelEn: 'Record part loans and reconcile them (customer service)' },
    { key: 'aftersales:borrow', label: '在本人派工单上借领、使用配件（售后维修人员）', labelEn: 'Borrow and use parts on one\'s own jobs (technician)' },
    { key: 'aftersales:install', label: '发起安装物品出库（客服）', labelEn: 'Start installation goods out (customer service)' },
  ],
  roleGrants: {
    warehouse: ['aftersales:stock', 'aftersales:loans'],
    admin_staff: ['aftersales:stock', 'aftersales:loans', 'aftersales:install'],
    customer_service: ['aftersales:loans', 'aftersales:install'],
    technician: ['aftersales:borrow'],
  },
  messages: stockMessages,
  routes: stockRoutes,
  processes: [installOutProcess],
  engineHooks: (s) => installEngineHooks(s as Services),
  jobs: stockScheduled,
  seedDemo: seedStock,
};

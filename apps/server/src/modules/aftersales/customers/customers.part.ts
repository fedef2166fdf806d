/**
 * 售后服务, the customers part: the customer base (the documents' "ERP", ASV-2) — customers,
 * phones, sites, equipment with warranty and parts' service life, contracts (维保协议, ASV-13) —
 * with search by phone/name/serial, bulk import of historical customers and export (ASV-15).
 */
import type { ModulePart } from '../../module.parts.js';
import { aftersalesMessages } from '../aftersales.messages.js';
import { seedCustomers } from './customers.demo.js';
import { customersMessages } from './customers.messages.js';
import * as m510 from './migrations/2026-11-27-510-aftersales-customers.js';
import { customersRoutes } from './customers.routes.js';

export const customersPart: ModulePart = {
  migrations: { '2026-11-27-510-aftersales-customers': m510 },
  permissions: [
    { key: 'aftersales:read', label: '查看售后客户档案、设备与保修状态', labelEn: 'View the after-sales customer base, equipment and warranty status' },
    { key: 'aftersales:customers', label: '维护售后客户档案（新增、修改、导入）', labelEn: 'Maintain the after-sales customer base (create, edit, import)' },
  ],
  roleGrants: {
    customer_service: ['aftersales:read', 'aftersales:customers'],
    admin_staff: ['aftersales:read', 'aftersales:customers'],
    technician: ['aftersales:read'],
    warehouse: ['aftersales:read'],
    leader: ['aftersales:read'],
    dept_head: ['aftersales:read'],
  },
  messages: { ...aftersalesMessages, ...customersMessages },
  routes: customersRoutes,
  seedDemo: seedCustomers,
};

/**
 * 物业综合维修 (PRP-1): the property company's maintenance service flow, a built-in process.
 * Customer service registers the owner's request (《客户(业主)维修登记表》); the repair department
 * takes it through inspection, repair, acceptance, callback and filing.
 */
import type { ModuleManifest } from '../module.types.js';
import { propertyRepairProcess } from './property-repair.process.js';

export const propertyModule: ModuleManifest = {
  name: 'property',
  permissions: [{ key: 'property:register', label: '登记物业维修（客户(业主)维修登记表）', labelEn: 'Register property repair requests' }],
  roleGrants: { customer_service: ['property:register'], dept_head: [] },
  processes: [{ ...propertyRepairProcess, startPermission: 'property:register' }],
};

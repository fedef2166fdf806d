/** All permissions offered by the platform and the registered modules, and the built-in roles. */
import { modules } from '../../modules/index.js';
import { type PermissionDef, moduleOf, platformPermissions } from './permissions.js';

export function allPermissions(): (PermissionDef & { module: string })[] {
  const list = [...platformPermissions, ...modules.flatMap((m) => m.permissions ?? [])];
  return list.map((p) => ({ ...p, module: moduleOf(p.key) }));
}

export interface BuiltInRole {
  key: string;
  name: string;
  description: string;
  permissions: string[];
}

/**
 * Roles every installation has. Modules add their permissions to these roles in their own
 * manifests later; the platform grants only platform permissions here.
 */
const platformRoles: BuiltInRole[] = [
  { key: 'admin', name: '系统管理员', description: '拥有全部权限', permissions: ['*'] },
  { key: 'employee', name: '员工', description: '所有在职员工：查看组织架构、上传附件、委托自己的待办', permissions: ['org:read', 'attachment:upload', 'calendar:read', 'process:start'] },
  { key: 'leader', name: '公司领导', description: '董事长、总经理、常务副总', permissions: ['org:read', 'audit:read', 'calendar:read', 'process:overdue'] },
  { key: 'dept_head', name: '部门负责人', description: '查看本部门的记录并审批', permissions: ['org:read', 'calendar:read', 'process:overdue'] },
  { key: 'admin_staff', name: '行政人员', description: '综合管理部行政专员、部长助理、内勤', permissions: ['org:read', 'calendar:read', 'calendar:manage', 'process:overdue'] },
  { key: 'hr', name: '人力资源', description: '人力资源主管：维护组织、岗位与人员', permissions: ['org:read', 'org:manage', 'delegation:manage', 'calendar:read'] },
  { key: 'finance', name: '财务', description: '财务人员', permissions: ['org:read', 'calendar:read'] },
  { key: 'driver', name: '司机', description: '公司指定司机', permissions: ['org:read'] },
  { key: 'technician', name: '技术人员', description: '售后维修与技术人员', permissions: ['org:read'] },
  { key: 'customer_service', name: '客服', description: '客服专员', permissions: ['org:read'] },
  { key: 'warehouse', name: '库管', description: '仓库管理员', permissions: ['org:read'] },
];

/** The platform's built-in roles with the grants the registered modules add to them. */
export const builtInRoles: BuiltInRole[] = platformRoles.map((r) => ({
  ...r,
  permissions: [...new Set([...r.permissions, ...modules.flatMap((m) => m.roleGrants?.[r.key] ?? [])])],
}));

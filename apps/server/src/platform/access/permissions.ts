/**
 * Permissions are named `module:verb`. Each area declares what it offers; the role editor lists
 * them and a role grants any set of them (or `*`, everything).
 */
export interface PermissionDef {
  key: string;
  label: string;
  labelEn: string;
}

export const platformPermissions: PermissionDef[] = [
  { key: 'org:read', label: '查看组织架构与人员', labelEn: 'View organization and people' },
  { key: 'org:manage', label: '管理部门、岗位与用户', labelEn: 'Manage departments, positions and users' },
  { key: 'access:manage', label: '管理角色与权限', labelEn: 'Manage roles and permissions' },
  { key: 'delegation:manage', label: '为他人设置委托', labelEn: 'Manage delegations for others' },
  { key: 'audit:read', label: '查看审计日志', labelEn: 'View the audit log' },
  { key: 'calendar:read', label: '查看节假日日历', labelEn: 'View the holiday calendar' },
  { key: 'calendar:manage', label: '维护节假日日历', labelEn: 'Maintain the holiday calendar' },
  { key: 'attachment:upload', label: '上传附件', labelEn: 'Upload attachments' },
  { key: 'settings:manage', label: '系统设置', labelEn: 'System settings' },
  { key: 'process:start', label: '发起流程', labelEn: 'Start processes' },
  { key: 'process:overdue', label: '查看限时结办（超时督办）', labelEn: 'View overdue work (限时结办)' },
  { key: 'process:admin', label: '流程管理（编辑流程定义、作废任意流程、查看全部）', labelEn: 'Process administration (edit definitions, cancel any, see all)' },
];

export const moduleOf = (key: string) => key.split(':')[0] ?? key;

/** True when the granted set allows `needed`. `*` grants all; `module:*` grants the module. */
export function allows(granted: ReadonlySet<string> | readonly string[], needed: string): boolean {
  const set = granted instanceof Set ? granted : new Set(granted as readonly string[]);
  return set.has('*') || set.has(needed) || set.has(`${moduleOf(needed)}:*`);
}

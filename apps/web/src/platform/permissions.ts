/** Permission keys the platform pages check (the server enforces them; the UI only hides). */
export const PERM = {
  orgRead: 'org:read',
  orgManage: 'org:manage',
  accessManage: 'access:manage',
  auditRead: 'audit:read',
  calendarRead: 'calendar:read',
  calendarManage: 'calendar:manage',
  delegationManage: 'delegation:manage',
} as const;

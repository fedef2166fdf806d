/**
 * Who receives the vehicle reminders: the admin specialist (行政部 › 行政专员, who keeps the keys,
 * the vehicle files, insurance and fuel cards) and the admin manager (综合管理部 › 综合部部长, the
 * documents' 行政经理). Found by position, like the processes' assignees; when nobody holds the
 * specialist's position, the people whose role explicitly grants `vehicles:manage` stand in.
 */
import type { Db } from '../../../db/create-db.js';

export const ADMIN_SPECIALIST = { department: '行政部', position: '行政专员' } as const;
export const ADMIN_MANAGER = { department: '综合管理部', position: '综合部部长' } as const;

async function holdersOf(db: Db, at: { department: string; position: string }): Promise<string[]> {
  const rows = await db
    .selectFrom('app_user')
    .innerJoin('user_position', 'user_position.user_id', 'app_user.id')
    .innerJoin('position', 'position.id', 'user_position.position_id')
    .innerJoin('department', 'department.id', 'position.department_id')
    .select('app_user.id')
    .where('app_user.active', '=', 1)
    .where('position.name', '=', at.position)
    .where('department.name', '=', at.department)
    .orderBy('app_user.username')
    .execute();
  return rows.map((r) => r.id);
}

/** Users whose roles name `vehicles:manage` (or `vehicles:*`); the IT admin's `*` does not count. */
async function vehicleManagers(db: Db): Promise<string[]> {
  const roles = await db.selectFrom('role').select(['id', 'permissions']).execute();
  const roleIds = roles.filter((r) => {
    const p = JSON.parse(r.permissions) as string[];
    return p.includes('vehicles:manage') || p.includes('vehicles:*');
  }).map((r) => r.id);
  if (roleIds.length === 0) return [];
  const rows = await db
    .selectFrom('user_role')
    .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
    .select('app_user.id')
    .distinct()
    .where('user_role.role_id', 'in', roleIds)
    .where('app_user.active', '=', 1)
    .execute();
  return rows.map((r) => r.id);
}

export async function adminSpecialistIds(db: Db): Promise<string[]> {
  const byPosition = await holdersOf(db, ADMIN_SPECIALIST);
  return byPosition.length > 0 ? byPosition : vehicleManagers(db);
}

export async function adminManagerIds(db: Db): Promise<string[]> {
  return holdersOf(db, ADMIN_MANAGER);
}

/** The department that runs the cars (the admin specialist's): its head and the heads above it
 *  see every department's vehicle reports. */
export async function fleetDepartmentId(db: Db): Promise<string | null> {
  const r = await db
    .selectFrom('department')
    .innerJoin('position', 'position.department_id', 'department.id')
    .select('department.id')
    .where('position.name', '=', ADMIN_SPECIALIST.position)
    .where('department.name', '=', ADMIN_SPECIALIST.department)
    .executeTakeFirst();
  return r?.id ?? null;
}

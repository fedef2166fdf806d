/** Queries returning users as the API presents them (with department, positions, roles). */
import type { Db } from '../../db/create-db.js';

export interface UserFilter {
  q?: string;
  departmentId?: string;
  positionId?: string;
  active: 'true' | 'false' | 'all';
}

function filtered(db: Db, f: UserFilter) {
  let q = db.selectFrom('app_user');
  if (f.q) {
    const like = `%${f.q.toLowerCase()}%`;
    q = q.where((eb) =>
      eb.or([eb(eb.fn('lower', ['app_user.username']), 'like', like), eb('app_user.name', 'like', `%${f.q}%`), eb('app_user.phone', 'like', like)]),
    );
  }
  if (f.departmentId) q = q.where('app_user.department_id', '=', f.departmentId);
  if (f.positionId) {
    q = q.where('app_user.id', 'in', (eb) => eb.selectFrom('user_position').select('user_id').where('position_id', '=', f.positionId!));
  }
  if (f.active !== 'all') q = q.where('app_user.active', '=', f.active === 'true' ? 1 : 0);
  return q;
}

export async function countUsers(db: Db, f: UserFilter): Promise<number> {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function listUsers(db: Db, f: UserFilter, page?: { offset: number; limit: number }) {
  let q = filtered(db, f)
    .leftJoin('department', 'department.id', 'app_user.department_id')
    .leftJoin('app_user as sup', 'sup.id', 'app_user.supervisor_id')
    .select([
      'app_user.id',
      'app_user.username',
      'app_user.name',
      'app_user.phone',
      'app_user.email',
      'app_user.department_id',
      'app_user.supervisor_id',
      'app_user.active',
      'app_user.created_at',
      'department.name as department_name',
      'sup.name as supervisor_name',
      'sup.username as supervisor_username',
    ])
    .orderBy('department.sort')
    .orderBy('app_user.username');
  if (page) q = q.offset(page.offset).limit(page.limit);
  const rows = await q.execute();
  return attachPositionsAndRoles(db, rows);
}

export async function findUserById(db: Db, id: string) {
  const [u] = await listUsersByIds(db, [id]);
  return u;
}

async function listUsersByIds(db: Db, ids: string[]) {
  const rows = await db
    .selectFrom('app_user')
    .leftJoin('department', 'department.id', 'app_user.department_id')
    .leftJoin('app_user as sup', 'sup.id', 'app_user.supervisor_id')
    .select([
      'app_user.id',
      'app_user.username',
      'app_user.name',
      'app_user.phone',
      'app_user.email',
      'app_user.department_id',
      'app_user.supervisor_id',
      'app_user.active',
      'app_user.created_at',
      'department.name as department_name',
      'sup.name as supervisor_name',
      'sup.username as supervisor_username',
    ])
    .where('app_user.id', 'in', ids)
    .execute();
  return attachPositionsAndRoles(db, rows);
}

type Row = {
  id: string;
  username: string;
  name: string;
  phone: string | null;
  email: string | null;
  department_id: string | null;
  supervisor_id: string | null;
  active: number;
  created_at: string;
  department_name: string | null;
  supervisor_name: string | null;
  supervisor_username: string | null;
};

async function attachPositionsAndRoles(db: Db, rows: Row[]) {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [positions, roles] = await Promise.all([
    db
      .selectFrom('user_position')
      .innerJoin('position', 'position.id', 'user_position.position_id')
      .select(['user_position.user_id', 'position.id', 'position.name'])
      .where('user_position.user_id', 'in', ids)
      .orderBy('position.sort')
      .execute(),
    db
      .selectFrom('user_role')
      .innerJoin('role', 'role.id', 'user_role.role_id')
      .select(['user_role.user_id', 'role.id', 'role.key', 'role.name'])
      .where('user_role.user_id', 'in', ids)
      .orderBy('role.key')
      .execute(),
  ]);
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    name: r.name,
    phone: r.phone,
    email: r.email,
    departmentId: r.department_id,
    departmentName: r.department_name,
    positions: positions.filter((p) => p.user_id === r.id).map((p) => ({ id: p.id, name: p.name })),
    supervisorId: r.supervisor_id,
    supervisorName: r.supervisor_name,
    supervisorUsername: r.supervisor_username,
    roles: roles.filter((x) => x.user_id === r.id).map((x) => ({ id: x.id, key: x.key, name: x.name })),
    active: r.active === 1,
    createdAt: r.created_at,
  }));
}

export type PresentedUser = Awaited<ReturnType<typeof attachPositionsAndRoles>>[number];

/** Queries that build an Actor from a user id. */
import type { Db } from '../../db/create-db.js';
import { makeActor, type Actor } from './actor.js';

export async function findActiveUserById(db: Db, id: string) {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).where('active', '=', 1).executeTakeFirst();
}

export async function listPermissionsOfUser(db: Db, userId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('user_role')
    .innerJoin('role', 'role.id', 'user_role.role_id')
    .select('role.permissions')
    .where('user_role.user_id', '=', userId)
    .execute();
  const set = new Set<string>();
  for (const r of rows) for (const p of JSON.parse(r.permissions) as string[]) set.add(p);
  return set;
}

/** Departments headed by the user, plus all their descendants. */
export async function listHeadedDepartmentIds(db: Db, userId: string): Promise<string[]> {
  const headed = await db.selectFrom('department').select('id').where('head_user_id', '=', userId).execute();
  if (headed.length === 0) return [];
  const all = await db.selectFrom('department').select(['id', 'parent_id']).execute();
  const children = new Map<string, string[]>();
  for (const d of all) {
    if (!d.parent_id) continue;
    const list = children.get(d.parent_id) ?? [];
    list.push(d.id);
    children.set(d.parent_id, list);
  }
  const out = new Set<string>();
  const stack = headed.map((h) => h.id);
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return [...out];
}

export async function loadActor(db: Db, userId: string, via: Actor['via']): Promise<{ actor: Actor; mustChangePassword: boolean } | null> {
  const user = await findActiveUserById(db, userId);
  if (!user) return null;
  const [permissions, headOfDepartmentIds] = await Promise.all([
    listPermissionsOfUser(db, userId),
    listHeadedDepartmentIds(db, userId),
  ]);
  return {
    actor: makeActor({
      id: user.id,
      username: user.username,
      name: user.name,
      departmentId: user.department_id,
      headOfDepartmentIds,
      permissions,
      via,
    }),
    mustChangePassword: user.must_change_password === 1,
  };
}

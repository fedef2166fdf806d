/** ORG-3: users with department, positions, supervisor and roles; deactivation; password resets. */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import type { Actor } from '../auth/actor.js';
import { hashPassword } from '../auth/passwords.js';
import { changeWithAudit } from '../tx.js';
import { countUsers, findUserById, listUsers, type UserFilter } from './users.repository.js';

export interface UserInput {
  name?: string;
  phone?: string | null;
  email?: string | null;
  departmentId?: string | null;
  positionIds?: string[];
  supervisorId?: string | null;
  roleIds?: string[];
}

export async function pageUsers(db: Db, f: UserFilter & { page: number; pageSize: number }) {
  const [total, items] = await Promise.all([
    countUsers(db, f),
    listUsers(db, f, { offset: (f.page - 1) * f.pageSize, limit: f.pageSize }),
  ]);
  return { items, total, page: f.page, pageSize: f.pageSize };
}

export async function getUser(db: Db, id: string) {
  const u = await findUserById(db, id);
  if (!u) throw notFound('org.userNotFound');
  return u;
}

/** Checks references and the supervisor chain; `id` is null when creating. */
export async function assertUserRefs(db: Db, id: string | null, input: UserInput): Promise<void> {
  if (input.departmentId) {
    const d = await db.selectFrom('department').select('id').where('id', '=', input.departmentId).executeTakeFirst();
    if (!d) throw badRequest('org.departmentNotFound');
  }
  if (input.positionIds?.length) {
    const found = await db.selectFrom('position').select('id').where('id', 'in', input.positionIds).execute();
    if (found.length !== new Set(input.positionIds).size) throw badRequest('org.positionNotFound');
  }
  if (input.roleIds?.length) {
    const found = await db.selectFrom('role').select('id').where('id', 'in', input.roleIds).execute();
    if (found.length !== new Set(input.roleIds).size) throw badRequest('org.roleNotFound');
  }
  if (input.supervisorId) {
    const sup = await db.selectFrom('app_user').select(['id', 'active']).where('id', '=', input.supervisorId).executeTakeFirst();
    if (!sup || sup.active !== 1) throw badRequest('org.supervisorNotFound');
    if (id) {
      // Walk up from the new supervisor; reaching this user would make the chain loop.
      const all = await db.selectFrom('app_user').select(['id', 'name', 'supervisor_id']).execute();
      const byId = new Map(all.map((u) => [u.id, u]));
      const seen = new Set<string>();
      for (let cur = byId.get(input.supervisorId); cur && !seen.has(cur.id); cur = cur.supervisor_id ? byId.get(cur.supervisor_id) : undefined) {
        if (cur.id === id) throw badRequest('org.supervisorCycle', { name: byId.get(input.supervisorId)!.name });
        seen.add(cur.id);
      }
    }
  }
}

async function setLinks(trx: Db, userId: string, input: UserInput): Promise<void> {
  if (input.positionIds) {
    await trx.deleteFrom('user_position').where('user_id', '=', userId).execute();
    const ids = [...new Set(input.positionIds)];
    if (ids.length) await trx.insertInto('user_position').values(ids.map((position_id) => ({ user_id: userId, position_id }))).execute();
  }
  if (input.roleIds) {
    await trx.deleteFrom('user_role').where('user_id', '=', userId).execute();
    const ids = [...new Set(input.roleIds)];
    if (ids.length) await trx.insertInto('user_role').values(ids.map((role_id) => ({ user_id: userId, role_id }))).execute();
  }
}

export async function createUser(
  s: Services,
  actor: Actor,
  input: UserInput & { username: string; name: string; password: string },
  opts: { mustChangePassword?: boolean; passwordHash?: string; trx?: Db } = {},
): Promise<string> {
  const username = input.username.toLowerCase();
  const password_hash = opts.passwordHash ?? (await hashPassword(input.password));
  const run = async (trx: Db) => {
    const taken = await trx.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst();
    if (taken) throw conflict('org.usernameTaken', { username });
    await assertUserRefs(trx, null, input);
    const now = s.clock.now().toISOString();
    const id = newId();
    await trx
      .insertInto('app_user')
      .values({
        id,
        username,
        name: input.name,
        phone: input.phone ?? null,
        email: input.email ?? null,
        department_id: input.departmentId ?? null,
        supervisor_id: input.supervisorId ?? null,
        active: 1,
        password_hash,
        must_change_password: opts.mustChangePassword === false ? 0 : 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await setLinks(trx, id, input);
    const { password: _pw, ...safe } = input;
    return { result: id, audit: { action: 'user.create', entity: 'user', entityId: id, data: { ...safe, username } } };
  };
  return changeWithAudit(s, actor, run, opts.trx);
}

export async function updateUser(s: Services, actor: Actor, id: string, input: UserInput, trx?: Db): Promise<void> {
  const run = async (t: Db) => {
    const cur = await t.selectFrom('app_user').select('id').where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('org.userNotFound');
    if (input.supervisorId === id) throw badRequest('org.supervisorCycle', { name: '本人' });
    await assertUserRefs(t, id, input);
    await t
      .updateTable('app_user')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.phone !== undefined && { phone: input.phone }),
        ...(input.email !== undefined && { email: input.email }),
        ...(input.departmentId !== undefined && { department_id: input.departmentId }),
        ...(input.supervisorId !== undefined && { supervisor_id: input.supervisorId }),
        updated_at: s.clock.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await setLinks(t, id, input);
    return { result: undefined, audit: { action: 'user.update', entity: 'user', entityId: id, data: input } };
  };
  await changeWithAudit(s, actor, run, trx);
}

/** Deactivation ends the user's sessions at once; tokens stop working because the user is inactive. */
export async function setUserActive(s: Services, actor: Actor, id: string, active: boolean): Promise<void> {
  if (!active && id === actor.id) throw badRequest('org.cannotDeactivateSelf');
  await changeWithAudit(s, actor, async (trx) => {
    const r = await trx
      .updateTable('app_user')
      .set({ active: active ? 1 : 0, updated_at: s.clock.now().toISOString() })
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw notFound('org.userNotFound');
    if (!active) await trx.deleteFrom('session').where('user_id', '=', id).execute();
    return { result: undefined, audit: { action: active ? 'user.activate' : 'user.deactivate', entity: 'user', entityId: id } };
  });
}

/** An administrator sets a new password; the user must change it at next login. */
export async function resetPassword(s: Services, actor: Actor, id: string, newPassword: string): Promise<void> {
  const password_hash = await hashPassword(newPassword);
  await changeWithAudit(s, actor, async (trx) => {
    const r = await trx
      .updateTable('app_user')
      .set({ password_hash, must_change_password: 1, updated_at: s.clock.now().toISOString() })
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw notFound('org.userNotFound');
    await trx.deleteFrom('session').where('user_id', '=', id).execute();
    return { result: undefined, audit: { action: 'user.resetPassword', entity: 'user', entityId: id } };
  });
}

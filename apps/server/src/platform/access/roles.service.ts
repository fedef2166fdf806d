/** ORG-4: roles grant permissions. Built-in roles are installed at start and keep their grants. */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import type { Actor } from '../auth/actor.js';
import { changeWithAudit } from '../tx.js';
import { allPermissions } from './catalog.js';

export async function listRoles(db: Db) {
  const rows = await db
    .selectFrom('role')
    .leftJoin(
      (eb) => eb.selectFrom('user_role').select(['role_id', (e) => e.fn.countAll<number>().as('n')]).groupBy('role_id').as('uc'),
      (j) => j.onRef('uc.role_id', '=', 'role.id'),
    )
    .selectAll('role')
    .select('uc.n')
    .orderBy('role.built_in', 'desc')
    .orderBy('role.key')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    name: r.name,
    description: r.description,
    permissions: JSON.parse(r.permissions) as string[],
    builtIn: r.built_in === 1,
    userCount: Number(r.n ?? 0),
  }));
}

function assertKnown(perms: string[]): void {
  const known = new Set(allPermissions().map((p) => p.key));
  for (const p of perms) {
    if (p === '*' || p.endsWith(':*')) continue;
    if (!known.has(p)) throw badRequest('access.unknownPermission', { key: p });
  }
}

export async function createRole(s: Services, actor: Actor, input: { key: string; name: string; description: string; permissions: string[] }) {
  assertKnown(input.permissions);
  return changeWithAudit(s, actor, async (trx) => {
    const taken = await trx.selectFrom('role').select('id').where('key', '=', input.key).executeTakeFirst();
    if (taken) throw conflict('access.roleKeyTaken', { key: input.key });
    const id = newId();
    await trx
      .insertInto('role')
      .values({ id, key: input.key, name: input.name, description: input.description, permissions: JSON.stringify([...new Set(input.permissions)].sort()), built_in: 0, created_at: s.clock.now().toISOString() })
      .execute();
    return { result: id, audit: { action: 'role.create', entity: 'role', entityId: id, data: input } };
  });
}

export async function updateRole(s: Services, actor: Actor, id: string, input: { name?: string; description?: string; permissions?: string[] }) {
  if (input.permissions) assertKnown(input.permissions);
  return changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('role').selectAll().where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('org.roleNotFound');
    // The administrator role must always grant everything, or the last admin could lock everyone out.
    if (cur.key === 'admin' && input.permissions) throw badRequest('access.builtInRole', { name: cur.name });
    await trx
      .updateTable('role')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.permissions !== undefined && { permissions: JSON.stringify([...new Set(input.permissions)].sort()) }),
      })
      .where('id', '=', id)
      .execute();
    return { result: id, audit: { action: 'role.update', entity: 'role', entityId: id, data: input } };
  });
}

export async function deleteRole(s: Services, actor: Actor, id: string) {
  return changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('role').selectAll().where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('org.roleNotFound');
    if (cur.built_in === 1) throw badRequest('access.builtInRole', { name: cur.name });
    await trx.deleteFrom('user_role').where('role_id', '=', id).execute();
    await trx.deleteFrom('role').where('id', '=', id).execute();
    return { result: id, audit: { action: 'role.delete', entity: 'role', entityId: id, data: { key: cur.key } } };
  });
}

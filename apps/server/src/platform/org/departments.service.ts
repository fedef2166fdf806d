/** ORG-1: the department tree with each department's functions (部门职能). */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import type { Actor } from '../auth/actor.js';
import { changeWithAudit } from '../tx.js';

export interface DepartmentInput {
  parentId?: string | null;
  name?: string;
  code?: string | null;
  functions?: string;
  headUserId?: string | null;
  sort?: number;
}

export async function listDepartments(db: Db) {
  const rows = await db
    .selectFrom('department')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('app_user')
          .select(['department_id', (e) => e.fn.countAll<number>().as('n')])
          .where('active', '=', 1)
          .groupBy('department_id')
          .as('uc'),
      (j) => j.onRef('uc.department_id', '=', 'department.id'),
    )
    .selectAll('department')
    .select('uc.n')
    .orderBy('department.sort')
    .orderBy('department.name')
    .execute();
  return rows.map((d) => ({
    id: d.id,
    parentId: d.parent_id,
    code: d.code,
    name: d.name,
    functions: d.functions,
    headUserId: d.head_user_id,
    sort: d.sort,
    userCount: Number(d.n ?? 0),
  }));
}

async function assertValid(db: Db, id: string | null, input: DepartmentInput, current?: { parent_id: string | null; name: string }) {
  const parentId = input.parentId !== undefined ? input.parentId : (current?.parent_id ?? null);
  const name = input.name ?? current?.name ?? '';
  if (parentId === null) {
    const root = await db.selectFrom('department').select('id').where('parent_id', 'is', null).executeTakeFirst();
    if (root && root.id !== id) throw badRequest('org.rootRequired');
  } else if (id === null) {
    // A new department cannot close a cycle; its parent only has to exist.
    const parent = await db.selectFrom('department').select('id').where('id', '=', parentId).executeTakeFirst();
    if (!parent) throw badRequest('org.parentNotFound');
  } else {
    const all = await db.selectFrom('department').select(['id', 'parent_id']).execute();
    const byId = new Map(all.map((d) => [d.id, d.parent_id]));
    if (!byId.has(parentId)) throw badRequest('org.parentNotFound');
    // Walk up from the new parent: meeting `id` means the move would create a cycle.
    for (let p: string | null | undefined = parentId; p; p = byId.get(p)) {
      if (p === id) throw badRequest('org.departmentCycle');
    }
  }
  let sib = db.selectFrom('department').select('id').where('name', '=', name);
  sib = parentId === null ? sib.where('parent_id', 'is', null) : sib.where('parent_id', '=', parentId);
  const twin = await sib.executeTakeFirst();
  if (twin && twin.id !== id) throw conflict('org.departmentNameTaken', { name });
  if (input.code) {
    const c = await db.selectFrom('department').select('id').where('code', '=', input.code).executeTakeFirst();
    if (c && c.id !== id) throw conflict('org.codeTaken', { code: input.code });
  }
  if (input.headUserId) {
    const u = await db.selectFrom('app_user').select('id').where('id', '=', input.headUserId).executeTakeFirst();
    if (!u) throw badRequest('org.userNotFound');
  }
}

export async function createDepartment(s: Services, actor: Actor, input: DepartmentInput & { name: string }) {
  return changeWithAudit(s, actor, async (trx) => {
    await assertValid(trx, null, input);
    const now = s.clock.now().toISOString();
    const row = {
      id: newId(),
      parent_id: input.parentId ?? null,
      code: input.code || null,
      name: input.name,
      functions: input.functions ?? '',
      head_user_id: input.headUserId ?? null,
      sort: input.sort ?? 0,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('department').values(row).execute();
    return { result: row.id, audit: { action: 'department.create', entity: 'department', entityId: row.id, data: input } };
  });
}

export async function updateDepartment(s: Services, actor: Actor, id: string, input: DepartmentInput) {
  return changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('department').selectAll().where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('org.departmentNotFound');
    await assertValid(trx, id, input, cur);
    await trx
      .updateTable('department')
      .set({
        ...(input.parentId !== undefined && { parent_id: input.parentId }),
        ...(input.name !== undefined && { name: input.name }),
        ...(input.code !== undefined && { code: input.code || null }),
        ...(input.functions !== undefined && { functions: input.functions }),
        ...(input.headUserId !== undefined && { head_user_id: input.headUserId }),
        ...(input.sort !== undefined && { sort: input.sort }),
        updated_at: s.clock.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    return { result: id, audit: { action: 'department.update', entity: 'department', entityId: id, data: input } };
  });
}

export async function deleteDepartment(s: Services, actor: Actor, id: string) {
  return changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('department').selectAll().where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('org.departmentNotFound');
    const child = await trx.selectFrom('department').select('id').where('parent_id', '=', id).executeTakeFirst();
    if (child) throw conflict('org.departmentNotEmpty', { name: cur.name, what: '下级部门' });
    const member = await trx.selectFrom('app_user').select('id').where('department_id', '=', id).executeTakeFirst();
    if (member) throw conflict('org.departmentNotEmpty', { name: cur.name, what: '人员' });
    const pos = await trx.selectFrom('position').select('id').where('department_id', '=', id).executeTakeFirst();
    if (pos) throw conflict('org.departmentNotEmpty', { name: cur.name, what: '岗位' });
    await trx.deleteFrom('department').where('id', '=', id).execute();
    return { result: id, audit: { action: 'department.delete', entity: 'department', entityId: id, data: { name: cur.name } } };
  });
}

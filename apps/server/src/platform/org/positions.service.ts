/** ORG-2: positions (岗位) with their duty texts (岗位职责). */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import type { Actor } from '../auth/actor.js';
import { changeWithAudit } from '../tx.js';

export interface PositionInput {
  departmentId?: string;
  name?: string;
  code?: string | null;
  duty?: string;
  sort?: number;
}

export async function listPositions(db: Db, filter: { departmentId?: string }) {
  let q = db
    .selectFrom('position')
    .innerJoin('department', 'department.id', 'position.department_id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('user_position')
          .innerJoin('app_user', 'app_user.id', 'user_position.user_id')
          .select(['user_position.position_id', (e) => e.fn.countAll<number>().as('n')])
          .where('app_user.active', '=', 1)
          .groupBy('user_position.position_id')
          .as('hc'),
      (j) => j.onRef('hc.position_id', '=', 'position.id'),
    )
    .selectAll('position')
    .select(['department.name as department_name', 'hc.n']);
  if (filter.departmentId) q = q.where('position.department_id', '=', filter.departmentId);
  const rows = await q.orderBy('department.sort').orderBy('position.sort').orderBy('position.name').execute();
  return rows.map((p) => ({
    id: p.id,
    departmentId: p.department_id,
    departmentName: p.department_name,
    code: p.code,
    name: p.name,
    duty: p.duty,
    sort: p.sort,
    holderCount: Number(p.n ?? 0),
  }));
}

async function assertValid(db: Db, id: string | null, departmentId: string, name: string, code: string | null | undefined) {
  const dept = await db.selectFrom('department').select('id').where('id', '=', departmentId).executeTakeFirst();
  if (!dept) throw badRequest('org.departmentNotFound');
  const twin = await db
    .selectFrom('position')
    .select('id')
    .where('department_id', '=', departmentId)
    .where('name', '=', name)
    .executeTakeFirst();
  if (twin && twin.id !== id) throw conflict('org.positionNameTaken', { name });
  if (code) {
    const c = await db.selectFrom('position').select('id').where('code', '=', code).executeTakeFirst();
    if (c && c.id !== id) throw conflict('org.codeTaken', { code });
  }
}

export async function createPosition(s: Services, actor: Actor, input: PositionInput & { departmentId: string; name: string }) {
  return changeWithAudit(s, actor, async (trx) => {
    await assertValid(trx, null, input.departmentId, input.name, input.code);
    const now = s.clock.now().toISOString();
    const row = {
      id: newId(),
      department_id: input.departmentId,
      code: input.code || null,
      name: input.name,
      duty: input.duty ?? '',
      sort: input.sort ?? 0,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('position').values(row).execute();
    return { result: row.id, audit: { action: 'position.create', entity: 'position', entityId: row.id, data: input } };
  });
}

export async function updatePosition(s: Services, actor: Actor, id: string, input: PositionInput) {
  return changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('position').selectAll().where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('org.positionNotFound');
    await assertValid(trx, id, input.departmentId ?? cur.department_id, input.name ?? cur.name, input.code);
    await trx
      .updateTable('position')
      .set({
        ...(input.departmentId !== undefined && { department_id: input.departmentId }),
        ...(input.name !== undefined && { name: input.name }),
        ...(input.code !== undefined && { code: input.code || null }),
        ...(input.duty !== undefined && { duty: input.duty }),
        ...(input.sort !== undefined && { sort: input.sort }),
        updated_at: s.clock.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    return { result: id, audit: { action: 'position.update', entity: 'position', entityId: id, data: input } };
  });
}

export async function deletePosition(s: Services, actor: Actor, id: string) {
  return changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('position').selectAll().where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('org.positionNotFound');
    const held = await trx
      .selectFrom('user_position')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('position_id', '=', id)
      .executeTakeFirstOrThrow();
    if (Number(held.n) > 0) throw conflict('org.positionHeld', { name: cur.name, count: Number(held.n) });
    await trx.deleteFrom('position').where('id', '=', id).execute();
    return { result: id, audit: { action: 'position.delete', entity: 'position', entityId: id, data: { name: cur.name } } };
  });
}

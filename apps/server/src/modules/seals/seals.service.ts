/**
 * SEAL-1 the seal register and SEAL-2 the use log (印章使用登记). Everyone may read the register
 * (to choose the seal in a request); holders of seals:read see every use, others their own.
 */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import type { Actor } from '../../platform/auth/actor.js';
import { changeWithAudit } from '../../platform/tx.js';
import type { SealStatus } from './seals.table.js';

export interface SealInput {
  name: string;
  type: string;
  keeperId: string;
  location: string;
  notes?: string;
}

export async function listSeals(s: Services) {
  const rows = await s.db.selectFrom('seal').innerJoin('app_user', 'app_user.id', 'seal.keeper_id')
    .select(['seal.id', 'seal.name', 'seal.type', 'seal.keeper_id', 'seal.location', 'seal.status', 'seal.notes', 'seal.updated_at', 'app_user.name as keeper_name'])
    .orderBy('seal.type').orderBy('seal.name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, type: r.type, keeperId: r.keeper_id, keeperName: r.keeper_name, location: r.location, status: r.status, notes: r.notes, updatedAt: r.updated_at }));
}

async function assertKeeper(db: Db, id: string) {
  const u = await db.selectFrom('app_user').select('id').where('id', '=', id).where('active', '=', 1).executeTakeFirst();
  if (!u) throw badRequest('seals.keeperUnknown', { value: id });
}

async function assertNameFree(db: Db, name: string, exceptId?: string) {
  let q = db.selectFrom('seal').select('id').where('name', '=', name);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw conflict('seals.nameTaken', { name });
}

export async function createSeal(s: Services, actor: Actor, input: SealInput) {
  return changeWithAudit(s, actor, async (trx) => {
    await assertNameFree(trx, input.name);
    await assertKeeper(trx, input.keeperId);
    const id = newId();
    const now = s.clock.now().toISOString();
    await trx.insertInto('seal').values({ id, name: input.name, type: input.type, keeper_id: input.keeperId, location: input.location, status: 'in_office', notes: input.notes ?? '', created_at: now, updated_at: now }).execute();
    return { result: { id }, audit: { action: 'seals.seal.create', entity: 'seal', entityId: id, data: input } };
  });
}

export async function updateSeal(s: Services, actor: Actor, id: string, input: Partial<SealInput> & { status?: Exclude<SealStatus, 'out'> }) {
  return changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('seal').select(['id', 'name', 'status']).where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('seals.notFound');
    if (input.name && input.name !== cur.name) await assertNameFree(trx, input.name, id);
    if (input.keeperId) await assertKeeper(trx, input.keeperId);
    if (input.status && cur.status === 'out') throw badRequest('seals.statusOut', { name: cur.name });
    await trx.updateTable('seal').set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.type !== undefined ? { type: input.type } : {}),
      ...(input.keeperId !== undefined ? { keeper_id: input.keeperId } : {}),
      ...(input.location !== undefined ? { location: input.location } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      updated_at: s.clock.now().toISOString(),
    }).where('id', '=', id).execute();
    return { result: { id }, audit: { action: 'seals.seal.update', entity: 'seal', entityId: id, data: input } };
  });
}

export interface UseQuery {
  sealId?: string;
  logged?: 'true' | 'false';
  status?: string;
  from?: string;
  to?: string;
}

function dayStartIso(day: string, field: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day) throw badRequest('seals.invalidDate', { field, value: day });
  return new Date(`${day}T00:00:00+08:00`).toISOString();
}

/** The use requests; `logged=true` gives the use log (stamped uses only), by stamping time. */
export async function listUses(s: Services, actor: Actor, q: UseQuery) {
  let sel = s.db.selectFrom('seal_use')
    .innerJoin('seal', 'seal.id', 'seal_use.seal_id')
    .innerJoin('app_user as u', 'u.id', 'seal_use.requester_id')
    .leftJoin('department as d', 'd.id', 'seal_use.department_id')
    .leftJoin('app_user as k', 'k.id', 'seal_use.used_by')
    .select(['seal_use.id', 'seal_use.instance_id', 'seal_use.seal_id', 'seal_use.requester_id', 'seal_use.doc_kind', 'seal_use.document', 'seal_use.purpose', 'seal_use.copies',
      'seal_use.take_out', 'seal_use.return_by', 'seal_use.needs_gm', 'seal_use.approvers', 'seal_use.used_at', 'seal_use.returned_at', 'seal_use.status', 'seal_use.created_at',
      'seal.name as seal_name', 'seal.type as seal_type', 'u.name as requester_name', 'd.name as department_name', 'k.name as keeper_name']);
  if (!actor.can('seals:read')) sel = sel.where('seal_use.requester_id', '=', actor.id);
  if (q.sealId) sel = sel.where('seal_use.seal_id', '=', q.sealId);
  if (q.status) sel = sel.where('seal_use.status', '=', q.status as never);
  const timeCol = q.logged === 'true' ? 'seal_use.used_at' : 'seal_use.created_at';
  if (q.logged === 'true') sel = sel.where('seal_use.used_at', 'is not', null);
  if (q.logged === 'false') sel = sel.where('seal_use.used_at', 'is', null);
  if (q.from) sel = sel.where(timeCol, '>=', dayStartIso(q.from, '开始日期'));
  if (q.to) sel = sel.where(timeCol, '<', new Date(Date.parse(dayStartIso(q.to, '结束日期')) + 86_400_000).toISOString());
  const rows = await sel.orderBy(timeCol, 'desc').execute();
  return rows.map((r) => ({
    id: r.id, instanceId: r.instance_id, sealId: r.seal_id, sealName: r.seal_name, sealType: r.seal_type, requesterId: r.requester_id, requesterName: r.requester_name,
    departmentName: r.department_name, docKind: r.doc_kind, document: r.document, purpose: r.purpose, copies: Number(r.copies), takeOut: Number(r.take_out) === 1,
    returnBy: r.return_by, needsGm: Number(r.needs_gm) === 1, approvers: r.approvers, usedAt: r.used_at, keeperName: r.keeper_name, returnedAt: r.returned_at, status: r.status, createdAt: r.created_at,
  }));
}

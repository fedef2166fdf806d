/**
 * ORG-5: delegation (委托). While a delegation is in force, the engine sends the delegator's new
 * tasks to the delegate and records "acting for" (`activeDelegateOf`).
 */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, conflict, forbidden, notFound } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import type { Actor } from '../auth/actor.js';
import { changeWithAudit } from '../tx.js';

export type DelegationStatus = 'active' | 'scheduled' | 'ended' | 'cancelled';

export function delegationStatus(d: { starts_at: string; ends_at: string; cancelled_at: string | null }, nowIso: string): DelegationStatus {
  if (d.cancelled_at) return 'cancelled';
  if (nowIso < d.starts_at) return 'scheduled';
  if (nowIso >= d.ends_at) return 'ended';
  return 'active';
}

export async function listDelegations(s: Services, actor: Actor, scope: 'mine' | 'all') {
  if (scope === 'all' && !actor.can('delegation:manage')) throw forbidden();
  let q = s.db
    .selectFrom('delegation')
    .innerJoin('app_user as dr', 'dr.id', 'delegation.delegator_id')
    .innerJoin('app_user as de', 'de.id', 'delegation.delegate_id')
    .selectAll('delegation')
    .select(['dr.name as delegator_name', 'de.name as delegate_name']);
  if (scope === 'mine') q = q.where((eb) => eb.or([eb('delegation.delegator_id', '=', actor.id), eb('delegation.delegate_id', '=', actor.id)]));
  const rows = await q.orderBy('delegation.starts_at', 'desc').limit(500).execute();
  const now = s.clock.now().toISOString();
  return rows.map((d) => ({
    id: d.id,
    delegatorId: d.delegator_id,
    delegatorName: d.delegator_name,
    delegateId: d.delegate_id,
    delegateName: d.delegate_name,
    startsAt: d.starts_at,
    endsAt: d.ends_at,
    reason: d.reason,
    status: delegationStatus(d, now),
    createdAt: d.created_at,
  }));
}

export async function createDelegation(
  s: Services,
  actor: Actor,
  input: { delegatorId?: string; delegateId: string; startsAt: string; endsAt: string; reason: string },
) {
  const delegatorId = input.delegatorId ?? actor.id;
  if (delegatorId !== actor.id && !actor.can('delegation:manage')) throw forbidden();
  const startsAt = new Date(input.startsAt).toISOString();
  const endsAt = new Date(input.endsAt).toISOString();
  if (endsAt <= startsAt) throw badRequest('org.delegationPeriod');
  return changeWithAudit(s, actor, async (trx) => {
    const users = await trx.selectFrom('app_user').select(['id', 'active']).where('id', 'in', [delegatorId, input.delegateId]).execute();
    const delegate = users.find((u) => u.id === input.delegateId);
    if (!users.some((u) => u.id === delegatorId)) throw badRequest('org.userNotFound');
    if (!delegate || delegate.active !== 1 || input.delegateId === delegatorId) throw badRequest('org.delegateInvalid');
    const overlap = await trx
      .selectFrom('delegation')
      .select(['id', 'ends_at'])
      .where('delegator_id', '=', delegatorId)
      .where('cancelled_at', 'is', null)
      .where('starts_at', '<', endsAt)
      .where('ends_at', '>', startsAt)
      .executeTakeFirst();
    if (overlap) throw conflict('org.delegationOverlap', { endsAt: overlap.ends_at });
    const id = newId();
    await trx
      .insertInto('delegation')
      .values({ id, delegator_id: delegatorId, delegate_id: input.delegateId, starts_at: startsAt, ends_at: endsAt, reason: input.reason, cancelled_at: null, created_by: actor.id, created_at: s.clock.now().toISOString() })
      .execute();
    return { result: id, audit: { action: 'delegation.create', entity: 'delegation', entityId: id, data: { ...input, delegatorId } } };
  });
}

export async function cancelDelegation(s: Services, actor: Actor, id: string) {
  await changeWithAudit(s, actor, async (trx) => {
    const d = await trx.selectFrom('delegation').selectAll().where('id', '=', id).executeTakeFirst();
    if (!d) throw notFound('org.delegationNotFound');
    if (d.delegator_id !== actor.id && !actor.can('delegation:manage')) throw forbidden();
    const now = s.clock.now().toISOString();
    if (d.cancelled_at || d.ends_at <= now) throw notFound('org.delegationNotFound');
    await trx.updateTable('delegation').set({ cancelled_at: now }).where('id', '=', id).execute();
    return { result: id, audit: { action: 'delegation.cancel', entity: 'delegation', entityId: id } };
  });
}

/** The delegate acting for `userId` at `atIso`, or null. Used by the engine when assigning tasks. */
export async function activeDelegateOf(db: Db, userId: string, atIso: string): Promise<string | null> {
  const d = await db
    .selectFrom('delegation')
    .select('delegate_id')
    .where('delegator_id', '=', userId)
    .where('cancelled_at', 'is', null)
    .where('starts_at', '<=', atIso)
    .where('ends_at', '>', atIso)
    .executeTakeFirst();
  return d?.delegate_id ?? null;
}

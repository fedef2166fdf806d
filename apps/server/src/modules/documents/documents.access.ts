/**
 * Who reads a document (DOC record rules): holders of `documents:read` (office staff, leaders) read
 * all; a department head reads what was distributed to his department(s); everyone reads what was
 * circulated to him; the drafter reads his own outgoing documents; process participants read the
 * document of their instance.
 */
import type { Db } from '../../db/create-db.js';
import type { Actor } from '../../platform/auth/actor.js';

export async function circulatedTo(db: Db, kind: string, docId: string, userId: string): Promise<boolean> {
  return !!(await db.selectFrom('doc_circulation').select('id').where('doc_kind', '=', kind).where('doc_id', '=', docId).where('user_id', '=', userId).executeTakeFirst());
}

async function inInstance(db: Db, instanceId: string | null, userId: string): Promise<boolean> {
  if (!instanceId) return false;
  const t = await db
    .selectFrom('process_task')
    .select('id')
    .where('instance_id', '=', instanceId)
    .where((eb) => eb.or([eb('assignee_id', '=', userId), eb('completed_by', '=', userId)]))
    .executeTakeFirst();
  return !!t;
}

export function distributedToHead(distributionJson: string, actor: Actor): boolean {
  try {
    const d = JSON.parse(distributionJson) as { departmentId: string; headUserId: string }[];
    return d.some((x) => x.headUserId === actor.id || actor.headOfDepartmentIds.includes(x.departmentId));
  } catch {
    return false;
  }
}

export async function canReadIncoming(db: Db, actor: Actor, d: { id: string; distribution: string; instance_id: string | null; registered_by: string }): Promise<boolean> {
  if (actor.can('documents:read') || d.registered_by === actor.id) return true;
  if (distributedToHead(d.distribution, actor)) return true;
  return (await circulatedTo(db, 'incoming', d.id, actor.id)) || inInstance(db, d.instance_id, actor.id);
}

export async function canReadOutgoing(db: Db, actor: Actor, d: { id: string; drafter_id: string; instance_id: string | null }): Promise<boolean> {
  if (actor.can('documents:read') || d.drafter_id === actor.id) return true;
  return (await circulatedTo(db, 'outgoing', d.id, actor.id)) || inInstance(db, d.instance_id, actor.id);
}

/** Who may see an assigned task: its assigner, its owner, or a holder of tasks:read_all (督办). */
import type { Db } from '../../db/create-db.js';
import type { Actor } from '../../platform/auth/actor.js';

export async function canReadTask(db: Db, actor: Actor, id: string): Promise<boolean> {
  if (actor.can('tasks:read_all')) return true;
  const t = await db.selectFrom('assigned_task').select(['assigner_id', 'owner_id']).where('id', '=', id).executeTakeFirst();
  return !!t && (t.assigner_id === actor.id || t.owner_id === actor.id);
}

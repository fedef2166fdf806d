/**
 * The engine's view of the organization: who holds a position, who supervises whom, who acts for
 * whom (ORG-5). Implements the engine's Directory port over the org tables.
 */
import type { AssigneeRule, Directory } from '@guanjia/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { activeDelegateOf } from '../platform/org/delegations.service.js';

type Db = Kysely<Database>;

const activeUsers = (db: Db) => db.selectFrom('app_user').select('app_user.id').where('app_user.active', '=', 1);

export const orgDirectory: Directory = {
  async resolve(trx, rule: AssigneeRule, ctx) {
    const db = trx as Db;
    switch (rule.type) {
      case 'initiator':
        return [ctx.initiatorId];
      case 'user':
        return (await activeUsers(db).where('username', '=', rule.username.toLowerCase()).execute()).map((u) => u.id);
      case 'position':
        return (
          await activeUsers(db)
            .innerJoin('user_position', 'user_position.user_id', 'app_user.id')
            .innerJoin('position', 'position.id', 'user_position.position_id')
            .where('position.name', '=', rule.position)
            .orderBy('app_user.username')
            .execute()
        ).map((u) => u.id);
      case 'departmentPosition':
        return (
          await activeUsers(db)
            .innerJoin('user_position', 'user_position.user_id', 'app_user.id')
            .innerJoin('position', 'position.id', 'user_position.position_id')
            .innerJoin('department', 'department.id', 'position.department_id')
            .where('position.name', '=', rule.position)
            .where('department.name', '=', rule.department)
            .orderBy('app_user.username')
            .execute()
        ).map((u) => u.id);
      case 'initiatorSupervisor': {
        const sup = await orgDirectory.supervisorOf(trx, ctx.initiatorId);
        return sup ? [sup] : [];
      }
      case 'fromField': {
        const v = ctx.data[rule.field];
        const ids = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x.length > 0);
        if (ids.length === 0) return [];
        const found = await activeUsers(db).where('app_user.id', 'in', ids).execute();
        return ids.filter((id) => found.some((f) => f.id === id));
      }
      case 'stepActor': {
        const u = ctx.stepActors[rule.step];
        return u ? [u] : [];
      }
    }
  },
  /** The user's supervisor; without one, the head of his department (escalation never stops at nobody). */
  async supervisorOf(trx, userId) {
    const db = trx as Db;
    const u = await db.selectFrom('app_user').select(['supervisor_id', 'department_id']).where('id', '=', userId).executeTakeFirst();
    if (!u) return null;
    if (u.supervisor_id) return u.supervisor_id;
    if (!u.department_id) return null;
    const d = await db.selectFrom('department').select('head_user_id').where('id', '=', u.department_id).executeTakeFirst();
    return d?.head_user_id && d.head_user_id !== userId ? d.head_user_id : null;
  },
  delegateOf: (trx, userId, atIso) => activeDelegateOf(trx as Db, userId, atIso),
  async departmentOf(trx, userId) {
    const u = await (trx as Db).selectFrom('app_user').select('department_id').where('id', '=', userId).executeTakeFirst();
    return u?.department_id ?? null;
  },
  async isActiveUser(trx, userId) {
    return !!(await activeUsers(trx as Db).where('app_user.id', '=', userId).executeTakeFirst());
  },
};

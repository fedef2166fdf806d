/**
 * Deadline and wait timers (ENG-8). Due timers are claimed with a lease and a claim token
 * (`FOR UPDATE SKIP LOCKED` on PostgreSQL); each is then handled in its own transaction that
 * first flips it to done *only if it still carries our token*, so across any number of server
 * processes a timer's effect happens exactly once, and a process that dies mid-way leaves a lease
 * that expires and is claimed again — nothing is lost.
 */
import { sql } from 'kysely';
import { type EngineContext, lockInstance, newId, nowIso } from './context.js';
import { advance } from './enter.js';
import { loadInstance, saveInstance, stepOf, taskRef, taskUsers, writeEvent } from './state.js';

export async function claimTimers(ctx: EngineContext, limit: number) {
  const now = nowIso(ctx);
  const lease = new Date(ctx.clock.now().getTime() + ctx.settings.timerLeaseMs).toISOString();
  const token = newId();
  return ctx.db.transaction().execute(async (trx) => {
    const due = trx
      .selectFrom('process_timer')
      .select('id')
      .where((eb) => eb.or([eb.and([eb('status', '=', 'pending'), eb('due_at', '<=', now)]), eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)])]))
      .orderBy('due_at')
      .limit(limit);
    const ids = (ctx.dialect === 'postgres' ? await due.modifyEnd(sql`for update skip locked`).execute() : await due.execute()).map((r) => r.id);
    if (ids.length === 0) return [];
    return trx
      .updateTable('process_timer')
      .set((eb) => ({ status: 'running', locked_until: lease, claim_token: token, attempts: eb('attempts', '+', 1) }))
      .where('id', 'in', ids)
      .returningAll()
      .execute();
  });
}

/** Claims and handles due timers; returns how many took effect. */
export async function fireDueTimers(ctx: EngineContext, limit = 50): Promise<number> {
  const timers = await claimTimers(ctx, limit);
  let fired = 0;
  for (const t of timers) {
    const took = await ctx.db.transaction().execute(async (trx) => {
      await lockInstance(trx, ctx.dialect, t.instance_id);
      const mine = await trx.updateTable('process_timer').set({ status: 'done', locked_until: null }).where('id', '=', t.id).where('status', '=', 'running').where('claim_token', '=', t.claim_token).executeTakeFirst();
      if (Number(mine.numUpdatedRows) === 0) return false; // someone else's lease now
      const st = await loadInstance(trx, t.instance_id);
      if (st.status !== 'running') return false;
      if (t.kind === 'wait') {
        const open = await trx.selectFrom('process_event').select('id').where('instance_id', '=', t.instance_id).where('type', '=', 'enter').where('step_id', '=', t.step_id).execute();
        if (!open.length) return false;
        await writeEvent(ctx, trx, { instanceId: st.row.id, actorId: null, type: 'wait_over', stepId: t.step_id });
        await advance(ctx, trx, st, stepOf(st.def, t.step_id!), 'complete', null);
        await saveInstance(trx, st);
        return true;
      }
      const task = t.task_id ? await trx.selectFrom('process_task').selectAll().where('id', '=', t.task_id).executeTakeFirst() : undefined;
      if (!task || task.status !== 'open') return false;
      const ref = await taskRef(trx, st, task);
      if (t.kind === 'remind') {
        await writeEvent(ctx, trx, { instanceId: st.row.id, actorId: null, type: 'due_soon', stepId: task.step_id, taskId: task.id, data: { dueAt: task.due_at } });
        await ctx.hooks.onDueSoon?.(trx, ref);
      } else {
        // Overdue: flag the task and escalate to the supervisor of whoever holds it.
        await trx.updateTable('process_task').set((eb) => ({ overdue: 1, revision: eb('revision', '+', 1) })).where('id', '=', task.id).execute();
        const escalateTo: string[] = [];
        for (const u of await taskUsers(trx, task)) {
          const sup = await ctx.directory.supervisorOf(trx, u);
          if (sup && !escalateTo.includes(sup)) escalateTo.push(sup);
        }
        await writeEvent(ctx, trx, { instanceId: st.row.id, actorId: null, type: 'overdue', stepId: task.step_id, taskId: task.id, data: { dueAt: task.due_at, escalateTo } });
        await ctx.hooks.onOverdue?.(trx, { ...ref, escalateTo });
      }
      await saveInstance(trx, st);
      return true;
    });
    if (took) fired++;
  }
  return fired;
}

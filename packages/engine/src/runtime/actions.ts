/**
 * Starting instances and every action on tasks and instances (ENG-7, ENG-9, ENG-11). Each call is
 * one transaction: lock the instance, conditional update of the task on status and revision, the
 * next tasks and timers, the events, and the instance's conditional update. Zero rows updated
 * anywhere means 409 and nothing is written.
 */
import { EngineError } from '../errors.js';
import { type EngineActor, type EngineContext, type Tx, lockInstance, newId, nowIso } from './context.js';
import { latestDefinition } from './definitions.js';
import { assertStepRequired, mergeStepData, validateData } from './data.js';
import { advance, closeInstance, createTask, enterStep, rejectStep } from './enter.js';
import { type InstanceState, type TaskRow, instanceRef, loadInstance, saveInstance, stepOf, taskRef, taskUsers, writeEvent } from './state.js';

export const TASK_ACTIONS = ['claim', 'complete', 'approve', 'reject', 'return', 'transfer', 'add_signer', 'read', 'comment'] as const;
export const INSTANCE_ACTIONS = ['withdraw', 'urge', 'cancel', 'comment'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];
export type InstanceAction = (typeof INSTANCE_ACTIONS)[number];

export interface ActionInput {
  comment?: string;
  data?: Record<string, unknown>;
  /** return: the earlier step to go back to. */
  toStep?: string;
  /** transfer / add_signer: the user. */
  userId?: string;
  /** add_signer: before (the added signer acts first) or after (acts after the current one). */
  position?: 'before' | 'after';
  /** cancel: why (作废原因). */
  reason?: string;
  attachments?: string[];
  /** The task revision the user saw; a different current revision is a stale action (409). */
  revision?: number;
}

export async function startInstance(
  ctx: EngineContext,
  actor: EngineActor,
  input: { processKey: string; data: Record<string, unknown>; title?: string },
): Promise<{ instanceId: string }> {
  return ctx.db.transaction().execute(async (trx) => {
    const stored = await latestDefinition(trx, input.processKey);
    if (!stored) throw new EngineError(404, 'engine.processNotFound', { key: input.processKey });
    validateData(stored.def, input.data);
    const now = nowIso(ctx);
    const id = newId(ctx.clock.now().getTime());
    const row = {
      id,
      definition_id: stored.id,
      process_key: stored.key,
      version: stored.version,
      title: (input.title ?? stored.def.name).slice(0, 200),
      status: 'running' as const,
      data: JSON.stringify(input.data),
      initiator_id: actor.id,
      initiator_department_id: await ctx.directory.departmentOf(trx, actor.id),
      owner_id: null,
      current_steps: '[]',
      revision: 0,
      started_at: now,
      ended_at: null,
      end_reason: null,
      last_urged_at: null,
    };
    await trx.insertInto('process_instance').values(row).execute();
    const st: InstanceState = { row, def: stored.def, data: input.data, status: 'running', ownerId: null, endedAt: null, endReason: null, lastUrgedAt: null };
    await writeEvent(ctx, trx, { instanceId: id, actorId: actor.id, type: 'start', data: { version: stored.version, data: input.data } });
    await enterStep(ctx, trx, st, stored.def.start, actor.id);
    await saveInstance(trx, st);
    return { instanceId: id };
  });
}

/** Marks a task finished, guarded by its status and revision (ENG-11). */
async function finishTask(ctx: EngineContext, trx: Tx, task: TaskRow, actorId: string, outcome: string, comment: string | undefined, from: ('open' | 'waiting')[] = ['open']): Promise<void> {
  const r = await trx
    .updateTable('process_task')
    .set({ status: 'done', outcome, comment: comment ?? null, completed_at: nowIso(ctx), completed_by: actorId, assignee_id: task.assignee_id ?? actorId, revision: task.revision + 1 })
    .where('id', '=', task.id)
    .where('status', 'in', from)
    .where('revision', '=', task.revision)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new EngineError(409, 'engine.conflict');
}

async function bumpTask(trx: Tx, task: TaskRow, set: Partial<TaskRow>): Promise<void> {
  const r = await trx
    .updateTable('process_task')
    .set({ ...set, revision: task.revision + 1 })
    .where('id', '=', task.id)
    .where('status', '=', task.status)
    .where('revision', '=', task.revision)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new EngineError(409, 'engine.conflict');
}

function actionNotAllowed(task: TaskRow, action: string): EngineError {
  return new EngineError(409, 'engine.actionNotAllowed', { step: task.step_name, action });
}

/** The step's activation is finished when no open or waiting work is left in it. */
async function activationDone(trx: Tx, activationId: string): Promise<boolean> {
  const left = await trx.selectFrom('process_task').select('id').where('activation_id', '=', activationId).where('kind', '!=', 'cc').where('status', 'in', ['open', 'waiting']).executeTakeFirst();
  return !left;
}

function takeOwnership(st: InstanceState, actorId: string): void {
  st.ownerId ??= actorId; // 首问责任制: the first person who takes or acts owns it until it closes
}

export async function actOnTask(ctx: EngineContext, actor: EngineActor, taskId: string, action: TaskAction, input: ActionInput = {}): Promise<{ instanceId: string; nextTaskIds: string[] }> {
  return ctx.db.transaction().execute(async (trx) => {
    let task = await trx.selectFrom('process_task').selectAll().where('id', '=', taskId).executeTakeFirst();
    if (!task) throw new EngineError(404, 'engine.taskNotFound');
    if (ctx.dialect === 'postgres') {
      // Read again under the instance lock: another action may have changed the task meanwhile.
      await lockInstance(trx, ctx.dialect, task.instance_id);
      task = await trx.selectFrom('process_task').selectAll().where('id', '=', taskId).executeTakeFirstOrThrow();
    }
    const st = await loadInstance(trx, task.instance_id);
    if (input.revision !== undefined && input.revision !== task.revision) throw new EngineError(409, 'engine.conflict');
    const step = stepOf(st.def, task.step_id);
    const users = await taskUsers(trx, task);
    const mine = users.includes(actor.id);

    if (action === 'comment') {
      if (!mine && task.completed_by !== actor.id) throw new EngineError(403, 'engine.notYourTask');
      await writeEvent(ctx, trx, { instanceId: st.row.id, actorId: actor.id, type: 'comment', stepId: task.step_id, taskId, comment: input.comment ?? '', data: { attachments: input.attachments ?? [] } });
      await saveInstance(trx, st);
      return { instanceId: st.row.id, nextTaskIds: [] };
    }
    if (action === 'read') {
      if (task.kind !== 'cc') throw actionNotAllowed(task, action);
      if (!mine) throw new EngineError(403, 'engine.notYourTask');
      await finishTask(ctx, trx, task, actor.id, 'read', input.comment);
      await writeEvent(ctx, trx, { instanceId: st.row.id, actorId: actor.id, type: 'read', stepId: task.step_id, taskId });
      await saveInstance(trx, st);
      return { instanceId: st.row.id, nextTaskIds: [] };
    }
    if (st.status !== 'running') throw new EngineError(409, 'engine.instanceClosed');
    if (task.status !== 'open') throw new EngineError(409, 'engine.conflict');
    if (!mine) throw new EngineError(403, 'engine.notYourTask');
    if (task.kind === 'cc') throw actionNotAllowed(task, action);
    const actingFor = task.acting_for_id;
    const event = (type: string, data: unknown = {}) =>
      writeEvent(ctx, trx, { instanceId: st.row.id, actorId: actor.id, actingForId: actingFor, type, stepId: task.step_id, taskId, comment: input.comment ?? null, data: { ...(data as object), attachments: input.attachments ?? [] } });
    takeOwnership(st, actor.id);

    switch (action) {
      case 'claim': {
        if (task.assignee_id) throw actionNotAllowed(task, action);
        await bumpTask(trx, task, { assignee_id: actor.id });
        await trx.deleteFrom('process_task_candidate').where('task_id', '=', task.id).execute();
        await event('claim');
        break;
      }
      case 'complete':
      case 'approve': {
        const kindOk = action === 'complete' ? task.kind === 'task' : ['approval', 'countersign', 'orsign'].includes(task.kind);
        if (!kindOk) throw actionNotAllowed(task, action);
        st.data = mergeStepData(st.def, step, st.data, input.data);
        assertStepRequired(st.def, step, st.data);
        await finishTask(ctx, trx, task, actor.id, action, input.comment);
        if (task.due_at) await trx.updateTable('process_timer').set({ status: 'cancelled' }).where('task_id', '=', task.id).where('status', '=', 'pending').execute();
        await event(action, { data: input.data ?? {} });
        if (task.blocks_task_id) {
          // A before-signer (前加签) finished: the task that waited on him opens again.
          const waiting = await trx.selectFrom('process_task').selectAll().where('id', '=', task.blocks_task_id).executeTakeFirstOrThrow();
          if (waiting.status === 'waiting') {
            await bumpTask(trx, waiting, { status: 'open' });
            await ctx.hooks.onTaskAssigned?.(trx, await taskRef(trx, st, { ...waiting, status: 'open' }));
          }
          break;
        }
        if (task.kind === 'orsign') {
          // 或签: the first approval decides; the other signers' tasks are withdrawn.
          await trx
            .updateTable('process_task')
            .set((eb) => ({ status: 'cancelled', outcome: 'cancelled', completed_at: nowIso(ctx), revision: eb('revision', '+', 1) }))
            .where('activation_id', '=', task.activation_id)
            .where('kind', '=', 'orsign')
            .where('status', '=', 'open')
            .execute();
        }
        if (await activationDone(trx, task.activation_id)) await advance(ctx, trx, st, step, action, actor.id);
        break;
      }
      case 'reject': {
        if (!['approval', 'countersign', 'orsign'].includes(task.kind)) throw actionNotAllowed(task, action);
        if (!input.comment?.trim()) throw new EngineError(400, 'engine.reasonRequired');
        await finishTask(ctx, trx, task, actor.id, 'reject', input.comment);
        await event('reject');
        if (task.kind === 'orsign') {
          // 或签: a rejection ends the step only when every signer rejected.
          if (!(await activationDone(trx, task.activation_id))) break;
          const approvals = await trx.selectFrom('process_task').select('id').where('activation_id', '=', task.activation_id).where('outcome', '=', 'approve').executeTakeFirst();
          if (approvals) break;
        }
        await rejectStep(ctx, trx, st, step, task.activation_id, actor.id);
        break;
      }
      case 'return': {
        const target = input.toStep;
        const done = await trx.selectFrom('process_task').select('step_id').where('instance_id', '=', st.row.id).where('outcome', 'in', ['complete', 'approve']).where('step_id', '!=', task.step_id).execute();
        const startedThere = target === st.def.start;
        if (!target || (!done.some((d) => d.step_id === target) && !startedThere)) throw new EngineError(400, 'engine.returnTarget');
        await finishTask(ctx, trx, task, actor.id, 'return', input.comment);
        // Everything still open in the instance is withdrawn (countersign siblings included);
        // CC read receipts stay: being informed is not undone by a return.
        await trx
          .updateTable('process_task')
          .set((eb) => ({ status: 'cancelled', outcome: 'cancelled', completed_at: nowIso(ctx), revision: eb('revision', '+', 1) }))
          .where('instance_id', '=', st.row.id)
          .where('kind', '!=', 'cc')
          .where('status', 'in', ['open', 'waiting'])
          .execute();
        await trx.updateTable('process_timer').set({ status: 'cancelled' }).where('instance_id', '=', st.row.id).where('status', '=', 'pending').where('kind', '!=', 'wait').execute();
        await event('return', { toStep: target });
        await enterStep(ctx, trx, st, target, actor.id);
        break;
      }
      case 'transfer': {
        if (!input.userId) throw new EngineError(400, 'engine.userRequired');
        if (input.userId === actor.id || !(await ctx.directory.isActiveUser(trx, input.userId))) throw new EngineError(400, 'engine.userInvalid');
        await bumpTask(trx, task, { assignee_id: input.userId, acting_for_id: null });
        await trx.deleteFrom('process_task_candidate').where('task_id', '=', task.id).execute();
        await event('transfer', { to: input.userId });
        await ctx.hooks.onTaskAssigned?.(trx, await taskRef(trx, st, { ...task, assignee_id: input.userId }));
        break;
      }
      case 'add_signer': {
        if (!['approval', 'countersign'].includes(task.kind)) throw actionNotAllowed(task, action);
        if (!input.userId) throw new EngineError(400, 'engine.userRequired');
        if (input.userId === actor.id || !(await ctx.directory.isActiveUser(trx, input.userId))) throw new EngineError(400, 'engine.userInvalid');
        const position = input.position ?? 'after';
        if (position === 'before') {
          // 前加签: the added signer acts first; this task waits and comes back afterwards.
          await bumpTask(trx, task, { status: 'waiting' });
          await createTask(ctx, trx, st, { step, activationId: task.activation_id, kind: task.kind, users: [input.userId], blocksTaskId: task.id });
        } else {
          // 后加签: this signer approves now; the step also needs the added signer's approval.
          st.data = mergeStepData(st.def, step, st.data, input.data);
          await finishTask(ctx, trx, task, actor.id, 'approve', input.comment);
          await createTask(ctx, trx, st, { step, activationId: task.activation_id, kind: task.kind, users: [input.userId] });
        }
        await event('add_signer', { userId: input.userId, position });
        break;
      }
      default:
        throw actionNotAllowed(task, action);
    }
    await saveInstance(trx, st);
    return { instanceId: st.row.id, nextTaskIds: (st.createdTaskIds ?? []).filter((id) => id !== task.id) };
  });
}

/** Actions on the whole instance: withdraw (撤回), urge (催办), cancel (作废), comment. */
export async function actOnInstance(ctx: EngineContext, actor: EngineActor, instanceId: string, action: InstanceAction, input: ActionInput = {}): Promise<{ instanceId: string }> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockInstance(trx, ctx.dialect, instanceId);
    const st = await loadInstance(trx, instanceId);
    const isInitiator = st.row.initiator_id === actor.id;
    const event = (type: string, data: unknown = {}) =>
      writeEvent(ctx, trx, { instanceId, actorId: actor.id, type, comment: input.comment ?? input.reason ?? null, data: { ...(data as object), attachments: input.attachments ?? [] } });
    if (action === 'comment') {
      const involved = isInitiator || actor.processAdmin || (await trx.selectFrom('process_task').select('id').where('instance_id', '=', instanceId).where((eb) => eb.or([eb('assignee_id', '=', actor.id), eb('completed_by', '=', actor.id)])).executeTakeFirst());
      if (!involved) throw new EngineError(403, 'engine.notYourTask');
      await event('comment');
      await saveInstance(trx, st);
      return { instanceId };
    }
    if (st.status !== 'running') throw new EngineError(409, 'engine.instanceClosed');
    switch (action) {
      case 'withdraw': {
        if (!isInitiator) throw new EngineError(403, 'engine.notInitiator');
        // 撤回 only while nobody but the initiator has acted on any branch.
        const acted = await trx
          .selectFrom('process_event')
          .select('id')
          .where('instance_id', '=', instanceId)
          .where('type', 'in', ['claim', 'complete', 'approve', 'reject', 'return', 'transfer', 'add_signer'])
          .where('actor_id', '!=', actor.id)
          .executeTakeFirst();
        if (acted) throw new EngineError(409, 'engine.withdrawTooLate');
        await closeInstance(ctx, trx, st, 'withdrawn', input.reason ?? null);
        await event('withdraw');
        break;
      }
      case 'urge': {
        if (!isInitiator && !actor.processAdmin) throw new EngineError(403, 'engine.notInitiator');
        const now = ctx.clock.now().getTime();
        if (st.lastUrgedAt) {
          const next = new Date(st.lastUrgedAt).getTime() + ctx.settings.urgeIntervalMinutes * 60_000;
          if (now < next) throw new EngineError(429, 'engine.urgeTooSoon', { minutes: Math.ceil((next - now) / 60_000) });
        }
        st.lastUrgedAt = new Date(now).toISOString();
        const open = await trx.selectFrom('process_task').selectAll().where('instance_id', '=', instanceId).where('kind', '!=', 'cc').where('status', '=', 'open').execute();
        for (const t of open) await ctx.hooks.onUrged?.(trx, { ...(await taskRef(trx, st, t)), byUserId: actor.id });
        await event('urge', { tasks: open.map((t) => t.id) });
        break;
      }
      case 'cancel': {
        if (!isInitiator && !actor.processAdmin) throw new EngineError(403, 'engine.cannotCancel');
        if (!input.reason?.trim()) throw new EngineError(400, 'engine.reasonRequired');
        await closeInstance(ctx, trx, st, 'cancelled', input.reason);
        await event('cancel', { reason: input.reason });
        await ctx.hooks.onCancelled?.(trx, { ...instanceRef(st), reason: input.reason });
        break;
      }
    }
    await saveInstance(trx, st);
    return { instanceId };
  });
}

/**
 * Entering steps and moving along transitions. Called inside an action's transaction; creates the
 * step's tasks, timers and events, and runs automatic, notify and end steps straight through.
 */
import { EngineError } from '../errors.js';
import type { AssigneeRule, StepDef } from '../definition.js';
import { pickTransition } from '../conditions.js';
import type { TaskKind } from '../tables.js';
import { type EngineContext, type Tx, newId, nowIso } from './context.js';
import { taskDueAt } from './due.js';
import { type InstanceState, type TaskRow, instanceRef, stepActors, stepOf, taskRef, writeEvent } from './state.js';

/** A chain of automatic steps longer than this is a definition loop without a person in it. */
const MAX_AUTOMATIC_DEPTH = 50;

const describeRule = (r: AssigneeRule | undefined) => (r ? JSON.stringify(r) : 'none');

async function resolveUsers(ctx: EngineContext, trx: Tx, st: InstanceState, rules: AssigneeRule[]): Promise<string[]> {
  // Who did earlier steps is looked up only when a rule asks for it.
  const needsActors = rules.some((r) => r.type === 'stepActor');
  const actx = { initiatorId: st.row.initiator_id, data: st.data, stepActors: needsActors ? await stepActors(trx, st.row.id) : {} };
  const out: string[] = [];
  for (const rule of rules) for (const u of await ctx.directory.resolve(trx, rule, actx)) if (!out.includes(u)) out.push(u);
  return out;
}

export interface NewTask {
  step: StepDef;
  activationId: string;
  kind: TaskKind;
  /** One user → assigned; several → candidates who may claim. */
  users: string[];
  blocksTaskId?: string | null;
  status?: 'open' | 'waiting';
}

/** Creates a task with its candidates, deadline timers and the assignment notice; applies delegation. */
export async function createTask(ctx: EngineContext, trx: Tx, st: InstanceState, t: NewTask): Promise<TaskRow> {
  const now = nowIso(ctx);
  let assignee: string | null = null;
  let actingFor: string | null = null;
  let candidates: string[] = [];
  if (t.users.length === 1) {
    const u = t.users[0]!;
    const d = t.kind === 'cc' ? null : await ctx.directory.delegateOf(trx, u, now);
    assignee = d ?? u;
    actingFor = d ? u : null;
  } else {
    for (const u of t.users) {
      const d = await ctx.directory.delegateOf(trx, u, now);
      const who = d ?? u;
      if (!candidates.includes(who)) candidates.push(who);
    }
    if (candidates.length === 1) {
      assignee = candidates[0]!;
      candidates = [];
    }
  }
  const dueAt = t.kind !== 'cc' ? await taskDueAt(ctx, trx, t.step, st.data, now) : null;
  const row: TaskRow = {
    id: newId(ctx.clock.now().getTime()),
    instance_id: st.row.id,
    step_id: t.step.id,
    step_name: t.step.name,
    kind: t.kind,
    activation_id: t.activationId,
    status: t.status ?? 'open',
    assignee_id: assignee,
    acting_for_id: actingFor,
    outcome: null,
    comment: null,
    blocks_task_id: t.blocksTaskId ?? null,
    created_at: now,
    due_at: dueAt,
    overdue: 0,
    completed_at: null,
    completed_by: null,
    revision: 0,
  };
  await trx.insertInto('process_task').values(row).execute();
  (st.createdTaskIds ??= []).push(row.id);
  if (candidates.length) await trx.insertInto('process_task_candidate').values(candidates.map((user_id) => ({ task_id: row.id, user_id }))).execute();
  if (dueAt) {
    const remindHours = t.step.timeLimit?.remindBeforeHours ?? ctx.settings.remindBeforeHours;
    const remindAt = new Date(new Date(dueAt).getTime() - remindHours * 3_600_000).toISOString();
    const timers = [{ kind: 'overdue', due_at: dueAt }];
    if (remindHours > 0 && remindAt > now) timers.push({ kind: 'remind', due_at: remindAt });
    await trx
      .insertInto('process_timer')
      .values(timers.map((x) => ({ id: newId(), kind: x.kind, instance_id: st.row.id, task_id: row.id, step_id: t.step.id, activation_id: t.activationId, due_at: x.due_at, status: 'pending', locked_until: null, claim_token: null, attempts: 0 })))
      .execute();
  }
  const ref = await taskRef(trx, st, row);
  if (t.kind === 'cc') await ctx.hooks.onCc?.(trx, ref);
  else if (row.status === 'open') await ctx.hooks.onTaskAssigned?.(trx, ref);
  return row;
}

/** Ends the instance: cancels open work (CC read receipts stay open) and pending timers. */
export async function closeInstance(ctx: EngineContext, trx: Tx, st: InstanceState, status: InstanceState['status'], reason: string | null): Promise<void> {
  const now = nowIso(ctx);
  await trx
    .updateTable('process_task')
    .set((eb) => ({ status: 'cancelled', outcome: 'cancelled', completed_at: now, revision: eb('revision', '+', 1) }))
    .where('instance_id', '=', st.row.id)
    .where('kind', '!=', 'cc')
    .where('status', 'in', ['open', 'waiting'])
    .execute();
  await trx.updateTable('process_timer').set({ status: 'cancelled' }).where('instance_id', '=', st.row.id).where('status', '=', 'pending').execute();
  st.status = status;
  st.endedAt = now;
  st.endReason = reason;
}

export async function enterStep(ctx: EngineContext, trx: Tx, st: InstanceState, stepId: string, actorId: string | null, depth = 0): Promise<void> {
  if (depth > MAX_AUTOMATIC_DEPTH) throw new EngineError(500, 'engine.invalidDefinition', { detail: `automatic steps loop at ${stepId}`, detailEn: `automatic steps loop at ${stepId}` });
  const step = stepOf(st.def, stepId);
  const activationId = newId(ctx.clock.now().getTime());
  await writeEvent(ctx, trx, { instanceId: st.row.id, actorId, type: 'enter', stepId, data: { activationId, name: step.name } });
  await ctx.hooks.onEnterStep?.(trx, { ...instanceRef(st), stepId });

  switch (step.kind) {
    case 'end': {
      await closeInstance(ctx, trx, st, 'completed', null);
      await writeEvent(ctx, trx, { instanceId: st.row.id, actorId, type: 'completed', stepId });
      await ctx.hooks.onCompleted?.(trx, instanceRef(st));
      return;
    }
    case 'auto': {
      const hook = step.hook ? ctx.hooks.auto?.[step.hook] : undefined;
      if (!hook) throw new EngineError(500, 'engine.invalidDefinition', { detail: `no hook ${step.hook} for step ${step.id}`, detailEn: `no hook ${step.hook} for step ${step.id}` });
      const patch = await hook(trx, { ...instanceRef(st), stepId });
      if (patch) Object.assign(st.data, patch);
      await writeEvent(ctx, trx, { instanceId: st.row.id, actorId: null, type: 'auto', stepId, data: patch ?? {} });
      return advance(ctx, trx, st, step, 'complete', null, depth + 1);
    }
    case 'notify': {
      const users = await resolveUsers(ctx, trx, st, step.cc ?? (step.assignee ? [step.assignee] : []));
      for (const u of users) await createTask(ctx, trx, st, { step, activationId, kind: 'cc', users: [u] });
      await writeEvent(ctx, trx, { instanceId: st.row.id, actorId: null, type: 'cc', stepId, data: { users } });
      return advance(ctx, trx, st, step, 'complete', null, depth + 1);
    }
    case 'wait': {
      const due = await ctx.calendar.dueAt(trx, nowIso(ctx), step.wait!);
      await trx
        .insertInto('process_timer')
        .values({ id: newId(), kind: 'wait', instance_id: st.row.id, task_id: null, step_id: step.id, activation_id: activationId, due_at: due, status: 'pending', locked_until: null, claim_token: null, attempts: 0 })
        .execute();
      return;
    }
    default: {
      const users = await resolveUsers(ctx, trx, st, step.assignee ? [step.assignee] : []);
      if (users.length === 0) throw new EngineError(422, 'engine.noAssignee', { step: step.name, rule: describeRule(step.assignee) });
      if (step.kind === 'countersign' || step.kind === 'orsign') {
        for (const u of users) await createTask(ctx, trx, st, { step, activationId, kind: step.kind, users: [u] });
      } else {
        await createTask(ctx, trx, st, { step, activationId, kind: step.kind, users });
      }
    }
  }
}

/** Follows the first matching transition of `step` after it finished with `action`. */
export async function advance(ctx: EngineContext, trx: Tx, st: InstanceState, step: StepDef, action: string, actorId: string | null, depth = 0): Promise<void> {
  const t = pickTransition(step.transitions, st.data, action);
  if (!t) throw new EngineError(422, 'engine.noTransition', { step: step.name });
  await writeEvent(ctx, trx, { instanceId: st.row.id, actorId, type: 'transition', stepId: step.id, data: { to: t.to, label: t.label ?? null } });
  await enterStep(ctx, trx, st, t.to, actorId, depth);
}

/** A rejection at `step`: to its onReject step, or the instance ends as rejected. */
export async function rejectStep(ctx: EngineContext, trx: Tx, st: InstanceState, step: StepDef, activationId: string, actorId: string): Promise<void> {
  const now = nowIso(ctx);
  await trx
    .updateTable('process_task')
    .set((eb) => ({ status: 'cancelled', outcome: 'cancelled', completed_at: now, revision: eb('revision', '+', 1) }))
    .where('activation_id', '=', activationId)
    .where('status', 'in', ['open', 'waiting'])
    .execute();
  await trx.updateTable('process_timer').set({ status: 'cancelled' }).where('activation_id', '=', activationId).where('status', '=', 'pending').execute();
  if (step.onReject) {
    await writeEvent(ctx, trx, { instanceId: st.row.id, actorId, type: 'transition', stepId: step.id, data: { to: step.onReject, label: 'reject' } });
    return enterStep(ctx, trx, st, step.onReject, actorId);
  }
  await closeInstance(ctx, trx, st, 'rejected', null);
  await writeEvent(ctx, trx, { instanceId: st.row.id, actorId, type: 'rejected', stepId: step.id });
  await ctx.hooks.onCompleted?.(trx, instanceRef(st));
}

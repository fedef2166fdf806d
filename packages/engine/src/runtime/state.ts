/** Loading and saving an instance inside an action's transaction. */
import type { Selectable } from 'kysely';
import { EngineError } from '../errors.js';
import type { ProcessDefinition, StepDef } from '../definition.js';
import type { ProcessInstanceTable, ProcessTaskTable } from '../tables.js';
import type { InstanceRef, TaskRef } from '../ports.js';
import { type EngineContext, type Tx, newId, nowIso } from './context.js';
import { definitionById } from './definitions.js';

export type InstanceRow = Selectable<ProcessInstanceTable>;
export type TaskRow = Selectable<ProcessTaskTable>;

/** Mutable working state of one instance during an action. */
export interface InstanceState {
  row: InstanceRow;
  def: ProcessDefinition;
  data: Record<string, unknown>;
  status: InstanceRow['status'];
  ownerId: string | null;
  endedAt: string | null;
  endReason: string | null;
  lastUrgedAt: string | null;
  /** Tasks this action created (returned to the caller, e.g. to open the next one). */
  createdTaskIds?: string[];
}

export async function loadInstance(trx: Tx, instanceId: string): Promise<InstanceState> {
  const row = await trx.selectFrom('process_instance').selectAll().where('id', '=', instanceId).executeTakeFirst();
  if (!row) throw new EngineError(404, 'engine.instanceNotFound');
  const stored = await definitionById(trx, row.definition_id);
  return {
    row,
    def: stored.def,
    data: JSON.parse(row.data) as Record<string, unknown>,
    status: row.status,
    ownerId: row.owner_id,
    endedAt: row.ended_at,
    endReason: row.end_reason,
    lastUrgedAt: row.last_urged_at,
  };
}

export function stepOf(def: ProcessDefinition, stepId: string): StepDef {
  const s = def.steps.find((x) => x.id === stepId);
  if (!s) throw new EngineError(500, 'engine.invalidDefinition', { detail: `unknown step ${stepId}`, detailEn: `unknown step ${stepId}` });
  return s;
}

/**
 * Writes the state back with a conditional update on the revision read at the start; zero rows
 * means someone else changed the instance meanwhile, so the whole action rolls back with 409.
 */
export async function saveInstance(trx: Tx, st: InstanceState): Promise<void> {
  await flushEvents(trx);
  const open = await trx
    .selectFrom('process_task')
    .select('step_id')
    .where('instance_id', '=', st.row.id)
    .where('kind', '!=', 'cc')
    .where('status', 'in', ['open', 'waiting'])
    .unionAll((eb) =>
      eb
        .selectFrom('process_timer')
        .select((e) => e.fn.coalesce('step_id', e.val('')).as('step_id'))
        .where('instance_id', '=', st.row.id)
        .where('kind', '=', 'wait')
        .where('status', 'in', ['pending', 'running']),
    )
    .execute();
  const current = [...new Set(open.map((o) => o.step_id ?? '').filter(Boolean))];
  const r = await trx
    .updateTable('process_instance')
    .set({
      data: JSON.stringify(st.data),
      status: st.status,
      owner_id: st.ownerId,
      ended_at: st.endedAt,
      end_reason: st.endReason,
      last_urged_at: st.lastUrgedAt,
      current_steps: JSON.stringify(current),
      revision: st.row.revision + 1,
    })
    .where('id', '=', st.row.id)
    .where('revision', '=', st.row.revision)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new EngineError(409, 'engine.conflict');
}

type EventRow = { id: string; instance_id: string; at: string; actor_id: string | null; acting_for_id: string | null; type: string; step_id: string | null; task_id: string | null; comment: string | null; data: string };

/**
 * Events of one transaction are buffered and written with a single insert when the instance is
 * saved (`saveInstance` ends every action), which saves a round trip per event.
 */
const pendingEvents = new WeakMap<Tx, { rows: EventRow[]; hooks: (() => Promise<void>)[] }>();

export async function writeEvent(
  ctx: EngineContext,
  trx: Tx,
  e: { instanceId: string; actorId: string | null; actingForId?: string | null; type: string; stepId?: string | null; taskId?: string | null; comment?: string | null; data?: unknown },
): Promise<void> {
  let buf = pendingEvents.get(trx);
  if (!buf) {
    buf = { rows: [], hooks: [] };
    pendingEvents.set(trx, buf);
  }
  buf.rows.push({
    id: newId(ctx.clock.now().getTime()),
    instance_id: e.instanceId,
    at: nowIso(ctx),
    actor_id: e.actorId,
    acting_for_id: e.actingForId ?? null,
    type: e.type,
    step_id: e.stepId ?? null,
    task_id: e.taskId ?? null,
    comment: e.comment ?? null,
    data: JSON.stringify(e.data ?? {}),
  });
  const onEvent = ctx.hooks.onEvent;
  if (onEvent) buf.hooks.push(() => onEvent(trx, { instanceId: e.instanceId, type: e.type, actorId: e.actorId, stepId: e.stepId ?? null, taskId: e.taskId ?? null, data: e.data ?? {} }));
}

async function flushEvents(trx: Tx): Promise<void> {
  const buf = pendingEvents.get(trx);
  if (!buf || buf.rows.length === 0) return;
  pendingEvents.delete(trx);
  await trx.insertInto('process_event').values(buf.rows).execute();
  for (const h of buf.hooks) await h();
}

export function instanceRef(st: InstanceState): InstanceRef {
  return { instanceId: st.row.id, processKey: st.row.process_key, title: st.row.title, initiatorId: st.row.initiator_id, status: st.status, data: st.data };
}

export async function taskUsers(trx: Tx, task: TaskRow): Promise<string[]> {
  if (task.assignee_id) return [task.assignee_id];
  const c = await trx.selectFrom('process_task_candidate').select('user_id').where('task_id', '=', task.id).execute();
  return c.map((x) => x.user_id);
}

export async function taskRef(trx: Tx, st: InstanceState, task: TaskRow): Promise<TaskRef> {
  return { taskId: task.id, instanceId: st.row.id, processKey: st.row.process_key, stepId: task.step_id, stepName: task.step_name, title: st.row.title, userIds: await taskUsers(trx, task) };
}

/** Who most recently completed each step (for `stepActor` assignment rules). */
export async function stepActors(trx: Tx, instanceId: string): Promise<Record<string, string>> {
  const rows = await trx
    .selectFrom('process_task')
    .select(['step_id', 'completed_by'])
    .where('instance_id', '=', instanceId)
    .where('outcome', 'in', ['complete', 'approve'])
    .orderBy('completed_at')
    .execute();
  const out: Record<string, string> = {};
  for (const r of rows) if (r.completed_by) out[r.step_id] = r.completed_by;
  return out;
}

/** Read side: inbox views with counts, the instance page, and the 限时结办 (overdue) report. */
import type { Kysely } from 'kysely';
import type { EngineDatabase } from '../tables.js';
import type { ProcessDefinition } from '../definition.js';
import { definitionById } from './definitions.js';

export type InboxView = 'todo' | 'done' | 'started' | 'cc';

export interface InboxFilter {
  view: InboxView;
  q?: string;
  processKey?: string;
  overdueOnly?: boolean;
  page: number;
  pageSize: number;
}

export interface InboxItem {
  taskId: string | null;
  instanceId: string;
  processKey: string;
  title: string;
  stepId: string | null;
  stepName: string | null;
  status: string;
  instanceStatus: string;
  initiatorId: string;
  assigneeId: string | null;
  actingForId: string | null;
  claimable: boolean;
  createdAt: string;
  dueAt: string | null;
  overdue: boolean;
  completedAt: string | null;
  outcome: string | null;
  revision: number;
}

type Db = Kysely<EngineDatabase>;

function todoBase(db: Db, userId: string) {
  return db
    .selectFrom('process_task as t')
    .innerJoin('process_instance as i', 'i.id', 't.instance_id')
    .where('t.status', '=', 'open')
    .where('t.kind', '!=', 'cc')
    .where((eb) => eb.or([eb('t.assignee_id', '=', userId), eb.and([eb('t.assignee_id', 'is', null), eb.exists(eb.selectFrom('process_task_candidate as c').select('c.task_id').whereRef('c.task_id', '=', 't.id').where('c.user_id', '=', userId))])]));
}

function taskView(db: Db, userId: string, view: Exclude<InboxView, 'started'>) {
  if (view === 'todo') return todoBase(db, userId);
  const base = db.selectFrom('process_task as t').innerJoin('process_instance as i', 'i.id', 't.instance_id');
  if (view === 'done') return base.where('t.completed_by', '=', userId).where('t.kind', '!=', 'cc');
  return base.where('t.kind', '=', 'cc').where('t.assignee_id', '=', userId);
}

export async function listInbox(db: Db, userId: string, f: InboxFilter): Promise<{ items: InboxItem[]; total: number }> {
  const offset = (f.page - 1) * f.pageSize;
  if (f.view === 'started') {
    let q = db.selectFrom('process_instance as i').where('i.initiator_id', '=', userId);
    if (f.processKey) q = q.where('i.process_key', '=', f.processKey);
    if (f.q) q = q.where('i.title', 'like', `%${f.q}%`);
    const [total, rows] = await Promise.all([
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      q.selectAll('i').orderBy('i.started_at', 'desc').offset(offset).limit(f.pageSize).execute(),
    ]);
    const stepNames = async (definitionId: string, ids: string[]) => {
      const def = (await definitionById(db, definitionId)).def;
      return ids.map((id) => def.steps.find((st) => st.id === id)?.name ?? id).join('、');
    };
    const names = await Promise.all(rows.map((i) => stepNames(i.definition_id, JSON.parse(i.current_steps) as string[])));
    return {
      total: Number(total.n),
      items: rows.map((i, k) => ({
        taskId: null, instanceId: i.id, processKey: i.process_key, title: i.title, stepId: null, stepName: names[k] ?? null,
        status: i.status, instanceStatus: i.status, initiatorId: i.initiator_id, assigneeId: null, actingForId: null, claimable: false,
        createdAt: i.started_at, dueAt: null, overdue: false, completedAt: i.ended_at, outcome: i.end_reason, revision: i.revision,
      })),
    };
  }
  let q = taskView(db, userId, f.view);
  if (f.processKey) q = q.where('i.process_key', '=', f.processKey);
  if (f.q) q = q.where((eb) => eb.or([eb('i.title', 'like', `%${f.q}%`), eb('t.step_name', 'like', `%${f.q}%`)]));
  if (f.overdueOnly) q = q.where('t.overdue', '=', 1);
  const order = f.view === 'todo' ? 't.created_at' : 't.completed_at';
  const [total, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q
      .select(['t.id', 't.instance_id', 't.step_id', 't.step_name', 't.status', 't.assignee_id', 't.acting_for_id', 't.created_at', 't.due_at', 't.overdue', 't.completed_at', 't.outcome', 't.revision', 'i.process_key', 'i.title', 'i.status as instance_status', 'i.initiator_id'])
      .orderBy(order, f.view === 'todo' ? 'asc' : 'desc')
      .offset(offset)
      .limit(f.pageSize)
      .execute(),
  ]);
  return {
    total: Number(total.n),
    items: rows.map((t) => ({
      taskId: t.id, instanceId: t.instance_id, processKey: t.process_key, title: t.title, stepId: t.step_id, stepName: t.step_name, status: t.status,
      instanceStatus: t.instance_status, initiatorId: t.initiator_id, assigneeId: t.assignee_id, actingForId: t.acting_for_id, claimable: t.assignee_id === null,
      createdAt: t.created_at, dueAt: t.due_at, overdue: t.overdue === 1, completedAt: t.completed_at, outcome: t.outcome, revision: t.revision,
    })),
  };
}

export async function inboxCounts(db: Db, userId: string): Promise<{ todo: number; done: number; started: number; cc: number; ccUnread: number; overdue: number }> {
  const n = async (q: { select: Function }) => Number(((await (q as any).select((eb: any) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()) as { n: number }).n);
  const [todo, done, started, cc, ccUnread, overdue] = await Promise.all([
    n(todoBase(db, userId)),
    n(taskView(db, userId, 'done')),
    n(db.selectFrom('process_instance as i').where('i.initiator_id', '=', userId)),
    n(taskView(db, userId, 'cc')),
    n(taskView(db, userId, 'cc').where('t.status', '=', 'open')),
    n(todoBase(db, userId).where('t.overdue', '=', 1)),
  ]);
  return { todo, done, started, cc, ccUnread, overdue };
}

export async function canViewInstance(db: Db, userId: string, instanceId: string): Promise<boolean> {
  const i = await db.selectFrom('process_instance').select('initiator_id').where('id', '=', instanceId).executeTakeFirst();
  if (!i) return false;
  if (i.initiator_id === userId) return true;
  const t = await db
    .selectFrom('process_task as t')
    .select('t.id')
    .where('t.instance_id', '=', instanceId)
    .where((eb) => eb.or([eb('t.assignee_id', '=', userId), eb('t.completed_by', '=', userId), eb.exists(eb.selectFrom('process_task_candidate as c').select('c.task_id').whereRef('c.task_id', '=', 't.id').where('c.user_id', '=', userId))]))
    .executeTakeFirst();
  if (t) return true;
  // Whoever acted on it (transferred it away, commented) keeps sight of it.
  const acted = await db.selectFrom('process_event').select('id').where('instance_id', '=', instanceId).where('actor_id', '=', userId).executeTakeFirst();
  return !!acted;
}

export interface InstanceView {
  id: string;
  processKey: string;
  version: number;
  title: string;
  status: string;
  data: Record<string, unknown>;
  initiatorId: string;
  ownerId: string | null;
  currentSteps: string[];
  revision: number;
  startedAt: string;
  endedAt: string | null;
  endReason: string | null;
  definition: ProcessDefinition;
  tasks: { id: string; stepId: string; stepName: string; kind: string; status: string; assigneeId: string | null; candidateIds: string[]; actingForId: string | null; outcome: string | null; comment: string | null; createdAt: string; dueAt: string | null; overdue: boolean; completedAt: string | null; completedBy: string | null; revision: number }[];
  events: { id: string; at: string; actorId: string | null; actingForId: string | null; type: string; stepId: string | null; taskId: string | null; comment: string | null; data: unknown }[];
}

export async function instanceView(db: Db, instanceId: string): Promise<InstanceView | null> {
  const i = await db.selectFrom('process_instance').selectAll().where('id', '=', instanceId).executeTakeFirst();
  if (!i) return null;
  const [def, tasks, cands, events] = await Promise.all([
    definitionById(db, i.definition_id),
    db.selectFrom('process_task').selectAll().where('instance_id', '=', instanceId).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('process_task_candidate as c').innerJoin('process_task as t', 't.id', 'c.task_id').select(['c.task_id', 'c.user_id']).where('t.instance_id', '=', instanceId).execute(),
    db.selectFrom('process_event').selectAll().where('instance_id', '=', instanceId).orderBy('at').orderBy('id').execute(),
  ]);
  return {
    id: i.id, processKey: i.process_key, version: i.version, title: i.title, status: i.status, data: JSON.parse(i.data), initiatorId: i.initiator_id, ownerId: i.owner_id,
    currentSteps: JSON.parse(i.current_steps), revision: i.revision, startedAt: i.started_at, endedAt: i.ended_at, endReason: i.end_reason, definition: def.def,
    tasks: tasks.map((t) => ({
      id: t.id, stepId: t.step_id, stepName: t.step_name, kind: t.kind, status: t.status, assigneeId: t.assignee_id, candidateIds: cands.filter((c) => c.task_id === t.id).map((c) => c.user_id),
      actingForId: t.acting_for_id, outcome: t.outcome, comment: t.comment, createdAt: t.created_at, dueAt: t.due_at, overdue: t.overdue === 1, completedAt: t.completed_at, completedBy: t.completed_by, revision: t.revision,
    })),
    events: events.map((e) => ({ id: e.id, at: e.at, actorId: e.actor_id, actingForId: e.acting_for_id, type: e.type, stepId: e.step_id, taskId: e.task_id, comment: e.comment, data: JSON.parse(e.data) })),
  };
}

/** 限时结办: open overdue tasks with their holder, for grouping by department and person. */
export async function listOverdue(db: Db): Promise<{ taskId: string; instanceId: string; title: string; processKey: string; stepName: string; userId: string | null; dueAt: string | null; createdAt: string }[]> {
  const rows = await db
    .selectFrom('process_task as t')
    .innerJoin('process_instance as i', 'i.id', 't.instance_id')
    .leftJoin('process_task_candidate as c', 'c.task_id', 't.id')
    .select(['t.id', 't.instance_id', 'i.title', 'i.process_key', 't.step_name', 't.assignee_id', 'c.user_id as candidate_id', 't.due_at', 't.created_at'])
    .where('t.status', '=', 'open')
    .where('t.overdue', '=', 1)
    .where('t.kind', '!=', 'cc')
    .orderBy('t.due_at')
    .execute();
  return rows.map((r) => ({ taskId: r.id, instanceId: r.instance_id, title: r.title, processKey: r.process_key, stepName: r.step_name, userId: r.assignee_id ?? r.candidate_id, dueAt: r.due_at, createdAt: r.created_at }));
}

/** Lists and the detail of assigned work: 我交办的, 我负责的, 督办一览 (TASK-1). */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { forbidden } from '../../http/errors.js';
import type { Actor } from '../../platform/auth/actor.js';
import { assertCanRead } from './tasks.service.js';
import { daysLeft, isOverdue } from './tasks.rules.js';
import type { AssignedTaskStatus } from './tasks.table.js';

export interface TaskListFilter {
  view: 'assigned' | 'owned' | 'all';
  status?: 'open' | 'overdue' | 'closure_requested' | 'closed' | 'cancelled';
  ownerId?: string;
  assignerId?: string;
  q?: string;
  sourceKind?: string;
  dueFrom?: string;
  dueTo?: string;
}

function base(db: Db) {
  return db
    .selectFrom('assigned_task as t')
    .leftJoin('app_user as o', 'o.id', 't.owner_id')
    .leftJoin('app_user as a', 'a.id', 't.assigner_id')
    .leftJoin('department as d', 'd.id', 'o.department_id')
    .select(['t.id', 't.instance_id', 't.title', 't.description', 't.owner_id', 'o.name as owner_name', 'd.name as owner_department', 't.assigner_id', 'a.name as assigner_name',
      't.due_date', 't.due_at', 't.status', 't.percent', 't.source_kind', 't.source_id', 't.created_at', 't.closed_at']);
}

type Row = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export function present(r: Row, nowIso: string) {
  return {
    id: r.id, instanceId: r.instance_id, title: r.title, description: r.description, ownerId: r.owner_id, ownerName: r.owner_name ?? '—', ownerDepartment: r.owner_department ?? '',
    assignerId: r.assigner_id, assignerName: r.assigner_name ?? '—', dueDate: r.due_date, dueAt: r.due_at, status: r.status as AssignedTaskStatus, percent: r.percent,
    sourceKind: r.source_kind, sourceId: r.source_id, createdAt: r.created_at, closedAt: r.closed_at,
    overdue: isOverdue({ status: r.status as AssignedTaskStatus, due_at: r.due_at }, nowIso),
    daysLeft: r.status === 'closed' || r.status === 'cancelled' ? null : daysLeft(r.due_date, nowIso),
  };
}
export type TaskView = ReturnType<typeof present>;

export async function listTasks(s: Services, actor: Actor, f: TaskListFilter): Promise<TaskView[]> {
  let q = base(s.db);
  if (f.view === 'assigned') q = q.where('t.assigner_id', '=', actor.id);
  else if (f.view === 'owned') q = q.where('t.owner_id', '=', actor.id);
  else if (!actor.can('tasks:read_all')) throw forbidden('tasks.cannotReadAll');
  const now = s.clock.now().toISOString();
  if (f.status === 'open') q = q.where('t.status', 'in', ['assigned', 'in_progress', 'closure_requested']);
  else if (f.status === 'overdue') q = q.where('t.status', 'in', ['assigned', 'in_progress']).where('t.due_at', '<', now);
  else if (f.status) q = q.where('t.status', '=', f.status);
  if (f.ownerId) q = q.where('t.owner_id', '=', f.ownerId);
  if (f.assignerId) q = q.where('t.assigner_id', '=', f.assignerId);
  if (f.sourceKind) q = q.where('t.source_kind', '=', f.sourceKind);
  if (f.dueFrom) q = q.where('t.due_date', '>=', f.dueFrom);
  if (f.dueTo) q = q.where('t.due_date', '<=', f.dueTo);
  if (f.q) q = q.where('t.title', 'like', `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  const rows = await q.orderBy('t.due_date').orderBy('t.created_at').limit(1000).execute();
  return rows.map((r) => present(r, now));
}

/** Tasks created from records of another module (a meeting's resolutions, an event's tasks). */
export async function tasksBySource(s: Services, kind: string, sourceIds: string[]): Promise<TaskView[]> {
  if (sourceIds.length === 0) return [];
  const now = s.clock.now().toISOString();
  const rows = await base(s.db).where('t.source_kind', '=', kind).where('t.source_id', 'in', sourceIds).orderBy('t.due_date').execute();
  return rows.map((r) => present(r, now));
}

export async function tasksByIds(s: Services, ids: string[]): Promise<TaskView[]> {
  if (ids.length === 0) return [];
  const now = s.clock.now().toISOString();
  return (await base(s.db).where('t.id', 'in', ids).execute()).map((r) => present(r, now));
}

export async function taskDetail(s: Services, actor: Actor, id: string) {
  await assertCanRead(s, actor, id);
  const now = s.clock.now().toISOString();
  const r = await base(s.db).where('t.id', '=', id).executeTakeFirstOrThrow();
  const progress = await s.db
    .selectFrom('assigned_task_progress as p')
    .leftJoin('app_user as u', 'u.id', 'p.user_id')
    .select(['p.id', 'p.at', 'p.text', 'p.percent', 'p.attachment_ids', 'u.name as user_name'])
    .where('p.task_id', '=', id)
    .orderBy('p.at')
    .execute();
  const inst = (await s.engine.instance(r.instance_id)) ?? { events: [], tasks: [], data: {} as Record<string, unknown> };
  const names = new Map((await s.db.selectFrom('app_user').select(['id', 'name']).where('id', 'in', [...new Set(inst.events.map((e) => e.actorId).filter((x): x is string => !!x)), '—']).execute()).map((u) => [u.id, u.name]));
  const history = inst.events
    .filter((e) => ['start', 'complete', 'approve', 'reject', 'overdue', 'due_soon', 'transfer', 'comment', 'cancel'].includes(e.type))
    .map((e) => ({ at: e.at, type: e.type, stepId: e.stepId, actorName: e.actorId ? (names.get(e.actorId) ?? '—') : '系统', comment: e.comment }));
  const openStep = inst.tasks.find((t) => t.status === 'open' && t.kind !== 'cc');
  return {
    ...present(r, now),
    engineOverdue: inst.tasks.some((t) => t.status === 'open' && t.overdue),
    currentStep: openStep ? { stepId: openStep.stepId, stepName: openStep.stepName, dueAt: openStep.dueAt } : null,
    progress: progress.map((p) => ({ id: p.id, at: p.at, text: p.text, percent: p.percent, userName: p.user_name ?? '—', attachmentIds: JSON.parse(p.attachment_ids) as string[] })),
    attachmentIds: Array.isArray(inst.data.attachments) ? (inst.data.attachments as string[]) : [],
    history,
  };
}

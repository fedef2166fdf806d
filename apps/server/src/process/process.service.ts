/**
 * Use cases behind the process routes: who may start, see and act; presenting inbox items and
 * instances with people's names; the 限时结办 report grouped by department and person.
 */
import { type InboxFilter, type StepDef, toProcessTable } from '@guanjia/engine';
import type { Services } from '../app.types.js';
import { forbidden, notFound } from '../http/errors.js';
import type { Actor } from '../platform/auth/actor.js';
import { recordAudit } from '../platform/audit/audit.service.js';
import { registerAttachmentAccess } from '../platform/attachments/attachments.service.js';

const engineActor = (a: Actor) => ({ id: a.id, processAdmin: a.can('process:admin') });
export { engineActor };

async function namesOf(s: Services, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const uniq = [...new Set(ids.filter((x): x is string => !!x))];
  if (!uniq.length) return new Map();
  const rows = await s.db.selectFrom('app_user').select(['id', 'name']).where('id', 'in', uniq).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
const person = (names: Map<string, string>, id: string | null | undefined) => (id ? { id, name: names.get(id) ?? id } : null);

export async function listProcesses(s: Services, actor: Actor) {
  const defs = await s.engine.listDefinitions();
  return defs.map((d) => ({
    key: d.key, version: d.version, name: d.def.name, purpose: d.def.purpose, scope: d.def.scope, stepCount: d.def.steps.filter((x) => x.kind !== 'end').length,
    source: d.source, updatedAt: d.createdAt, canStart: actor.can(d.def.startPermission ?? 'process:start'),
  }));
}

export async function definitionOf(s: Services, key: string, version?: number) {
  const d = version ? await s.engine.definitionVersion(key, version) : await s.engine.latestDefinition(key);
  if (!d) throw notFound('engine.processNotFound', { key });
  return d;
}

export async function processTable(s: Services, key: string, version?: number) {
  const d = await definitionOf(s, key, version);
  return toProcessTable(d.def, d.version);
}

export async function publishDefinition(s: Services, actor: Actor, definition: Record<string, unknown>) {
  const r = await s.engine.publishDefinition(definition, actor.id);
  if (r.changed) {
    await s.db.transaction().execute((trx) =>
      recordAudit(trx, s.clock, actor, { action: 'process.publish', entity: 'process_definition', entityId: r.id, data: { key: definition.key, version: r.version } }),
    );
  }
  return { key: String(definition.key), version: r.version, changed: r.changed };
}

export async function startProcess(s: Services, actor: Actor, input: { processKey: string; data: Record<string, unknown>; title?: string }) {
  const d = await definitionOf(s, input.processKey);
  if (!actor.can(d.def.startPermission ?? 'process:start')) throw forbidden();
  return s.engine.start(engineActor(actor), input);
}

export async function inbox(s: Services, actor: Actor, f: InboxFilter) {
  const page = await s.engine.inbox(actor.id, f);
  const names = await namesOf(s, page.items.flatMap((i) => [i.initiatorId, i.assigneeId, i.actingForId]));
  const defs = new Map((await s.engine.listDefinitions()).map((d) => [d.key, d.def.name]));
  return {
    total: page.total,
    page: f.page,
    pageSize: f.pageSize,
    items: page.items.map((i) => ({
      ...i,
      processName: defs.get(i.processKey) ?? i.processKey,
      initiatorName: names.get(i.initiatorId) ?? null,
      assigneeName: i.assigneeId ? (names.get(i.assigneeId) ?? null) : null,
      actingForName: i.actingForId ? (names.get(i.actingForId) ?? null) : null,
    })),
  };
}

/** The initiator, anyone who had a task in it, process admins and overdue supervisors may look. */
async function assertCanView(s: Services, actor: Actor, instanceId: string): Promise<void> {
  if (actor.can('process:admin') || actor.can('process:overdue')) return;
  if (await s.engine.canView(actor.id, instanceId)) return;
  // Record rule (ORG-4): a department head sees his department's instances.
  if (actor.headOfDepartmentIds.length) {
    const i = await s.db.selectFrom('process_instance').select('initiator_department_id').where('id', '=', instanceId).executeTakeFirst();
    if (i?.initiator_department_id && actor.headOfDepartmentIds.includes(i.initiator_department_id)) return;
  }
  throw forbidden();
}

registerAttachmentAccess('process_instance', async (s, actor, instanceId) => {
  try {
    await assertCanView(s, actor, instanceId);
    return true;
  } catch {
    return false;
  }
});

const TASK_ACTIONS_BY_KIND: Record<string, string[]> = {
  task: ['complete', 'return', 'transfer', 'comment'],
  approval: ['approve', 'reject', 'return', 'transfer', 'add_signer', 'comment'],
  countersign: ['approve', 'reject', 'return', 'transfer', 'add_signer', 'comment'],
  orsign: ['approve', 'reject', 'return', 'transfer', 'comment'],
  cc: ['read'],
};

export async function instanceDetail(s: Services, actor: Actor, id: string) {
  const v = await s.engine.instance(id);
  if (!v) throw notFound('engine.instanceNotFound');
  await assertCanView(s, actor, id);
  const names = await namesOf(s, [v.initiatorId, v.ownerId, ...v.tasks.flatMap((t) => [t.assigneeId, t.actingForId, t.completedBy, ...t.candidateIds]), ...v.events.flatMap((e) => [e.actorId, e.actingForId])]);
  const stepOrder = new Map(v.definition.steps.map((st, i) => [st.id, i]));
  const doneSteps = new Set(v.tasks.filter((t) => t.outcome === 'complete' || t.outcome === 'approve').map((t) => t.stepId));
  const returnTargets = v.definition.steps
    .filter((st: StepDef) => (doneSteps.has(st.id) || st.id === v.definition.start) && !v.currentSteps.includes(st.id) && st.kind !== 'end')
    .sort((a, b) => (stepOrder.get(a.id) ?? 0) - (stepOrder.get(b.id) ?? 0))
    .map((st) => ({ stepId: st.id, name: st.name }));
  const running = v.status === 'running';
  const myTasks = v.tasks
    .filter((t) => t.status === 'open' && (t.assigneeId === actor.id || (!t.assigneeId && t.candidateIds.includes(actor.id))))
    .filter((t) => running || t.kind === 'cc')
    .map((t) => {
      let actions = [...(TASK_ACTIONS_BY_KIND[t.kind] ?? [])];
      if (!t.assigneeId) actions = ['claim', ...actions];
      if (!returnTargets.length) actions = actions.filter((a) => a !== 'return');
      const step = v.definition.steps.find((st) => st.id === t.stepId);
      return { taskId: t.id, stepId: t.stepId, actions: actions as never[], fields: step?.fields ?? [], revision: t.revision };
    });
  const isInitiator = v.initiatorId === actor.id;
  const othersActed = v.events.some((e) => ['claim', 'complete', 'approve', 'reject', 'return', 'transfer', 'add_signer'].includes(e.type) && e.actorId !== v.initiatorId);
  const instanceActions: string[] = [];
  if (running && isInitiator && !othersActed) instanceActions.push('withdraw');
  if (running && (isInitiator || actor.can('process:admin'))) instanceActions.push('urge', 'cancel');
  const involved = isInitiator || v.tasks.some((t) => t.assigneeId === actor.id || t.completedBy === actor.id) || actor.can('process:admin');
  if (involved) instanceActions.push('comment');
  return {
    id: v.id,
    processKey: v.processKey,
    processName: v.definition.name,
    version: v.version,
    title: v.title,
    status: v.status,
    data: v.data,
    initiator: person(names, v.initiatorId),
    owner: person(names, v.ownerId),
    currentSteps: v.currentSteps,
    revision: v.revision,
    startedAt: v.startedAt,
    endedAt: v.endedAt,
    endReason: v.endReason,
    definition: v.definition as unknown as Record<string, unknown>,
    tasks: v.tasks.map((t) => ({
      id: t.id, stepId: t.stepId, stepName: t.stepName, kind: t.kind, status: t.status, assignee: person(names, t.assigneeId),
      candidates: t.candidateIds.map((c) => ({ id: c, name: names.get(c) ?? c })), actingFor: person(names, t.actingForId), outcome: t.outcome, comment: t.comment,
      createdAt: t.createdAt, dueAt: t.dueAt, overdue: t.overdue, completedAt: t.completedAt, completedBy: person(names, t.completedBy), revision: t.revision,
    })),
    events: v.events.map((e) => ({ id: e.id, at: e.at, actor: person(names, e.actorId), actingFor: person(names, e.actingForId), type: e.type, stepId: e.stepId, comment: e.comment, data: e.data })),
    myActions: { tasks: myTasks, instance: instanceActions as never[], returnTargets },
  };
}

/** 限时结办 (ENG-8, TASK-1): overdue open work by department and by person. */
export async function overdueReport(s: Services) {
  const items = await s.engine.overdue();
  const users = await s.db
    .selectFrom('app_user')
    .leftJoin('department', 'department.id', 'app_user.department_id')
    .select(['app_user.id', 'app_user.name', 'app_user.department_id', 'department.name as department_name'])
    .where('app_user.id', 'in', [...new Set(items.map((i) => i.userId).filter((x): x is string => !!x)), ''])
    .execute();
  const byId = new Map(users.map((u) => [u.id, u]));
  const now = s.clock.now().getTime();
  const rows = items.map((i) => {
    const u = i.userId ? byId.get(i.userId) : undefined;
    return { ...i, userName: u?.name ?? '—', departmentId: u?.department_id ?? null, departmentName: u?.department_name ?? '—', overdueHours: i.dueAt ? Math.round(((now - Date.parse(i.dueAt)) / 3_600_000) * 10) / 10 : 0 };
  });
  const group = <K extends string>(key: (r: (typeof rows)[number]) => K) => {
    const m = new Map<K, (typeof rows)[number][]>();
    for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
    return m;
  };
  return {
    total: rows.length,
    byDepartment: [...group((r) => r.departmentId ?? '').values()].map((g) => ({ departmentId: g[0]!.departmentId, departmentName: g[0]!.departmentName, count: g.length })).sort((a, b) => b.count - a.count),
    byPerson: [...group((r) => r.userId ?? '').values()].map((g) => ({ userId: g[0]!.userId, name: g[0]!.userName, departmentName: g[0]!.departmentName, count: g.length })).sort((a, b) => b.count - a.count),
    items: rows.map(({ departmentId: _d, createdAt: _c, ...r }) => r),
  };
}

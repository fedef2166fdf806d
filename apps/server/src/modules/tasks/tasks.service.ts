/**
 * 领导交办/督办 (TASK-1). `assignTask` is the door other modules use (meeting resolutions, event
 * tasks …): it starts a `tasks.assigned` instance, whose hooks keep the assigned_task row. Owner
 * and assigner act through this service; each change runs the engine inside the same audited
 * transaction (tasks.engine.ts).
 */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, conflict, forbidden, notFound } from '../../http/errors.js';
import { linkAttachments } from '../../platform/attachments/attachments.service.js';
import type { Actor } from '../../platform/auth/actor.js';
import { beijingDate } from '../../platform/calendar/beijing.js';
import { changeWithAudit } from '../../platform/tx.js';
import { newId } from '../../ports/ids.js';
import { canReadTask } from './tasks.access.js';
import { engineWithin } from './tasks.engine.js';
import { ASSIGNED_KEY } from './tasks.process.js';
import { isDate, validPercent } from './tasks.rules.js';

export interface AssignTaskInput {
  title: string;
  description?: string;
  ownerId: string;
  /** 完成期限, YYYY-MM-DD (Beijing). */
  dueDate: string;
  attachmentIds?: string[];
  source?: { kind: string; id: string };
}

/** Only demo data may create work already past its deadline. */
export interface AssignOptions { allowPastDue?: boolean }

/**
 * Assigns work to `ownerId` with a deadline; the actor is the assigner who later accepts closure.
 * Pass `trx` to assign inside the caller's transaction. Returns the assigned task id.
 */
export async function assignTask(s: Services, actor: Actor, input: AssignTaskInput, trx?: Db, opts: AssignOptions = {}): Promise<string> {
  const title = input.title.trim();
  if (!title) throw badRequest('tasks.titleRequired');
  if (title.length > 200) throw badRequest('tasks.titleTooLong', { max: 200 });
  if ((input.description ?? '').length > 4000) throw badRequest('tasks.descriptionTooLong', { max: 4000 });
  if (!isDate(input.dueDate)) throw badRequest('tasks.badDueDate', { value: input.dueDate });
  const today = beijingDate(s.clock.now());
  if (input.dueDate < today && !opts.allowPastDue) throw badRequest('tasks.dueInPast', { value: input.dueDate, today });
  if (actor.via === 'system' || actor.id === 'system') throw badRequest('tasks.assignerRequired');
  return changeWithAudit(s, actor, async (t) => {
    const owner = await t.selectFrom('app_user').select(['id', 'name', 'active']).where('id', '=', input.ownerId).executeTakeFirst();
    if (!owner || owner.active !== 1) throw badRequest('tasks.ownerNotFound', { id: input.ownerId });
    const data: Record<string, unknown> = { title, description: input.description ?? '', ownerId: owner.id, dueDate: input.dueDate, attachments: input.attachmentIds ?? [] };
    if (input.source) Object.assign(data, { sourceKind: input.source.kind, sourceId: input.source.id });
    const { instanceId } = await engineWithin(s, t).start({ id: actor.id }, { processKey: ASSIGNED_KEY, data, title: `交办：${title}`.slice(0, 200) });
    const row = await t.selectFrom('assigned_task').select('id').where('instance_id', '=', instanceId).executeTakeFirstOrThrow();
    return { result: row.id, audit: { action: 'tasks.assign', entity: 'assigned_task', entityId: row.id, data: { title, ownerId: owner.id, dueDate: input.dueDate, source: input.source ?? null } } };
  }, trx);
}

async function loadTask(db: Db, id: string) {
  const t = await db.selectFrom('assigned_task').selectAll().where('id', '=', id).executeTakeFirst();
  if (!t) throw notFound('tasks.notFound', { id });
  return t;
}

async function openStepTask(db: Db, instanceId: string, stepId: string) {
  return db.selectFrom('process_task').select(['id']).where('instance_id', '=', instanceId).where('step_id', '=', stepId).where('status', '=', 'open').executeTakeFirst();
}

/** The owner accepts the work (责任人接收). */
export async function acceptTask(s: Services, actor: Actor, id: string): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const t = await loadTask(trx, id);
    if (t.owner_id !== actor.id) throw forbidden('tasks.notOwner', { title: t.title });
    if (t.status !== 'assigned') throw conflict('tasks.wrongStatus', { title: t.title, status: t.status });
    const et = await openStepTask(trx, t.instance_id, 'accept');
    if (!et) throw conflict('tasks.wrongStatus', { title: t.title, status: t.status });
    await engineWithin(s, trx).act({ id: actor.id }, et.id, 'complete', { comment: '已接收' });
    return { result: undefined, audit: { action: 'tasks.accept', entity: 'assigned_task', entityId: id } };
  });
}

/** A progress report by the owner: text, percent complete, attachments. */
export async function reportProgress(s: Services, actor: Actor, id: string, input: { text: string; percent: number; attachmentIds?: string[] }): Promise<string> {
  const text = input.text.trim();
  if (!text) throw badRequest('tasks.progressTextRequired');
  if (!validPercent(input.percent)) throw badRequest('tasks.badPercent', { value: input.percent });
  return changeWithAudit(s, actor, async (trx) => {
    const t = await loadTask(trx, id);
    if (t.owner_id !== actor.id) throw forbidden('tasks.notOwner', { title: t.title });
    if (t.status === 'assigned') throw conflict('tasks.acceptFirst', { title: t.title });
    if (t.status !== 'in_progress') throw conflict('tasks.wrongStatus', { title: t.title, status: t.status });
    const now = s.clock.now().toISOString();
    const pid = newId();
    const files = [...new Set(input.attachmentIds ?? [])];
    await trx.insertInto('assigned_task_progress').values({ id: pid, task_id: id, user_id: actor.id, at: now, text, percent: input.percent, attachment_ids: JSON.stringify(files) }).execute();
    await trx.updateTable('assigned_task').set({ percent: input.percent, updated_at: now }).where('id', '=', id).execute();
    await linkAttachments(trx, actor.id, files, 'assigned_task', id);
    return { result: pid, audit: { action: 'tasks.progress', entity: 'assigned_task', entityId: id, data: { percent: input.percent, text } } };
  });
}

/** The owner asks for closure (申请办结); the assigner then accepts or sends back. */
export async function requestClosure(s: Services, actor: Actor, id: string, input: { note: string }): Promise<void> {
  const note = input.note.trim();
  if (!note) throw badRequest('tasks.closureNoteRequired');
  await changeWithAudit(s, actor, async (trx) => {
    const t = await loadTask(trx, id);
    if (t.owner_id !== actor.id) throw forbidden('tasks.notOwner', { title: t.title });
    if (t.status === 'assigned') throw conflict('tasks.acceptFirst', { title: t.title });
    const et = t.status === 'in_progress' ? await openStepTask(trx, t.instance_id, 'work') : undefined;
    if (!et) throw conflict('tasks.wrongStatus', { title: t.title, status: t.status });
    await engineWithin(s, trx).act({ id: actor.id }, et.id, 'complete', { data: { closureNote: note }, comment: note });
    return { result: undefined, audit: { action: 'tasks.requestClosure', entity: 'assigned_task', entityId: id, data: { note } } };
  });
}

/** The assigner accepts the closure or sends the work back to the owner (with a reason). */
export async function reviewClosure(s: Services, actor: Actor, id: string, input: { decision: 'accept' | 'send_back'; comment?: string }): Promise<void> {
  const comment = (input.comment ?? '').trim();
  if (input.decision === 'send_back' && !comment) throw badRequest('tasks.sendBackReasonRequired');
  await changeWithAudit(s, actor, async (trx) => {
    const t = await loadTask(trx, id);
    if (t.assigner_id !== actor.id) throw forbidden('tasks.notAssigner', { title: t.title });
    const et = t.status === 'closure_requested' ? await openStepTask(trx, t.instance_id, 'review') : undefined;
    if (!et) throw conflict('tasks.wrongStatus', { title: t.title, status: t.status });
    await engineWithin(s, trx).act({ id: actor.id }, et.id, input.decision === 'accept' ? 'approve' : 'reject', { comment: comment || '验收通过' });
    return { result: undefined, audit: { action: input.decision === 'accept' ? 'tasks.close' : 'tasks.sendBack', entity: 'assigned_task', entityId: id, data: { comment } } };
  });
}

export async function assertCanRead(s: Services, actor: Actor, id: string): Promise<void> {
  await loadTask(s.db, id);
  if (!(await canReadTask(s.db, actor, id))) throw forbidden('tasks.cannotRead');
}

/**
 * Engine hooks of `tasks.assigned`: keep the assigned_task row in step with the instance, and give
 * the owner's engine tasks the task's own deadline (ENG-8) — the engine only knows fixed limits,
 * so the task and its overdue/remind timers are moved to close of business of the 完成期限 date,
 * inside the engine's transaction. The row is created on entering the first step, so an instance
 * started from the generic process pages gets one too.
 */
import type { EngineHooks, InstanceRef, TaskRef } from '@guanjia/engine';
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { linkAttachments, registerAttachmentAccess } from '../../platform/attachments/attachments.service.js';
import { hourOf } from '../../platform/calendar/working-hours.js';
import { companyWorkingHours } from '../../platform/calendar/working-hours.service.js';
import { newId } from '../../ports/ids.js';
import { ASSIGNED_KEY, OWNER_STEPS } from './tasks.process.js';
import { dueAtOf } from './tasks.rules.js';
import { canReadTask } from './tasks.access.js';

/** Remind the owner a day before the deadline (the engine's default is hours, for short steps). */
const REMIND_BEFORE_MS = 24 * 3_600_000;

registerAttachmentAccess('assigned_task', (s, actor, id) => canReadTask(s.db, actor, id));

const str = (v: unknown) => (typeof v === 'string' ? v : '');

async function ensureRow(db: Db, s: Omit<Services, 'engine'>, i: InstanceRef): Promise<void> {
  const found = await db.selectFrom('assigned_task').select('id').where('instance_id', '=', i.instanceId).executeTakeFirst();
  if (found) return;
  const now = s.clock.now().toISOString();
  const dueDate = str(i.data.dueDate);
  const id = newId();
  await db.insertInto('assigned_task').values({
    id, instance_id: i.instanceId, title: str(i.data.title) || i.title, description: str(i.data.description), assigner_id: i.initiatorId, owner_id: str(i.data.ownerId),
    due_date: dueDate, due_at: dueAtOf(dueDate, hourOf((await companyWorkingHours(db)).end)), status: 'assigned', percent: 0,
    source_kind: str(i.data.sourceKind) || null, source_id: str(i.data.sourceId) || null, created_at: now, updated_at: now, closed_at: null,
  }).execute();
  const files = Array.isArray(i.data.attachments) ? i.data.attachments.filter((x): x is string => typeof x === 'string') : [];
  await linkAttachments(db, i.initiatorId, files, 'assigned_task', id);
}

async function setStatus(db: Db, s: Omit<Services, 'engine'>, instanceId: string, patch: { status: 'in_progress' | 'closure_requested' | 'closed' | 'cancelled'; closed?: boolean }) {
  const now = s.clock.now().toISOString();
  await db.updateTable('assigned_task')
    .set({ status: patch.status, updated_at: now, ...(patch.closed ? { closed_at: now } : {}), ...(patch.status === 'closed' ? { percent: 100 } : {}) })
    .where('instance_id', '=', instanceId).execute();
}

/** Moves an owner step's due time and timers to the task's deadline. */
async function applyDeadline(db: Db, s: Omit<Services, 'engine'>, t: TaskRef): Promise<void> {
  const row = await db.selectFrom('assigned_task').select('due_at').where('instance_id', '=', t.instanceId).executeTakeFirst();
  if (!row) return;
  await db.updateTable('process_task').set({ due_at: row.due_at }).where('id', '=', t.taskId).execute();
  const timers = await db.selectFrom('process_timer').selectAll().where('task_id', '=', t.taskId).where('status', '=', 'pending').execute();
  const overdue = timers.find((x) => x.kind === 'overdue');
  if (!overdue) return;
  await db.updateTable('process_timer').set({ due_at: row.due_at }).where('id', '=', overdue.id).execute();
  await db.deleteFrom('process_timer').where('task_id', '=', t.taskId).where('kind', '=', 'remind').where('status', '=', 'pending').execute();
  const remindAt = new Date(Date.parse(row.due_at) - REMIND_BEFORE_MS).toISOString();
  if (remindAt > s.clock.now().toISOString()) {
    await db.insertInto('process_timer').values({ ...overdue, id: newId(), kind: 'remind', due_at: remindAt }).execute();
  }
}

export function tasksHooks(s: Omit<Services, 'engine'>): EngineHooks {
  return {
    onEnterStep: async (trx, i) => {
      if (i.processKey !== ASSIGNED_KEY) return;
      const db = trx as Db;
      if (i.stepId === 'accept') await ensureRow(db, s, i);
      else if (i.stepId === 'work') await setStatus(db, s, i.instanceId, { status: 'in_progress' });
      else if (i.stepId === 'review') await setStatus(db, s, i.instanceId, { status: 'closure_requested' });
    },
    onTaskAssigned: async (trx, t) => {
      if (t.processKey !== ASSIGNED_KEY || !(OWNER_STEPS as readonly string[]).includes(t.stepId)) return;
      await applyDeadline(trx as Db, s, t);
    },
    onCompleted: async (trx, i) => {
      if (i.processKey !== ASSIGNED_KEY) return;
      await setStatus(trx as Db, s, i.instanceId, { status: i.status === 'completed' ? 'closed' : 'cancelled', closed: true });
    },
    onCancelled: async (trx, i) => {
      if (i.processKey !== ASSIGNED_KEY) return;
      await setStatus(trx as Db, s, i.instanceId, { status: 'cancelled', closed: true });
    },
  };
}

/**
 * Engine hooks of `tasks.assigned`: keep the assigned_task row in step with the instance. The row
 * is created on entering the first step, so an instance started from the generic process pages
 * gets one too. The owner's deadline is the engine's own (`timeLimit: { fromField: 'dueDate' }`);
 * the row's `due_at` is the same close of business, from the same calendar function.
 */
import type { EngineHooks, InstanceRef } from '@guanjia/engine';
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { linkAttachments, registerAttachmentAccess } from '../../platform/attachments/attachments.service.js';
import { newId } from '../../ports/ids.js';
import { closeOfBusiness } from '../../process/deadlines.js';
import { ASSIGNED_KEY } from './tasks.process.js';
import { canReadTask } from './tasks.access.js';

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
    due_date: dueDate, due_at: await closeOfBusiness(db, dueDate), status: 'assigned', percent: 0,
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

export function tasksHooks(s: Omit<Services, 'engine'>): EngineHooks {
  return {
    onEnterStep: async (trx, i) => {
      if (i.processKey !== ASSIGNED_KEY) return;
      const db = trx as Db;
      if (i.stepId === 'accept') await ensureRow(db, s, i);
      else if (i.stepId === 'work') await setStatus(db, s, i.instanceId, { status: 'in_progress' });
      else if (i.stepId === 'review') await setStatus(db, s, i.instanceId, { status: 'closure_requested' });
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

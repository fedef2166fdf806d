/**
 * Engine hooks of 档案借阅/复印 (ARC-2): the automatic steps check availability and dates and keep the
 * borrow record and the item's status in step with the instance. They run inside the action's
 * transaction, so a refusal (400/409) leaves nothing changed and the keeper's task stays open.
 */
import type { EngineHooks, InstanceRef } from '@guanjia/engine';
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, conflict } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import { BORROW_KEY } from './archives.process.js';
import { dueDateProblem, lendProblem, type BorrowKind } from './archives.rules.js';
import { archiveSettings } from './archives.settings.js';
import { beijingDate } from '../../platform/calendar/beijing.js';

type Ctx = InstanceRef & { stepId: string };
const str = (d: Record<string, unknown>, k: string): string => (typeof d[k] === 'string' ? (d[k] as string).trim() : '');

export function validDate(v: string): boolean {
  const d = new Date(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

async function itemByNumber(db: Db, number: string) {
  const item = await db.selectFrom('archive_item').select(['id', 'number', 'title', 'secrecy', 'status']).where('number', '=', number).executeTakeFirst();
  if (!item) throw badRequest('archives.itemUnknown', { number });
  return item;
}

function assertAvailable(kind: BorrowKind, item: { number: string; title: string; status: string }) {
  const p = lendProblem(kind, item.status);
  if (p === 'onLoan') throw conflict('archives.onLoan', { number: item.number, title: item.title });
  if (p === 'destroyed') throw badRequest('archives.destroyed', { number: item.number, title: item.title });
}

/** Who completed the step's task (the keeper who lent out or copied). */
export async function stepActor(db: Db, instanceId: string, stepId: string): Promise<string | null> {
  const t = await db.selectFrom('process_task').select('completed_by').where('instance_id', '=', instanceId).where('step_id', '=', stepId)
    .where('completed_by', 'is not', null).orderBy('completed_at', 'desc').executeTakeFirst();
  return t?.completed_by ?? null;
}

async function borrowOf(db: Db, instanceId: string) {
  return db.selectFrom('archive_borrow').selectAll().where('instance_id', '=', instanceId).executeTakeFirstOrThrow();
}

export function archivesHooks(s: Omit<Services, 'engine'>): EngineHooks {
  const nowIso = () => s.clock.now().toISOString();
  const close = async (db: Db, i: InstanceRef, status: 'rejected' | 'cancelled') => {
    if (i.processKey !== BORROW_KEY) return;
    // Only requests not yet lent out can end this way (a lent item comes back through the return step).
    await db.updateTable('archive_borrow').set({ status, closed_at: nowIso() }).where('instance_id', '=', i.instanceId).where('status', 'in', ['open', 'approved']).execute();
  };
  return {
    onEnterStep: async (trx, c) => {
      if (c.processKey !== BORROW_KEY || (c.stepId !== 'lend' && c.stepId !== 'copy')) return;
      await (trx as Db).updateTable('archive_borrow').set({ status: 'approved' }).where('instance_id', '=', c.instanceId).where('status', '=', 'open').execute();
    },
    onCompleted: async (trx, i) => {
      if (i.status === 'rejected') await close(trx as Db, i, 'rejected');
    },
    onCancelled: async (trx, i) => close(trx as Db, i, 'cancelled'),
    onEvent: async (trx, e) => {
      if (e.type !== 'withdraw') return;
      const i = await (trx as Db).selectFrom('process_instance').select(['process_key', 'title', 'initiator_id']).where('id', '=', e.instanceId).executeTakeFirst();
      if (i?.process_key === BORROW_KEY) await close(trx as Db, { instanceId: e.instanceId, processKey: i.process_key, title: i.title, initiatorId: i.initiator_id, status: 'withdrawn', data: {} }, 'cancelled');
    },
    auto: {
      'archives.borrowRequested': async (t, c: Ctx) => {
        const db = t as Db;
        const settings = await archiveSettings(db);
        const label = str(c.data, 'kind');
        const kind: BorrowKind | null = label === '借阅' ? 'borrow' : label === '复印' ? 'copy' : null;
        if (!kind) throw badRequest('archives.kindInvalid', { value: label });
        const item = await itemByNumber(db, str(c.data, 'number'));
        assertAvailable(kind, item);
        const today = beijingDate(s.clock.now());
        const dueOn = str(c.data, 'dueOn');
        const copies = typeof c.data.copies === 'number' ? c.data.copies : 0;
        if (kind === 'borrow') {
          if (!dueOn) throw badRequest('archives.dueRequired');
          if (!validDate(dueOn)) throw badRequest('archives.invalidDate', { field: '归还日期', value: dueOn });
          const p = dueDateProblem(dueOn, today, settings.maxBorrowDays);
          if (p === 'past') throw badRequest('archives.duePast', { value: dueOn });
          if (p === 'tooLong') throw badRequest('archives.dueTooLong', { value: dueOn, max: settings.maxBorrowDays });
        } else if (!Number.isInteger(copies) || copies < 1 || copies > settings.maxCopies) {
          throw badRequest('archives.copiesRequired', { value: String(c.data.copies ?? ''), max: settings.maxCopies });
        }
        const u = await db.selectFrom('app_user').select('department_id').where('id', '=', c.initiatorId).executeTakeFirst();
        await db.insertInto('archive_borrow').values({
          id: newId(), instance_id: c.instanceId, item_id: item.id, borrower_id: c.initiatorId, department_id: u?.department_id ?? null, kind,
          purpose: str(c.data, 'purpose'), secrecy: item.secrecy, copies: kind === 'copy' ? copies : 0, copies_made: null, due_on: kind === 'borrow' ? dueOn : null,
          lent_at: null, lent_by: null, returned_at: null, return_condition: null, pages_complete: null, last_reminded_on: null, status: 'open', created_at: nowIso(), closed_at: null,
        }).execute();
        // The approver is routed on this value, taken from the catalog (never from what the starter typed).
        return { secrecy: item.secrecy, number: item.number };
      },
      'archives.lent': async (t, c: Ctx) => {
        const db = t as Db;
        const b = await borrowOf(db, c.instanceId);
        const item = await db.selectFrom('archive_item').select(['id', 'number', 'title', 'status']).where('id', '=', b.item_id).executeTakeFirstOrThrow();
        assertAvailable('borrow', item);
        const keeper = await stepActor(db, c.instanceId, 'lend');
        await db.updateTable('archive_item').set({ status: 'out', updated_at: nowIso() }).where('id', '=', item.id).execute();
        await db.updateTable('archive_borrow').set({ status: 'lent', lent_at: nowIso(), lent_by: keeper }).where('id', '=', b.id).execute();
      },
      'archives.returned': async (t, c: Ctx) => {
        const db = t as Db;
        const b = await borrowOf(db, c.instanceId);
        const complete = c.data.pagesComplete === true;
        const condition = str(c.data, 'returnCondition');
        if (!complete && !condition) throw badRequest('archives.pagesIncomplete');
        await db.updateTable('archive_item').set({ status: 'in', updated_at: nowIso() }).where('id', '=', b.item_id).where('status', '=', 'out').execute();
        await db.updateTable('archive_borrow').set({ status: 'returned', returned_at: nowIso(), pages_complete: complete ? 1 : 0, return_condition: condition || null, closed_at: nowIso() }).where('id', '=', b.id).execute();
      },
      'archives.copied': async (t, c: Ctx) => {
        const db = t as Db;
        const b = await borrowOf(db, c.instanceId);
        const made = typeof c.data.copiesMade === 'number' ? c.data.copiesMade : 0;
        const keeper = await stepActor(db, c.instanceId, 'copy');
        await db.updateTable('archive_borrow').set({ status: 'copied', copies_made: made, lent_by: keeper, lent_at: nowIso(), closed_at: nowIso() }).where('id', '=', b.id).execute();
      },
    },
  };
}

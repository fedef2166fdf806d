/** 大型活动 (MTG-3): the plan, tasks with owners (assigned work) and the budget (planned vs actual, fen). */
import type { Services } from '../../app.types.js';
import { badRequest, notFound } from '../../http/errors.js';
import type { Actor } from '../../platform/auth/actor.js';
import { changeWithAudit } from '../../platform/tx.js';
import { newId } from '../../ports/ids.js';
import { tasksBySource } from '../tasks/tasks.query.js';
import { assignTask } from '../tasks/tasks.service.js';
import { budgetTotals } from './meetings.rules.js';
import type { Db } from '../../db/create-db.js';

export const EVENT_TASK_SOURCE = 'meeting.event';

export interface EventInput { name: string; startDate: string; endDate: string; place?: string; goal?: string }
export interface BudgetInput { item: string; plannedFen: number; actualFen?: number; notes?: string }

function checkDates(startDate: string, endDate: string) {
  if (endDate < startDate) throw badRequest('meetings.eventDates', { start: startDate, end: endDate });
}

async function loadEvent(db: Db, id: string) {
  const e = await db.selectFrom('meeting_event').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e) throw notFound('meetings.eventNotFound', { id });
  return e;
}

export async function createEvent(s: Services, actor: Actor, input: EventInput): Promise<string> {
  checkDates(input.startDate, input.endDate);
  return changeWithAudit(s, actor, async (trx) => {
    const id = newId();
    const now = s.clock.now().toISOString();
    await trx.insertInto('meeting_event').values({ id, name: input.name.trim(), start_date: input.startDate, end_date: input.endDate, place: input.place ?? '', goal: input.goal ?? '', organizer_id: actor.id, created_at: now, updated_at: now }).execute();
    return { result: id, audit: { action: 'meetings.event.create', entity: 'meeting_event', entityId: id, data: input } };
  });
}

export async function updateEvent(s: Services, actor: Actor, id: string, input: Partial<EventInput>): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const e = await loadEvent(trx, id);
    checkDates(input.startDate ?? e.start_date, input.endDate ?? e.end_date);
    await trx.updateTable('meeting_event').set({
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.startDate !== undefined ? { start_date: input.startDate } : {}),
      ...(input.endDate !== undefined ? { end_date: input.endDate } : {}),
      ...(input.place !== undefined ? { place: input.place } : {}),
      ...(input.goal !== undefined ? { goal: input.goal } : {}),
      updated_at: s.clock.now().toISOString(),
    }).where('id', '=', id).execute();
    return { result: undefined, audit: { action: 'meetings.event.update', entity: 'meeting_event', entityId: id, data: input } };
  });
}

export async function listEvents(s: Services) {
  const rows = await s.db.selectFrom('meeting_event as e').leftJoin('app_user as u', 'u.id', 'e.organizer_id')
    .select(['e.id', 'e.name', 'e.start_date', 'e.end_date', 'e.place', 'e.goal', 'u.name as organizer_name']).orderBy('e.start_date', 'desc').limit(500).execute();
  return rows.map((e) => ({ id: e.id, name: e.name, startDate: e.start_date, endDate: e.end_date, place: e.place, goal: e.goal, organizerName: e.organizer_name ?? '—' }));
}

export async function eventDetail(s: Services, id: string) {
  const e = await loadEvent(s.db, id);
  const lines = await s.db.selectFrom('meeting_event_budget').selectAll().where('event_id', '=', id).orderBy('seq').execute();
  const budget = lines.map((l) => ({ id: l.id, seq: l.seq, item: l.item, plannedFen: Number(l.planned_fen), actualFen: Number(l.actual_fen), notes: l.notes }));
  const organizer = await s.db.selectFrom('app_user').select(['id', 'name']).where('id', '=', e.organizer_id).executeTakeFirst();
  return {
    id: e.id, name: e.name, startDate: e.start_date, endDate: e.end_date, place: e.place, goal: e.goal, organizer: organizer ?? { id: e.organizer_id, name: '—' },
    budget, totals: budgetTotals(budget), tasks: await tasksBySource(s, EVENT_TASK_SOURCE, [id]),
  };
}

/** A task of the event with its owner and deadline: assigned work (source 'meeting.event'). */
export async function addEventTask(s: Services, actor: Actor, eventId: string, input: { title: string; description?: string; ownerId: string; dueDate: string }, opts: { allowPastDue?: boolean } = {}): Promise<string> {
  return changeWithAudit(s, actor, async (trx) => {
    const e = await loadEvent(trx, eventId);
    const taskId = await assignTask(s, actor, { ...input, description: `大型活动“${e.name}”：${input.description ?? ''}`, source: { kind: EVENT_TASK_SOURCE, id: eventId } }, trx, opts);
    return { result: taskId, audit: { action: 'meetings.event.task', entity: 'meeting_event', entityId: eventId, data: { taskId, title: input.title } } };
  });
}

export async function addBudgetLine(s: Services, actor: Actor, eventId: string, input: BudgetInput): Promise<string> {
  return changeWithAudit(s, actor, async (trx) => {
    await loadEvent(trx, eventId);
    const last = await trx.selectFrom('meeting_event_budget').select((eb) => eb.fn.max('seq').as('seq')).where('event_id', '=', eventId).executeTakeFirst();
    const id = newId();
    await trx.insertInto('meeting_event_budget').values({ id, event_id: eventId, seq: Number(last?.seq ?? 0) + 1, item: input.item.trim(), planned_fen: input.plannedFen, actual_fen: input.actualFen ?? 0, notes: input.notes ?? '' }).execute();
    return { result: id, audit: { action: 'meetings.event.budget.add', entity: 'meeting_event', entityId: eventId, data: input } };
  });
}

export async function updateBudgetLine(s: Services, actor: Actor, lineId: string, input: Partial<BudgetInput>): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const l = await trx.selectFrom('meeting_event_budget').select(['id', 'event_id']).where('id', '=', lineId).executeTakeFirst();
    if (!l) throw notFound('meetings.budgetLineNotFound', { id: lineId });
    await trx.updateTable('meeting_event_budget').set({
      ...(input.item !== undefined ? { item: input.item.trim() } : {}),
      ...(input.plannedFen !== undefined ? { planned_fen: input.plannedFen } : {}),
      ...(input.actualFen !== undefined ? { actual_fen: input.actualFen } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
    }).where('id', '=', lineId).execute();
    return { result: undefined, audit: { action: 'meetings.event.budget.update', entity: 'meeting_event', entityId: l.event_id, data: { lineId, ...input } } };
  });
}

export async function deleteBudgetLine(s: Services, actor: Actor, lineId: string): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const l = await trx.selectFrom('meeting_event_budget').selectAll().where('id', '=', lineId).executeTakeFirst();
    if (!l) throw notFound('meetings.budgetLineNotFound', { id: lineId });
    await trx.deleteFrom('meeting_event_budget').where('id', '=', lineId).execute();
    return { result: undefined, audit: { action: 'meetings.event.budget.delete', entity: 'meeting_event', entityId: l.event_id, data: { item: l.item } } };
  });
}

/**
 * The engine's public face. Build one per process with the host's ports:
 *
 * @example
 * const engine = createEngine({ db, dialect: 'sqlite', clock, directory, calendar, hooks: {} });
 * await engine.installDefinition(myDefinition);             // new version only if changed
 * const { instanceId } = await engine.start({ id: userId }, { processKey: 'demo.leave', data: { days: 2 } });
 * const { items } = await engine.inbox(approverId, { view: 'todo', page: 1, pageSize: 20 });
 * await engine.act({ id: approverId }, items[0].taskId!, 'approve', { comment: '同意' });
 * await engine.fireDueTimers();                              // from a loop: reminders, overdue, waits
 *
 * Time limits (ENG-8): a step's `timeLimit` is either fixed — `{ amount: 24, unit: 'hours' }`,
 * `{ amount: 2, unit: 'workdays' }` (counted by `calendar.dueAt`) — or read from the instance data:
 * `{ fromField: 'dueDate' }`, where the field holds a date 'YYYY-MM-DD' (due at
 * `calendar.closeOfBusiness` of that day) or an ISO date-time with a zone (due at that instant);
 * empty = no limit, anything else is refused with `engine.invalidDueField`. Publishing refuses a
 * `fromField` the form does not declare. Either way the due time is fixed when the task is created
 * and drives the same remind/overdue timers (`remindBeforeHours` on the limit, else the setting)
 * and the 限时结办 list (`overdue()`).
 */
import type { Kysely } from 'kysely';
import type { ProcessDefinitionInput } from './definition.js';
import type { EngineDatabase } from './tables.js';
import { type DeadlineCalendar, type Directory, type EngineClock, type EngineHooks, type EngineSettings, defaultEngineSettings } from './ports.js';
import { type EngineActor, type EngineContext } from './runtime/context.js';
import { type ActionInput, type InstanceAction, type TaskAction, actOnInstance, actOnTask, startInstance } from './runtime/actions.js';
import { definitionVersion, latestDefinition, listLatestDefinitions, saveDefinition } from './runtime/definitions.js';
import { fireDueTimers } from './runtime/timers.js';
import { type InboxFilter, canViewInstance, inboxCounts, instanceView, listInbox, listOverdue } from './runtime/queries.js';

export interface EngineOptions {
  db: Kysely<any>;
  dialect: 'sqlite' | 'postgres';
  clock: EngineClock;
  directory: Directory;
  calendar: DeadlineCalendar;
  hooks?: EngineHooks;
  settings?: Partial<EngineSettings>;
}

export function createEngine(o: EngineOptions) {
  const ctx: EngineContext = {
    db: o.db as Kysely<EngineDatabase>,
    dialect: o.dialect,
    clock: o.clock,
    directory: o.directory,
    calendar: o.calendar,
    hooks: o.hooks ?? {},
    settings: { ...defaultEngineSettings, ...(o.settings ?? {}) },
  };
  return {
    ctx,
    /** Installs a built-in definition: a new version only when its content changed. */
    installDefinition: (def: ProcessDefinitionInput) => ctx.db.transaction().execute((trx) => saveDefinition(ctx, trx, def, 'builtin', null)),
    /** Publishes an admin-edited definition as a new version (validated first). */
    publishDefinition: (def: unknown, by: string) => ctx.db.transaction().execute((trx) => saveDefinition(ctx, trx, def, 'admin', by)),
    latestDefinition: (key: string) => latestDefinition(ctx.db, key),
    definitionVersion: (key: string, version: number) => definitionVersion(ctx.db, key, version),
    listDefinitions: () => listLatestDefinitions(ctx.db),
    start: (actor: EngineActor, input: { processKey: string; data: Record<string, unknown>; title?: string }) => startInstance(ctx, actor, input),
    act: (actor: EngineActor, taskId: string, action: TaskAction, input?: ActionInput) => actOnTask(ctx, actor, taskId, action, input),
    actOnInstance: (actor: EngineActor, instanceId: string, action: InstanceAction, input?: ActionInput) => actOnInstance(ctx, actor, instanceId, action, input),
    inbox: (userId: string, f: InboxFilter) => listInbox(ctx.db, userId, f),
    counts: (userId: string) => inboxCounts(ctx.db, userId),
    instance: (id: string) => instanceView(ctx.db, id),
    canView: (userId: string, instanceId: string) => canViewInstance(ctx.db, userId, instanceId),
    overdue: () => listOverdue(ctx.db),
    fireDueTimers: (limit?: number) => fireDueTimers(ctx, limit),
  };
}

export type Engine = ReturnType<typeof createEngine>;

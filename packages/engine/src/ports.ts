/**
 * What the engine needs from its host. The server implements these over its org tables, holiday
 * calendar and notifications; tests implement them in memory. The engine never imports the server.
 */
import type { Kysely } from 'kysely';
import type { AssigneeRule, TimeLimit } from './definition.js';

export interface EngineClock {
  now(): Date;
}

export interface AssignContext {
  initiatorId: string;
  data: Record<string, unknown>;
  /** Who completed each step most recently (for `stepActor` rules). */
  stepActors: Record<string, string>;
}

export interface Directory {
  /** Active user ids matching the rule, in a stable order. */
  resolve(trx: Kysely<any>, rule: AssigneeRule, ctx: AssignContext): Promise<string[]>;
  supervisorOf(trx: Kysely<any>, userId: string): Promise<string | null>;
  /** The delegate acting for `userId` at that time (ORG-5), or null. */
  delegateOf(trx: Kysely<any>, userId: string, atIso: string): Promise<string | null>;
  departmentOf(trx: Kysely<any>, userId: string): Promise<string | null>;
  isActiveUser(trx: Kysely<any>, userId: string): Promise<boolean>;
}

export interface DeadlineCalendar {
  /** The due time of a limit starting at `startIso` (hours are clock hours; workdays follow the holiday table). */
  dueAt(trx: Kysely<any>, startIso: string, limit: TimeLimit): Promise<string>;
  /**
   * The instant a calendar date 'YYYY-MM-DD' ends for work: close of business of that day in the
   * host's working hours. Due time of a `{ fromField }` limit whose field holds a date (ENG-8).
   */
  closeOfBusiness(trx: Kysely<any>, date: string): Promise<string>;
}

export interface TaskRef {
  taskId: string;
  instanceId: string;
  processKey: string;
  stepId: string;
  stepName: string;
  title: string;
  userIds: string[];
}

export interface InstanceRef {
  instanceId: string;
  processKey: string;
  title: string;
  initiatorId: string;
  status: string;
  data: Record<string, unknown>;
}

/**
 * Module and platform reactions. Each runs inside the action's transaction, so what it writes
 * commits or rolls back with the action. `auto` hooks return a patch for the instance data.
 */
export interface EngineHooks {
  onEnterStep?(trx: Kysely<any>, ctx: InstanceRef & { stepId: string }): Promise<void>;
  onTaskAssigned?(trx: Kysely<any>, task: TaskRef): Promise<void>;
  onCc?(trx: Kysely<any>, task: TaskRef): Promise<void>;
  onUrged?(trx: Kysely<any>, task: TaskRef & { byUserId: string }): Promise<void>;
  onDueSoon?(trx: Kysely<any>, task: TaskRef): Promise<void>;
  onOverdue?(trx: Kysely<any>, task: TaskRef & { escalateTo: string[] }): Promise<void>;
  onCompleted?(trx: Kysely<any>, instance: InstanceRef): Promise<void>;
  onCancelled?(trx: Kysely<any>, instance: InstanceRef & { reason: string }): Promise<void>;
  /** Every event written to the history; the server mirrors it into the audit log. */
  onEvent?(trx: Kysely<any>, event: { instanceId: string; type: string; actorId: string | null; stepId: string | null; taskId: string | null; data: unknown }): Promise<void>;
  auto?: Record<string, (trx: Kysely<any>, ctx: InstanceRef & { stepId: string }) => Promise<Record<string, unknown> | void>>;
}

export interface EngineSettings {
  /** Minimum minutes between two urges of one instance (default 60). */
  urgeIntervalMinutes: number;
  /** Remind this many hours before a task's limit unless the step says otherwise (default 2). */
  remindBeforeHours: number;
  /** Lease of a claimed timer (ms, default 60 000). */
  timerLeaseMs: number;
}

export const defaultEngineSettings: EngineSettings = { urgeIntervalMinutes: 60, remindBeforeHours: 2, timerLeaseMs: 60_000 };

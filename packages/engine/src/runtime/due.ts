/**
 * ENG-8: the due time of a step's task, from its `timeLimit` — fixed (hours or workdays from now,
 * counted by the host calendar) or read from the instance data (`{ fromField }`). One code path
 * for both, so a limit from the data gets the same task `due_at`, overdue/remind timers and
 * 限时结办 listing as a fixed one.
 */
import type { StepDef, StepTimeLimit } from '../definition.js';
import { EngineError } from '../errors.js';
import type { EngineContext, Tx } from './context.js';

/** What a `{ fromField }` value means: a calendar date, an instant, nothing (no limit) or junk. */
export type DueValue = { date: string } | { instant: string } | null | 'invalid';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** ISO 8601 date-time with a zone (Z or ±hh:mm): a bare local time would depend on the server's zone. */
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const realDate = (v: string) => {
  const d = new Date(`${v}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** Reads a `{ fromField }` value. Pure. */
export function dueValue(v: unknown): DueValue {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string') return 'invalid';
  if (DATE_RE.test(v)) return realDate(v) ? { date: v } : 'invalid';
  if (INSTANT_RE.test(v) && realDate(v.slice(0, 10))) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? 'invalid' : { instant: new Date(t).toISOString() };
  }
  return 'invalid';
}

export const isFieldLimit = (l: StepTimeLimit): l is Extract<StepTimeLimit, { fromField: string }> => 'fromField' in l;

/** The due time (ISO UTC) of a task of `step` created at `nowIso`, or null when it has no limit. */
export async function taskDueAt(ctx: EngineContext, trx: Tx, step: StepDef, data: Record<string, unknown>, nowIso: string): Promise<string | null> {
  const limit = step.timeLimit;
  if (!limit) return null;
  if (!isFieldLimit(limit)) return ctx.calendar.dueAt(trx, nowIso, limit);
  const raw = data[limit.fromField];
  const v = dueValue(raw);
  if (v === null) return null;
  if (v === 'invalid') throw new EngineError(422, 'engine.invalidDueField', { step: step.name, field: limit.fromField, value: typeof raw === 'string' ? raw : JSON.stringify(raw) });
  return 'date' in v ? ctx.calendar.closeOfBusiness(trx, v.date) : v.instant;
}

/**
 * ENG-8 time limits read from the instance data (`timeLimit: { fromField }`), run on the real
 * engine over an in-memory SQLite database with an in-memory directory and calendar. TASK-1's
 * 交办事项 uses it for the owner's 完成期限.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcessDefinitionInput } from './definition.js';
import { createEngine, type Engine } from './engine.js';
import { EngineError } from './errors.js';
import { engineMigrations } from './migrations.js';
import type { DeadlineCalendar, Directory } from './ports.js';
import { dueValue } from './runtime/due.js';
import { toProcessTable } from './table.js';
import { validateDefinition } from './validate.js';

/** Close of business 17:30 Beijing = 09:30 UTC; hours are clock hours (workdays unused here). */
const calendar: DeadlineCalendar = {
  dueAt: async (_trx, startIso, limit) => new Date(Date.parse(startIso) + limit.amount * 3_600_000).toISOString(),
  closeOfBusiness: async (_trx, date) => `${date}T09:30:00.000Z`,
};

const directory: Directory = {
  resolve: async (_trx, rule, ctx) => {
    if (rule.type === 'initiator') return [ctx.initiatorId];
    if (rule.type === 'fromField') return typeof ctx.data[rule.field] === 'string' ? [ctx.data[rule.field] as string] : [];
    return [];
  },
  supervisorOf: async () => null,
  delegateOf: async () => null,
  departmentOf: async () => null,
  isActiveUser: async () => true,
};

const assigned = (timeLimit: unknown): ProcessDefinitionInput => ({
  key: 'test.assigned',
  name: '交办',
  form: {
    type: 'object',
    properties: { ownerId: { type: 'string' }, dueDate: { type: 'string', title: '完成期限' }, hours: { type: 'number' } },
    required: ['ownerId'],
  },
  start: 'work',
  steps: [
    { id: 'work', name: '办理', kind: 'task', assignee: { type: 'fromField', field: 'ownerId' }, timeLimit: timeLimit as never, transitions: [{ to: 'end' }] },
    { id: 'end', name: '结束', kind: 'end' },
  ],
});

let db: Kysely<any>;
let now: Date;
let engine: Engine;

beforeEach(async () => {
  db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
  for (const m of Object.values(engineMigrations)) await m.up(db);
  now = new Date('2026-11-27T02:00:00.000Z'); // 10:00 Beijing
  engine = createEngine({ db, dialect: 'sqlite', clock: { now: () => now }, directory, calendar, settings: { remindBeforeHours: 2 } });
});

afterEach(async () => {
  await db.destroy();
});

const taskOf = (instanceId: string) => db.selectFrom('process_task').selectAll().where('instance_id', '=', instanceId).executeTakeFirstOrThrow();
const timersOf = (instanceId: string) =>
  db.selectFrom('process_timer').select(['kind', 'due_at', 'task_id']).where('instance_id', '=', instanceId).orderBy('due_at').execute();

describe('ENG-8 a step limit read from the instance data', () => {
  it.each([
    ['2026-11-30', { date: '2026-11-30' }],
    ['2026-11-30T18:00:00+08:00', { instant: '2026-11-30T10:00:00.000Z' }],
    ['2026-11-30T10:00:00.000Z', { instant: '2026-11-30T10:00:00.000Z' }],
    ['', null],
    [undefined, null],
    [null, null],
    ['2026-02-30', 'invalid'],
    ['2026-11-30T18:00:00', 'invalid'], // no zone: would depend on the server's zone
    ['next friday', 'invalid'],
    [20261130, 'invalid'],
  ])('ENG-8 the field value %j reads as %j', (v, expected) => {
    expect(dueValue(v)).toEqual(expected);
  });

  it('ENG-8 publishing refuses a fromField the form does not declare, or one that is not a string, naming step and field', () => {
    const unknown = validateDefinition(assigned({ fromField: 'deadline' }));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) {
      expect(unknown.errors).toEqual([
        expect.objectContaining({ step: 'work', field: 'steps[0].timeLimit.fromField', message: expect.stringContaining('deadline'), messageEn: expect.stringContaining('"deadline"') }),
      ]);
    }
    const wrongType = validateDefinition(assigned({ fromField: 'hours' }));
    expect(wrongType.ok).toBe(false);
    if (!wrongType.ok) expect(wrongType.errors[0]).toMatchObject({ step: 'work', field: 'steps[0].timeLimit.fromField', messageEn: expect.stringContaining('not "number"') });
    expect(validateDefinition(assigned({ fromField: 'dueDate', remindBeforeHours: 24 })).ok).toBe(true);
    // A limit is either fixed or from a field, not a mix; shape errors name the field meant.
    const fields = (r: ReturnType<typeof validateDefinition>) => (r.ok ? [] : r.errors.map((e) => e.field));
    expect(fields(validateDefinition(assigned({ fromField: 'dueDate', amount: 2, unit: 'hours' })))).toEqual(['steps[0].timeLimit.amount', 'steps[0].timeLimit.unit']);
    expect(fields(validateDefinition(assigned({ amount: 2 })))).toEqual(['steps[0].timeLimit.unit']);
    const junk = validateDefinition(assigned('tomorrow' as never));
    expect(junk.ok ? [] : junk.errors).toEqual([expect.objectContaining({ step: 'work', field: 'steps[0].timeLimit', messageEn: expect.stringContaining('{ fromField }') })]);
    // The engine itself refuses to publish it.
    return expect(engine.publishDefinition(assigned({ fromField: 'deadline' }), 'admin')).rejects.toBeInstanceOf(EngineError);
  });

  it('ENG-8/TASK-1 a date field: due at close of business of that day, with overdue and remind timers like a fixed limit', async () => {
    await engine.installDefinition(assigned({ fromField: 'dueDate', remindBeforeHours: 24 }));
    const { instanceId } = await engine.start({ id: 'boss' }, { processKey: 'test.assigned', data: { ownerId: 'owner', dueDate: '2026-11-30' } });
    const task = await taskOf(instanceId);
    expect(task.due_at).toBe('2026-11-30T09:30:00.000Z');
    expect(await timersOf(instanceId)).toEqual([
      { kind: 'remind', due_at: '2026-11-29T09:30:00.000Z', task_id: task.id },
      { kind: 'overdue', due_at: '2026-11-30T09:30:00.000Z', task_id: task.id },
    ]);

    now = new Date('2026-11-30T09:29:00.000Z'); // a minute before close of business: not late yet
    expect(await engine.fireDueTimers()).toBe(1); // the reminder only
    expect((await engine.overdue()).map((o) => o.taskId)).toEqual([]);
    now = new Date('2026-11-30T09:31:00.000Z');
    expect(await engine.fireDueTimers()).toBe(1);
    expect(await engine.overdue()).toEqual([expect.objectContaining({ taskId: task.id, userId: 'owner', dueAt: '2026-11-30T09:30:00.000Z' })]);
  });

  it('ENG-8 a date-time field is due at that instant; the same path as a fixed limit', async () => {
    await engine.installDefinition(assigned({ fromField: 'dueDate' }));
    const a = await engine.start({ id: 'boss' }, { processKey: 'test.assigned', data: { ownerId: 'owner', dueDate: '2026-11-28T12:00:00+08:00' } });
    expect((await taskOf(a.instanceId)).due_at).toBe('2026-11-28T04:00:00.000Z');
    expect((await timersOf(a.instanceId)).map((t) => [t.kind, t.due_at])).toEqual([
      ['remind', '2026-11-28T02:00:00.000Z'], // the engine's default 2 hours before
      ['overdue', '2026-11-28T04:00:00.000Z'],
    ]);

    await engine.installDefinition({ ...assigned({ amount: 24, unit: 'hours' }), key: 'test.fixed' });
    const b = await engine.start({ id: 'boss' }, { processKey: 'test.fixed', data: { ownerId: 'owner' } });
    expect((await taskOf(b.instanceId)).due_at).toBe('2026-11-28T02:00:00.000Z');
  });

  it('ENG-8 an empty field means no limit; a value that is no date is refused and nothing is written', async () => {
    await engine.installDefinition(assigned({ fromField: 'dueDate' }));
    const { instanceId } = await engine.start({ id: 'boss' }, { processKey: 'test.assigned', data: { ownerId: 'owner' } });
    expect((await taskOf(instanceId)).due_at).toBeNull();
    expect(await timersOf(instanceId)).toEqual([]);

    const err = await engine.start({ id: 'boss' }, { processKey: 'test.assigned', data: { ownerId: 'owner', dueDate: '下周五' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect(err).toMatchObject({ status: 422, code: 'engine.invalidDueField', params: { step: '办理', field: 'dueDate', value: '下周五' } });
    expect((await db.selectFrom('process_instance').select('id').execute()).length).toBe(1);
  });

  it('ENG-8 the process table shows the limit by the field title (完成期限内)', async () => {
    const r = validateDefinition(assigned({ fromField: 'dueDate' }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(toProcessTable(r.def, 1).rows[0]?.timeLimit).toBe('完成期限内');
  });
});

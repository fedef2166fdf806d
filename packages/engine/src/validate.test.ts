import { describe, expect, it } from 'vitest';
import type { ProcessDefinitionInput } from './definition.js';
import { logicVars, validateDefinition, type DefinitionError } from './validate.js';

type StepInput = ProcessDefinitionInput['steps'][number];

/** A valid definition with a loop: inspect → repair → callback → (unsatisfied) rework → inspect. */
function base(): ProcessDefinitionInput {
  return {
    key: 'demo.repair',
    name: '维修',
    form: {
      type: 'object',
      properties: {
        inWarranty: { type: 'boolean', title: '保修范围内' },
        satisfied: { type: 'boolean', title: '客户满意' },
        owner: { type: 'object', title: '业主', properties: { name: { type: 'string' } } },
        technicianIds: { type: 'array', items: { type: 'string' } },
      },
    },
    start: 'inspect',
    steps: [
      {
        id: 'inspect',
        name: '检查',
        kind: 'task',
        assignee: { type: 'fromField', field: 'technicianIds' },
        fields: ['inWarranty'],
        transitions: [
          { to: 'repair', when: { '==': [{ var: 'inWarranty' }, true] }, label: '保修范围内' },
          { to: 'repair', label: '需要收费' },
        ],
      },
      {
        id: 'repair',
        name: '维修',
        kind: 'task',
        assignee: { type: 'stepActor', step: 'inspect' },
        transitions: [{ to: 'callback' }],
      },
      {
        id: 'callback',
        name: '回访',
        kind: 'task',
        assignee: { type: 'departmentPosition', department: '客服部', position: '客服部主管' },
        fields: ['satisfied'],
        transitions: [
          { to: 'end', when: { '==': [{ var: 'satisfied' }, true] }, label: '客户满意' },
          { to: 'rework', label: '客户不满意' },
        ],
      },
      {
        id: 'rework',
        name: '二次维修',
        kind: 'task',
        assignee: { type: 'position', position: '综合维修人员' },
        transitions: [{ to: 'inspect' }],
      },
      { id: 'end', name: '结束', kind: 'end' },
    ],
  };
}

function withStep(def: ProcessDefinitionInput, step: StepInput, before = 'end'): ProcessDefinitionInput {
  const i = def.steps.findIndex((s) => s.id === before);
  const steps = [...def.steps];
  steps.splice(i, 0, step);
  return { ...def, steps };
}

function mapStep(def: ProcessDefinitionInput, id: string, f: (s: StepInput) => StepInput): ProcessDefinitionInput {
  return { ...def, steps: def.steps.map((s) => (s.id === id ? f(s) : s)) };
}

function errorsOf(input: unknown): DefinitionError[] {
  const r = validateDefinition(input);
  if (r.ok) throw new Error('expected validation errors');
  for (const e of r.errors) {
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(e.messageEn).toMatch(/[a-z]/i);
    expect(e.messageEn).not.toMatch(/[\u4e00-\u9fff]{2}/);
  }
  return r.errors;
}

/** Exactly one error, at this step and field. */
function expectOne(input: unknown, step: string | undefined, field: string): DefinitionError {
  const errors = errorsOf(input);
  expect(errors.map((e) => ({ step: e.step, field: e.field }))).toEqual([{ step, field }]);
  return errors[0]!;
}

describe('ENG-1 validateDefinition: a valid definition', () => {
  it('ENG-1 ENG-5 accepts a definition with a loop (rework → inspect) that can still reach the end', () => {
    const r = validateDefinition(base());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.def.steps[0]?.summary).toBe(''); // defaults applied
      expect(r.def.forms).toEqual([]);
    }
  });

  it('ENG-1 ENG-5 accepts nested vars, defaults, _action and other underscore vars in conditions', () => {
    const def = mapStep(base(), 'callback', (s) => ({
      ...s,
      transitions: [
        {
          to: 'end',
          when: {
            and: [
              { '==': [{ var: 'owner.name' }, '张三'] },
              { '==': [{ var: ['satisfied', false] }, true] },
              { '==': [{ var: '_action' }, 'approve'] },
              { '!': { var: '_meta.x' } },
              { some: [{ var: 'technicianIds' }, { '==': [{ var: '' }, 'u1'] }] },
            ],
          },
        },
        { to: 'rework' },
      ],
    }));
    expect(validateDefinition(def).ok).toBe(true);
  });
});

describe('ENG-1 validateDefinition: shape errors name the step and field', () => {
  it('ENG-1 a bad kind and an unknown key are reported at steps[i].kind / steps[i].<key>', () => {
    const def = mapStep(base(), 'repair', (s) => ({ ...s, kind: 'bogus', colour: 'red' }) as unknown as StepInput);
    const errors = errorsOf(def);
    expect(errors.map((e) => [e.step, e.field])).toEqual(
      expect.arrayContaining([
        ['repair', 'steps[1].kind'],
        ['repair', 'steps[1].colour'],
      ]),
    );
  });

  it('ENG-1 a missing name and a bad key are reported at the process level', () => {
    const { name: _name, ...rest } = base();
    const errors = errorsOf({ ...rest, key: 'Repair' });
    expect(errors.map((e) => e.field).sort()).toEqual(['key', 'name']);
    const keyError = errors.find((e) => e.field === 'key')!;
    expect(keyError.step).toBeUndefined();
    expect(keyError.message).toContain('模块.名称');
    expect(keyError.messageEn).toContain('module.name');
  });

  it('ENG-1 a non-object input is an error, not a throw', () => {
    expect(errorsOf(null)).toHaveLength(1);
    expect(errorsOf('x')[0]?.field).toBe('');
  });
});

describe('ENG-1 ENG-5 validateDefinition: meaning errors, one per kind', () => {
  it('ENG-1 duplicate step ids', () => {
    const def = withStep(base(), { id: 'repair', name: '重复', kind: 'task', assignee: { type: 'initiator' }, transitions: [{ to: 'end' }] });
    const e = expectOne(def, 'repair', 'steps[4].id');
    expect(e.message).toContain('重复');
  });

  it('ENG-1 unknown start', () => {
    expectOne({ ...base(), start: 'nowhere' }, undefined, 'start');
  });

  it('ENG-1 unknown transition target', () => {
    const def = mapStep(base(), 'repair', (s) => ({ ...s, transitions: [{ to: 'callback' }, { to: 'ghost' }] }));
    const e = expectOne(def, 'repair', 'steps[1].transitions[1].to');
    expect(e.message).toContain('ghost');
    expect(e.messageEn).toContain('ghost');
  });

  it('ENG-1 unknown onReject target', () => {
    const def = mapStep(base(), 'repair', (s) => ({ ...s, kind: 'approval', onReject: 'ghost' }));
    expectOne(def, 'repair', 'steps[1].onReject');
  });

  it('ENG-1 a step unreachable from the start', () => {
    const def = withStep(base(), { id: 'orphan', name: '孤立', kind: 'task', assignee: { type: 'initiator' }, transitions: [{ to: 'end' }] });
    expectOne(def, 'orphan', 'steps[4]');
  });

  it('ENG-5 steps with no path to an end (a closed loop)', () => {
    let def = mapStep(base(), 'callback', (s) => ({ ...s, transitions: [{ to: 'rework' }] }));
    def = mapStep(def, 'rework', (s) => ({ ...s, transitions: [{ to: 'inspect' }] }));
    // end is now unreachable as well
    const errors = errorsOf(def);
    const noPath = errors.filter((e) => e.messageEn.includes('no path to an end'));
    expect(noPath.map((e) => [e.step, e.field])).toEqual([
      ['inspect', 'steps[0].transitions'],
      ['repair', 'steps[1].transitions'],
      ['callback', 'steps[2].transitions'],
      ['rework', 'steps[3].transitions'],
    ]);
    expect(errors.filter((e) => !noPath.includes(e)).map((e) => [e.step, e.field])).toEqual([['end', 'steps[4]']]);
  });

  it('ENG-1 a non-end step without transitions', () => {
    const def = mapStep(base(), 'rework', (s) => ({ ...s, transitions: [] }));
    expectOne(def, 'rework', 'steps[3].transitions');
  });

  it('ENG-1 an end step with transitions', () => {
    const def = mapStep(base(), 'end', (s) => ({ ...s, transitions: [{ to: 'inspect' }] }));
    expectOne(def, 'end', 'steps[4].transitions');
  });

  it.each(['task', 'approval', 'countersign', 'orsign'] as const)('ENG-1 a %s step without assignee', (kind) => {
    const def = mapStep(base(), 'repair', ({ assignee: _a, ...s }) => ({ ...s, kind }));
    expectOne(def, 'repair', 'steps[1].assignee');
  });

  it('ENG-1 a notify step without cc or assignee (and with cc it is fine)', () => {
    const def = mapStep(base(), 'repair', ({ assignee: _a, ...s }) => ({ ...s, kind: 'notify' }));
    expectOne(def, 'repair', 'steps[1].cc');
    const ok = mapStep(def, 'repair', (s) => ({ ...s, cc: [{ type: 'position', position: '客服部主管' }] }));
    expect(validateDefinition(ok).ok).toBe(true);
  });

  it('ENG-1 an auto step without hook', () => {
    const def = mapStep(base(), 'repair', ({ assignee: _a, ...s }) => ({ ...s, kind: 'auto' }));
    expectOne(def, 'repair', 'steps[1].hook');
    expect(validateDefinition(mapStep(def, 'repair', (s) => ({ ...s, hook: 'repair.done' }))).ok).toBe(true);
  });

  it('ENG-1 a wait step without wait', () => {
    const def = mapStep(base(), 'repair', ({ assignee: _a, ...s }) => ({ ...s, kind: 'wait' }));
    expectOne(def, 'repair', 'steps[1].wait');
    expect(validateDefinition(mapStep(def, 'repair', (s) => ({ ...s, wait: { amount: 2, unit: 'hours' } }))).ok).toBe(true);
  });

  it('ENG-5 a condition reading a var the form does not declare (plain, nested a.b, and [x, default])', () => {
    for (const v of [{ var: 'amount' }, { var: 'amount.fen' }, { var: ['amount', 0] }]) {
      const def = mapStep(base(), 'inspect', (s) => ({
        ...s,
        transitions: [{ to: 'repair', when: { '>': [v, 200] } }, { to: 'repair' }],
      }));
      const e = expectOne(def, 'inspect', 'steps[0].transitions[0].when');
      expect(e.message).toContain('amount');
      expect(e.messageEn).toContain('"amount"');
    }
  });

  it('ENG-1 a step field the form does not declare', () => {
    const def = mapStep(base(), 'repair', (s) => ({ ...s, fields: ['workDone'] }));
    expectOne(def, 'repair', 'steps[1].fields[0]');
  });

  it('ENG-1 a fromField assignee on an undeclared field, and a stepActor on an unknown step', () => {
    const a = mapStep(base(), 'repair', (s) => ({ ...s, assignee: { type: 'fromField', field: 'who' } }));
    expectOne(a, 'repair', 'steps[1].assignee.field');
    const b = mapStep(base(), 'repair', (s) => ({ ...s, assignee: { type: 'stepActor', step: 'ghost' } }));
    expectOne(b, 'repair', 'steps[1].assignee.step');
  });

  it('ENG-1 reports every error at once', () => {
    let def = { ...base(), start: 'nowhere' };
    def = mapStep(def, 'repair', (s) => ({ ...s, fields: ['x'], transitions: [{ to: 'ghost' }] }));
    const fields = errorsOf(def).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['start', 'steps[1].transitions[0].to', 'steps[1].fields[0]']));
  });
});

describe('ENG-5 logicVars', () => {
  it('ENG-5 finds the top-level names read by var, missing and missing_some, not those inside map/filter bodies', () => {
    expect(
      logicVars({
        and: [
          { var: 'a.b.c' },
          { var: ['d', 1] },
          { missing: ['e', 'f.g'] },
          { missing_some: [1, ['h']] },
          { filter: [{ var: 'items' }, { '>': [{ var: 'price' }, 1] }] },
          { reduce: [{ var: 'xs' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, { var: 'init' }] },
          { var: '' },
        ],
      }).sort(),
    ).toEqual(['a', 'd', 'e', 'f', 'h', 'init', 'items', 'xs']);
  });
});

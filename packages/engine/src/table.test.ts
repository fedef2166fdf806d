import { describe, expect, it } from 'vitest';
import { ProcessDefinition, type ProcessDefinitionInput } from './definition.js';
import { PROCESS_TABLE_COLUMNS, partyText, timeLimitText, toProcessTable } from './table.js';

const input: ProcessDefinitionInput = {
  key: 'demo.repair',
  name: '维修流程',
  purpose: '规范维修',
  scope: '全体业主',
  forms: ['《维修登记表》'],
  form: { type: 'object', properties: { ok: { type: 'boolean', title: '保修范围内' } } },
  start: 'receive',
  steps: [
    {
      id: 'receive',
      name: '接单',
      kind: 'task',
      summary: '接到《维修登记表》',
      content: '维修部接到客服部提供的登记表。',
      responsible: [{ department: '维修部', position: '主任' }, { position: '有关专业维修人员' }],
      participants: [{ text: '经理、客服部' }],
      timeLimit: { amount: 2, unit: 'workdays' },
      assignee: { type: 'position', position: '维修部主任' },
      transitions: [{ to: 'inspect' }],
    },
    {
      id: 'inspect',
      name: '检查',
      kind: 'task',
      timeText: '客户需求后24小时内',
      timeLimit: { amount: 24, unit: 'hours' },
      assignee: { type: 'position', position: '综合维修人员' },
      transitions: [
        { to: 'repair', when: { '==': [{ var: 'ok' }, true] }, label: '保修范围内' },
        { to: 'charge' },
      ],
    },
    {
      id: 'repair',
      name: '保修维修',
      kind: 'task',
      timeLimit: { amount: 24, unit: 'hours' },
      assignee: { type: 'position', position: '综合维修人员' },
      transitions: [{ to: 'end', label: '完成' }],
    },
    {
      id: 'charge',
      no: '4a',
      name: '收费维修',
      kind: 'task',
      interfaceText: '',
      assignee: { type: 'position', position: '综合维修人员' },
      transitions: [{ to: 'end' }],
    },
    { id: 'end', name: '结束', kind: 'end' },
  ],
};

describe('ENG-2 process table (流程表)', () => {
  const def = ProcessDefinition.parse(input);
  const table = toProcessTable(def, 3);

  it('ENG-2 carries key, name, version, 目的, 适用范围 and forms', () => {
    expect(table).toMatchObject({
      key: 'demo.repair',
      name: '维修流程',
      version: 3,
      purpose: '规范维修',
      scope: '全体业主',
      forms: ['《维修登记表》'],
    });
  });

  it('ENG-2 has one row per non-end step, in step order, numbered by position unless `no` is given', () => {
    expect(table.rows.map((r) => [r.step, r.stepId])).toEqual([
      ['1', 'receive'],
      ['2', 'inspect'],
      ['3', 'repair'],
      ['4a', 'charge'],
    ]);
  });

  it('ENG-2 renders 任务概述 (summary, else name), 内容及责任 and the parties as 部门/岗位', () => {
    const [receive, inspect] = table.rows;
    expect(receive?.summary).toBe('接到《维修登记表》');
    expect(inspect?.summary).toBe('检查');
    expect(receive?.content).toBe('维修部接到客服部提供的登记表。');
    expect(receive?.responsible).toBe('维修部/主任、有关专业维修人员');
    expect(receive?.participants).toBe('经理、客服部');
    expect(inspect?.responsible).toBe('');
    expect(partyText({ department: '客服部' })).toBe('客服部');
    expect(partyText({ department: '维修部', position: '主任', text: '维修部/主任,有关专业维修人员' })).toBe(
      '维修部/主任,有关专业维修人员',
    );
  });

  it('ENG-2 时间规定: the table text wins, else the machine limit in hours or workdays', () => {
    expect(table.rows.map((r) => r.timeLimit)).toEqual(['2个工作日内', '客户需求后24小时内', '24小时内', '']);
    expect(timeLimitText({ amount: 3, unit: 'workdays' })).toBe('3个工作日内');
  });

  it('ENG-2 接口说明: rendered from transitions with the target 环节 number and label; interfaceText wins, even empty', () => {
    expect(table.rows.map((r) => r.interface)).toEqual(['转到2', '保修范围内，转到3；转到4a', '完成，结束', '']);
  });

  it('ENG-2 columns are the documents’ seven headings, each with a row key', () => {
    expect(PROCESS_TABLE_COLUMNS.map((c) => c.title)).toEqual([
      '环节',
      '任务概述',
      '内容及责任',
      '责任方(部门/岗位)',
      '参与方(部门/岗位)',
      '时间规定',
      '接口说明',
    ]);
    const row = table.rows[0]!;
    for (const c of PROCESS_TABLE_COLUMNS) expect(typeof row[c.key]).toBe('string');
  });

  it('ENG-2 is pure: the definition is not changed and the forms array is a copy', () => {
    const before = JSON.stringify(def);
    const t = toProcessTable(def, 1);
    t.forms.push('x');
    expect(JSON.stringify(def)).toBe(before);
  });
});

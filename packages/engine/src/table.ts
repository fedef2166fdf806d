/**
 * ENG-2: a process definition rendered as the documents' process table (流程表): 目的, 适用范围 and
 * one row per step with the columns 环节 · 任务概述 · 内容及责任 · 责任方(部门/岗位) ·
 * 参与方(部门/岗位) · 时间规定 · 接口说明. Pure: the web page, the print view and the xlsx export
 * all render this object.
 */
import type { Party, ProcessDefinition, StepDef, StepTimeLimit, Transition } from './definition.js';

export interface ProcessTableRow {
  /** 环节: the step's printed number (`no`), else its position among the non-end steps. */
  step: string;
  stepId: string;
  name: string;
  /** 任务概述 (the step's name when the definition gives no summary). */
  summary: string;
  /** 内容及责任 */
  content: string;
  /** 责任方(部门/岗位), e.g. '维修部/主任,有关专业维修人员'. */
  responsible: string;
  /** 参与方(部门/岗位) */
  participants: string;
  /** 时间规定: the table's own text, else rendered from the machine limit ('24小时内', '2个工作日内'). */
  timeLimit: string;
  /** 接口说明: the table's own text, else rendered from the transitions ('保修范围内，转到4；转到5'). */
  interface: string;
}

export interface ProcessTable {
  key: string;
  name: string;
  version: number;
  /** 目的 */
  purpose: string;
  /** 适用范围 */
  scope: string;
  /** The documents' forms this process fills, e.g. 《客户(业主)维修登记表》. */
  forms: string[];
  rows: ProcessTableRow[];
}

export type ProcessTableColumnKey = Exclude<keyof ProcessTableRow, 'stepId' | 'name'>;

/** The documents' column headings, in order (ENG-2). */
export const PROCESS_TABLE_COLUMNS: ReadonlyArray<{ key: ProcessTableColumnKey; title: string; titleEn: string }> = [
  { key: 'step', title: '环节', titleEn: 'Step' },
  { key: 'summary', title: '任务概述', titleEn: 'Task' },
  { key: 'content', title: '内容及责任', titleEn: 'Content and responsibility' },
  { key: 'responsible', title: '责任方(部门/岗位)', titleEn: 'Responsible (department/position)' },
  { key: 'participants', title: '参与方(部门/岗位)', titleEn: 'Participants (department/position)' },
  { key: 'timeLimit', title: '时间规定', titleEn: 'Time limit' },
  { key: 'interface', title: '接口说明', titleEn: 'Next steps' },
];

/** Headings of the two texts above the table. */
export const PROCESS_TABLE_HEADINGS = {
  purpose: { title: '目的', titleEn: 'Purpose' },
  scope: { title: '适用范围', titleEn: 'Scope' },
} as const;

/** '部门/岗位' of one party: its own text when given, else department and position joined by '/'. */
export function partyText(party: Party): string {
  if (party.text !== undefined && party.text !== '') return party.text;
  return [party.department, party.position].filter((x): x is string => x !== undefined && x !== '').join('/');
}

/** Several parties joined by '、' (the documents' enumeration comma). */
export function partiesText(parties: readonly Party[]): string {
  return parties.map(partyText).filter((t) => t !== '').join('、');
}

/** '24小时内', '2个工作日内'; a limit from the data: '<field title>内' (e.g. 完成期限内). */
export function timeLimitText(limit: StepTimeLimit, form?: Record<string, unknown>): string {
  if ('fromField' in limit) {
    const props = form?.properties as Record<string, { title?: unknown } | undefined> | undefined;
    const title = props?.[limit.fromField]?.title;
    return `${typeof title === 'string' && title !== '' ? title : limit.fromField}内`;
  }
  return limit.unit === 'hours' ? `${limit.amount}小时内` : `${limit.amount}个工作日内`;
}

/** The printed 环节 number of every step: `no`, else the 1-based position among non-end steps. */
export function stepNumbers(def: Pick<ProcessDefinition, 'steps'>): Map<string, string> {
  const numbers = new Map<string, string>();
  let n = 0;
  for (const s of def.steps) {
    if (s.kind === 'end') continue;
    n += 1;
    if (!numbers.has(s.id)) numbers.set(s.id, s.no ?? String(n));
  }
  return numbers;
}

function transitionText(t: Transition, byId: Map<string, StepDef>, numbers: Map<string, string>): string {
  const target = byId.get(t.to);
  const where = target === undefined ? `转到${t.to}` : target.kind === 'end' ? '结束' : `转到${numbers.get(t.to) ?? t.to}`;
  return t.label !== undefined && t.label !== '' ? `${t.label}，${where}` : where;
}

/**
 * The process table of one definition version. Rows follow the order of `def.steps`; `end` steps
 * are not rows. A step's `interfaceText` (even '') wins over the text rendered from its
 * transitions, so a definition can reproduce a document whose 接口说明 cell is empty.
 */
export function toProcessTable(def: ProcessDefinition, version: number): ProcessTable {
  const byId = new Map<string, StepDef>();
  for (const s of def.steps) if (!byId.has(s.id)) byId.set(s.id, s);
  const numbers = stepNumbers(def);

  const rows: ProcessTableRow[] = def.steps
    .filter((s) => s.kind !== 'end')
    .map((s) => ({
      step: numbers.get(s.id) ?? '',
      stepId: s.id,
      name: s.name,
      summary: s.summary !== '' ? s.summary : s.name,
      content: s.content,
      responsible: partiesText(s.responsible),
      participants: partiesText(s.participants),
      timeLimit: s.timeText ?? (s.timeLimit !== undefined ? timeLimitText(s.timeLimit, def.form) : ''),
      interface: s.interfaceText ?? s.transitions.map((t) => transitionText(t, byId, numbers)).join('；'),
    }));

  return {
    key: def.key,
    name: def.name,
    version,
    purpose: def.purpose,
    scope: def.scope,
    forms: [...def.forms],
    rows,
  };
}

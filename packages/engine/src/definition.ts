/**
 * A process definition is data: the 流程表 (process table), the BPMN diagram and the runtime all
 * come from this one object. Validated with zod for shape and by `validateDefinition` for meaning.
 *
 * @example
 * const def: ProcessDefinition = {
 *   key: 'demo.leave', name: '请假', purpose: '规范请假审批', scope: '全体员工',
 *   form: { type: 'object', properties: { days: { type: 'number', title: '天数' } }, required: ['days'] },
 *   start: 'apply',
 *   steps: [
 *     { id: 'apply', name: '申请', kind: 'task', assignee: { type: 'initiator' }, transitions: [{ to: 'approve' }] },
 *     { id: 'approve', name: '部门审批', kind: 'approval', assignee: { type: 'initiatorSupervisor' },
 *       transitions: [{ to: 'gm', when: { '>': [{ var: 'days' }, 3] }, label: '超过3天' }, { to: 'end' }] },
 *     { id: 'gm', name: '总经理审批', kind: 'approval', assignee: { type: 'position', position: '总经理' }, transitions: [{ to: 'end' }] },
 *     { id: 'end', name: '结束', kind: 'end' },
 *   ],
 * };
 */
import { z } from 'zod';

export const StepKind = z.enum(['task', 'approval', 'countersign', 'orsign', 'notify', 'auto', 'wait', 'end']);
export type StepKind = z.infer<typeof StepKind>;

/** Who gets a step's task(s). Positions and departments are named as in the org chart. */
export const AssigneeRule = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('initiator') }),
  z.strictObject({ type: z.literal('user'), username: z.string().min(1) }),
  z.strictObject({ type: z.literal('position'), position: z.string().min(1) }),
  z.strictObject({ type: z.literal('departmentPosition'), department: z.string().min(1), position: z.string().min(1) }),
  z.strictObject({ type: z.literal('initiatorSupervisor') }),
  /** A user (or users) chosen in an earlier step: the form field holds user id(s). */
  z.strictObject({ type: z.literal('fromField'), field: z.string().min(1) }),
  /** Whoever completed an earlier step (e.g. the technician who inspected does the repair). */
  z.strictObject({ type: z.literal('stepActor'), step: z.string().min(1) }),
]);
export type AssigneeRule = z.infer<typeof AssigneeRule>;

export const TimeLimit = z.strictObject({
  amount: z.number().positive(),
  unit: z.enum(['hours', 'workdays']),
  /** Remind this many hours before the limit (default: the engine's setting). */
  remindBeforeHours: z.number().nonnegative().optional(),
});
export type TimeLimit = z.infer<typeof TimeLimit>;

/**
 * ENG-8: a step's limit read from the instance data instead of fixed in the definition — e.g. a
 * 交办事项's 完成期限 chosen by the assigner (TASK-1): `timeLimit: { fromField: 'dueDate' }`.
 * The field holds either a date 'YYYY-MM-DD' (due at close of business of that day, per the host
 * calendar's `closeOfBusiness`, i.e. the company's working hours) or an ISO date-time with a zone
 * (due at that instant). The field must be declared in the form (checked when the definition is
 * published). An empty field means the task has no limit; a value that is neither is refused
 * (`engine.invalidDueField`). The due time is computed when the task is created, like a fixed
 * limit, and gets the same overdue/remind timers and the same 限时结办 listing.
 */
export const FieldTimeLimit = z.strictObject({
  fromField: z.string().min(1),
  /** Remind this many hours before the limit (default: the engine's setting). */
  remindBeforeHours: z.number().nonnegative().optional(),
});
export type FieldTimeLimit = z.infer<typeof FieldTimeLimit>;

/** A step's 时间规定: fixed (`{ amount, unit }`) or from the instance data (`{ fromField }`). */
export const StepTimeLimit = z.union([TimeLimit, FieldTimeLimit]);
export type StepTimeLimit = z.infer<typeof StepTimeLimit>;

/** JSON Logic over the instance data plus `_action` (the action that completed the step). */
export type JsonLogic = Record<string, unknown> | boolean;

export const Transition = z.strictObject({
  to: z.string().min(1),
  /** JSON Logic; absent = always. The first matching transition is taken. */
  when: z.union([z.record(z.string(), z.unknown()), z.boolean()]).optional(),
  /** Shown as the table's 接口说明 and on the diagram's arrow. */
  label: z.string().optional(),
});
export type Transition = z.infer<typeof Transition>;

export const Party = z.strictObject({
  department: z.string().optional(),
  position: z.string().optional(),
  /** The table's own wording when it says more than department/position. */
  text: z.string().optional(),
});
export type Party = z.infer<typeof Party>;

export const StepDef = z.strictObject({
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/),
  /** 环节 number as printed in the documents' table (defaults to the order). */
  no: z.string().optional(),
  name: z.string().min(1),
  kind: StepKind,
  /** 任务概述 */
  summary: z.string().default(''),
  /** 内容及责任 */
  content: z.string().default(''),
  /** 责任方(部门/岗位) */
  responsible: z.array(Party).default([]),
  /** 参与方(部门/岗位) */
  participants: z.array(Party).default([]),
  /** 时间规定, as machine-readable limit: fixed, or `{ fromField }` read from the data (ENG-8) … */
  timeLimit: StepTimeLimit.optional(),
  /** … and as the table's own text (e.g. 维修服务结束后一到三天内). */
  timeText: z.string().optional(),
  /** 接口说明 when the transitions' labels don't say it all. */
  interfaceText: z.string().optional(),
  assignee: AssigneeRule.optional(),
  /** notify steps: who is copied (抄送). */
  cc: z.array(AssigneeRule).optional(),
  /** Fields of the instance form this step fills or may edit. */
  fields: z.array(z.string()).default([]),
  /** Of `fields`, those that must have a value when the step is completed (e.g. a decision routed on). */
  required: z.array(z.string()).default([]),
  /** auto steps: the hook name a module registers. */
  hook: z.string().optional(),
  /** wait steps: how long to wait. */
  wait: TimeLimit.optional(),
  /** approval/countersign/orsign: where a rejection goes (default: end as rejected). */
  onReject: z.string().optional(),
  transitions: z.array(Transition).default([]),
});
export type StepDef = z.infer<typeof StepDef>;

export const ProcessDefinition = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/, 'module.name'),
  version: z.number().int().positive().optional(),
  name: z.string().min(1),
  /** 目的 */
  purpose: z.string().default(''),
  /** 适用范围 */
  scope: z.string().default(''),
  /** Who may start it: permission key (default: any employee). */
  startPermission: z.string().optional(),
  /** JSON Schema (draft 2020-12 subset) of the instance data. */
  form: z.record(z.string(), z.unknown()).default({ type: 'object', properties: {} }),
  /** Titles of the documents' forms this process fills, e.g. 《客户(业主)维修登记表》. */
  forms: z.array(z.string()).default([]),
  start: z.string(),
  steps: z.array(StepDef).min(1),
});
export type ProcessDefinition = z.infer<typeof ProcessDefinition>;
export type ProcessDefinitionInput = z.input<typeof ProcessDefinition>;

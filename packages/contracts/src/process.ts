import { z } from 'zod';
import { Id, IsoTime, Paging, pageOf } from './common.js';

export const ProcessKeyParams = z.strictObject({ key: z.string().regex(/^[a-z][a-z0-9_.]*$/).max(100) });
export const ProcessSummary = z.object({
  key: z.string(),
  version: z.number().int(),
  name: z.string(),
  purpose: z.string(),
  scope: z.string(),
  stepCount: z.number().int(),
  source: z.string(),
  updatedAt: IsoTime,
  /** Whether the current user may start it. */
  canStart: z.boolean(),
});

export const ProcessTableRow = z.object({
  step: z.string(),
  stepId: z.string(),
  name: z.string(),
  summary: z.string(),
  content: z.string(),
  responsible: z.string(),
  participants: z.string(),
  timeLimit: z.string(),
  interface: z.string(),
});
export const ProcessTable = z.object({
  key: z.string(),
  name: z.string(),
  version: z.number().int(),
  purpose: z.string(),
  scope: z.string(),
  forms: z.array(z.string()),
  rows: z.array(ProcessTableRow),
});
export const VersionQuery = z.strictObject({ version: z.coerce.number().int().positive().optional() });

export const StartInstanceBody = z.strictObject({
  processKey: z.string().min(1).max(100),
  data: z.record(z.string(), z.unknown()).default({}),
  title: z.string().trim().min(1).max(200).optional(),
});

export const TaskActionName = z.enum(['claim', 'complete', 'approve', 'reject', 'return', 'transfer', 'add_signer', 'read', 'comment']);
export const InstanceActionName = z.enum(['withdraw', 'urge', 'cancel', 'comment']);
export const ActionBody = z.strictObject({
  comment: z.string().max(5000).optional(),
  data: z.record(z.string(), z.unknown()).optional(),
  toStep: z.string().max(100).optional(),
  userId: Id.optional(),
  position: z.enum(['before', 'after']).optional(),
  reason: z.string().max(2000).optional(),
  attachments: z.array(Id).max(50).optional(),
  revision: z.number().int().nonnegative().optional(),
});
export const TaskActionParams = z.strictObject({ id: Id, action: TaskActionName });
export const InstanceActionParams = z.strictObject({ id: Id, action: InstanceActionName });

export const InboxQuery = z.strictObject({
  view: z.enum(['todo', 'done', 'started', 'cc']).default('todo'),
  q: z.string().trim().max(100).optional(),
  processKey: z.string().max(100).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  ...Paging,
});
export const InboxItem = z.object({
  taskId: Id.nullable(),
  instanceId: Id,
  processKey: z.string(),
  processName: z.string(),
  title: z.string(),
  stepId: z.string().nullable(),
  stepName: z.string().nullable(),
  status: z.string(),
  instanceStatus: z.string(),
  initiatorId: Id,
  initiatorName: z.string().nullable(),
  assigneeId: Id.nullable(),
  assigneeName: z.string().nullable(),
  actingForName: z.string().nullable(),
  claimable: z.boolean(),
  createdAt: IsoTime,
  dueAt: IsoTime.nullable(),
  overdue: z.boolean(),
  completedAt: IsoTime.nullable(),
  outcome: z.string().nullable(),
  revision: z.number().int(),
});
export const InboxPage = pageOf(InboxItem);
export const InboxCounts = z.object({
  todo: z.number().int(),
  done: z.number().int(),
  started: z.number().int(),
  cc: z.number().int(),
  ccUnread: z.number().int(),
  overdue: z.number().int(),
});

const Person = z.object({ id: Id, name: z.string() }).nullable();
export const InstanceDetail = z.object({
  id: Id,
  processKey: z.string(),
  processName: z.string(),
  version: z.number().int(),
  title: z.string(),
  status: z.string(),
  data: z.record(z.string(), z.unknown()),
  initiator: Person,
  owner: Person,
  currentSteps: z.array(z.string()),
  revision: z.number().int(),
  startedAt: IsoTime,
  endedAt: IsoTime.nullable(),
  endReason: z.string().nullable(),
  definition: z.record(z.string(), z.unknown()),
  tasks: z.array(
    z.object({
      id: Id,
      stepId: z.string(),
      stepName: z.string(),
      kind: z.string(),
      status: z.string(),
      assignee: Person,
      candidates: z.array(z.object({ id: Id, name: z.string() })),
      actingFor: Person,
      outcome: z.string().nullable(),
      comment: z.string().nullable(),
      createdAt: IsoTime,
      dueAt: IsoTime.nullable(),
      overdue: z.boolean(),
      completedAt: IsoTime.nullable(),
      completedBy: Person,
      revision: z.number().int(),
    }),
  ),
  events: z.array(
    z.object({
      id: Id,
      at: IsoTime,
      actor: Person,
      actingFor: Person,
      type: z.string(),
      stepId: z.string().nullable(),
      comment: z.string().nullable(),
      data: z.unknown(),
    }),
  ),
  /** What the current user may do now: task actions per open task of his, and instance actions. */
  myActions: z.object({
    tasks: z.array(z.object({ taskId: Id, stepId: z.string(), actions: z.array(TaskActionName), fields: z.array(z.string()), revision: z.number().int() })),
    instance: z.array(InstanceActionName),
    returnTargets: z.array(z.object({ stepId: z.string(), name: z.string() })),
  }),
});

export const OverdueReport = z.object({
  total: z.number().int(),
  byDepartment: z.array(z.object({ departmentId: Id.nullable(), departmentName: z.string(), count: z.number().int() })),
  byPerson: z.array(z.object({ userId: Id.nullable(), name: z.string(), departmentName: z.string(), count: z.number().int() })),
  items: z.array(z.object({ taskId: Id, instanceId: Id, title: z.string(), processKey: z.string(), stepName: z.string(), userId: Id.nullable(), userName: z.string(), departmentName: z.string(), dueAt: IsoTime.nullable(), overdueHours: z.number() })),
});

export const PublishDefinitionBody = z.strictObject({ definition: z.record(z.string(), z.unknown()) });
export const PublishResult = z.object({ key: z.string(), version: z.number().int(), changed: z.boolean() });

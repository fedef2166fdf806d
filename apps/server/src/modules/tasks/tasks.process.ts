/**
 * TASK-1 领导交办/督办 as an engine process, so overdue work shows in 限时结办 (ENG-8) and the
 * inbox, and 首问责任制 (ENG-9) applies. The owner's steps carry the task's own deadline (the
 * 完成期限 chosen by the assigner): their limit is read from the data (`{ fromField: 'dueDate' }`),
 * so the engine itself makes them due at close of business of that date, with its timers.
 */
import type { ProcessDefinitionInput } from '@guanjia/engine';

export const ASSIGNED_KEY = 'tasks.assigned';

const OWNER = { type: 'fromField', field: 'ownerId' } as const;
/** Due at close of business of the 完成期限; remind the owner a day before (the engine's default
 *  is hours, for short steps). */
const DUE_DATE_LIMIT = { fromField: 'dueDate', remindBeforeHours: 24 } as const;

export const assignedTaskProcess: ProcessDefinitionInput = {
  key: ASSIGNED_KEY,
  name: '领导交办事项',
  purpose: '领导交办、督办事项明确责任人和完成期限，定期报告进度，办结须经交办人验收，超期纳入限时结办督办。',
  scope: '适用于公司领导、部门负责人交办的工作及会议决议、大型活动任务的落实。',
  startPermission: 'tasks:assign',
  form: {
    type: 'object',
    title: '交办事项',
    properties: {
      title: { type: 'string', title: '事项', minLength: 1, maxLength: 200 },
      description: { type: 'string', title: '要求', maxLength: 4000 },
      ownerId: { type: 'string', title: '责任人', 'x-user-picker': {} },
      dueDate: { type: 'string', format: 'date', title: '完成期限' },
      attachments: { type: 'array', title: '附件', items: { type: 'string', title: '附件编号' }, maxItems: 20, 'x-attachments': true },
      sourceKind: { type: 'string', title: '来源类型', maxLength: 50 },
      sourceId: { type: 'string', title: '来源编号', maxLength: 64 },
      closureNote: { type: 'string', title: '办结说明', maxLength: 4000 },
    },
    required: ['title', 'ownerId', 'dueDate'],
  },
  start: 'accept',
  steps: [
    {
      id: 'accept', name: '责任人接收', kind: 'task', assignee: OWNER, summary: '接收交办事项', content: '责任人确认接收交办事项', responsible: [{ text: '责任人' }], timeLimit: DUE_DATE_LIMIT, timeText: '交办时确定的完成期限',
      transitions: [{ to: 'work', label: '接收后转到办理' }],
    },
    {
      id: 'work', name: '办理并报告进度', kind: 'task', assignee: OWNER, summary: '办理并报告进度', content: '按要求办理，定期报告进度（文字、完成百分比、附件），完成后申请办结', responsible: [{ text: '责任人' }],
      timeLimit: DUE_DATE_LIMIT, timeText: '交办时确定的完成期限', fields: ['closureNote'],
      transitions: [{ to: 'review', label: '申请办结，转交办人验收' }],
    },
    {
      id: 'review', name: '交办人验收', kind: 'approval', assignee: { type: 'initiator' }, summary: '验收办结', content: '交办人验收办结；不合格退回责任人继续办理', responsible: [{ text: '交办人' }], onReject: 'work',
      transitions: [{ to: 'end', label: '验收通过，办结' }],
    },
    { id: 'end', name: '办结', kind: 'end' },
  ],
};

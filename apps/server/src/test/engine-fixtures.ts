/** Small process definitions that exercise each step kind, for the engine's test matrix. */
import type { ProcessDefinitionInput } from '@guanjia/engine';

const form = (props: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties: props, required });

export const approvalProcess: ProcessDefinitionInput = {
  key: 'test.approval',
  name: '费用审批',
  purpose: '测试：审批、条件分支',
  scope: '测试',
  form: form({ amount: { type: 'number', minimum: 0, title: '金额' }, note: { type: 'string' }, approverId: { type: 'string' } }, ['amount']),
  start: 'review',
  steps: [
    { id: 'review', name: '部门负责人审批', kind: 'approval', assignee: { type: 'initiatorSupervisor' }, timeLimit: { amount: 1, unit: 'workdays' }, fields: ['note'], transitions: [{ to: 'gm', when: { '>': [{ var: 'amount' }, 200] }, label: '金额超过200元' }, { to: 'pay', label: '200元及以下' }] },
    { id: 'gm', name: '总经理审批', kind: 'approval', assignee: { type: 'position', position: '总经理' }, transitions: [{ to: 'pay' }] },
    { id: 'pay', name: '财务付款', kind: 'task', assignee: { type: 'departmentPosition', department: '财务部', position: '出纳' }, fields: ['note'], transitions: [{ to: 'end' }] },
    { id: 'end', name: '结束', kind: 'end' },
  ],
};

export const countersignProcess: ProcessDefinitionInput = {
  key: 'test.countersign',
  name: '会签测试',
  form: form({ topic: { type: 'string' } }),
  start: 'draft',
  steps: [
    { id: 'draft', name: '起草', kind: 'task', assignee: { type: 'initiator' }, fields: ['topic'], transitions: [{ to: 'sign' }] },
    { id: 'sign', name: '会签', kind: 'countersign', assignee: { type: 'position', position: '综合维修人员' }, transitions: [{ to: 'notice' }] },
    { id: 'notice', name: '抄送客服', kind: 'notify', cc: [{ type: 'position', position: '客服专员' }], transitions: [{ to: 'file' }] },
    { id: 'file', name: '归档', kind: 'task', assignee: { type: 'initiator' }, transitions: [{ to: 'end' }] },
    { id: 'end', name: '结束', kind: 'end' },
  ],
};

export const orsignProcess: ProcessDefinitionInput = {
  key: 'test.orsign',
  name: '或签测试',
  form: form({}),
  start: 'sign',
  steps: [
    { id: 'sign', name: '任一技术人员确认', kind: 'orsign', assignee: { type: 'position', position: '综合维修人员' }, transitions: [{ to: 'end' }] },
    { id: 'end', name: '结束', kind: 'end' },
  ],
};

export const claimProcess: ProcessDefinitionInput = {
  key: 'test.claim',
  name: '认领测试',
  form: form({ technicianId: { type: 'string' } }),
  start: 'pick',
  steps: [
    { id: 'pick', name: '客服受理', kind: 'task', assignee: { type: 'position', position: '客服专员' }, fields: ['technicianId'], timeLimit: { amount: 24, unit: 'hours' }, transitions: [{ to: 'fix' }] },
    { id: 'fix', name: '维修', kind: 'task', assignee: { type: 'fromField', field: 'technicianId' }, transitions: [{ to: 'check' }] },
    { id: 'check', name: '验收', kind: 'approval', assignee: { type: 'stepActor', step: 'pick' }, onReject: 'fix', transitions: [{ to: 'end' }] },
    { id: 'end', name: '结束', kind: 'end' },
  ],
};

export const waitProcess: ProcessDefinitionInput = {
  key: 'test.wait',
  name: '等待测试',
  form: form({ checked: { type: 'boolean' } }),
  start: 'a',
  steps: [
    { id: 'a', name: '登记', kind: 'task', assignee: { type: 'initiator' }, transitions: [{ to: 'w' }] },
    { id: 'w', name: '冷静期', kind: 'wait', wait: { amount: 2, unit: 'hours' }, transitions: [{ to: 'auto' }] },
    { id: 'auto', name: '自动检查', kind: 'auto', hook: 'test.check', transitions: [{ to: 'b', when: { '==': [{ var: 'checked' }, true] } }, { to: 'end' }] },
    { id: 'b', name: '复核', kind: 'task', assignee: { type: 'initiator' }, transitions: [{ to: 'end' }] },
    { id: 'end', name: '结束', kind: 'end' },
  ],
};

export const allTestProcesses = [approvalProcess, countersignProcess, orsignProcess, claimProcess, waitProcess];

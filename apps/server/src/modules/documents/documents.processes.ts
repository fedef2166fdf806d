/**
 * DOC-1 收文 and DOC-2 发文 as engine processes. The documents (综合管理部业务流程 一、收、发文业务流程)
 * give only the heading and the note "常规收文由内勤/秘书直接处理"; the steps follow REQUIREMENTS.md
 * DOC-1/DOC-2. Time limits are workdays on the official calendar; an overdue task is urged
 * automatically (documents.hooks.ts) and shows in 限时结办.
 */
import type { ProcessDefinitionInput } from '@guanjia/engine';

export const INCOMING_KEY = 'documents.incoming';
export const OUTGOING_KEY = 'documents.outgoing';
/** Auto hooks: link the instance to its register row; resolve the departments' heads; assign the 文号. */
export const INCOMING_LINK_HOOK = 'documents.incoming.link';
export const INCOMING_ROUTE_HOOK = 'documents.incoming.route';
export const OUTGOING_CREATE_HOOK = 'documents.outgoing.create';
export const OUTGOING_NUMBER_HOOK = 'documents.outgoing.number';

const CLERK = { type: 'departmentPosition', department: '办公室', position: '内勤/秘书' } as const;
const LEADER_PICKER = { department: '公司领导' };

export const incomingForm = {
  type: 'object',
  title: '收文处理',
  properties: {
    docId: { type: 'string', title: '收文编号', minLength: 1 },
    proposal: { type: 'string', title: '拟办意见', minLength: 1, maxLength: 2000 },
    leaderId: { type: 'string', title: '批示领导', 'x-user-picker': LEADER_PICKER },
    instruction: { type: 'string', title: '领导批示', minLength: 1, maxLength: 2000 },
    departmentIds: { type: 'array', title: '承办部门', items: { type: 'string', title: '部门编号' }, minItems: 1, maxItems: 20, uniqueItems: true },
    handlerIds: { type: 'array', title: '承办部门负责人', items: { type: 'string', title: '用户编号' }, 'x-user-picker': {} },
    archiveNote: { type: 'string', title: '归档说明', maxLength: 1000 },
  },
  required: ['docId'],
} as const;

export const incomingProcess: ProcessDefinitionInput = {
  key: INCOMING_KEY,
  name: '收文处理',
  purpose: '规范公司收文的登记、拟办、批示、承办、反馈和归档，做到件件有着落、限时结办。',
  scope: '适用于公司收到的需要领导批示办理的外来公文；常规收文由内勤/秘书直接处理。',
  startPermission: 'documents:register',
  form: incomingForm,
  start: 'link',
  steps: [
    { id: 'link', name: '收文登记', kind: 'auto', hook: INCOMING_LINK_HOOK, summary: '登记收文', content: '内勤/秘书登记来文字号、来文单位、标题、收文日期、紧急程度、密级、份数并扫描来文。', responsible: [{ department: '办公室', position: '内勤/秘书' }], transitions: [{ to: 'propose' }] },
    {
      id: 'propose', no: '1', name: '拟办', kind: 'task', summary: '提出拟办意见',
      content: '办公室提出拟办意见，选择呈批领导。', responsible: [{ department: '办公室', position: '内勤/秘书' }],
      timeText: '收文后1个工作日内', timeLimit: { amount: 1, unit: 'workdays' },
      assignee: { type: 'initiator' }, fields: ['proposal', 'leaderId'], required: ['proposal', 'leaderId'], transitions: [{ to: 'instruct' }],
    },
    {
      id: 'instruct', no: '2', name: '领导批示', kind: 'task', summary: '领导批示',
      content: '领导阅批，写明批示意见并指定承办部门（可多个）。', responsible: [{ position: '总经理', text: '总经理/常务副总' }],
      timeText: '2个工作日内', timeLimit: { amount: 2, unit: 'workdays' },
      assignee: { type: 'fromField', field: 'leaderId' }, fields: ['instruction', 'departmentIds'], required: ['instruction', 'departmentIds'], transitions: [{ to: 'route' }],
    },
    { id: 'route', name: '分送承办部门', kind: 'auto', hook: INCOMING_ROUTE_HOOK, fields: ['handlerIds'], summary: '分送承办部门', content: '按批示分送各承办部门负责人，并传阅登记。', transitions: [{ to: 'handle' }] },
    {
      id: 'handle', no: '3', name: '承办反馈', kind: 'countersign', summary: '各部门承办并反馈',
      content: '各承办部门负责人按批示办理，填写办理结果反馈（每个部门一项任务）。', responsible: [{ text: '承办部门负责人' }],
      timeText: '3个工作日内', timeLimit: { amount: 3, unit: 'workdays' }, interfaceText: '退回则交领导重新批示',
      assignee: { type: 'fromField', field: 'handlerIds' }, onReject: 'instruct', transitions: [{ to: 'archive' }],
    },
    {
      id: 'archive', no: '4', name: '归档', kind: 'task', summary: '办结归档',
      content: '内勤/秘书汇总办理情况，办结归档。', responsible: [{ department: '办公室', position: '内勤/秘书' }],
      timeLimit: { amount: 2, unit: 'workdays' }, assignee: { type: 'initiator' }, fields: ['archiveNote'], transitions: [{ to: 'end' }],
    },
    { id: 'end', name: '办结', kind: 'end' },
  ],
};

export const outgoingForm = {
  type: 'object',
  title: '发文拟稿',
  properties: {
    title: { type: 'string', title: '标题', minLength: 1, maxLength: 200 },
    body: { type: 'string', title: '正文', maxLength: 20000 },
    attachments: { type: 'array', title: '附件', items: { type: 'string', title: '附件编号' }, maxItems: 20, 'x-attachments': true },
    mainTo: { type: 'string', title: '主送', minLength: 1, maxLength: 500 },
    ccTo: { type: 'string', title: '抄送', maxLength: 500 },
    secrecy: { type: 'string', title: '密级', enum: ['普通', '秘密', '机密'] },
    urgency: { type: 'string', title: '紧急程度', enum: ['普通', '急', '特急'] },
    legalReview: { type: 'boolean', title: '需法务审核' },
    signerId: { type: 'string', title: '签发领导', 'x-user-picker': LEADER_PICKER },
    prefix: { type: 'string', title: '文号前缀', minLength: 1, maxLength: 20 },
    docId: { type: 'string', title: '发文编号' },
    number: { type: 'string', title: '文号' },
    dispatchNote: { type: 'string', title: '分发情况', maxLength: 1000 },
  },
  required: ['title', 'mainTo', 'secrecy', 'urgency', 'signerId'],
} as const;

export const outgoingProcess: ProcessDefinitionInput = {
  key: OUTGOING_KEY,
  name: '发文办理',
  purpose: '规范公司对外发文的拟稿、审核、签发、编号、用印、分发和归档，文号连续不重号、不空号。',
  scope: '适用于以公司名义对外发出的公文。',
  form: outgoingForm,
  start: 'create',
  steps: [
    { id: 'create', name: '拟稿', kind: 'auto', hook: OUTGOING_CREATE_HOOK, fields: ['docId'], summary: '拟稿', content: '承办部门拟稿：标题、正文或附件、主送、抄送、密级、紧急程度，注明是否需法务审核。', transitions: [{ to: 'deptReview' }] },
    {
      id: 'deptReview', no: '1', name: '部门审核', kind: 'approval', summary: '部门负责人审核', content: '拟稿部门负责人审核文稿。',
      timeLimit: { amount: 2, unit: 'workdays' }, assignee: { type: 'initiatorSupervisor' },
      transitions: [{ to: 'legal', when: { '==': [{ var: 'legalReview' }, true] }, label: '需法务审核' }, { to: 'sign', label: '无需法务审核' }],
    },
    {
      id: 'legal', no: '2', name: '法务审核', kind: 'approval', summary: '法务合法性审查', content: '法务专员审查需法务审核的对外发文的合法性。',
      responsible: [{ department: '法务部', position: '法务专员' }], timeLimit: { amount: 2, unit: 'workdays' },
      assignee: { type: 'departmentPosition', department: '法务部', position: '法务专员' }, transitions: [{ to: 'sign' }],
    },
    {
      id: 'sign', no: '3', name: '签发', kind: 'approval', summary: '领导签发', content: '公司领导审定签发。',
      responsible: [{ text: '公司领导' }], timeLimit: { amount: 2, unit: 'workdays' }, assignee: { type: 'fromField', field: 'signerId' }, transitions: [{ to: 'numbering' }],
    },
    {
      id: 'numbering', no: '4', name: '编号', kind: 'task', summary: '编发文号', content: '办公室选择文号前缀，系统按前缀和年度连续编号（不空号、不重号）。',
      responsible: [{ department: '办公室', position: '内勤/秘书' }], timeLimit: { amount: 1, unit: 'workdays' },
      assignee: CLERK, fields: ['prefix'], required: ['prefix'], transitions: [{ to: 'assignNumber' }],
    },
    { id: 'assignNumber', name: '生成文号', kind: 'auto', hook: OUTGOING_NUMBER_HOOK, fields: ['number'], transitions: [{ to: 'seal' }] },
    {
      id: 'seal', no: '5', name: '用印', kind: 'task', summary: '加盖公章', content: '行政专员核对签发稿与文号后用印。',
      responsible: [{ department: '行政部', position: '行政专员' }], timeLimit: { amount: 1, unit: 'workdays' },
      assignee: { type: 'departmentPosition', department: '行政部', position: '行政专员' }, transitions: [{ to: 'dispatch' }],
    },
    {
      id: 'dispatch', no: '6', name: '分发', kind: 'task', summary: '发出公文', content: '办公室按主送、抄送发出公文并登记。',
      timeLimit: { amount: 1, unit: 'workdays' }, assignee: CLERK, fields: ['dispatchNote'], transitions: [{ to: 'archive' }],
    },
    { id: 'archive', no: '7', name: '归档', kind: 'task', summary: '发文归档', content: '签发稿、正式文本归档。', assignee: CLERK, transitions: [{ to: 'end' }] },
    { id: 'end', name: '办结', kind: 'end' },
  ],
};

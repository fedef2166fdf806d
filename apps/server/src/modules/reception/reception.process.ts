/**
 * RCP-1: 接待申请 on the engine, from the documents' 八、接待工作业务流程 (only the heading survives in
 * the seed text; the steps follow REQUIREMENTS RCP-1). Texts marked DERIVED are not in the documents.
 *
 * Route: check (auto: mirror row, approval tier by level and budget) → 综合部部长审批 → 常务副总审批
 * only when `approvalTier` = leader → 行政专员接待安排 (creates the linked car request, room booking
 * and gift issue) → 费用结算 (actual cost per line vs budget) → 接待总结 (the requester) → end.
 */
import type { ProcessDefinitionInput } from '@guanjia/engine';
import { EXPENSE_CATEGORIES, RECEPTION_LEVELS } from './reception.rules.js';

export const RECEPTION_KEY = 'reception.request';
export const RECEPTION_CHECK_HOOK = 'reception.request.check';
const ADMIN_SPECIALIST = { type: 'departmentPosition', department: '行政部', position: '行政专员' } as const;

const fen = (title: string) => ({ type: 'integer', title, minimum: 0, maximum: 1_000_000_000, 'x-money': 'fen' }) as const;

export const receptionForm = {
  type: 'object',
  title: '接待申请',
  properties: {
    visitorOrg: { type: 'string', title: '来访单位', minLength: 1, maxLength: 100 },
    guestCount: { type: 'integer', title: '来访人数', minimum: 1, maximum: 500 },
    guests: {
      type: 'array',
      title: '来宾名单',
      maxItems: 100,
      items: {
        type: 'object',
        properties: { name: { type: 'string', title: '姓名', maxLength: 50 }, company: { type: 'string', title: '单位', maxLength: 100 }, title: { type: 'string', title: '职务', maxLength: 50 } },
        required: ['name'],
      },
    },
    level: { type: 'string', title: '接待规格', enum: Object.values(RECEPTION_LEVELS) },
    purpose: { type: 'string', title: '来访事由', minLength: 1, maxLength: 500 },
    startDate: { type: 'string', format: 'date', title: '来访日期' },
    endDate: { type: 'string', format: 'date', title: '离开日期' },
    needMeals: { type: 'boolean', title: '安排用餐' },
    needHotel: { type: 'boolean', title: '安排住宿' },
    needCar: { type: 'boolean', title: '安排用车' },
    needRoom: { type: 'boolean', title: '安排会议室' },
    needGifts: { type: 'boolean', title: '准备礼品' },
    giftLines: {
      type: 'array',
      title: '所需礼品',
      maxItems: 20,
      items: {
        type: 'object',
        properties: { itemId: { type: 'string' }, quantity: { type: 'integer', minimum: 1, maximum: 100000 }, unit: { type: 'string', enum: ['pack', 'carton'] } },
        required: ['itemId', 'quantity'],
      },
    },
    budgetLines: {
      type: 'array',
      title: '预算明细',
      maxItems: 20,
      items: { type: 'object', properties: { category: { type: 'string', enum: [...EXPENSE_CATEGORIES] }, amountFen: fen('预算金额') }, required: ['category', 'amountFen'] },
    },
    budgetFen: fen('接待预算'),
    // Set by the check step (server side).
    receptionId: { type: 'string', title: '接待编号' },
    approvalTier: { type: 'string', title: '审批级别', enum: ['manager', 'leader'] },
    approvalLabel: { type: 'string', title: '审批' },
    // Step 费用结算.
    expenses: {
      type: 'array',
      title: '费用结算',
      maxItems: 20,
      items: {
        type: 'object',
        properties: { category: { type: 'string', enum: [...EXPENSE_CATEGORIES] }, budgetFen: fen('预算'), actualFen: fen('实际'), note: { type: 'string', maxLength: 200 } },
        required: ['category', 'actualFen'],
      },
    },
    actualFen: fen('实际费用合计'),
    // Step 接待总结.
    summary: { type: 'string', title: '接待总结', maxLength: 2000 },
  },
  required: ['visitorOrg', 'guestCount', 'level', 'purpose', 'startDate', 'endDate'],
} as const;

export const receptionProcess: ProcessDefinitionInput = {
  key: RECEPTION_KEY,
  name: '接待工作业务流程',
  // DERIVED: the seed text keeps the heading 八、接待工作业务流程 and the duty "负责公司的正常接待工作".
  purpose: '规范公司来访接待的申请、审批、安排、费用结算与总结,热情接待、礼貌待人,节约费用。',
  scope: '来公司参观、考察、办事的单位和人员的接待(用餐、住宿、用车、会议室、礼品)。',
  forms: ['接待登记'],
  form: receptionForm,
  start: 'check',
  steps: [
    {
      id: 'check',
      no: '1',
      name: '提交接待申请',
      kind: 'auto',
      hook: RECEPTION_CHECK_HOOK,
      summary: '接待部门填写来访单位、人员、规格、事由、日期、需求与预算',
      content: '接待部门(人)填写接待申请:来访单位、来宾名单与人数、接待规格、来访事由、日期,用餐、住宿、用车、会议室、礼品需求及预算。',
      responsible: [{ text: '接待部门(人)' }],
      fields: ['receptionId', 'approvalTier', 'approvalLabel', 'budgetFen'],
      transitions: [{ to: 'manager' }],
    },
    {
      id: 'manager',
      no: '2',
      name: '综合部部长审批',
      kind: 'approval',
      summary: '综合部部长审核接待规格与预算',
      content: '综合部部长审核接待规格、安排与预算;贵宾接待或预算超过限额的报常务副总审批。',
      responsible: [{ department: '综合管理部', position: '综合部部长' }],
      assignee: { type: 'departmentPosition', department: '综合管理部', position: '综合部部长' },
      transitions: [{ to: 'leader', when: { '==': [{ var: 'approvalTier' }, 'leader'] }, label: '贵宾接待或超预算限额' }, { to: 'arrange' }],
    },
    {
      id: 'leader',
      no: '3',
      name: '常务副总审批',
      kind: 'approval',
      summary: '贵宾接待或预算超过限额由常务副总审批',
      content: '贵宾接待或预算超过限额的接待由常务副总审批。',
      responsible: [{ department: '公司领导', position: '常务副总' }],
      assignee: { type: 'departmentPosition', department: '公司领导', position: '常务副总' },
      transitions: [{ to: 'arrange' }],
    },
    {
      id: 'arrange',
      no: '4',
      name: '接待安排',
      kind: 'task',
      summary: '行政专员安排用车、会议室、礼品、用餐与住宿',
      content: '行政专员按批准的接待申请安排:派车申请(用车)、预订会议室、礼品领用,落实用餐与住宿。需要的安排未落实的,不能进入结算。',
      responsible: [{ department: '行政部', position: '行政专员' }],
      participants: [{ department: '综合管理部' }],
      assignee: ADMIN_SPECIALIST,
      transitions: [{ to: 'settle' }],
    },
    {
      id: 'settle',
      no: '5',
      name: '费用结算',
      kind: 'task',
      summary: '按明细登记实际费用并与预算对比',
      content: '接待结束后,行政专员按用餐、住宿、用车、礼品等明细登记实际费用,与预算对比后结算。',
      responsible: [{ department: '行政部', position: '行政专员' }],
      assignee: ADMIN_SPECIALIST,
      fields: ['expenses', 'actualFen'],
      required: ['expenses'],
      transitions: [{ to: 'summary' }],
    },
    {
      id: 'summary',
      no: '6',
      name: '接待总结',
      kind: 'task',
      summary: '接待部门(人)总结接待工作',
      content: '接待部门(人)对本次接待的安排、效果和费用进行总结。',
      responsible: [{ text: '接待部门(人)' }],
      assignee: { type: 'initiator' },
      fields: ['summary'],
      required: ['summary'],
      transitions: [{ to: 'end' }],
    },
    { id: 'end', name: '结束', kind: 'end' },
  ],
};

/**
 * ARC-2 档案借阅/复印管理业务流程 (the documents list the flow by name only: 七、档案借阅/复印管理业务流程).
 * The approver rises with the item's secrecy: 普通 → 综合部部长, 秘密/机密 → 总经理 (a JSON Logic
 * transition on the `secrecy` the first step copies from the catalog). The archive keeper (办公室
 * 内勤/秘书, whose office files and archives documents) lends the item out or makes the copies, then
 * checks the return (condition, pages complete).
 */
import type { ProcessDefinitionInput } from '@guanjia/engine';
import { GM_SECRECY, SECRECY_LEVELS } from './archives.rules.js';

export const BORROW_KEY = 'archives.borrow';

export const KEEPER = { type: 'departmentPosition', department: '办公室', position: '内勤/秘书' } as const;
export const ADMIN_MANAGER = { type: 'departmentPosition', department: '综合管理部', position: '综合部部长' } as const;
export const GM = { type: 'position', position: '总经理' } as const;
const P_KEEPER = { department: '办公室', position: '内勤/秘书', text: '档案管理员(办公室内勤/秘书)' };

const isGm = { in: [{ var: 'secrecy' }, [...GM_SECRECY]] };
const isCopy = { '==': [{ var: 'kind' }, '复印'] };

export const borrowProcess: ProcessDefinitionInput = {
  key: BORROW_KEY,
  name: '档案借阅/复印流程',
  purpose: '规范公司档案的借阅与复印:按密级审批,按期归还,归还时检查完好,复印份数登记在案。',
  scope: '本流程适用于公司员工借阅、复印公司档案(含重要合同、协议)。',
  forms: ['《档案借阅/复印登记表》'],
  form: {
    type: 'object',
    title: '档案借阅/复印',
    properties: {
      number: { type: 'string', title: '档号', minLength: 1, maxLength: 50 },
      kind: { type: 'string', title: '申请类别', enum: ['借阅', '复印'] },
      purpose: { type: 'string', title: '借阅/复印用途', minLength: 1, maxLength: 500 },
      dueOn: { type: 'string', format: 'date', title: '归还日期(借阅)' },
      copies: { type: 'integer', title: '复印份数', minimum: 0, maximum: 50 },
      secrecy: { type: 'string', title: '密级', enum: [...SECRECY_LEVELS] },
      copiesMade: { type: 'integer', title: '实际复印份数', minimum: 0, maximum: 50 },
      returnCondition: { type: 'string', title: '归还检查情况', maxLength: 1000 },
      pagesComplete: { type: 'boolean', title: '页数齐全、无污损' },
    },
    required: ['number', 'kind', 'purpose'],
  },
  start: 'request',
  steps: [
    {
      id: 'request',
      no: '1',
      name: '提出申请',
      kind: 'auto',
      hook: 'archives.borrowRequested',
      summary: '借阅人填写档号、用途、归还日期或复印份数',
      content: '借阅人写明所借档案的档号、借阅/复印用途;借阅须填归还日期,复印须填份数。已借出的档案不能再借。',
      responsible: [{ text: '借阅人' }],
      fields: ['secrecy'],
      transitions: [
        { to: 'gm', when: isGm, label: '秘密、机密档案' },
        { to: 'manager', label: '普通档案' },
      ],
    },
    {
      id: 'manager',
      no: '2',
      name: '综合部部长审批',
      kind: 'approval',
      summary: '普通档案由综合部部长审批',
      content: '综合部部长审核借阅/复印用途,同意后交档案管理员办理。',
      responsible: [{ department: '综合管理部', position: '综合部部长' }],
      assignee: ADMIN_MANAGER,
      transitions: [{ to: 'copy', when: isCopy, label: '复印' }, { to: 'lend', label: '借阅' }],
    },
    {
      id: 'gm',
      no: '2',
      name: '总经理审批',
      kind: 'approval',
      summary: '秘密、机密档案由总经理审批',
      content: '密级为秘密、机密的档案,借阅或复印须经总经理同意。',
      responsible: [{ position: '总经理' }],
      assignee: GM,
      transitions: [{ to: 'copy', when: isCopy, label: '复印' }, { to: 'lend', label: '借阅' }],
    },
    {
      id: 'lend',
      no: '3',
      name: '借出登记',
      kind: 'task',
      summary: '档案管理员借出档案,登记借出时间和归还日期',
      content: '档案管理员核对档号,将档案交借阅人,登记借出;到期未还的,系统每天提醒借阅人和档案管理员。',
      responsible: [P_KEEPER],
      participants: [{ text: '借阅人' }],
      assignee: KEEPER,
      transitions: [{ to: 'lent' }],
    },
    { id: 'lent', no: '3', name: '登记借出', kind: 'auto', hook: 'archives.lent', summary: '档案状态改为借出', responsible: [P_KEEPER], transitions: [{ to: 'return' }] },
    {
      id: 'return',
      no: '4',
      name: '归还检查',
      kind: 'task',
      summary: '档案管理员检查归还档案的完好和页数',
      content: '借阅人按期归还,档案管理员当面检查档案是否完好、页数是否齐全,登记归还。',
      responsible: [P_KEEPER],
      participants: [{ text: '借阅人' }],
      assignee: KEEPER,
      fields: ['returnCondition', 'pagesComplete'],
      required: ['pagesComplete'],
      transitions: [{ to: 'returned' }],
    },
    { id: 'returned', no: '4', name: '登记归还', kind: 'auto', hook: 'archives.returned', summary: '档案归架', responsible: [P_KEEPER], transitions: [{ to: 'end' }] },
    {
      id: 'copy',
      no: '3',
      name: '复印登记',
      kind: 'task',
      summary: '档案管理员复印并登记份数',
      content: '档案不出档案室,由档案管理员复印,登记实际复印份数交申请人。',
      responsible: [P_KEEPER],
      assignee: KEEPER,
      fields: ['copiesMade'],
      required: ['copiesMade'],
      transitions: [{ to: 'copied' }],
    },
    { id: 'copied', no: '3', name: '登记复印份数', kind: 'auto', hook: 'archives.copied', summary: '复印份数记入登记表', responsible: [P_KEEPER], transitions: [{ to: 'end' }] },
    { id: 'end', name: '结束', kind: 'end' },
  ],
};

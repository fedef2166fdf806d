/**
 * SEAL-2 用印申请: the requester names the seal, the document or contract, purpose and copies; the
 * department head and the 综合部部长 approve, the 总经理 too when `needsGm` (contracts, 法人章 …,
 * taking the seal out — see seals.rules.ts); the seal's keeper stamps and the use is logged
 * (印章使用登记). A seal taken out of the office comes back through a return step.
 */
import type { ProcessDefinitionInput } from '@guanjia/engine';

export const USE_KEY = 'seals.use';

const ADMIN_MANAGER = { type: 'departmentPosition', department: '综合管理部', position: '综合部部长' } as const;
const P_KEEPER = { text: '印章保管人' };

export const useProcess: ProcessDefinitionInput = {
  key: USE_KEY,
  name: '用印申请流程',
  purpose: '规范公司印章的使用:用印须经审批,由印章保管人盖章并登记,印章外带须经批准并按时交回。',
  scope: '本流程适用于公司各类印章(公章、合同章、财务章、法人章等)的使用和外带。',
  forms: ['《用印申请单》', '《印章使用登记表》'],
  form: {
    type: 'object',
    title: '用印申请',
    properties: {
      seal: { type: 'string', title: '印章名称', minLength: 1, maxLength: 100 },
      docKind: { type: 'string', title: '用印文件类别', enum: ['文件', '合同'] },
      document: { type: 'string', title: '文件/合同名称', minLength: 1, maxLength: 200 },
      purpose: { type: 'string', title: '用印事由', minLength: 1, maxLength: 500 },
      copies: { type: 'integer', title: '用印份数', minimum: 1, maximum: 1000 },
      takeOut: { type: 'boolean', title: '印章外带' },
      returnBy: { type: 'string', format: 'date-time', title: '外带交回时间' },
      files: { type: 'array', title: '用印文件', items: { type: 'string', title: '附件编号' }, maxItems: 20, 'x-attachments': true },
      sealType: { type: 'string', title: '印章类别' },
      keeperId: { type: 'string', title: '印章保管人', 'x-user-picker': {} },
      needsGm: { type: 'boolean', title: '须总经理审批' },
      headIsManager: { type: 'boolean', title: '部门负责人即综合部部长' },
      useNotes: { type: 'string', title: '用印情况说明', maxLength: 500 },
      returnNotes: { type: 'string', title: '交回情况', maxLength: 500 },
    },
    required: ['seal', 'docKind', 'document', 'purpose', 'copies'],
  },
  start: 'request',
  steps: [
    {
      id: 'request',
      no: '1',
      name: '提出用印申请',
      kind: 'auto',
      hook: 'seals.useRequested',
      summary: '申请人填写用印文件、份数、事由,选择印章',
      content: '申请人写明用印的文件或合同、用印事由和份数,选择印章;需要把印章带出公司的,勾选印章外带并写明交回时间。',
      responsible: [{ text: '申请人' }],
      // Filled by the step's hook from the register and the settings, never by the requester.
      fields: ['sealType', 'keeperId', 'needsGm', 'headIsManager'],
      transitions: [
        { to: 'manager', when: { '==': [{ var: 'headIsManager' }, true] }, label: '部门负责人即综合部部长' },
        { to: 'head' },
      ],
    },
    {
      id: 'head',
      no: '2',
      name: '部门负责人审核',
      kind: 'approval',
      summary: '申请人所在部门负责人审核用印事由',
      content: '部门负责人审核用印文件内容和事由是否属实。',
      responsible: [{ text: '部门负责人' }],
      assignee: { type: 'initiatorSupervisor' },
      transitions: [{ to: 'manager' }],
    },
    {
      id: 'manager',
      no: '3',
      name: '综合部部长审批',
      kind: 'approval',
      summary: '综合管理部负责公司印章的管理、使用和登记',
      content: '综合部部长审批用印;合同、法人章用印和印章外带还须总经理审批。',
      responsible: [{ department: '综合管理部', position: '综合部部长' }],
      assignee: ADMIN_MANAGER,
      transitions: [{ to: 'gm', when: { '==': [{ var: 'needsGm' }, true] }, label: '合同、法人章、外带' }, { to: 'use' }],
    },
    {
      id: 'gm',
      no: '4',
      name: '总经理审批',
      kind: 'approval',
      summary: '合同、法人章用印和印章外带由总经理审批',
      responsible: [{ position: '总经理' }],
      assignee: { type: 'position', position: '总经理' },
      transitions: [{ to: 'use' }],
    },
    {
      id: 'use',
      no: '5',
      name: '盖章登记',
      kind: 'task',
      summary: '印章保管人核对审批和文件后盖章,登记用印',
      content: '印章保管人核对审批意见和用印文件,按批准的份数盖章,在《印章使用登记表》上登记;外带的,交申请人带出。',
      responsible: [P_KEEPER],
      assignee: { type: 'fromField', field: 'keeperId' },
      fields: ['useNotes'],
      transitions: [{ to: 'logged' }],
    },
    {
      id: 'logged',
      no: '5',
      name: '记入印章使用登记',
      kind: 'auto',
      hook: 'seals.used',
      summary: '用印记入登记表',
      responsible: [P_KEEPER],
      transitions: [{ to: 'return', when: { '==': [{ var: 'takeOut' }, true] }, label: '印章外带' }, { to: 'end' }],
    },
    {
      id: 'return',
      no: '6',
      name: '印章交回',
      kind: 'task',
      summary: '外带的印章按时交回保管人',
      content: '申请人按批准的时间交回印章,保管人检查后登记交回。',
      responsible: [P_KEEPER],
      participants: [{ text: '申请人' }],
      assignee: { type: 'fromField', field: 'keeperId' },
      fields: ['returnNotes'],
      transitions: [{ to: 'returned' }],
    },
    { id: 'returned', no: '6', name: '登记交回', kind: 'auto', hook: 'seals.returned', summary: '印章交回,状态恢复在办公室', responsible: [P_KEEPER], transitions: [{ to: 'end' }] },
    { id: 'end', name: '结束', kind: 'end' },
  ],
};

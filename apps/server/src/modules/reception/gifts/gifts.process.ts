/**
 * GIFT-1/2: 礼品领用 (gift issue) on the engine, from the documents' 四、接待礼品管理业务流程 and its
 * note "5包以下烟由部长助理审核签字;5包以上1条以下由部长审核签字;1条以上由常务副总审核签字".
 *
 * Route: check (auto: lines, stock, GIFT-2 tier computed server-side by gifts.rules.ts and stored
 * as `tier`) → 部长助理 / 综合部部长 / 常务副总 审核签字 (JSON Logic on `tier`) → 行政专员发放
 * (stock goes out when the keeper completes it) → end. Texts marked DERIVED are not in the documents.
 */
import type { ProcessDefinitionInput } from '@guanjia/engine';

export const GIFT_ISSUE_KEY = 'reception.gift_issue';
export const GIFT_CHECK_HOOK = 'reception.giftIssue.check';

export const giftIssueForm = {
  type: 'object',
  title: '礼品领用',
  properties: {
    purpose: { type: 'string', title: '领用事由', maxLength: 500 },
    receptionId: { type: 'string', title: '接待编号' },
    lines: {
      type: 'array',
      title: '领用明细',
      minItems: 1,
      maxItems: 20,
      items: {
        type: 'object',
        properties: {
          itemId: { type: 'string', title: '礼品' },
          quantity: { type: 'integer', title: '数量', minimum: 1, maximum: 100000 },
          unit: { type: 'string', title: '单位', enum: ['pack', 'carton'] },
        },
        required: ['itemId', 'quantity'],
      },
    },
    // Set by the check step (server side), shown read-only; the transitions route on `tier`.
    tier: { type: 'string', title: '审核签字级别', enum: ['assistant', 'manager', 'vp'] },
    tierLabel: { type: 'string', title: '审核签字人' },
    packs: { type: 'integer', title: '香烟（包）' },
    valueFen: { type: 'integer', title: '礼品金额', 'x-money': 'fen' },
    linesText: { type: 'string', title: '领用清单' },
    issueId: { type: 'string', title: '领用单号' },
  },
  required: ['purpose', 'lines'],
} as const;

const approval = (id: string, no: string, name: string, who: string, assignee: ProcessDefinitionInput['steps'][number]['assignee'], when: string) => ({
  id,
  no,
  name,
  kind: 'approval' as const,
  summary: `${when}由${who}审核签字`,
  content: '5包以下烟由部长助理审核签字;5包以上1条以下由部长审核签字;1条以上由常务副总审核签字。',
  responsible: [{ position: who }],
  assignee,
  transitions: [{ to: 'issue' }],
});

export const giftIssueProcess: ProcessDefinitionInput = {
  key: GIFT_ISSUE_KEY,
  name: '接待礼品管理业务流程',
  // DERIVED: the seed text gives the section heading and the signing note only.
  purpose: '规范接待礼品(香烟、酒、茶叶、纪念品等)的领用审批与出库登记,做到账物相符。',
  scope: '公司接待所需礼品的领用。',
  forms: ['礼品出入库登记'],
  form: giftIssueForm,
  start: 'check',
  steps: [
    {
      id: 'check',
      no: '1',
      name: '提交领用申请',
      kind: 'auto',
      hook: GIFT_CHECK_HOOK,
      summary: '填写领用礼品、数量和事由',
      content: '领用人填写领用礼品的品名、数量(香烟按包或条,1条=10包)及事由;系统按香烟数量或礼品金额确定审核签字人。',
      responsible: [{ text: '领用人' }],
      fields: ['tier', 'tierLabel', 'packs', 'valueFen', 'linesText', 'issueId'],
      transitions: [
        { to: 'assistant', when: { '==': [{ var: 'tier' }, 'assistant'] }, label: '5包及以下' },
        { to: 'manager', when: { '==': [{ var: 'tier' }, 'manager'] }, label: '5包以上1条以下' },
        { to: 'vp', label: '1条以上' },
      ],
    },
    approval('assistant', '2a', '部长助理审核签字', '部长助理', { type: 'departmentPosition', department: '综合管理部', position: '部长助理' }, '5包以下烟(或小额礼品)'),
    approval('manager', '2b', '部长审核签字', '综合部部长', { type: 'departmentPosition', department: '综合管理部', position: '综合部部长' }, '5包以上1条以下烟(或中额礼品)'),
    approval('vp', '2c', '常务副总审核签字', '常务副总', { type: 'departmentPosition', department: '公司领导', position: '常务副总' }, '1条以上烟(或大额礼品)'),
    {
      id: 'issue',
      no: '3',
      name: '礼品发放出库',
      kind: 'task',
      summary: '行政专员核对后发放礼品并登记出库',
      content: '行政专员按审核签字后的领用单发放礼品,登记礼品出库,库存不足的不能发放。',
      responsible: [{ department: '行政部', position: '行政专员' }],
      assignee: { type: 'departmentPosition', department: '行政部', position: '行政专员' },
      transitions: [{ to: 'end' }],
    },
    { id: 'end', name: '结束', kind: 'end' },
  ],
};

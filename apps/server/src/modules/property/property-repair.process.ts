/**
 * PRP-1: 综合维修服务流程 (物业公司综合维修服务流程), reproduced from the documents' 9-step table.
 *
 * Source: seed/000_497fcda3ce2c9e54.txt, the table headed "武汉XXXX物业管理有限企业 / 综合维修服务流程".
 * The text was extracted from a table: its cells are out of order (rows 7, 8, the 接口说明 of 3,
 * rows 4, 5, 6, 9, then the title, 目的, 适用范围, the header and rows 1–2). How each cell was
 * put back in its row is written beside the step below.
 *
 * Character fixes (and only these): the text uses character-substitution variants, fixed here
 * as 旳→的, 合用→适用, 阐明→说明, 完毕→完成 (the last only in "完成本次服务"; the form keeps the
 * name 《维修完毕登记表》 as the documents and the rest of the system call it). Everything else is
 * verbatim, including the documents' half-width commas and words such as 企业, 有关, 承认, 对应
 * and 规定 that may be substitutions too (公司, 相关, 认可, 相应, 要求) but are left as written.
 *
 * Texts marked DERIVED are not in the extracted text (the extraction lost row 3's 任务概述 and
 * 内容及责任 and the 责任方 of rows 2–3); they are filled from REQUIREMENTS.md PRP-1 and the
 * rest of the table.
 *
 * Assignees use the demo company's positions (platform/demo/demo-company.ts): 维修部/维修部主任,
 * 维修部/综合维修人员 (chosen by name in step 2: `technicianIds`), 客服部/客服部主管. The
 * 《客户(业主)维修登记表》 is filled by 客服部 when it starts the instance (the initiator);
 * step 1 is 维修部 receiving it.
 */
import type { ProcessDefinitionInput } from '@guanjia/engine';

const REGISTRATION = '《客户(业主)维修登记表》';
const COMPLETION = '《维修完毕登记表》';

const REPAIR_DIRECTOR = { type: 'departmentPosition', department: '维修部', position: '维修部主任' } as const;
const TECHNICIANS = { type: 'fromField', field: 'technicianIds' } as const;
const CS_SUPERVISOR = { type: 'departmentPosition', department: '客服部', position: '客服部主管' } as const;

/** 维修部/综合维修人员: the cell the table prints as "综合维修人员" over "维修部" (rows 4, 5, 7). */
const TECHNICIAN_PARTY = { department: '维修部', position: '综合维修人员' };

export const propertyRepairForm = {
  type: 'object',
  title: '综合维修服务',
  properties: {
    // 《客户(业主)维修登记表》 — filled by 客服部 when the instance starts.
    ownerName: { type: 'string', title: '业主(客户)姓名', minLength: 1, maxLength: 50, 'x-form': REGISTRATION },
    ownerPhone: { type: 'string', title: '联系电话', pattern: '^[0-9+\\- ]{5,20}$', 'x-form': REGISTRATION },
    address: { type: 'string', title: '地址(楼栋/单元/房号)', minLength: 1, maxLength: 200, 'x-form': REGISTRATION },
    equipment: { type: 'string', title: '维修设备/部位', maxLength: 100, 'x-form': REGISTRATION },
    problem: { type: 'string', title: '维修问题描述', minLength: 1, maxLength: 2000, 'x-form': REGISTRATION },
    reportedAt: { type: 'string', format: 'date-time', title: '报修时间', 'x-form': REGISTRATION },
    photos: {
      type: 'array',
      title: '现场照片',
      items: { type: 'string', title: '附件编号' },
      maxItems: 20,
      'x-attachments': true,
      'x-form': REGISTRATION,
    },
    // Step 2: the technicians chosen by 维修部主任; steps 3–6 and 9 go to them.
    technicianIds: {
      type: 'array',
      title: '维修人员',
      items: { type: 'string', title: '用户编号' },
      minItems: 1,
      uniqueItems: true,
      'x-user-picker': { department: '维修部', position: '综合维修人员' },
    },
    // Step 3: the decision.
    inWarranty: { type: 'boolean', title: '是否在保修范围内' },
    inspectionNotes: { type: 'string', title: '检查情况', maxLength: 2000 },
    // Step 5: 收费维修.
    chargeReason: { type: 'string', title: '收费理由', maxLength: 1000 },
    chargeAmountFen: { type: 'integer', title: '收费金额', minimum: 0, 'x-money': 'fen' },
    ownerAccepted: { type: 'boolean', title: '业主认可收费理由和金额' },
    // 《维修完毕登记表》 — steps 4/5 (repair) and 6 (joint acceptance).
    workDone: { type: 'string', title: '维修内容及结果', maxLength: 2000, 'x-form': COMPLETION },
    materials: { type: 'string', title: '使用材料', maxLength: 1000, 'x-form': COMPLETION },
    completedAt: { type: 'string', format: 'date-time', title: '维修完成时间', 'x-form': COMPLETION },
    feeFen: { type: 'integer', title: '实收费用', minimum: 0, 'x-money': 'fen', 'x-form': COMPLETION },
    ownerSignature: { type: 'string', title: '业主验收签字', maxLength: 50, 'x-form': COMPLETION },
    acceptedAt: { type: 'string', format: 'date-time', title: '验收时间', 'x-form': COMPLETION },
    // Step 7: 客户回访调查.
    satisfied: { type: 'boolean', title: '客户是否满意' },
    callbackNotes: { type: 'string', title: '回访记录', maxLength: 2000 },
    // Step 9: 二次维修.
    reworkNotes: { type: 'string', title: '二次维修情况', maxLength: 2000 },
  },
  required: ['ownerName', 'ownerPhone', 'address', 'problem'],
} as const;

export const propertyRepairProcess: ProcessDefinitionInput = {
  key: 'property.repair',
  // The table's own title (the document is filed as 物业公司综合维修服务流程).
  name: '综合维修服务流程',
  // 目的 — verbatim but 旳→的.
  purpose: '通过确立客户维修服务处理流程,明确各部门和岗位在该过程中的职责,提高物业企业服务质量,增强客户满意度。',
  // 适用范围 — verbatim but 合用→适用 (twice).
  scope: '本流程适用于维修服务处理程序。',
  forms: [REGISTRATION, COMPLETION],
  form: propertyRepairForm,
  start: 's1',
  steps: [
    {
      // Row 1 — all cells in order after the header; 时间规定 and 接口说明 empty.
      id: 's1',
      no: '1',
      name: '接收维修登记表',
      kind: 'task',
      summary: '接到《客户(业主)维修登记表》',
      content: '维修部接到客服部提供的《客户(业主)维修登记表》。', // 旳→的
      responsible: [{ department: '维修部', position: '维修部主任', text: '维修部/主任,有关专业维修人员' }],
      participants: [{ position: '经理' }, { department: '客服部' }],
      interfaceText: '',
      assignee: REPAIR_DIRECTOR,
      transitions: [{ to: 's2' }],
    },
    {
      // Row 2 — 任务概述 and 内容及责任 are the last lines of the extracted table; its other
      // cells are not in the text. 责任方 DERIVED (the head who assigns the technicians).
      id: 's2',
      no: '2',
      name: '确定维修人员',
      kind: 'task',
      summary: '确定维修人员',
      content: '根据客户需要维修内容,分析需要维修的问题,确定有关维修人员。', // 旳→的
      responsible: [{ department: '维修部', position: '维修部主任', text: '维修部/主任' }],
      interfaceText: '',
      assignee: REPAIR_DIRECTOR,
      fields: ['technicianIds'],
      required: ['technicianIds'],
      transitions: [{ to: 's3' }],
    },
    {
      // Row 3 — only its 接口说明 survives (just before row 4). 任务概述 from PRP-1 ("inspect");
      // 内容及责任 and 责任方 DERIVED from the 接口说明 and rows 4–5.
      id: 's3',
      no: '3',
      name: '检查维修问题',
      kind: 'task',
      summary: '检查维修问题',
      content: '检查维修问题,确定是否在保修范围内。',
      responsible: [TECHNICIAN_PARTY],
      interfaceText: '保修范围内,转到4,保修范围外,需要收费转到5',
      assignee: TECHNICIANS,
      fields: ['inWarranty', 'inspectionNotes'],
      required: ['inWarranty'],
      transitions: [
        { to: 's4', when: { '==': [{ var: 'inWarranty' }, true] }, label: '保修范围内' },
        { to: 's5', label: '需要收费' },
      ],
    },
    {
      // Row 4 — 综合维修人员 / 维修部 (one 责任方 cell: position over department, as in rows 5
      // and 7), then 客户需求后24小时内 directly after its cells. The next piece, "转来自5", sits
      // where its 接口说明 would be but is unreadable, so the table renders the transition (转到6).
      id: 's4',
      no: '4',
      name: '保修范围内维修',
      kind: 'task',
      summary: '保修范围内维修',
      content: '和业主协商,说明维修方案,并请业主做有关的配合工作。', // 阐明→说明, 旳→的
      responsible: [TECHNICIAN_PARTY],
      timeText: '客户需求后24小时内',
      timeLimit: { amount: 24, unit: 'hours' },
      assignee: TECHNICIANS,
      fields: ['workDone', 'materials', 'completedAt'],
      transitions: [{ to: 's6' }],
    },
    {
      // Row 5 — follows the garbage "转来自5"; 综合维修人员 / 维修部, then 客户投诉后24小时内
      // directly after its cells (before row 6 begins); 接口说明 empty.
      id: 's5',
      no: '5',
      name: '收费维修',
      kind: 'task',
      summary: '收费维修',
      content: '向业主说明收费理由和收费金额,经业主承认后,进行对应的维修服务。', // 阐明→说明, 旳→的
      responsible: [TECHNICIAN_PARTY],
      timeText: '客户投诉后24小时内',
      timeLimit: { amount: 24, unit: 'hours' },
      interfaceText: '',
      assignee: TECHNICIANS,
      fields: ['chargeReason', 'chargeAmountFen', 'ownerAccepted', 'workDone', 'materials', 'completedAt', 'feeFen'],
      required: ['chargeReason', 'chargeAmountFen', 'ownerAccepted'],
      transitions: [{ to: 's6' }],
    },
    {
      // Row 6 — 6 / 业主检查验收 / content appear after row 5; its remaining cells, 维修部 and
      // 维修结束后, are the first two lines of the extracted table (before row 7). 维修结束后 is
      // when the step happens, not a limit: no machine time limit.
      id: 's6',
      no: '6',
      name: '业主检查验收',
      kind: 'task',
      summary: '业主检查验收',
      content: '维修结束后,与业主共同验收。',
      responsible: [{ department: '维修部' }],
      timeText: '维修结束后',
      interfaceText: '',
      assignee: TECHNICIANS,
      fields: ['ownerSignature', 'acceptedAt'],
      transitions: [{ to: 's7' }],
    },
    {
      // Row 7 — 综合维修人员 / 维修部 (责任方, as in rows 4–5), 客服部主管 (参与方),
      // 维修服务结束后一到三天内, 客户满意,转到8,客户不满意,转到9.
      // The callback task goes to the participating 客服部主管 (PRP brief): the satisfaction verdict
      // that decides on a second repair is then not reported by the technicians themselves.
      // Time limit: "一到三天内" → 3 workdays. The documents never say 工作日, but a callback is
      // office work and the engine's workday limit keeps holidays (e.g. 春节) from flagging it
      // overdue; the lower bound (not before one day) is not a limit the engine enforces.
      id: 's7',
      no: '7',
      name: '客户回访调查',
      kind: 'task',
      summary: '客户回访调查',
      content: '维修回访,检查维修质量和效果。',
      responsible: [TECHNICIAN_PARTY],
      participants: [{ department: '客服部', position: '客服部主管', text: '客服部主管' }],
      timeText: '维修服务结束后一到三天内',
      timeLimit: { amount: 3, unit: 'workdays' },
      interfaceText: '客户满意,转到8,客户不满意,转到9',
      assignee: CS_SUPERVISOR,
      fields: ['satisfied', 'callbackNotes'],
      required: ['satisfied'],
      transitions: [
        { to: 's8', when: { '==': [{ var: 'satisfied' }, true] }, label: '客户满意' },
        { to: 's9', label: '客户不满意' },
      ],
    },
    {
      // Row 8 — 维修部 (责任方), 客服部 (参与方), 客户回访结束后; 接口说明 empty (the content
      // says the service ends). The content lacks the first form's name before "、" as written.
      id: 's8',
      no: '8',
      name: '交客服部立案',
      kind: 'task',
      summary: '将《客户(业主)维修登记表》、《维修完毕登记表》交给客服部进行立案',
      content: '提交、《维修完毕登记表》给客服部主管存档,完成本次服务。', // 完毕→完成
      responsible: [{ department: '维修部' }],
      participants: [{ department: '客服部' }],
      timeText: '客户回访结束后',
      interfaceText: '',
      assignee: REPAIR_DIRECTOR,
      transitions: [{ to: 'end' }],
    },
    {
      // Row 9 — 维修部 (责任方), no 时间规定, 转到3: the second repair goes back to inspection.
      id: 's9',
      no: '9',
      name: '二次维修',
      kind: 'task',
      summary: '二次维修',
      content: '客户对维修服务不满意,根据客户的意见和规定,维修部进行二次维修。', // 旳→的
      responsible: [{ department: '维修部' }],
      interfaceText: '转到3',
      assignee: TECHNICIANS,
      fields: ['reworkNotes'],
      transitions: [{ to: 's3' }],
    },
    { id: 'end', name: '服务完成', kind: 'end' },
  ],
};

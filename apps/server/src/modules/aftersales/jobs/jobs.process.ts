/**
 * ASV-1…ASV-9: 派工单 (the after-sales job) on the engine, from the documents' 6.售后流程及相关规定
 * ⑪–⑯ and ⑲ (seed/000_497fcda3ce2c9e54.txt). Step texts are the documents' sentences; those
 * marked DERIVED are not in the documents.
 *
 * Route: 受理登记 (auto: customer and equipment from the customer base, ASV-2 warranty status, job
 * number, the mirror row) → 派工 (clerk, ASV-3) → 接单预约 (technician, ASV-4) → 上门服务 (photos,
 * fee, receipt; not finished → back to 接单预约 with the reason told to the customer, ASV-9) →
 * 收费核对计算 (auto, ASV-6) → 收费核对 (clerk confirms or sends back) → 营业款交财务 (出纳, ASV-7;
 * skipped when nothing was collected) → 回访 (ASV-8) → end.
 */
import type { ProcessDefinitionInput } from '@guanjia/engine';

export const JOB_PROCESS_KEY = 'aftersales.job';
export const INTAKE_HOOK = 'aftersales.job.intake';
export const FEE_CHECK_HOOK = 'aftersales.job.feeCheck';
const JOB_FORM = '《派工单》';
const CALLBACK_FORM = '《回访记录表》';
const SURVEY_FORM = '《派工单完成情况调查表》';

const TECHNICIAN = { type: 'fromField', field: 'technicianId' } as const;
const CLERK = { type: 'initiator' } as const;

export const SATISFACTION = ['非常满意', '满意', '一般', '不满意'] as const;

export const jobForm = {
  type: 'object',
  title: '派工单',
  properties: {
    // ⑪ intake by the clerk (ASV-1)
    customerId: { type: 'string', title: '客户', minLength: 1, 'x-form': JOB_FORM },
    equipmentId: { type: 'string', title: '设备', 'x-form': JOB_FORM },
    problem: { type: 'string', title: '设备问题', minLength: 1, maxLength: 2000, 'x-form': JOB_FORM },
    installedOnApprox: { type: 'string', title: '设备安装大体时间', maxLength: 40, 'x-form': JOB_FORM },
    address: { type: 'string', title: '客户地址', minLength: 1, maxLength: 200, 'x-form': JOB_FORM },
    contactName: { type: 'string', title: '联系人', maxLength: 50, 'x-form': JOB_FORM },
    contactPhone: { type: 'string', title: '联系电话', pattern: '^[0-9+\\- ]{5,20}$', 'x-form': JOB_FORM },
    skill: { type: 'string', title: '所需技术特长', maxLength: 40, 'x-form': JOB_FORM },
    jobType: { type: 'string', title: '服务类型（收费标准项目）', maxLength: 40, 'x-form': JOB_FORM },
    // Set by 受理登记 (server side)
    jobId: { type: 'string', title: '派工单编号' },
    jobNo: { type: 'string', title: '派工单号', 'x-form': JOB_FORM },
    customerName: { type: 'string', title: '客户名称', 'x-form': JOB_FORM },
    equipmentName: { type: 'string', title: '设备名称', 'x-form': JOB_FORM },
    warrantyState: { type: 'string', title: '质保状态', enum: ['in_warranty', 'expiring', 'expired', 'unknown'], 'x-form': JOB_FORM },
    inWarranty: { type: 'boolean', title: '是否在保修期内', 'x-form': JOB_FORM },
    warrantyLastDay: { type: 'string', title: '保修截止日', 'x-form': JOB_FORM },
    // ⑬ dispatch
    technicianId: { type: 'string', title: '售后维修人员', 'x-user-picker': { department: '售后服务部' }, 'x-form': JOB_FORM },
    engineerCalled: { type: 'boolean', title: '请技术人员现场帮助', 'x-form': JOB_FORM },
    engineerId: { type: 'string', title: '技术人员', 'x-user-picker': { department: '售后服务部', position: '技术工程师' }, 'x-form': JOB_FORM },
    chargeNote: { type: 'string', title: '维修收费情况及收取多少费用', maxLength: 500, 'x-form': JOB_FORM },
    // ⑭ accept and schedule
    appointmentAt: { type: 'string', format: 'date-time', title: '上门服务时间', 'x-form': JOB_FORM },
    partsNote: { type: 'string', title: '所需维修配件', maxLength: 500, 'x-form': JOB_FORM },
    // ⑭ on site
    finished: { type: 'boolean', title: '是否完成', 'x-form': SURVEY_FORM },
    workDone: { type: 'string', title: '维修结果', maxLength: 2000, 'x-form': JOB_FORM },
    photos: { type: 'array', title: '维修结果照片', items: { type: 'string', title: '附件编号' }, maxItems: 20, 'x-attachments': true, 'x-form': JOB_FORM },
    feeFen: { type: 'integer', title: '收取维修费用', minimum: 0, maximum: 100_000_000, 'x-money': 'fen', 'x-form': JOB_FORM },
    partsFen: { type: 'integer', title: '其中配件费用', minimum: 0, maximum: 100_000_000, 'x-money': 'fen', 'x-form': JOB_FORM },
    receiptNo: { type: 'string', title: '收费票据号', maxLength: 40, 'x-form': JOB_FORM },
    unfinishedReason: { type: 'string', title: '未完成原因（已告知客户）', maxLength: 500, 'x-form': SURVEY_FORM },
    // ⑭ fee check (computed, then confirmed)
    feeVerdict: { type: 'string', title: '收费核对结果', enum: ['ok', 'over', 'under', 'no_standard'] },
    expectedFen: { type: 'integer', title: '按收费标准应收', 'x-money': 'fen' },
    diffFen: { type: 'integer', title: '差额（多收为正）', 'x-money': 'fen' },
    cashDueOn: { type: 'string', title: '营业款最迟交财务日期' },
    feeConfirmed: { type: 'boolean', title: '收费核对无误' },
    feeNote: { type: 'string', title: '核对说明', maxLength: 500 },
    // ⑲ cash to finance
    cashVoucherNo: { type: 'string', title: '收款凭证号', maxLength: 40 },
    // ⑮ callback
    satisfaction: { type: 'string', title: '满意度', enum: [...SATISFACTION], 'x-form': CALLBACK_FORM },
    timely: { type: 'boolean', title: '服务是否及时', 'x-form': CALLBACK_FORM },
    conductOk: { type: 'boolean', title: '遵守上门服务规范', 'x-form': CALLBACK_FORM },
    callbackNotes: { type: 'string', title: '回访记录', maxLength: 2000, 'x-form': CALLBACK_FORM },
  },
  required: ['customerId', 'problem', 'address', 'contactPhone'],
} as const;

export const jobProcess: ProcessDefinitionInput = {
  key: JOB_PROCESS_KEY,
  name: '售后派工流程',
  // DERIVED: the documents give the section no 目的; this restates ⑪–⑮.
  purpose: '规范售后报修受理、派工、上门维修、收费核对、营业款交财务与回访,及时、准确地为客户提供售后服务。',
  scope: '公司客户设备的安装、维修、维保等售后服务。', // DERIVED
  forms: [JOB_FORM, CALLBACK_FORM, SURVEY_FORM],
  form: jobForm,
  startPermission: 'aftersales:jobs',
  start: 'intake',
  steps: [
    {
      id: 'intake',
      no: '1',
      name: '受理登记',
      kind: 'auto',
      hook: INTAKE_HOOK,
      summary: '接到客户电话,登记客户报修信息',
      content: '接到客户电话,登记客户报修信息,包括客户设备名称、设备问题、设备安装大体时间、客户地址、客户联系方式等。在ERP平台查询客户信息,查看质保期限,是否公司客户,如ERP平台无客户信息,需新增客户信息。',
      responsible: [{ department: '客服部', position: '客服专员' }],
      timeText: '要求及时、完善、准确',
      interfaceText: '质保状态由系统按安装日期和保修期计算',
      fields: ['jobId', 'jobNo', 'customerName', 'equipmentName', 'warrantyState', 'inWarranty', 'warrantyLastDay'],
      transitions: [{ to: 'dispatch' }],
    },
    {
      id: 'dispatch',
      no: '2',
      name: '派工',
      kind: 'task',
      summary: '根据售后人员技术特长,向售后人员派工',
      content: '根据售后人员技术特长,向售后人员派工,通过“今目标”任务栏将客户设备维修信息和维修收费情况及收取多少费用一并发送至售后维修人员手机上。',
      responsible: [{ department: '客服部', position: '客服专员' }],
      timeText: '要求及时、准确',
      assignee: CLERK,
      fields: ['technicianId', 'engineerCalled', 'engineerId', 'chargeNote', 'skill', 'jobType'],
      required: ['technicianId'],
      transitions: [{ to: 'schedule' }],
    },
    {
      id: 'schedule',
      no: '3',
      name: '接单预约',
      kind: 'task',
      summary: '与客户联系,确定上门服务时间,确认所需维修配件',
      content: '售后维修人员接收到维修信息后与客户联系,了解设备损坏详细情况,确定上门服务时间,确认所需维修配件,小库没有的配件向客服汇报,并向库管借领配件进行上门维修。',
      responsible: [{ department: '售后服务部', position: '售后维修人员' }],
      participants: [{ department: '客服部', position: '客服专员' }],
      assignee: TECHNICIAN,
      fields: ['appointmentAt', 'partsNote'],
      required: ['appointmentAt'],
      transitions: [{ to: 'onsite' }],
    },
    {
      id: 'onsite',
      no: '4',
      name: '上门服务',
      kind: 'task',
      summary: '上门维修,维修结果拍照传回客服,开具收费票据,收取维修费用',
      content: '维修完成后将维修结果拍照传回客服,售后人员向客户开具收费票据,收取维修费用。售后人员没有完成的单子,根据实际情况及时告知客户,得到客户谅解,并回复客服和客户。',
      responsible: [{ department: '售后服务部', position: '售后维修人员' }],
      participants: [{ department: '售后服务部', position: '技术工程师' }],
      assignee: TECHNICIAN,
      fields: ['finished', 'workDone', 'photos', 'feeFen', 'partsFen', 'receiptNo', 'unfinishedReason', 'engineerCalled', 'engineerId'],
      required: ['finished'],
      interfaceText: '完成转到5;没有完成的单子告知客户原因,转到3重新预约',
      transitions: [
        { to: 'schedule', when: { '==': [{ var: 'finished' }, false] }, label: '未完成,告知客户原因' },
        { to: 'feeCalc', label: '已完成' },
      ],
    },
    {
      id: 'feeCalc',
      no: '5',
      name: '收费核对计算',
      kind: 'auto',
      hook: FEE_CHECK_HOOK,
      summary: '按收费标准计算应收金额',
      content: '系统根据公司维修费用收费标准和质保状态计算应收金额与差额,并按收费日期计算营业款最迟交财务日期。', // DERIVED
      fields: ['feeVerdict', 'expectedFen', 'diffFen', 'cashDueOn'],
      transitions: [{ to: 'feeCheck' }],
    },
    {
      id: 'feeCheck',
      no: '6',
      name: '收费核对',
      kind: 'task',
      summary: '客服根据公司维修费用收费标准与售后人员收费票据进行核对',
      content: '客服将售后人员拍回的照片上传在ERP售后服务附件里,回来后客服根据公司维修费用收费标准与售后人员收费票据进行核对,督促售后人员收取的维修费用及时交予财务部。',
      responsible: [{ department: '客服部', position: '客服专员' }],
      assignee: CLERK,
      fields: ['feeConfirmed', 'feeNote'],
      required: ['feeConfirmed'],
      interfaceText: '核对不符退回售后维修人员;无收费转到8',
      transitions: [
        { to: 'onsite', when: { '==': [{ var: 'feeConfirmed' }, false] }, label: '核对不符,退回' },
        { to: 'callback', when: { '<=': [{ var: 'feeFen' }, 0] }, label: '未收费' },
        { to: 'cash', label: '核对无误' },
      ],
    },
    {
      id: 'cash',
      no: '7',
      name: '营业款交财务',
      kind: 'task',
      summary: '售后人员每天安装、维修的营业款交回财务,最迟不得超过第三天',
      content: '督促、检查售后人员每天安装、维修的营业款交回财务情况,最迟不得超过第三天,否则向其开具罚单交予财务部(营业款的100%),不督促则客服承担相应的处罚(营业款的5%)。',
      responsible: [{ position: '出纳' }],
      participants: [{ department: '售后服务部', position: '售后维修人员' }, { department: '客服部', position: '客服专员' }],
      timeText: '最迟不得超过第三天',
      assignee: { type: 'position', position: '出纳' },
      fields: ['cashVoucherNo'],
      transitions: [{ to: 'callback' }],
    },
    {
      id: 'callback',
      no: '8',
      name: '客户回访',
      kind: 'task',
      summary: '客服回访客户,进行满意度调查',
      content: '客服回访客户,进行满意度调查,了解售后人员完成服务的及时性和在工作当中行为规范遵守情况。',
      responsible: [{ department: '客服部', position: '客服专员' }],
      timeText: '售后人员拍回照片后及时回访',
      assignee: CLERK,
      fields: ['satisfaction', 'timely', 'conductOk', 'callbackNotes'],
      required: ['satisfaction', 'timely'],
      transitions: [{ to: 'end' }],
    },
    { id: 'end', name: '结束', kind: 'end' },
  ],
};

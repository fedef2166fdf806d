/**
 * VEH-2/3/6/7/11: 派车申请 (car request) on the engine, from the documents' 用车(公车)流程及相关规定
 * (seed/000_497fcda3ce2c9e54.txt, ⑪车辆使用范围 and ⑫车辆使用流程及相关规定).
 *
 * The extracted text of ⑫① is damaged ("须提前在“今经理批准后"); REQUIREMENTS VEH-3 reads it as
 * "made in advance and approved by the department manager", which is what step 2 does. Texts
 * marked DERIVED are not in the documents.
 *
 * Route: check (auto: VEH-2 refusal, VEH-11 GM flag, mirror row) → 部门经理审批 → 总经理审批 only
 * when `needsGm` → 行政专员派车 → 司机出车 → end. The VEH-3 special case (direct dispatch by the
 * admin specialist) starts the same process with `backfill`: check → 补办手续 (the user) →
 * 部门经理审批 (→ 总经理审批) → end; the car is already out.
 */
import type { ProcessDefinitionInput } from '@guanjia/engine';
import { USE_PURPOSE_LABELS } from '../vehicles.rules.dispatch.js';

export const CAR_REQUEST_KEY = 'vehicles.car_request';
export const CHECK_HOOK = 'vehicles.carRequest.check';
const USAGE_FORM = '《车辆使用登记表》(附表10)';

/** The request form's cargo choices (先货后人: goods and people counts as goods). */
export const CARGO_LABELS = { goods: '拉运货物', passengers: '乘车人员', both: '货物和人员' } as const;
/** 8 compass points → bearing from the company (0 = north). */
export const DIRECTION_BEARINGS: Record<string, number> = { 北: 0, 东北: 45, 东: 90, 东南: 135, 南: 180, 西南: 225, 西: 270, 西北: 315 };

const ADMIN_SPECIALIST = { type: 'departmentPosition', department: '行政部', position: '行政专员' } as const;

export const carRequestForm = {
  type: 'object',
  title: '派车申请',
  properties: {
    purpose: { type: 'string', title: '用车事由', enum: Object.values(USE_PURPOSE_LABELS) },
    purposeText: { type: 'string', title: '办事内容', maxLength: 500 },
    urgent: { type: 'boolean', title: '是否紧急' },
    cargo: { type: 'string', title: '拉运货物/乘车人员', enum: Object.values(CARGO_LABELS) },
    passengers: { type: 'integer', title: '乘车人数', minimum: 0, maximum: 50 },
    goodsDesc: { type: 'string', title: '货物说明', maxLength: 500 },
    startAt: { type: 'string', format: 'date-time', title: '用车时间' },
    endAt: { type: 'string', format: 'date-time', title: '预计返回时间' },
    origin: { type: 'string', title: '出发地', maxLength: 100 },
    destination: { type: 'string', title: '目的地', minLength: 1, maxLength: 100 },
    direction: { type: 'string', title: '目的地方向', enum: Object.keys(DIRECTION_BEARINGS) },
    distanceKm: { type: 'number', title: '单程距离（公里）', minimum: 0, maximum: 5000 },
    route: { type: 'string', title: '行驶路线', maxLength: 500, 'x-form': USAGE_FORM },
    // Set by the check step (server side), shown read-only.
    needsGm: { type: 'boolean', title: '需总经理批准（节假日或业余时间）' },
    gmReason: { type: 'string', title: '总经理审批原因', maxLength: 200 },
    advice: { type: 'string', title: '提示', maxLength: 500 },
    requestId: { type: 'string', title: '派车单号' },
    backfill: { type: 'boolean', title: '特殊情况直接派车（补办手续）' },
    // Step 行政专员派车: chosen on the dispatch board (or here).
    vehiclePlate: { type: 'string', title: '派车车辆', maxLength: 20 },
    vehicleId: { type: 'string', title: '车辆编号' },
    driverId: { type: 'string', title: '司机', 'x-user-picker': { department: '行政部', position: '司机' } },
    tripId: { type: 'string', title: '出车单号' },
    dispatchNote: { type: 'string', title: '派车说明', maxLength: 500 },
  },
  required: ['purpose', 'urgent', 'cargo', 'startAt', 'endAt', 'destination', 'direction', 'distanceKm'],
} as const;

const afterManager = [
  { to: 'gm', when: { '==': [{ var: 'needsGm' }, true] }, label: '节假日或业余时间用车' },
  { to: 'end', when: { '==': [{ var: 'backfill' }, true] }, label: '补办手续完成' },
  { to: 'dispatch', label: '工作时间用车' },
];

export const carRequestProcess: ProcessDefinitionInput = {
  key: CAR_REQUEST_KEY,
  name: '用车(公车)流程',
  // DERIVED: the documents give the section no 目的; this restates ⑫① and ⑪.
  purpose: '车辆使用执行派车制度,规范公司公务用车的申请、审批、派车调度与出车登记,合理使用车辆。',
  // 适用范围 — ⑪①②③, verbatim but joined.
  scope:
    '公司员工外出公差、采购物品、拉运货、城区远郊(10公里外)安装和维修以及行政管理人员外出办公事可以使用车辆,其他员工没有货物拉运的情况下,一般不予派车,应选择公交和自备交通工具出行;接送公司宾客和来公司办事人员;其他紧急或特殊用车。',
  forms: [USAGE_FORM],
  form: carRequestForm,
  start: 'check',
  steps: [
    {
      id: 'check',
      no: '1',
      name: '提交派车申请',
      kind: 'auto',
      hook: CHECK_HOOK,
      summary: '需要使用公车的部门(人)提前申请',
      content: '凡有需要使用公车的部门(人),须提前申请。其他员工没有货物拉运的情况下,一般不予派车,应选择公交和自备交通工具出行。',
      responsible: [{ text: '用车部门(人)' }],
      interfaceText: '节假日或业余时间用车须经总经理批准;不符合车辆使用范围的不予派车',
      fields: ['needsGm', 'gmReason', 'advice', 'requestId', 'backfill'],
      transitions: [{ to: 'paperwork', when: { '==': [{ var: 'backfill' }, true] }, label: '行政专员直接派车' }, { to: 'manager' }],
    },
    {
      id: 'paperwork',
      no: '1a',
      name: '补办用车手续',
      kind: 'task',
      summary: '回来补办相关手续',
      content: '没有提申请一般不予派车,特殊情况由行政专员直接派车,回来补办相关手续。',
      responsible: [{ text: '用车人' }],
      assignee: { type: 'initiator' },
      fields: ['purposeText', 'route', 'passengers', 'goodsDesc'],
      transitions: [{ to: 'manager' }],
    },
    {
      id: 'manager',
      no: '2',
      name: '部门经理审批',
      kind: 'approval',
      summary: '部门经理批准',
      content: '用车申请经部门经理批准后,由行政专员统一派车、调配车辆。',
      responsible: [{ text: '用车部门经理' }],
      assignee: { type: 'initiatorSupervisor' },
      transitions: afterManager,
    },
    {
      id: 'gm',
      no: '3',
      name: '总经理审批',
      kind: 'approval',
      summary: '节假日或业余时间用车经总经理批准',
      content: '节假日或业余时间一般不允许使用车辆,确需使用的应经总经理批准后使用。',
      responsible: [{ position: '总经理' }],
      assignee: { type: 'position', position: '总经理' },
      transitions: [{ to: 'end', when: { '==': [{ var: 'backfill' }, true] }, label: '补办手续完成' }, { to: 'dispatch' }],
    },
    {
      id: 'dispatch',
      no: '4',
      name: '行政专员派车',
      kind: 'task',
      summary: '统一派车、调配车辆',
      content: '由行政专员统一派车、调配车辆。以“先急后缓、先货后人”的原则派车;对近似方向和时间的派车要求尽量拼车外出。',
      responsible: [{ department: '行政部', position: '行政专员' }],
      participants: [{ department: '综合管理部' }],
      assignee: ADMIN_SPECIALIST,
      fields: ['vehiclePlate', 'vehicleId', 'driverId', 'tripId', 'dispatchNote'],
      required: ['vehicleId', 'driverId'],
      transitions: [{ to: 'trip' }],
    },
    {
      id: 'trip',
      no: '5',
      name: '司机出车',
      kind: 'task',
      summary: '填写《车辆使用登记表》(附表10)后领取车钥匙出车;回来填写《行车记录、加油信息登记表》(附表11)',
      content:
        '司机配合行政专员填写《车辆使用登记表》(附表10),写清楚用车人、出车时间、行驶路线、目的地、办事内容等信息后领取车钥匙出车。出车回来后由司机在行政专员处的《行车记录、加油信息登记表》(附表11)上填写相关信息,如实填写回来时间、行驶里程,加油信息。',
      responsible: [{ position: '司机' }],
      participants: [{ department: '行政部', position: '行政专员' }],
      assignee: { type: 'fromField', field: 'driverId' },
      transitions: [{ to: 'end' }],
    },
    { id: 'end', name: '结束', kind: 'end' },
  ],
};

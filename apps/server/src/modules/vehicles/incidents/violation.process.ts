/**
 * VEH-17 违章处理: the admin specialist records a traffic violation on business, the admin manager
 * confirms the cause, the fine is split (violationSplit: driver at fault 30/70, the car itself
 * 0/100), the driver's share is posted to the HR-8 ledger; the points are always the driver's and
 * a 扣证 period keeps him from driving (driverUnavailable).
 *
 * Source: 5.用车(公车)流程及相关规定 ⑮④.
 */
import type { ProcessDefinitionInput } from '@guanjia/engine';
import { ADMIN_MANAGER, P_ADMIN_MANAGER, P_ADMIN_SPECIALIST, driverField, money, photosField, plateField } from './incidents.parties.js';

export const VIOLATION_KEY = 'vehicles.violation';
export const CAUSE_OPTIONS = { 个人过失: 'driver', 车辆本身原因: 'vehicle' } as const;

export const violationProcess: ProcessDefinitionInput = {
  key: VIOLATION_KEY,
  name: '交通违章处理流程',
  purpose: '司机应严格遵守交通法规;因公务驾车违反交通规则被罚款、罚分时,明确罚分和罚款的承担。',
  scope: '本流程适用于司机因公务驾驶公司车辆发生的交通违章。',
  startPermission: 'vehicles:incidents',
  form: {
    type: 'object',
    title: '交通违章',
    properties: {
      plate: plateField,
      driverId: driverField,
      occurredOn: { type: 'string', format: 'date', title: '违章日期' },
      place: { type: 'string', title: '违章地点', minLength: 1, maxLength: 200 },
      description: { type: 'string', title: '违章行为', maxLength: 1000 },
      points: { type: 'integer', title: '罚分', minimum: 0, maximum: 12 },
      fineFen: money('罚款金额'),
      cause: { type: 'string', title: '原因', enum: Object.keys(CAUSE_OPTIONS) },
      licenceHeldFrom: { type: 'string', format: 'date', title: '扣证开始日期' },
      licenceHeldTo: { type: 'string', format: 'date', title: '扣证结束日期' },
      noticePhotos: photosField('违章通知/罚单照片'),
      driverShareFen: money('司机承担'),
      companyShareFen: money('公司承担'),
    },
    required: ['plate', 'driverId', 'occurredOn', 'place', 'points', 'fineFen', 'cause'],
  },
  start: 'record',
  steps: [
    {
      id: 'record',
      no: '1',
      name: '登记违章',
      kind: 'auto',
      hook: 'vehicles.violationRecorded',
      summary: '行政专员登记违章信息',
      content: '登记违章车辆、司机、日期、地点、罚分、罚款金额及原因;司机如被扣证,登记扣证期间。',
      responsible: [P_ADMIN_SPECIALIST],
      transitions: [{ to: 'confirm' }],
    },
    {
      id: 'confirm',
      no: '2',
      name: '确认违章原因',
      kind: 'approval',
      summary: '综合管理部经理确认原因',
      content: '确认违章属个人过失还是车辆本身不可抗力原因造成。',
      responsible: [P_ADMIN_MANAGER],
      assignee: ADMIN_MANAGER,
      fields: ['cause'],
      transitions: [{ to: 'settle' }],
    },
    {
      id: 'settle',
      no: '3',
      name: '罚款分担并记入台账',
      kind: 'auto',
      hook: 'vehicles.violationSettled',
      summary: '罚分司机承担,罚款按原因分担',
      content: '罚分司机承担;属个人过失的,其罚款由司机自行承担30%;属车辆本身不可抗力原因造成的,其罚款由公司承担。司机承担部分记入罚款台账。司机如被扣证不能驾车时,在扣证期间应接受上司安排的其他工作。',
      responsible: [P_ADMIN_SPECIALIST],
      fields: ['driverShareFen', 'companyShareFen'],
      transitions: [{ to: 'end' }],
    },
    { id: 'end', name: '处理完毕', kind: 'end' },
  ],
};

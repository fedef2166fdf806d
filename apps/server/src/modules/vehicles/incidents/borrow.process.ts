/**
 * VEH-10 因私借用公车: the GM agrees, the admin specialist hands out the key (odometer out), takes
 * the car back clean and undamaged (odometer in) and the fuel is charged by distance
 * (privateBorrowFuelChargeFen), posted to the HR-8 ledger as a deduction from the salary.
 *
 * Source: 5.用车(公车)流程及相关规定 ⑫⑦ and ⑯⑤ (loss or damage in private use).
 */
import type { ProcessDefinitionInput } from '@guanjia/engine';
import { ADMIN_SPECIALIST, GM, P_ADMIN_SPECIALIST, P_GM, money, plateField } from './incidents.parties.js';

export const BORROW_KEY = 'vehicles.private_borrow';

export const borrowProcess: ProcessDefinitionInput = {
  key: BORROW_KEY,
  name: '因私借用公车流程',
  purpose: '车辆属公务用车,不允许公车私用;确需因私借用的,经总经理同意后方可借用,并按行驶里程计收油费。',
  scope: '本流程适用于公司员工因私借用公司车辆。',
  form: {
    type: 'object',
    title: '因私借用公车',
    properties: {
      plate: plateField,
      purpose: { type: 'string', title: '借用事由', minLength: 1, maxLength: 500 },
      plannedStart: { type: 'string', format: 'date-time', title: '借用开始时间' },
      plannedEnd: { type: 'string', format: 'date-time', title: '预计交还时间' },
      odometerOutKm: { type: 'integer', title: '出车里程表读数(公里)', minimum: 0, maximum: 10_000_000 },
      odometerInKm: { type: 'integer', title: '交还里程表读数(公里)', minimum: 0, maximum: 10_000_000 },
      cleanUndamaged: { type: 'boolean', title: '车辆整洁、外观无损伤、车况正常' },
      damageNotes: { type: 'string', title: '车况问题说明', maxLength: 2000 },
      distanceKm: { type: 'integer', title: '行驶里程(公里)' },
      chargeFen: money('计收油费'),
    },
    required: ['plate', 'purpose', 'plannedStart', 'plannedEnd'],
  },
  start: 'request',
  steps: [
    {
      id: 'request',
      no: '1',
      name: '申请借用',
      kind: 'auto',
      hook: 'vehicles.borrowRequested',
      summary: '员工提出因私借用申请',
      content: '员工写明借用事由、借用时间和车辆,提出因私借用申请。',
      responsible: [{ text: '借用人' }],
      transitions: [{ to: 'gm' }],
    },
    {
      id: 'gm',
      no: '2',
      name: '总经理同意',
      kind: 'approval',
      summary: '因私借用须总经理同意',
      content: '因私借用公车,需经总经理同意,行政专员方可派发车钥匙。',
      responsible: [P_GM],
      assignee: GM,
      transitions: [{ to: 'handout' }],
    },
    {
      id: 'handout',
      no: '3',
      name: '派发车钥匙',
      kind: 'task',
      summary: '行政专员派发车钥匙,登记出车里程',
      content: '总经理同意后,行政专员派发车钥匙,登记出车时的里程表读数。',
      responsible: [P_ADMIN_SPECIALIST],
      assignee: ADMIN_SPECIALIST,
      fields: ['odometerOutKm'],
      required: ['odometerOutKm'],
      transitions: [{ to: 'return' }],
    },
    {
      id: 'return',
      no: '4',
      name: '交还公车',
      kind: 'task',
      summary: '检查车况,登记交还里程',
      content: '交还公车前必须保持车辆整洁、外观无损伤、车况正常;行政专员检查车况并登记交还时的里程表读数。公车私用发生车辆丢失、受损的,由当事人负责经济赔偿。',
      responsible: [P_ADMIN_SPECIALIST],
      participants: [{ text: '借用人' }],
      assignee: ADMIN_SPECIALIST,
      fields: ['odometerInKm', 'cleanUndamaged', 'damageNotes'],
      required: ['odometerInKm', 'cleanUndamaged'],
      transitions: [{ to: 'charge' }],
    },
    {
      id: 'charge',
      no: '5',
      name: '按里程计收油费',
      kind: 'auto',
      hook: 'vehicles.borrowReturned',
      summary: '按行驶里程计收油费',
      content: '按行驶里程计收油费,记入借用人的罚款/扣款台账,从工资中扣除。',
      responsible: [P_ADMIN_SPECIALIST],
      fields: ['distanceKm', 'chargeFen'],
      transitions: [{ to: 'end' }],
    },
    { id: 'end', name: '借用结束', kind: 'end' },
  ],
};

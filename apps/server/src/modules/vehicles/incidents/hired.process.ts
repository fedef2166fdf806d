/**
 * VEH-8 雇佣交通工具: no company car free in the city for goods → the admin manager approves a
 * hired transport; the reimbursement is refused unless the invoice states start, end and purpose
 * (hiredTransportReimbursable); reimbursed amounts are kept per department (vehicle_hired_transport).
 *
 * Source: 5.用车(公车)流程及相关规定 ⑫⑥.
 */
import type { ProcessDefinitionInput } from '@guanjia/engine';
import { ADMIN_MANAGER, INITIATOR, P_ADMIN_MANAGER, P_ADMIN_SPECIALIST, money, photosField } from './incidents.parties.js';

export const HIRED_KEY = 'vehicles.hired_transport';

export const hiredProcess: ProcessDefinitionInput = {
  key: HIRED_KEY,
  name: '雇佣交通工具拉运流程',
  purpose: '在城区内公司车辆一时调配不开、无法运送货物时,经批准雇佣交通工具拉运,并凭注明始点、终点及所办事宜的发票报销。',
  scope: '本流程适用于城区内因公司车辆调配不开而雇佣交通工具拉运货物。',
  form: {
    type: 'object',
    title: '雇佣交通工具',
    properties: {
      transportDate: { type: 'string', format: 'date', title: '拉运日期' },
      goods: { type: 'string', title: '拉运货物', minLength: 1, maxLength: 500 },
      start: { type: 'string', title: '始点', minLength: 1, maxLength: 200 },
      end: { type: 'string', title: '终点', minLength: 1, maxLength: 200 },
      purpose: { type: 'string', title: '所办事宜', minLength: 1, maxLength: 500 },
      reason: { type: 'string', title: '公司车辆调配不开的情况', maxLength: 500 },
      departmentId: { type: 'string', title: '部门编号' },
      amountFen: money('报销金额'),
      invoicePhotos: photosField('发票照片'),
      invoiceStart: { type: 'string', title: '发票注明的始点', maxLength: 200 },
      invoiceEnd: { type: 'string', title: '发票注明的终点', maxLength: 200 },
      invoicePurpose: { type: 'string', title: '发票注明的所办事宜', maxLength: 500 },
    },
    required: ['transportDate', 'goods', 'start', 'end', 'purpose'],
  },
  start: 'request',
  steps: [
    {
      id: 'request',
      no: '1',
      name: '申请雇佣交通工具',
      kind: 'auto',
      hook: 'vehicles.hiredRequested',
      summary: '公司车辆调配不开,申请雇车拉运',
      content: '在城区内,如公司车辆一时调配不开,无法运送货物,申请雇佣交通工具拉运。',
      responsible: [{ text: '用车部门(人)' }],
      fields: ['departmentId'],
      transitions: [{ to: 'approve' }],
    },
    {
      id: 'approve',
      no: '2',
      name: '综合管理部经理批准',
      kind: 'approval',
      summary: '经综合管理部经理批准',
      content: '经综合管理部经理批准,可以雇佣交通工具拉运。',
      responsible: [P_ADMIN_MANAGER],
      assignee: ADMIN_MANAGER,
      transitions: [{ to: 'claim' }],
    },
    {
      id: 'claim',
      no: '3',
      name: '填写报销单据',
      kind: 'task',
      summary: '回公司后及时填写报销单据',
      content: '回公司后应及时填写报销单据,在发票上注明始点和终点及所办事宜,否则不予报销。',
      responsible: [{ text: '用车部门(人)' }],
      assignee: INITIATOR,
      fields: ['amountFen', 'invoicePhotos', 'invoiceStart', 'invoiceEnd', 'invoicePurpose'],
      required: ['amountFen', 'invoicePhotos'],
      transitions: [{ to: 'reimburse' }],
    },
    {
      id: 'reimburse',
      no: '4',
      name: '核对发票并登记',
      kind: 'auto',
      hook: 'vehicles.hiredReimbursed',
      summary: '发票未注明始点、终点及所办事宜的不予报销',
      content: '核对发票注明的始点、终点及所办事宜,缺一不予报销;报销金额按部门登记。',
      responsible: [P_ADMIN_SPECIALIST],
      transitions: [{ to: 'end' }],
    },
    { id: 'end', name: '报销登记完毕', kind: 'end' },
  ],
};

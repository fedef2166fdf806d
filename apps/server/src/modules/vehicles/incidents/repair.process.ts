/**
 * VEH-16 车辆维修: the driver (or the admin specialist) reports the damage to the admin manager;
 * above the threshold (200 yuan) the GM agrees first; the driver follows the repair and records the
 * cost with the invoice; the car is 维修中 meanwhile and goes back into service with a file entry.
 *
 * Source: 5.用车(公车)流程及相关规定 ⑬③ and ⑭①–③ (quoted in the step texts). The documents give
 * no table for this flow; the steps follow their sentences in order.
 */
import type { ProcessDefinitionInput } from '@guanjia/engine';
import { ADMIN_MANAGER, GM, INITIATOR, P_ADMIN_MANAGER, P_ADMIN_SPECIALIST, P_DRIVER, P_GM, money, photosField, plateField } from './incidents.parties.js';

export const REPAIR_KEY = 'vehicles.repair';

export const repairProcess: ProcessDefinitionInput = {
  key: REPAIR_KEY,
  name: '车辆维修流程',
  purpose: '当车辆出现故障时,司机应及时跟进维修;维修之前将车辆损坏情况报告综合管理部经理,维修费用在200元以上时先征得总经理同意,控制维修费用,避免病车上路。',
  scope: '本流程适用于公司公用车辆的维修(保养、年检、维修等工作原则上由司机负责,具体事项由综合管理部安排)。',
  startPermission: 'vehicles:report',
  form: {
    type: 'object',
    title: '车辆维修',
    properties: {
      plate: plateField,
      problem: { type: 'string', title: '车辆损坏情况', minLength: 1, maxLength: 2000 },
      estimateFen: money('预计维修费用'),
      photos: photosField('损坏照片'),
      needsGm: { type: 'boolean', title: '须总经理同意' },
      actualCostFen: money('实际维修费用'),
      invoicePhotos: { ...photosField('维修发票照片'), minItems: 1 },
      workDone: { type: 'string', title: '维修内容', maxLength: 2000 },
    },
    required: ['plate', 'problem', 'estimateFen'],
  },
  start: 'report',
  steps: [
    {
      id: 'report',
      no: '1',
      name: '报告车辆损坏情况',
      kind: 'auto',
      hook: 'vehicles.repairReported',
      summary: '司机报告车辆损坏情况',
      content: '当车辆出现故障时,司机应及时跟进维修。车辆维修之前,司机应将车辆损坏情况报告综合管理部经理。车辆在维修期间登记为“维修中”。',
      responsible: [{ ...P_DRIVER, text: '司机(或行政专员代报)' }],
      participants: [P_ADMIN_SPECIALIST],
      fields: ['needsGm'],
      transitions: [{ to: 'manager' }],
    },
    {
      id: 'manager',
      no: '2',
      name: '综合管理部经理审核',
      kind: 'approval',
      summary: '综合管理部经理审核维修',
      content: '综合管理部经理了解车辆损坏情况,安排维修事项;不同意维修的,驳回后车辆恢复在用。',
      responsible: [P_ADMIN_MANAGER],
      assignee: ADMIN_MANAGER,
      interfaceText: '维修费用在200元以上,转到3;200元及以下,转到4',
      transitions: [
        { to: 'gm', when: { '==': [{ var: 'needsGm' }, true] }, label: '维修费用在200元以上' },
        { to: 'repair', label: '200元及以下' },
      ],
    },
    {
      id: 'gm',
      no: '3',
      name: '总经理同意',
      kind: 'approval',
      summary: '200元以上维修须总经理同意',
      content: '维修费用在200元以上时,应先征得总经理同意后方可进行维修。',
      responsible: [P_GM],
      assignee: GM,
      transitions: [{ to: 'repair' }],
    },
    {
      id: 'repair',
      no: '4',
      name: '维修并登记费用',
      kind: 'task',
      summary: '司机跟进维修',
      content: '司机跟进维修;维修完成后如实填写实际维修费用并上传维修发票照片,实事求是报销费用,杜绝弄虚作假。',
      responsible: [P_DRIVER],
      assignee: INITIATOR,
      fields: ['actualCostFen', 'invoicePhotos', 'workDone'],
      required: ['actualCostFen', 'invoicePhotos'],
      transitions: [{ to: 'file' }],
    },
    {
      id: 'file',
      no: '5',
      name: '记入车辆档案',
      kind: 'auto',
      hook: 'vehicles.repairDone',
      summary: '车辆恢复在用,维修情况记入车辆档案',
      content: '公司公用车辆须建立车辆档案,由综合管理部管理,行政专员具体负责:维修内容、费用和发票记入车辆档案,车辆恢复在用。',
      responsible: [P_ADMIN_SPECIALIST],
      transitions: [{ to: 'end' }],
    },
    { id: 'end', name: '维修完成', kind: 'end' },
  ],
};

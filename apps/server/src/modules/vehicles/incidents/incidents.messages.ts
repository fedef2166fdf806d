import type { MessageTable } from '../../../http/messages.js';

/** Messages of the incidents part (Chinese first; each names the offending value or field). */
export const incidentsMessages: MessageTable = {
  'vehicles.incidents.vehicleUnknown': { zh: '车牌号“{plate}”不是公司登记的车辆', en: 'The plate "{plate}" is not a registered company vehicle' },
  'vehicles.incidents.vehicleRetired': { zh: '车辆 {plate} 已报废，不能登记此事项', en: 'Vehicle {plate} is retired' },
  'vehicles.incidents.userUnknown': { zh: '人员“{value}”不存在或已停用（{field}）', en: 'The person "{value}" does not exist or is inactive ({field})' },
  'vehicles.incidents.dateInFuture': { zh: '{field}“{value}”晚于今天', en: '{field} "{value}" is after today' },
  'vehicles.incidents.notFound': { zh: '记录不存在', en: 'Record not found' },
  'vehicles.incidents.payoutAboveCost': {
    zh: '保险理赔金额 {payout} 大于事故费用合计 {total}，请核对',
    en: 'The insurance payout {payout} is more than the total cost {total}; please check',
  },
  'vehicles.incidents.caseShareRequired': {
    zh: '“{responsibility}”须由综合管理部经理填写当事人承担金额',
    en: '"{responsibility}" needs the amount the person bears, set by the admin manager',
  },
  'vehicles.incidents.caseShareTooHigh': {
    zh: '当事人承担金额 {share} 超过理赔后剩余费用 {left}',
    en: 'The amount borne {share} is more than the cost left after the payout {left}',
  },
  'vehicles.incidents.responsibilityInvalid': { zh: '责任认定“{value}”无效', en: 'Invalid responsibility "{value}"' },
  'vehicles.incidents.causeInvalid': { zh: '违章原因“{value}”无效，应为“个人过失”或“车辆本身原因”', en: 'Invalid cause "{value}"' },
  'vehicles.incidents.heldPeriodInvalid': {
    zh: '扣证期间须同时填写开始和结束日期，且结束日期（{to}）不早于开始日期（{from}）',
    en: 'The licence-held period needs both dates, the end ({to}) not before the start ({from})',
  },
  'vehicles.incidents.odometerInBeforeOut': {
    zh: '交还里程表读数 {in} 公里低于出车读数 {out} 公里',
    en: 'The odometer on return ({in} km) is lower than when handed out ({out} km)',
  },
  'vehicles.incidents.damageNotesRequired': {
    zh: '车辆不整洁或有损伤时，请填写“车况问题说明”',
    en: 'Describe the problem when the car is not clean or is damaged',
  },
  'vehicles.incidents.amountRequired': { zh: '{field}应大于 0（当前：{value}）', en: '{field} must be more than 0 (now {value})' },
  'vehicles.incidents.checkExists': { zh: '车辆 {plate} {date} 的日检已登记', en: 'The daily check of {plate} on {date} is already recorded' },
  'vehicles.incidents.problemsRequired': { zh: '检查项“{items}”不合格，请填写发现的问题', en: 'Items "{items}" failed; describe the problems' },
  'vehicles.incidents.notDesignated': {
    zh: '{name} 不是车辆 {plate} 的指定司机',
    en: '{name} is not a designated driver of {plate}',
  },
  'vehicles.incidents.threeQuotesRequired': {
    zh: '特殊物品采购应货比三家：须填写 3 家供应商报价（当前 {count} 家）',
    en: 'Special items need quotes from three suppliers (now {count})',
  },
  'vehicles.incidents.reimbursedBeforePurchase': {
    zh: '报销日期 {reimbursedOn} 早于采购日期 {boughtOn}',
    en: 'The reimbursement date {reimbursedOn} is before the purchase date {boughtOn}',
  },
  'vehicles.incidents.alreadyReimbursed': { zh: '该采购已于 {date} 报销', en: 'This purchase was reimbursed on {date}' },
  'vehicles.incidents.caseExists': { zh: '该采购已登记为不实报销', en: 'This purchase is already recorded as untruthful' },
  'vehicles.incidents.repairStartFailed': { zh: '日检问题已登记，但报修未能发起：{detail}', en: 'The check was saved but the repair could not be started: {detail}' },
};

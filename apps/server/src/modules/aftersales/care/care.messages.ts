import type { MessageTable } from '../../../http/messages.js';

/** Messages of the after-sales care part (维保协议, 回访任务, 二次销售, 销售提成). */
export const careMessages: MessageTable = {
  'aftersales.care.badVisitsPerYear': { zh: '每年保养次数“{value}”无效，应为 1、2、3、4、6 或 12', en: 'Visits per year "{value}" is invalid; expected 1, 2, 3, 4, 6 or 12' },
  'aftersales.care.badInterval': { zh: '保养间隔“{value}”无效，应为 1–60 的整月数', en: 'Visit interval "{value}" is invalid; expected 1–60 whole months' },
  'aftersales.care.periodReversed': { zh: '协议期限结束日 {to} 早于开始日 {from}', en: 'The period ends ({to}) before it starts ({from})' },
  'aftersales.care.tooManyVisits': { zh: '协议期限 {from} 至 {to} 的上门次数超过 {max} 次，请检查期限和保养频次', en: 'The period {from} – {to} has more than {max} visits; check the period and the frequency' },
  'aftersales.care.badPercent': { zh: '比例“{value}”无效，应为 0–100，最多两位小数', en: 'Percentage "{value}" is invalid; expected 0–100 with at most two decimals' },
  'aftersales.care.invalidSettings': { zh: '维保与销售提成设置“{field}”的值 {value} 无效', en: 'Care setting "{field}" has an invalid value {value}' },
  'aftersales.care.customerUnknown': { zh: '客户“{id}”不在客户档案中', en: 'Customer "{id}" is not in the customer base' },
  'aftersales.care.equipmentUnknown': { zh: '设备“{id}”不属于该客户', en: 'Equipment "{id}" does not belong to this customer' },
  'aftersales.care.notTechnician': { zh: '负责技术人员“{id}”不是售后维修人员', en: '"{id}" is not an after-sales technician' },
  'aftersales.care.userUnknown': { zh: '人员“{id}”（{field}）不存在或已停用', en: 'User "{id}" ({field}) does not exist or is inactive' },
  'aftersales.care.numberTaken': { zh: '协议编号“{number}”已被使用', en: 'Agreement number "{number}" is already used' },
  'aftersales.care.contractNotFound': { zh: '维保协议“{id}”不存在', en: 'Maintenance agreement "{id}" does not exist' },
  'aftersales.care.contractTerminated': { zh: '维保协议“{number}”已于 {on} 终止，不能再修改', en: 'Maintenance agreement "{number}" was terminated on {on} and can no longer be changed' },
  'aftersales.care.terminateOutside': { zh: '终止日期 {on} 不在协议期限 {from} 至 {to} 内', en: 'Termination date {on} is outside the period {from} – {to}' },
  'aftersales.care.badCommission': { zh: '维保提成规则无效：{mode} 的值“{value}”', en: 'Invalid maintenance commission rule: {mode} with value "{value}"' },
  'aftersales.care.visitNotFound': { zh: '维保上门计划“{id}”不存在', en: 'Scheduled visit "{id}" does not exist' },
  'aftersales.care.visitNotPlanned': { zh: '{on} 的维保上门已派工、已取消或协议已终止', en: 'The visit of {on} already has a job, was cancelled, or its agreement ended' },
  'aftersales.care.taskNotFound': { zh: '回访任务“{id}”不存在', en: 'Callback task "{id}" does not exist' },
  'aftersales.care.taskDone': { zh: '回访任务“{id}”已记录结果', en: 'Callback task "{id}" already has an outcome' },
  'aftersales.care.taskNotYours': { zh: '回访任务“{id}”不是分派给您的', en: 'Callback task "{id}" is not assigned to you' },
  'aftersales.care.saleMissing': { zh: '结果为“已成交”时须填写二次销售内容（{field}）', en: 'An outcome "sale made" needs the sale ({field})' },
  'aftersales.care.unknownCategory': { zh: '销售类别“{value}”不在销售提成设置中', en: 'Sales category "{value}" is not in the sales commission settings' },
  'aftersales.care.saleNotFound': { zh: '二次销售记录“{id}”不存在', en: 'Second-sale record "{id}" does not exist' },
  'aftersales.care.jobUnknown': { zh: '派工单“{id}”不存在', en: 'Job "{id}" does not exist' },
};

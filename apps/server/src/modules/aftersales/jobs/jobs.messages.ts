import type { MessageTable } from '../../../http/messages.js';

/** Messages of the after-sales jobs part (派工单). */
export const jobsMessages: MessageTable = {
  'aftersales.job.customerUnknown': { zh: '客户“{id}”不在客户档案中，请先新增客户', en: 'Customer "{id}" is not in the customer base; add the customer first' },
  'aftersales.job.equipmentUnknown': { zh: '设备“{id}”不属于该客户', en: 'Equipment "{id}" does not belong to this customer' },
  'aftersales.job.notTechnician': { zh: '“{id}”不是售后维修人员，不能派工', en: '"{id}" is not an after-sales technician; the job cannot be dispatched to them' },
  'aftersales.job.engineerMissing': { zh: '已选择请技术人员现场帮助，请选择技术人员', en: 'An engineer was called in: choose the engineer' },
  'aftersales.job.unfinishedReason': { zh: '未完成的单子须填写“未完成原因（已告知客户）”', en: 'An unfinished job needs the reason told to the customer' },
  'aftersales.job.finishedIncomplete': { zh: '完成的单子须上传维修结果照片并填写收费票据号（缺少：{missing}）', en: 'A finished job needs result photos and the receipt number (missing: {missing})' },
  'aftersales.job.notFound': { zh: '派工单“{id}”不存在', en: 'Job "{id}" does not exist' },
  'aftersales.job.urgeNotNeeded': { zh: '派工单“{jobNo}”没有待交财务的营业款，无需催缴', en: 'Job "{jobNo}" has no collected cash waiting for finance; nothing to urge' },
  'aftersales.job.unknownUser': { zh: '用户“{id}”不存在', en: 'User "{id}" does not exist' },
};

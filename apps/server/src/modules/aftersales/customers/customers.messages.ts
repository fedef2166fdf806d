import type { MessageTable } from '../../../http/messages.js';

/** Messages of the customer base (ASV-2, ASV-15); each names the offending value or field. */
export const customersMessages: MessageTable = {
  'aftersales.customerNotFound': { zh: '客户不存在（{id}）', en: 'Customer not found ({id})' },
  'aftersales.siteNotFound': { zh: '客户地点不存在（{id}）', en: 'Site not found ({id})' },
  'aftersales.equipmentNotFound': { zh: '设备不存在（{id}）', en: 'Equipment not found ({id})' },
  'aftersales.contractNotFound': { zh: '合同不存在（{id}）', en: 'Contract not found ({id})' },
  'aftersales.nameRequired': { zh: '请填写客户名称', en: 'The customer name is required' },
  'aftersales.fieldRequired': { zh: '“{field}”不能为空', en: '"{field}" is required' },
  'aftersales.tooLong': { zh: '“{field}”最多 {max} 个字', en: '"{field}" allows at most {max} characters' },
  'aftersales.invalidCustomerType': { zh: '客户类型“{value}”无效，应为 零售客户/工程项目/单位客户', en: 'Invalid customer type "{value}"' },
  'aftersales.invalidContractType': { zh: '合同类型“{value}”无效', en: 'Invalid contract type "{value}"' },
  'aftersales.invalidPhone': { zh: '电话号码“{value}”无效（应为 7–15 位数字，如 13800000000 或 0571-88888888）', en: 'Invalid phone number "{value}" (7–15 digits, e.g. 13800000000 or 0571-88888888)' },
  'aftersales.phoneRequired': { zh: '请至少填写一个联系电话', en: 'At least one phone number is required' },
  'aftersales.tooManyPhones': { zh: '联系电话最多 {max} 个', en: 'At most {max} phone numbers' },
  'aftersales.duplicatePhone': { zh: '电话 {phone} 已是客户 {code} {name} 的号码，请直接查找该客户（重复客户）', en: 'Phone {phone} already belongs to customer {code} {name}; look that customer up instead (duplicate)' },
  'aftersales.duplicateNameAddress': { zh: '客户“{name}”（地址：{address}）已存在，编号 {code}（重复客户）', en: 'Customer "{name}" at {address} already exists as {code} (duplicate)' },
  'aftersales.customerInUse': { zh: '客户 {code} {name} 已有设备或合同，不能删除', en: 'Customer {code} {name} has equipment or contracts and cannot be deleted' },
  'aftersales.siteNotOfCustomer': { zh: '地点 {id} 不属于该客户', en: 'Site {id} does not belong to this customer' },
  'aftersales.serialTaken': { zh: '序列号 {serial} 已登记在客户 {code} {name} 名下', en: 'Serial {serial} is already registered to customer {code} {name}' },
  'aftersales.contractNumberTaken': { zh: '合同编号 {number} 已存在', en: 'Contract number {number} already exists' },
  'aftersales.endBeforeStart': { zh: '结束日期 {end} 早于开始日期 {start}', en: 'The end date {end} is before the start date {start}' },
};

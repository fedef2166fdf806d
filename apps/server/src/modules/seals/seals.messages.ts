import type { MessageTable } from '../../http/messages.js';

/** Messages of the seals module (Chinese first; each names the offending value or field). */
export const sealsMessages: MessageTable = {
  'seals.sealUnknown': { zh: '印章“{name}”未登记', en: 'The seal "{name}" is not registered' },
  'seals.notFound': { zh: '印章记录不存在', en: 'Seal record not found' },
  'seals.nameTaken': { zh: '印章名称“{name}”已登记', en: 'A seal named "{name}" is already registered' },
  'seals.keeperUnknown': { zh: '保管人“{value}”不存在或已停用', en: 'The keeper "{value}" does not exist or is inactive' },
  'seals.sealDisabled': { zh: '印章“{name}”已停用', en: 'The seal "{name}" is disabled' },
  'seals.sealOut': { zh: '印章“{name}”已外带,交回前不能盖章', en: 'The seal "{name}" is out of the office; it cannot be used until returned' },
  'seals.returnByRequired': { zh: '印章外带须填写交回时间', en: 'Taking a seal out needs a return time' },
  'seals.returnByInvalid': { zh: '交回时间“{value}”无效或早于现在', en: 'The return time "{value}" is invalid or in the past' },
  'seals.docKindInvalid': { zh: '用印文件类别“{value}”无效,应为文件或合同', en: 'Document kind "{value}" is invalid: 文件 or 合同' },
  'seals.invalidDate': { zh: '{field}“{value}”不是有效日期', en: '{field} "{value}" is not a valid date' },
  'seals.statusOut': { zh: '印章“{name}”外带中,不能修改状态', en: 'The seal "{name}" is out; its status cannot be changed now' },
};

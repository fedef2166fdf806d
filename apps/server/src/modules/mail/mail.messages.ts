import type { MessageTable } from '../../http/messages.js';

/** Messages of the mail module (Chinese first; each names the offending value or field). */
export const mailMessages: MessageTable = {
  'mail.notFound': { zh: '寄件记录不存在', en: 'Mail record not found' },
  'mail.senderUnknown': { zh: '寄件人“{value}”不存在或已停用', en: 'The sender "{value}" does not exist or is inactive' },
  'mail.alreadySent': { zh: '该邮件已于 {sentOn} 寄出（{trackingNo}），不能再修改', en: 'Already sent on {sentOn} ({trackingNo}); it cannot be changed' },
  'mail.invalidDate': { zh: '{field}“{value}”不是有效日期', en: '{field} "{value}" is not a valid date' },
  'mail.sentInFuture': { zh: '寄出日期“{value}”晚于今天', en: 'The sent date "{value}" is after today' },
  'mail.monthRange': { zh: '月份范围“{from}”至“{to}”无效（最多36个月）', en: 'The month range "{from}" to "{to}" is invalid (36 months at most)' },
  'mail.notYours': { zh: '只能查看和修改本人的寄件申请', en: 'You may only see and change your own mail requests' },
};

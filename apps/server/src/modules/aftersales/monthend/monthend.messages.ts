import type { MessageTable } from '../../../http/messages.js';

/** Messages of the after-sales month-end part. */
export const monthendMessages: MessageTable = {
  'aftersales.invalidCommissionTable': { zh: '提成表“{field}”无效：{value}', en: 'Commission table "{field}" is invalid: {value}' },
  'aftersales.monthend.noLine': { zh: '{month} 月派工单“{jobId}”没有人员“{userId}”的{role}提成行', en: 'Job "{jobId}" in {month} has no {role} commission line for user "{userId}"' },
  'aftersales.monthend.nothingToConfirm': { zh: '{month} 月没有您的提成可确认', en: 'You have no commission to confirm in {month}' },
  'aftersales.monthend.locked': { zh: '{month} 月的提成已于 {date} 由 {name} 交财务，不能再调整或确认；如需修改，请交接人先撤回或由财务退回', en: 'The commission of {month} was handed to finance on {date} by {name}: no more corrections or confirmations until it is withdrawn or returned by finance' },
  'aftersales.monthend.lockedReceived': { zh: '{month} 月的提成已于 {date} 由 {name} 交财务并经财务签收，不能再调整或确认；如需修改，请财务退回', en: 'The commission of {month} was handed to finance on {date} by {name} and signed for: no more corrections or confirmations unless finance returns it' },
  'aftersales.monthend.futureMonth': { zh: '{month} 月尚未开始，不能交财务（当前为 {current} 月）', en: 'Month {month} has not begun and cannot be handed to finance (now {current})' },
  'aftersales.monthend.alreadyHanded': { zh: '{month} 月已由 {name} 交财务，不能重复交接', en: '{month} was already handed to finance by {name}' },
  'aftersales.monthend.notHanded': { zh: '{month} 月尚未交财务（或已撤回/退回）', en: '{month} has not been handed to finance (or it was withdrawn/returned)' },
  'aftersales.monthend.alreadyReceived': { zh: '{month} 月的交接财务已签收，不能重复签收', en: 'Finance has already signed for {month}' },
  'aftersales.monthend.reopenNotHander': { zh: '{month} 月是 {name} 交的财务，只有交接人本人（财务签收前）或财务可以撤回/退回', en: '{month} was handed over by {name}: only he (before finance signs) or finance may reopen it' },
  'aftersales.monthend.reopenReceived': { zh: '{month} 月财务已签收，只有财务可以退回', en: 'Finance has signed for {month}: only finance may return it' },
  'aftersales.monthend.reopenReason': { zh: '财务退回 {month} 月的交接须填写退回原因（reason）', en: 'Finance must give a reason (reason) to return {month}' },
};

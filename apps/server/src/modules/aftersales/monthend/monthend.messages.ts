import type { MessageTable } from '../../../http/messages.js';

/** Messages of the after-sales month-end part. */
export const monthendMessages: MessageTable = {
  'aftersales.invalidCommissionTable': { zh: '提成表“{field}”无效：{value}', en: 'Commission table "{field}" is invalid: {value}' },
  'aftersales.monthend.noLine': { zh: '{month} 月派工单“{jobId}”没有人员“{userId}”的{role}提成行', en: 'Job "{jobId}" in {month} has no {role} commission line for user "{userId}"' },
  'aftersales.monthend.nothingToConfirm': { zh: '{month} 月没有您的提成可确认', en: 'You have no commission to confirm in {month}' },
};

import type { MessageTable } from '../../http/messages.js';

/** Messages of the after-sales rules (shared by the parts). */
export const aftersalesMessages: MessageTable = {
  'aftersales.invalidSettings': { zh: '售后设置“{field}”的值无效：{value}', en: 'Invalid after-sales setting "{field}": {value}' },
  'aftersales.invalidDate': { zh: '日期“{value}”无效（{field}），应为 YYYY-MM-DD', en: 'Invalid date "{value}" ({field}); expected YYYY-MM-DD' },
  'aftersales.invalidDateTime': { zh: '时间“{value}”无效（{field}）', en: 'Invalid time "{value}" ({field})' },
  'aftersales.invalidAmount': { zh: '金额“{value}”无效（{field}），应为不小于 0 的整数（单位：分）', en: 'Invalid amount "{value}" ({field}); expected a whole number of fen, at least 0' },
  'aftersales.invalidMonths': { zh: '月数“{value}”无效（{field}），应为 0–600 的整数', en: 'Invalid number of months "{value}" ({field}); expected a whole number 0–600' },
  'aftersales.commissionNobody': { zh: '提成须有维修人员或技术人员', en: 'A commission needs a technician or an engineer' },
  'aftersales.invalidSet': { zh: '成套物品清单无效：须至少一项且数量为正整数', en: 'Invalid set: at least one line with a positive whole quantity' },
  'aftersales.invalidQuantity': { zh: '物品 {sku} 的数量“{value}”无效', en: 'Invalid quantity "{value}" for {sku}' },
};

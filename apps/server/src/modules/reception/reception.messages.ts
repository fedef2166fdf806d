import type { MessageTable } from '../../http/messages.js';

/** Messages of the reception part. Each names the offending value. */
export const receptionMessages: MessageTable = {
  'reception.notFound': { zh: '接待记录不存在（{id}）', en: 'Reception not found ({id})' },
  'reception.invalidLevel': { zh: '接待规格“{value}”无效', en: 'Invalid reception level "{value}"' },
  'reception.datesReversed': { zh: '离开日期 {end} 早于来访日期 {start}', en: 'The end date {end} is before the start date {start}' },
  'reception.tooManyGuests': { zh: '来宾名单有 {names} 人，多于来访人数 {count}', en: 'The guest list has {names} names, more than the count {count}' },
  'reception.arrangeMissing': { zh: '接待安排尚未落实：{what}', en: 'The arrangement is not complete: {what}' },
  'reception.noExpenses': { zh: '请填写费用结算明细', en: 'Enter the settlement lines' },
  'reception.noOpenTask': { zh: '您没有该接待的“{step}”待办', en: 'You have no open "{step}" task for this reception' },
  'reception.notArranging': { zh: '接待“{title}”不在接待安排环节', en: 'Reception "{title}" is not at the arrangement step' },
  'reception.alreadyArranged': { zh: '接待“{title}”的{what}已安排', en: 'The {what} of reception "{title}" is already arranged' },
  'reception.invalidSettings': { zh: '接待与礼品设置无效：{field}', en: 'Invalid reception settings: {field}' },
};

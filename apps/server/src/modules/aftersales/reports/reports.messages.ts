import type { MessageTable } from '../../../http/messages.js';

/** Messages of the after-sales reports part. */
export const reportsMessages: MessageTable = {
  'aftersales.survey.notFound': { zh: '{date} 的派工单完成情况调查表尚未生成', en: 'The job completion survey of {date} has not been built' },
  'aftersales.survey.submitted': { zh: '{date} 的派工单完成情况调查表已提交，不能再修改', en: 'The job completion survey of {date} was submitted and can no longer be changed' },
  'aftersales.survey.unknownJob': { zh: '派工单“{id}”不在 {date} 的调查表中', en: 'Job "{id}" is not in the survey of {date}' },
  'aftersales.survey.duplicateJob': { zh: '派工单“{id}”在提交内容中出现了多次', en: 'Job "{id}" appears more than once' },
  'aftersales.survey.unanswered': { zh: '派工单 {jobNo} 尚未登记是否完成', en: 'Job {jobNo}: say whether it was finished' },
  'aftersales.survey.unfinishedIncomplete': { zh: '未完成的派工单 {jobNo} 须填写：{missing}', en: 'Unfinished job {jobNo} needs: {missing}' },
  'aftersales.survey.future': { zh: '{date} 还没到，不能生成调查表', en: '{date} has not come yet; no survey can be built' },
  'aftersales.reports.badRange': { zh: '日期范围无效：{from} 至 {to}', en: 'Invalid date range: {from} to {to}' },
  'aftersales.reports.badMonth': { zh: '月份“{value}”无效，应为 YYYY-MM', en: 'Invalid month "{value}"; expected YYYY-MM' },
};

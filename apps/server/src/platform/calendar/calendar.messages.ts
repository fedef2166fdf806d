import type { MessageTable } from '../../http/messages.js';

/** Messages for the codes thrown by calendar.rules.ts. Register with `registerMessages`. */
export const calendarMessages: MessageTable = {
  'calendar.yearMissing': {
    zh: '{year} 年的节假日安排尚未录入，无法计算工作日；请管理员在“节假日日历”中录入或导入该年数据',
    en: 'The holiday schedule for {year} has not been entered, so workdays cannot be calculated; an administrator must enter or import that year in "Holiday calendar"',
  },
  'calendar.invalidDate': {
    zh: '日期“{value}”无效，应为 YYYY-MM-DD 格式的有效日期',
    en: 'Invalid date "{value}"; expected a real date as YYYY-MM-DD',
  },
  'calendar.invalidDateTime': {
    zh: '时间“{value}”无效，应为带时区的 ISO 8601 时间',
    en: 'Invalid time "{value}"; expected an ISO 8601 time with a time zone',
  },
  'calendar.invalidAmount': {
    zh: '数量“{value}”无效，应为不小于 0 的数',
    en: 'Invalid amount "{value}"; expected a number of at least 0',
  },
  'calendar.invalidRange': {
    zh: '开始日期 {from} 晚于结束日期 {to}',
    en: 'The start date {from} is after the end date {to}',
  },
  'calendar.invalidCompanyHours': {
    zh: '公司作息时间“{start}–{end}”无效：上下班时间应为 HH:MM（如 08:30），且上班早于下班',
    en: 'Invalid company working hours "{start}–{end}": use HH:MM (e.g. 08:30) with the start before the end',
  },
  'calendar.invalidWorkingHours': {
    zh: '工作时间设置无效（{start} 时至 {end} 时，时区 {tz}）',
    en: 'Invalid working hours ({start}:00 to {end}:00, time zone {tz})',
  },
};

import type { MessageTable } from '../../../http/messages.js';

export const reportsMessages: MessageTable = {
  'vehicles.reports.invalidMonth': { zh: '月份“{value}”无效，应为 YYYY-MM', en: 'Invalid month "{value}"; expected YYYY-MM' },
  'vehicles.reports.invalidRange': { zh: '开始月份 {from} 晚于结束月份 {to}', en: 'The start month {from} is after the end month {to}' },
  'vehicles.reports.rangeTooLong': { zh: '报表范围最多 36 个月（{from} 至 {to}）', en: 'A report covers at most 36 months ({from} to {to})' },
  'vehicles.reports.departmentNotAllowed': { zh: '只能查看本部门的车辆报表（{department}）', en: 'You may only view the vehicle reports of your own department ({department})' },
  'vehicles.reports.unknownReport': { zh: '报表“{value}”不存在', en: 'Unknown report "{value}"' },
};

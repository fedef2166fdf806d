/** xlsx exports of the after-sales reports: Chinese headers, yuan with 2 decimals. */
import { exportXlsx, type XlsxExportColumn } from '../../../platform/xlsx/xlsx-export.js';
import type { getSurvey } from './daily.service.js';
import type { charts, RateLine } from './stats.service.js';

const STATUS: Record<string, string> = { dispatch: '待派工', schedule: '预约上门', onsite: '上门服务', feeCalc: '收费核对计算', feeCheck: '收费核对', cash: '营业款交财务', callback: '回访', closed: '已结单', cancelled: '已取消' };
const yesNo = (v: boolean | null) => (v === null ? '' : v ? '是' : '否');

export const SURVEY_NAME = '派工单完成情况调查表';

export function exportSurvey(r: Awaited<ReturnType<typeof getSurvey>>): Promise<Buffer> {
  return exportXlsx({
    sheetName: SURVEY_NAME,
    columns: [
      { key: 'jobNo', header: '派工单号', width: 18 }, { key: 'customerName', header: '客户名称', width: 20 }, { key: 'contactPhone', header: '联系电话', width: 14 },
      { key: 'problem', header: '设备问题', width: 26 }, { key: 'technicianName', header: '售后维修人员', width: 12 }, { key: 'statusAtCheck', header: '调查时状态', width: 12 },
      { key: 'finished', header: '是否完成', width: 10 }, { key: 'reason', header: '未完成原因', width: 26 }, { key: 'toldCustomer', header: '已告知客户', width: 10 },
      { key: 'planAt', header: '第二天安排时间', type: 'datetime', width: 18 }, { key: 'planTechnicianName', header: '安排维修人员', width: 12 }, { key: 'note', header: '备注', width: 20 },
    ],
    rows: r.lines.map((l) => ({ ...l, statusAtCheck: STATUS[l.statusAtCheck] ?? l.statusAtCheck, finished: yesNo(l.finished), toldCustomer: yesNo(l.toldCustomer) })),
  });
}

const rateColumns = (who: string): XlsxExportColumn[] => [
  { key: 'name', header: who, width: 14 }, { key: 'dispatched', header: '派工单数', type: 'number' }, { key: 'completed', header: '已完成', type: 'number' }, { key: 'ratePercent', header: '完成率(%)', type: 'number' },
];

export function exportRates(who: 'technicians' | 'clerks', lines: RateLine[]): Promise<Buffer> {
  return exportXlsx({ sheetName: who === 'technicians' ? '售后人员完成率' : '客服完成率', columns: rateColumns(who === 'technicians' ? '售后维修人员' : '客服'), rows: lines as unknown as Record<string, unknown>[] });
}

export const CHART_TABLES = ['perDay', 'technicians', 'satisfaction', 'revenue', 'faults'] as const;
export type ChartTable = (typeof CHART_TABLES)[number];
export const CHART_TITLES: Record<ChartTable, string> = { perDay: '每日派工单数', technicians: '售后人员完成率', satisfaction: '回访满意度分布', revenue: '每月收费', faults: '设备常见故障' };

export function exportChartTable(table: ChartTable, c: Awaited<ReturnType<typeof charts>>): Promise<Buffer> {
  const sheets: Record<ChartTable, { columns: XlsxExportColumn[]; rows: Record<string, unknown>[] }> = {
    perDay: { columns: [{ key: 'date', header: '日期', type: 'date', width: 12 }, { key: 'taken', header: '受理', type: 'number' }, { key: 'dispatched', header: '派工', type: 'number' }], rows: c.perDay },
    technicians: { columns: rateColumns('售后维修人员'), rows: c.technicians as unknown as Record<string, unknown>[] },
    satisfaction: { columns: [{ key: 'satisfaction', header: '满意度', width: 12 }, { key: 'count', header: '单数', type: 'number' }], rows: c.satisfaction },
    revenue: { columns: [{ key: 'month', header: '月份', width: 10 }, { key: 'jobs', header: '收费单数', type: 'number' }, { key: 'feeFen', header: '收费金额(元)', type: 'money' }], rows: c.revenue },
    faults: { columns: [{ key: 'model', header: '设备型号', width: 24 }, { key: 'modelJobs', header: '该设备单数', type: 'number' }, { key: 'problem', header: '故障', width: 30 }, { key: 'count', header: '次数', type: 'number' }], rows: c.faults },
  };
  return exportXlsx({ sheetName: CHART_TITLES[table], ...sheets[table] });
}

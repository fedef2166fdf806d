/** ASV-12/14 month-end sheets as xlsx (platform helper: Chinese headers, yuan with 2 decimals). */
import type { Services } from '../../../app.types.js';
import { exportXlsx, type XlsxExportColumn } from '../../../platform/xlsx/xlsx-export.js';
import { withHandoverSheet } from './handover.xlsx.js';
import { handoverView } from './handover.service.js';
import { monthEnd } from './monthend.service.js';

export const MONTHEND_SHEETS = {
  technician: '售后人员维修、客服提成表',
  engineer: '技术人员维修提成表',
  free: '交代不收费表',
  report: '月报表',
} as const;
export type MonthendSheet = keyof typeof MONTHEND_SHEETS;

const ROLE: Record<string, string> = { technician: '售后维修', clerk: '客服', engineer: '技术人员' };

const lineColumns: XlsxExportColumn[] = [
  { key: 'userName', header: '姓名', width: 10 },
  { key: 'roleName', header: '提成类别', width: 10 },
  { key: 'jobNo', header: '派工单号', width: 18 },
  { key: 'date', header: '日期', type: 'date' },
  { key: 'customerName', header: '客户名称', width: 20 },
  { key: 'jobCommissionFen', header: '单据提成', type: 'money', width: 12 },
  { key: 'amountFen', header: '本人提成', type: 'money', width: 12 },
  { key: 'note', header: '调整说明', width: 30 },
];

/** The sheet asked for, plus a 交接 sheet with the month's hand-over state (ASV-14). */
export async function exportMonthend(s: Services, month: string, sheet: MonthendSheet): Promise<Buffer> {
  const m = await monthEnd(s, month);
  return withHandoverSheet(await sheetOf(m, sheet), await handoverView(s, month, m));
}

async function sheetOf(m: Awaited<ReturnType<typeof monthEnd>>, sheet: MonthendSheet): Promise<Buffer> {
  const sheetName = MONTHEND_SHEETS[sheet];
  if (sheet === 'technician' || sheet === 'engineer') {
    const lines = m.lines.filter((l) => (sheet === 'engineer' ? l.role === 'engineer' : l.role !== 'engineer'))
      .sort((a, b) => a.userName.localeCompare(b.userName, 'zh-CN') || a.jobNo.localeCompare(b.jobNo));
    const rows: Record<string, unknown>[] = lines.map((l) => ({ ...l, roleName: ROLE[l.role], note: l.correction ? `${l.correction.byName}：${l.correction.reason}` : '' }));
    rows.push({ userName: '合计', amountFen: lines.reduce((a, l) => a + l.amountFen, 0) });
    return exportXlsx({ sheetName, columns: lineColumns, rows });
  }
  if (sheet === 'free') {
    return exportXlsx({ sheetName, columns: [
      { key: 'jobNo', header: '派工单号', width: 18 }, { key: 'date', header: '日期', type: 'date' }, { key: 'customerName', header: '客户名称', width: 20 },
      { key: 'technicianName', header: '维修人员', width: 10 }, { key: 'work', header: '维修内容', width: 30 }, { key: 'reason', header: '不收费原因', width: 30 },
    ], rows: m.free });
  }
  const rows: Record<string, unknown>[] = m.report.map((r) => ({ ...r, technicianName: r.engineerName ? `${r.technicianName}、${r.engineerName}` : r.technicianName }));
  rows.push({ jobNo: '合计', commissionFen: m.report.reduce((a, r) => a + r.commissionFen, 0), collectedFen: m.report.reduce((a, r) => a + r.collectedFen, 0) });
  return exportXlsx({ sheetName, columns: [
    { key: 'jobNo', header: '派工单号', width: 18 }, { key: 'date', header: '日期', type: 'date' }, { key: 'work', header: '维修内容', width: 30 },
    { key: 'technicianName', header: '维修人员', width: 14 }, { key: 'commissionFen', header: '维修提成', type: 'money', width: 12 },
    { key: 'collectedFen', header: '收款金额', type: 'money', width: 12 }, { key: 'notes', header: '备注', width: 30 },
  ], rows });
}

/**
 * HR-8 payroll export of a month: sheet 汇总 has one row per employee (工号/姓名/部门/补贴合计/
 * 罚款合计/净额, yuan with 2 decimals) and sheet 明细 every live entry behind them. Voided entries
 * are left out of both. 工号 is the login name (the platform has no separate employee number).
 */
import ExcelJS from 'exceljs';
import type { Services } from '../../app.types.js';
import { exportXlsx, type XlsxExportOptions } from '../../platform/xlsx/xlsx-export.js';
import { listEntriesIn, monthSummaryIn } from './ledger.query.js';

export const PAYROLL_SHEET = '汇总';
export const DETAIL_SHEET = '明细';

export function payrollFileName(month: string): string {
  return `奖惩与补贴工资表-${month}.xlsx`;
}

/**
 * One workbook of several sheets, each built by the platform helper (headers, widths, money
 * format, formula neutralizing) and copied in — the helper writes one sheet per workbook.
 */
async function workbookOf(sheets: XlsxExportOptions[]): Promise<Buffer> {
  const out = new ExcelJS.Workbook();
  out.creator = 'Guanjia';
  for (const sheet of sheets) {
    const src = new ExcelJS.Workbook();
    await src.xlsx.load((await exportXlsx(sheet)) as unknown as ArrayBuffer);
    const ws = src.worksheets[0]!;
    const to = out.addWorksheet(ws.name, { views: ws.views });
    to.columns = ws.columns.map((c) => ({ key: c.key, width: c.width }));
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const t = to.getCell(r, c);
        t.value = cell.value;
        t.style = { ...cell.style };
      });
    });
    if (ws.autoFilter) to.autoFilter = ws.autoFilter;
  }
  return Buffer.from((await out.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function exportPayroll(s: Services, month: string): Promise<Buffer> {
  const all = { kind: 'all' } as const;
  const summary = await monthSummaryIn(s, all, { month });
  const detail = await listEntriesIn(s, all, { month, includeVoided: false });
  const order = new Map(summary.rows.map((r, i) => [r.userId, i]));
  const details = [...detail.items].sort((a, b) => (order.get(a.userId)! - order.get(b.userId)!) || a.occurredOn.localeCompare(b.occurredOn));
  return workbookOf([
    {
      sheetName: PAYROLL_SHEET,
      columns: [
        { key: 'username', header: '工号', width: 14 },
        { key: 'name', header: '姓名', width: 10 },
        { key: 'departmentName', header: '部门', width: 14 },
        { key: 'subsidyFen', header: '补贴合计', type: 'money', width: 12 },
        { key: 'penaltyFen', header: '罚款合计', type: 'money', width: 12 },
        { key: 'netFen', header: '净额', type: 'money', width: 12 },
      ],
      rows: summary.rows.map((r) => ({ ...r })),
    },
    {
      sheetName: DETAIL_SHEET,
      columns: [
        { key: 'username', header: '工号', width: 14 },
        { key: 'userName', header: '姓名', width: 10 },
        { key: 'departmentName', header: '部门', width: 14 },
        { key: 'occurredOn', header: '日期', type: 'date' },
        { key: 'kindLabel', header: '类别', width: 8 },
        { key: 'amountFen', header: '金额', type: 'money', width: 12 },
        { key: 'sourceLabel', header: '来源', width: 16 },
        { key: 'reason', header: '事由', width: 40 },
        { key: 'createdAt', header: '登记时间', type: 'datetime' },
      ],
      rows: details.map((r) => ({ ...r })),
    },
  ]);
}

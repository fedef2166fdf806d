/**
 * ASV-14: every month-end xlsx carries a 交接 sheet — the hand-over state (未交 / 已交财务待签收 /
 * 财务已签收), who handed over and signed when, the unconfirmed people, and per person the total
 * handed over against today's (so a sheet printed after a correction shows the difference).
 */
import ExcelJS from 'exceljs';
import { MONEY_FORMAT, neutralizeText } from '../../../platform/xlsx/xlsx-export.js';
import { beijingMinute } from './handover.rules.js';
import type { handoverView } from './handover.service.js';

export const HANDOVER_SHEET = '交接';
export const STATE_ZH = { none: '未交财务', handed: '已交财务，待财务签收', received: '财务已签收' } as const;

type View = Awaited<ReturnType<typeof handoverView>>;

export async function withHandoverSheet(book: Buffer, v: View): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(book as unknown as ArrayBuffer);
  const ws = wb.addWorksheet(HANDOVER_SHEET);
  ws.columns = [{ width: 14 }, { width: 16 }, { width: 16 }, { width: 12 }, { width: 40 }];
  const h = v.current ?? v.history[0] ?? null;
  const info: [string, string | number][] = [
    ['月份', v.month],
    ['交接状态', STATE_ZH[v.state]],
  ];
  if (h) {
    info.push(['交接人', h.handedByName ?? ''], ['交接时间', beijingMinute(h.handedAt)], ['未确认人数', h.unconfirmedCount]);
    if (h.unconfirmed.length) info.push(['未确认人员', h.unconfirmed.join('、')]);
    if (h.note) info.push(['备注', h.note]);
    if (h.receivedAt) info.push(['财务签收', `${h.receivedByName ?? ''} ${beijingMinute(h.receivedAt)}`]);
    if (!v.current && h.reopenedAt) info.push(['撤回/退回', `${h.reopenedByName ?? ''} ${beijingMinute(h.reopenedAt)} ${h.reopenReason ?? ''}`.trim()]);
  }
  for (const [k, val] of info) {
    // Names, notes and reasons are typed by people: never let one run as a formula.
    const row = ws.addRow([k, typeof val === 'string' ? neutralizeText(val) : val]);
    row.getCell(1).font = { bold: true };
  }
  if (v.comparison) {
    ws.addRow([]);
    const head = ws.addRow(['姓名', '交接金额', '当前金额', '差额', '']);
    head.font = { bold: true };
    const money = (row: ExcelJS.Row) => [2, 3, 4].forEach((c) => { row.getCell(c).numFmt = MONEY_FORMAT; });
    for (const r of v.comparison.rows) money(ws.addRow([neutralizeText(r.userName), r.handedFen / 100, r.currentFen / 100, (r.currentFen - r.handedFen) / 100, r.changed ? '交接后有变动' : '']));
    const c = v.comparison;
    const total = ws.addRow(['合计', c.handedTotalFen / 100, c.currentTotalFen / 100, (c.currentTotalFen - c.handedTotalFen) / 100, c.changed ? '交接后有变动' : '']);
    total.font = { bold: true };
    money(total);
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

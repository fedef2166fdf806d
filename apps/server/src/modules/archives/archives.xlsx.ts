/** xlsx exports of the archive catalog and the borrow/copy register: Chinese headers. */
import type { Services } from '../../app.types.js';
import type { Actor } from '../../platform/auth/actor.js';
import { exportXlsx, type XlsxExportColumn } from '../../platform/xlsx/xlsx-export.js';
import { KIND_LABELS } from './archives.rules.js';
import { listBorrows, listItems, type BorrowQuery, type ItemQuery } from './archives.service.js';

const col = (key: string, header: string, type: XlsxExportColumn['type'] = 'text', width?: number): XlsxExportColumn => ({ key, header, type, width });
export const ITEM_STATUS: Record<string, string> = { in: '在库', out: '借出', destroyed: '已销毁' };
export const BORROW_STATUS: Record<string, string> = { open: '审批中', approved: '待办理', lent: '借出中', returned: '已归还', copied: '已复印', rejected: '未批准', cancelled: '已撤回' };

export async function exportItems(s: Services, actor: Actor, q: ItemQuery): Promise<Buffer> {
  return exportXlsx({
    sheetName: '档案目录',
    columns: [col('number', '档号', 'text', 16), col('title', '题名', 'text', 40), col('category', '类别'), col('year', '年度', 'number'), col('retention', '保管期限'),
      col('secrecy', '密级'), col('cabinet', '档案柜'), col('shelf', '架/格'), col('pages', '页数', 'number'), col('hasScan', '有扫描件', 'bool'), col('status', '状态'), col('notes', '备注', 'text', 30)],
    rows: (await listItems(s, actor, q)).map((i) => ({ ...i, hasScan: i.scanAttachmentId !== null, status: ITEM_STATUS[i.status] ?? i.status })),
  });
}

export async function exportBorrows(s: Services, actor: Actor, q: BorrowQuery, today: string): Promise<Buffer> {
  return exportXlsx({
    sheetName: '档案借阅复印登记',
    columns: [col('number', '档号', 'text', 16), col('title', '题名', 'text', 32), col('secrecy', '密级'), col('kind', '类别'), col('borrowerName', '借阅人'), col('departmentName', '部门'),
      col('purpose', '用途', 'text', 30), col('createdAt', '申请时间', 'datetime'), col('dueOn', '归还日期', 'date'), col('lentAt', '借出/复印时间', 'datetime'), col('keeperName', '经办人'),
      col('returnedAt', '归还时间', 'datetime'), col('pagesComplete', '页数齐全', 'bool'), col('returnCondition', '归还检查情况', 'text', 24), col('copies', '申请份数', 'number'),
      col('copiesMade', '复印份数', 'number'), col('overdue', '逾期', 'bool'), col('status', '状态')],
    rows: (await listBorrows(s, actor, q, today)).map((b) => ({ ...b, kind: KIND_LABELS[b.kind], status: BORROW_STATUS[b.status] ?? b.status })),
  });
}

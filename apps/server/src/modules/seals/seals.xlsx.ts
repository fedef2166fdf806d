/** xlsx exports: the seal register and the use log (印章使用登记表). */
import type { Services } from '../../app.types.js';
import type { Actor } from '../../platform/auth/actor.js';
import { exportXlsx, type XlsxExportColumn } from '../../platform/xlsx/xlsx-export.js';
import { listSeals, listUses, type UseQuery } from './seals.service.js';

const col = (key: string, header: string, type: XlsxExportColumn['type'] = 'text', width?: number): XlsxExportColumn => ({ key, header, type, width });
export const SEAL_STATUS: Record<string, string> = { in_office: '在办公室', out: '外带中', disabled: '已停用' };
export const USE_STATUS: Record<string, string> = { open: '审批中', approved: '待盖章', used: '已用印', out: '外带中', returned: '已交回', rejected: '未批准', cancelled: '已撤回' };
const DOC: Record<string, string> = { document: '文件', contract: '合同' };

export async function exportSeals(s: Services): Promise<Buffer> {
  return exportXlsx({
    sheetName: '印章登记',
    columns: [col('name', '印章名称', 'text', 24), col('type', '类别'), col('keeperName', '保管人'), col('location', '存放位置', 'text', 20), col('status', '状态'), col('notes', '备注', 'text', 30)],
    rows: (await listSeals(s)).map((r) => ({ ...r, status: SEAL_STATUS[r.status] ?? r.status })),
  });
}

export async function exportUses(s: Services, actor: Actor, q: UseQuery): Promise<Buffer> {
  return exportXlsx({
    sheetName: '印章使用登记表',
    columns: [col('usedAt', '用印时间', 'datetime'), col('sealName', '印章', 'text', 20), col('requesterName', '用印人'), col('departmentName', '部门'), col('docKind', '类别'),
      col('document', '文件/合同名称', 'text', 32), col('purpose', '事由', 'text', 28), col('copies', '份数', 'number'), col('approvers', '审批人', 'text', 24), col('keeperName', '盖章人'),
      col('takeOut', '外带', 'bool'), col('returnBy', '应交回时间', 'datetime'), col('returnedAt', '交回时间', 'datetime'), col('status', '状态')],
    rows: (await listUses(s, actor, q)).map((r) => ({ ...r, docKind: DOC[r.docKind] ?? r.docKind, status: USE_STATUS[r.status] ?? r.status })),
  });
}

/** xlsx export of assigned work (督办一览 and the personal lists). */
import type { Services } from '../../app.types.js';
import type { Actor } from '../../platform/auth/actor.js';
import { exportXlsx } from '../../platform/xlsx/xlsx-export.js';
import { listTasks, type TaskListFilter } from './tasks.query.js';

export const EXPORT_NAME = '交办督办事项';

const STATUS_LABELS: Record<string, string> = { assigned: '待接收', in_progress: '办理中', closure_requested: '待验收', closed: '已办结', cancelled: '已作废' };

export async function exportTasks(s: Services, actor: Actor, f: TaskListFilter): Promise<Buffer> {
  const rows = await listTasks(s, actor, f);
  return exportXlsx({
    sheetName: EXPORT_NAME,
    columns: [
      { key: 'title', header: '交办事项', width: 36 },
      { key: 'assignerName', header: '交办人', width: 10 },
      { key: 'ownerName', header: '责任人', width: 10 },
      { key: 'ownerDepartment', header: '责任部门', width: 14 },
      { key: 'dueDate', header: '完成期限', type: 'date', width: 12 },
      { key: 'status', header: '状态', width: 10 },
      { key: 'percent', header: '完成百分比', type: 'number', width: 10 },
      { key: 'overdue', header: '是否超期', width: 9 },
      { key: 'createdAt', header: '交办时间', type: 'datetime', width: 17 },
      { key: 'closedAt', header: '办结时间', type: 'datetime', width: 17 },
    ],
    rows: rows.map((r) => ({ ...r, status: STATUS_LABELS[r.status] ?? r.status, overdue: r.overdue ? '超期' : '' })),
  });
}

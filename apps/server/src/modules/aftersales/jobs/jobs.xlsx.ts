/** xlsx export of the 派工单 list with the list's filters: Chinese headers, yuan. */
import { exportXlsx } from '../../../platform/xlsx/xlsx-export.js';
import type { listJobs } from './jobs.service.js';

const STATUS: Record<string, string> = { dispatch: '待派工', schedule: '预约上门', onsite: '上门服务', feeCalc: '收费核对计算', feeCheck: '收费核对', cash: '营业款交财务', callback: '回访', closed: '已结单', cancelled: '已取消' };
const WARRANTY: Record<string, string> = { in_warranty: '保修期内', expiring: '即将过保', expired: '已过保', unknown: '未知' };

export const JOBS_XLSX_NAME = '派工单';

export function exportJobs(items: Awaited<ReturnType<typeof listJobs>>['items']): Promise<Buffer> {
  return exportXlsx({
    sheetName: JOBS_XLSX_NAME,
    columns: [
      { key: 'jobNo', header: '派工单号', width: 18 }, { key: 'createdAt', header: '受理时间', type: 'datetime', width: 18 },
      { key: 'customerName', header: '客户名称', width: 20 }, { key: 'contactPhone', header: '联系电话', width: 14 }, { key: 'address', header: '地址', width: 28 },
      { key: 'equipmentName', header: '设备', width: 14 }, { key: 'warranty', header: '质保状态', width: 10 }, { key: 'problem', header: '设备问题', width: 28 },
      { key: 'clerkName', header: '受理客服', width: 10 }, { key: 'technicianName', header: '售后维修人员', width: 12 }, { key: 'status', header: '状态', width: 12 },
      { key: 'dispatchedAt', header: '派工时间', type: 'datetime', width: 18 }, { key: 'finishedAt', header: '完成时间', type: 'datetime', width: 18 },
      { key: 'feeFen', header: '收费(元)', type: 'money' }, { key: 'receiptNo', header: '收据号', width: 14 }, { key: 'cashDueOn', header: '营业款最迟交财务', type: 'date', width: 16 },
      { key: 'handedToFinanceAt', header: '交财务时间', type: 'datetime', width: 18 }, { key: 'cashOverdue', header: '营业款逾期', type: 'bool' },
      { key: 'lastUrgedAt', header: '最近催缴', type: 'datetime', width: 18 }, { key: 'unfinishedReason', header: '未完成原因', width: 24 }, { key: 'satisfaction', header: '满意度', width: 10 },
    ],
    rows: items.map((i) => ({ ...i, status: STATUS[i.status] ?? i.status, warranty: WARRANTY[i.warrantyState] ?? i.warrantyState })),
  });
}

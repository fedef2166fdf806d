/** xlsx of the care part: 二次销售业务记录表, 员工销售提成表, 维保提成表. */
import type { Services } from '../../../app.types.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { exportXlsx } from '../../../platform/xlsx/xlsx-export.js';
import { listSales, salesCommission, type SaleFilter } from './care.sales.service.js';
import { maintenanceCommission } from './care.visits.service.js';

export const SALES_NAME = '二次销售业务记录表';
export const SALES_COMMISSION_NAME = '员工销售提成表';
export const MAINTENANCE_COMMISSION_NAME = '维保提成表';
const SOURCE: Record<string, string> = { reminder: '到期回访', callback: '维修回访', other: '其他' };

export async function exportSales(s: Services, actor: Actor, f: SaleFilter): Promise<Buffer> {
  const { items } = await listSales(s, actor, f);
  return exportXlsx({ sheetName: SALES_NAME, columns: [
    { key: 'soldOn', header: '日期', type: 'date' }, { key: 'customerName', header: '客户名称', width: 22 }, { key: 'equipmentName', header: '设备', width: 14 },
    { key: 'item', header: '销售内容', width: 24 }, { key: 'categoryName', header: '类别', width: 12 }, { key: 'quantity', header: '数量', type: 'number' },
    { key: 'amountFen', header: '金额（元）', type: 'money', width: 12 }, { key: 'salespersonName', header: '销售人员', width: 10 }, { key: 'sourceName', header: '来源', width: 10 },
    { key: 'jobNo', header: '派工单号', width: 18 }, { key: 'notes', header: '备注', width: 30 },
  ], rows: [...items.map((i) => ({ ...i, sourceName: SOURCE[i.source] ?? i.source })), { customerName: '合计', amountFen: items.reduce((a, i) => a + i.amountFen, 0) }] });
}

export async function exportSalesCommission(s: Services, month: string): Promise<Buffer> {
  const m = await salesCommission(s, month);
  return exportXlsx({ sheetName: SALES_COMMISSION_NAME, columns: [
    { key: 'userName', header: '姓名', width: 10 }, { key: 'date', header: '日期', type: 'date' }, { key: 'customerName', header: '客户名称', width: 22 },
    { key: 'item', header: '销售内容', width: 24 }, { key: 'categoryName', header: '类别', width: 12 }, { key: 'amountFen', header: '销售金额（元）', type: 'money', width: 14 },
    { key: 'percent', header: '提成比例（%）', type: 'number', width: 12 }, { key: 'commissionFen', header: '提成（元）', type: 'money', width: 12 },
  ], rows: [
    ...m.lines,
    ...m.people.map((p) => ({ userName: `${p.userName} 小计`, amountFen: p.amountFen, commissionFen: p.commissionFen })),
    { userName: '合计', amountFen: m.totalAmountFen, commissionFen: m.totalFen },
  ] });
}

export async function exportMaintenanceCommission(s: Services, month: string): Promise<Buffer> {
  const m = await maintenanceCommission(s, month);
  return exportXlsx({ sheetName: MAINTENANCE_COMMISSION_NAME, columns: [
    { key: 'userName', header: '维保人员', width: 10 }, { key: 'contractNumber', header: '协议编号', width: 14 }, { key: 'customerName', header: '客户名称', width: 22 },
    { key: 'visitOn', header: '计划日期', type: 'date' }, { key: 'jobNo', header: '派工单号', width: 18 }, { key: 'completedAt', header: '完成时间', type: 'datetime', width: 18 },
    { key: 'commissionFen', header: '维保提成（元）', type: 'money', width: 14 },
  ], rows: [
    ...m.lines,
    ...m.people.map((p) => ({ userName: `${p.userName} 小计`, commissionFen: p.commissionFen })),
    { userName: '合计', commissionFen: m.totalFen },
  ] });
}

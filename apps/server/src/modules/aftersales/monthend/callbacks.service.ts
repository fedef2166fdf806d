/**
 * ASV-16 回访记录表: the callbacks of closed 派工单 of a Beijing month, read from the job's process
 * data (the callback step stores satisfaction, timeliness and conduct), and the monthly report.
 */
import type { Services } from '../../../app.types.js';
import { exportXlsx } from '../../../platform/xlsx/xlsx-export.js';
import { beijingMonthBounds, callbackReport, CONDUCT_CHECKLIST, type CallbackFigures } from './callbacks.rules.js';
import { byJobNo, instanceData } from './month-data.js';

export interface CallbackRow {
  jobId: string;
  jobNo: string;
  instanceId: string;
  customerName: string;
  technicianId: string | null;
  technicianName: string;
  workDone: string;
  completedAt: string | null;
  satisfaction: string | null;
  timely: boolean | null;
  conductOk: boolean | null;
  notes: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

/** The closed jobs of `month` ('YYYY-MM', Beijing) with their callback data, by job number. */
export async function listCallbacks(s: Services, month: string): Promise<CallbackRow[]> {
  const { from, to } = beijingMonthBounds(month);
  const rows = await s.db.selectFrom('aftersales_job as j').innerJoin('aftersales_customer as c', 'c.id', 'j.customer_id')
    .leftJoin('app_user as t', 't.id', 'j.technician_id')
    .select(['j.id', 'j.job_no', 'j.instance_id', 'j.technician_id', 'j.completed_at', 'c.name as customer_name', 't.name as technician_name'])
    .where('j.status', '=', 'closed').where('j.completed_at', '>=', from).where('j.completed_at', '<', to)
    .execute();
  rows.sort(byJobNo);
  const data = await instanceData(s.db, rows.map((r) => r.instance_id));
  return rows.map((r) => {
    const d = data.get(r.instance_id) ?? {};
    return {
      jobId: r.id, jobNo: r.job_no, instanceId: r.instance_id, customerName: r.customer_name, technicianId: r.technician_id, technicianName: r.technician_name ?? '',
      workDone: str(d.workDone) ?? '', completedAt: r.completed_at, satisfaction: str(d.satisfaction), timely: bool(d.timely), conductOk: bool(d.conductOk), notes: str(d.callbackNotes) ?? '',
    };
  });
}

export interface CallbackReportLine extends CallbackFigures {
  technicianId: string | null;
  technicianName: string;
}

/** The monthly callback report: totals and one line per technician (ASV-16, for the managers). */
export async function callbackMonthReport(s: Services, month: string): Promise<{ month: string; checklist: typeof CONDUCT_CHECKLIST; total: CallbackFigures; lines: CallbackReportLine[] }> {
  const rows = await listCallbacks(s, month);
  const rep = callbackReport(rows);
  const names = new Map(rows.map((r) => [r.technicianId ?? '', r.technicianName]));
  const lines = [...rep.byTechnician].map(([k, f]) => ({ technicianId: k || null, technicianName: names.get(k) ?? '', ...f }))
    .sort((a, b) => a.technicianName.localeCompare(b.technicianName, 'zh-CN'));
  return { month, checklist: CONDUCT_CHECKLIST, total: rep.total, lines };
}

export const CALLBACKS_NAME = '回访记录表';

const yesNo = (v: boolean | null) => (v === null ? '' : v ? '是' : '否');

/** 回访记录表 xlsx of the month. */
export async function exportCallbacks(s: Services, month: string): Promise<Buffer> {
  const rows = await listCallbacks(s, month);
  return exportXlsx({
    sheetName: CALLBACKS_NAME,
    columns: [
      { key: 'jobNo', header: '派工单号', width: 18 },
      { key: 'completedAt', header: '结单时间', type: 'datetime', width: 18 },
      { key: 'customerName', header: '客户名称', width: 22 },
      { key: 'technicianName', header: '售后维修人员', width: 12 },
      { key: 'workDone', header: '维修结果', width: 30 },
      { key: 'satisfaction', header: '满意度', width: 10 },
      { key: 'timely', header: '服务是否及时', width: 12 },
      { key: 'conductOk', header: '遵守上门服务规范', width: 16 },
      { key: 'notes', header: '回访记录', width: 30 },
    ],
    rows: rows.map((r) => ({ ...r, satisfaction: r.satisfaction ?? '未回访', timely: yesNo(r.timely), conductOk: yesNo(r.conductOk) })),
  });
}

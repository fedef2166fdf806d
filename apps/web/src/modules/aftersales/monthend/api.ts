/** HTTP client and types of the after-sales month end (ASV-12/14) and callbacks (ASV-16). */
import { api, withQuery } from '../../../app/api';

export const MONTHEND_PERM = { monthend: 'aftersales:monthend', callbacks: 'aftersales:callbacks' } as const;
export type LineRole = 'technician' | 'engineer' | 'clerk';
export type MonthendSheet = 'technician' | 'engineer' | 'free' | 'report';

export interface CommissionLine {
  jobId: string;
  jobNo: string;
  date: string | null;
  customerName: string;
  userId: string;
  userName: string;
  role: LineRole;
  jobCommissionFen: number;
  computedFen: number;
  amountFen: number;
  correction: { amountFen: number; reason: string; byName: string; at: string } | null;
}
export interface PersonTotal {
  userId: string;
  userName: string;
  technicianFen: number;
  engineerFen: number;
  clerkFen: number;
  totalFen: number;
  confirmedAt: string | null;
  confirmedTotalFen: number | null;
}
export interface ReportRow { jobId: string; jobNo: string; date: string | null; work: string; technicianName: string; engineerName: string; commissionFen: number; collectedFen: number; notes: string }
export interface FreeRow { jobId: string; jobNo: string; date: string | null; customerName: string; technicianName: string; work: string; reason: string }
export interface CommissionTable { rates: { jobType: string; fixedFen: number; feePercent: number }[]; clerkPerJobFen: number }
export interface MonthEnd { month: string; lines: CommissionLine[]; people: PersonTotal[]; report: ReportRow[]; free: FreeRow[] }

export interface CallbackRow { jobId: string; jobNo: string; instanceId: string; customerName: string; technicianName: string; workDone: string; completedAt: string | null; satisfaction: string | null; timely: boolean | null; conductOk: boolean | null; notes: string }
export interface CallbackFigures { callbacks: number; satisfied: number; timely: number; conductOk: number; satisfactionRate: number | null; timelyRate: number | null; conductRate: number | null; bySatisfaction: Record<string, number> }
export interface CallbackReport { month: string; checklist: { code: string; zh: string; en: string }[]; total: CallbackFigures; lines: (CallbackFigures & { technicianId: string | null; technicianName: string })[] }

export const monthendKeys = {
  month: (m: string) => ['aftersales', 'monthend', m] as const,
  mine: (m: string) => ['aftersales', 'monthend', 'mine', m] as const,
  callbacks: (m: string) => ['aftersales', 'callbacks', m] as const,
  callbackReport: (m: string) => ['aftersales', 'callbacks', 'report', m] as const,
};

export const monthendApi = {
  month: (month: string) => api.get<MonthEnd>('/api/aftersales/monthend', { month }),
  mine: (month: string) => api.get<{ month: string; lines: CommissionLine[]; person: PersonTotal | null }>('/api/aftersales/monthend/mine', { month }),
  confirm: (month: string) => api.post<{ confirmedAt: string; totalFen: number }>('/api/aftersales/monthend/confirm', { month }),
  correct: (body: { month: string; jobId: string; userId: string; role: LineRole; amountFen: number; reason: string }) => api.post<{ id: string }>('/api/aftersales/monthend/corrections', body),
  commissionTable: () => api.get<CommissionTable>('/api/aftersales/monthend/commission-table'),
  saveCommissionTable: (body: CommissionTable) => api.put<CommissionTable>('/api/aftersales/monthend/commission-table', body),
  xlsx: (month: string, sheet: MonthendSheet) => withQuery('/api/aftersales/monthend/export.xlsx', { month, sheet }),
  callbacks: (month: string) => api.get<{ items: CallbackRow[] }>('/api/aftersales/callbacks', { month }),
  callbackReport: (month: string) => api.get<CallbackReport>('/api/aftersales/callbacks/report', { month }),
  callbacksXlsx: (month: string) => withQuery('/api/aftersales/callbacks/export.xlsx', { month }),
};

/** HTTP client and types of the after-sales month end (ASV-12/14) and callbacks (ASV-16). */
import { api, withQuery } from '../../../app/api';

export const MONTHEND_PERM = { monthend: 'aftersales:monthend', receive: 'aftersales:monthendReceive', callbacks: 'aftersales:callbacks' } as const;
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

/** ASV-14 交财务. */
export type HandoverState = 'none' | 'handed' | 'received';
export interface HandoverRecord {
  id: string;
  month: string;
  status: 'handed' | 'received' | 'reopened';
  inForce: boolean;
  handedById: string;
  handedByName: string | null;
  handedAt: string;
  note: string;
  totalFen: number;
  unconfirmedCount: number;
  unconfirmed: string[];
  people: { userId: string; userName: string; totalFen: number; confirmed: boolean }[];
  receivedByName: string | null;
  receivedAt: string | null;
  reopenedByName: string | null;
  reopenedAt: string | null;
  reopenReason: string | null;
}
export interface HandoverComparison {
  handedTotalFen: number;
  currentTotalFen: number;
  changed: boolean;
  rows: { userId: string; userName: string; handedFen: number; currentFen: number; changed: boolean }[];
}
export interface HandoverView { month: string; state: HandoverState; mayHandOver: boolean; current: HandoverRecord | null; history: HandoverRecord[]; comparison: HandoverComparison | null }
export interface MineLock { status: 'handed' | 'received'; handedAt: string; handedByName: string; receivedAt: string | null }

export interface CallbackRow { jobId: string; jobNo: string; instanceId: string; customerName: string; technicianName: string; workDone: string; completedAt: string | null; satisfaction: string | null; timely: boolean | null; conductOk: boolean | null; notes: string }
export interface CallbackFigures { callbacks: number; satisfied: number; timely: number; conductOk: number; satisfactionRate: number | null; timelyRate: number | null; conductRate: number | null; bySatisfaction: Record<string, number> }
export interface CallbackReport { month: string; checklist: { code: string; zh: string; en: string }[]; total: CallbackFigures; lines: (CallbackFigures & { technicianId: string | null; technicianName: string })[] }

export const monthendKeys = {
  month: (m: string) => ['aftersales', 'monthend', m] as const,
  mine: (m: string) => ['aftersales', 'monthend', 'mine', m] as const,
  handover: (m: string) => ['aftersales', 'monthend', 'handover', m] as const,
  callbacks: (m: string) => ['aftersales', 'callbacks', m] as const,
  callbackReport: (m: string) => ['aftersales', 'callbacks', 'report', m] as const,
};

export const monthendApi = {
  month: (month: string) => api.get<MonthEnd>('/api/aftersales/monthend', { month }),
  mine: (month: string) => api.get<{ month: string; lines: CommissionLine[]; person: PersonTotal | null; handover: MineLock | null }>('/api/aftersales/monthend/mine', { month }),
  handover: (month: string) => api.get<HandoverView>('/api/aftersales/monthend/handover', { month }),
  handOver: (body: { month: string; note?: string }) => api.post<{ id: string; totalFen: number; unconfirmedCount: number }>('/api/aftersales/monthend/handover', body),
  receive: (month: string) => api.post<{ receivedAt: string }>('/api/aftersales/monthend/handover/receive', { month }),
  reopen: (body: { month: string; reason?: string }) => api.post<{ kind: 'withdraw' | 'return' }>('/api/aftersales/monthend/handover/reopen', body),
  confirm: (month: string) => api.post<{ confirmedAt: string; totalFen: number }>('/api/aftersales/monthend/confirm', { month }),
  correct: (body: { month: string; jobId: string; userId: string; role: LineRole; amountFen: number; reason: string }) => api.post<{ id: string }>('/api/aftersales/monthend/corrections', body),
  commissionTable: () => api.get<CommissionTable>('/api/aftersales/monthend/commission-table'),
  saveCommissionTable: (body: CommissionTable) => api.put<CommissionTable>('/api/aftersales/monthend/commission-table', body),
  xlsx: (month: string, sheet: MonthendSheet) => withQuery('/api/aftersales/monthend/export.xlsx', { month, sheet }),
  callbacks: (month: string) => api.get<{ items: CallbackRow[] }>('/api/aftersales/callbacks', { month }),
  callbackReport: (month: string) => api.get<CallbackReport>('/api/aftersales/callbacks/report', { month }),
  callbacksXlsx: (month: string) => withQuery('/api/aftersales/callbacks/export.xlsx', { month }),
};

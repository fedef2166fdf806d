/** HTTP client and types of the after-sales care part (维保协议, 回访任务, 二次销售, 销售/维保提成, ASV-12/13/15). */
import { api, withQuery } from '../../../app/api';

export const CARE_PERM = 'aftersales:care';

export type CommissionMode = 'default' | 'perVisit' | 'feePercent';
export type VisitStatus = 'planned' | 'creating' | 'jobbed' | 'cancelled';
export type ReminderReason = 'warranty' | 'part_life';
export type TaskOutcome = 'contacted' | 'interested' | 'not_interested' | 'sale_made';
export const OUTCOMES: TaskOutcome[] = ['contacted', 'interested', 'not_interested', 'sale_made'];
export type SaleSource = 'reminder' | 'callback' | 'other';
export const SOURCES: SaleSource[] = ['reminder', 'callback', 'other'];

export interface CareContract {
  id: string;
  number: string;
  customerId: string;
  customerName: string;
  equipmentIds: string[];
  startOn: string;
  endOn: string | null;
  signedOn: string;
  intervalMonths: number;
  visitsPerYear: number | null;
  feeFen: number;
  salespersonId: string | null;
  salespersonName: string;
  technicianId: string;
  technicianName: string;
  commissionMode: CommissionMode;
  commissionValue: number;
  status: 'active' | 'terminated';
  terminatedOn: string | null;
  terminateReason: string;
  notes: string;
  visitCount?: number;
  jobbedCount?: number;
  nextVisitOn?: string | null;
}
export interface CareVisit { id: string; visitOn: string; seq: number; status: VisitStatus; jobId: string | null; instanceId: string | null; jobNo: string | null; jobStatus: string | null; completedAt: string | null; technicianName: string }
export interface CareContractDetail extends CareContract { equipment: { id: string; name: string; model: string }[]; visits: CareVisit[] }

export interface ContractBody {
  customerId: string;
  number?: string;
  equipmentIds: string[];
  startOn: string;
  endOn: string;
  signedOn?: string;
  visitsPerYear?: number | null;
  intervalMonths?: number | null;
  feeFen: number;
  salespersonId?: string | null;
  technicianId: string;
  commissionMode?: CommissionMode;
  commissionValue?: number;
  notes?: string;
}

export interface CareTask {
  id: string;
  reason: ReminderReason;
  customerId: string;
  customerName: string;
  address: string;
  phones: string[];
  equipmentId: string;
  equipmentName: string;
  model: string;
  partId: string | null;
  partName: string | null;
  period: string;
  dueOn: string;
  overdue: boolean;
  assigneeId: string;
  assigneeName: string;
  status: 'open' | 'done';
  outcome: TaskOutcome | null;
  note: string;
  doneAt: string | null;
}

export interface SaleFields { soldOn?: string; equipmentId?: string | null; item: string; category: string; quantity?: number; amountFen: number; salespersonId?: string; jobId?: string | null; notes?: string }
export interface SaleBody extends SaleFields { customerId: string; source: SaleSource }
export interface Sale {
  id: string;
  soldOn: string;
  customerId: string;
  customerName: string;
  equipmentId: string | null;
  equipmentName: string;
  item: string;
  category: string;
  categoryName: string;
  quantity: number;
  amountFen: number;
  salespersonId: string;
  salespersonName: string;
  source: SaleSource;
  taskId: string | null;
  jobId: string | null;
  jobNo: string | null;
  notes: string;
}
export interface SaleQuery { from?: string; to?: string; salespersonId?: string; source?: SaleSource; q?: string }

export interface SalesCategory { code: string; name: string; percent: number }
export interface CareSettings { visitLeadDays: number; maintenanceMode: 'perVisit' | 'feePercent'; maintenancePerVisitFen: number; maintenanceFeePercent: number; salesCategories: SalesCategory[] }

export interface PersonTotal { userId: string; userName: string; count: number; amountFen: number; commissionFen: number }
export interface SalesCommissionLine { id: string; kind: 'sale' | 'contract'; date: string; userId: string; userName: string; customerName: string; item: string; quantity: number; category: string; categoryName: string; amountFen: number; percent: number; commissionFen: number }
export interface SalesCommission { month: string; lines: SalesCommissionLine[]; people: PersonTotal[]; totalAmountFen: number; totalFen: number }
export interface MaintenanceLine { visitId: string; contractId: string; contractNumber: string; customerName: string; visitOn: string; seq: number; jobNo: string; completedAt: string | null; userId: string; userName: string; amountFen: number; commissionFen: number }
export interface MaintenanceCommission { month: string; lines: MaintenanceLine[]; people: PersonTotal[]; totalFen: number }

const enc = encodeURIComponent;

export const careKeys = {
  all: ['aftersales', 'care'] as const,
  contracts: (p: object) => ['aftersales', 'care', 'contracts', p] as const,
  contract: (id: string) => ['aftersales', 'care', 'contract', id] as const,
  tasks: (p: object) => ['aftersales', 'care', 'tasks', p] as const,
  sales: (p: object) => ['aftersales', 'care', 'sales', p] as const,
  settings: ['aftersales', 'care', 'settings'] as const,
  salesCommission: (m: string, mine: boolean) => ['aftersales', 'care', 'salesCommission', m, mine] as const,
  maintenanceCommission: (m: string, mine: boolean) => ['aftersales', 'care', 'maintenanceCommission', m, mine] as const,
};

export const careApi = {
  contracts: (p: { status?: 'active' | 'terminated'; q?: string }) => api.get<{ items: CareContract[] }>('/api/aftersales/care/contracts', p),
  contract: (id: string) => api.get<CareContractDetail>(`/api/aftersales/care/contracts/${enc(id)}`),
  createContract: (b: ContractBody) => api.post<{ id: string; number: string }>('/api/aftersales/care/contracts', b),
  updateContract: (id: string, b: ContractBody) => api.put<{ ok: true }>(`/api/aftersales/care/contracts/${enc(id)}`, b),
  terminate: (id: string, b: { on?: string; reason: string }) => api.post<{ ok: true }>(`/api/aftersales/care/contracts/${enc(id)}/terminate`, b),
  preview: (b: { startOn: string; endOn: string; visitsPerYear?: number | null; intervalMonths?: number | null }) => api.post<{ dates: string[] }>('/api/aftersales/care/schedule-preview', b),
  dispatchVisit: (id: string) => api.post<{ jobId: string; instanceId: string }>(`/api/aftersales/care/visits/${enc(id)}/dispatch`, {}),
  tasks: (p: { status?: 'open' | 'done'; mine?: 'true' | 'false'; reason?: ReminderReason }) => api.get<{ today: string; items: CareTask[] }>('/api/aftersales/care/tasks', p),
  outcome: (id: string, b: { outcome: TaskOutcome; note?: string; sale?: SaleFields }) => api.post<{ saleId: string | null }>(`/api/aftersales/care/tasks/${enc(id)}/outcome`, b),
  sales: (p: SaleQuery) => api.get<{ items: Sale[] }>('/api/aftersales/care/sales', { ...p }),
  salesXlsx: (p: SaleQuery) => withQuery('/api/aftersales/care/sales/export.xlsx', { ...p }),
  createSale: (b: SaleBody) => api.post<{ id: string }>('/api/aftersales/care/sales', b),
  updateSale: (id: string, b: SaleBody) => api.put<{ ok: true }>(`/api/aftersales/care/sales/${enc(id)}`, b),
  settings: () => api.get<{ settings: CareSettings; defaults: CareSettings }>('/api/aftersales/care/settings'),
  salesCommission: (month: string, mine: boolean) => api.get<SalesCommission>(`/api/aftersales/care/sales-commission${mine ? '/mine' : ''}`, { month }),
  salesCommissionXlsx: (month: string) => withQuery('/api/aftersales/care/sales-commission/export.xlsx', { month }),
  maintenanceCommission: (month: string, mine: boolean) => api.get<MaintenanceCommission>(`/api/aftersales/care/maintenance-commission${mine ? '/mine' : ''}`, { month }),
  maintenanceCommissionXlsx: (month: string) => withQuery('/api/aftersales/care/maintenance-commission/export.xlsx', { month }),
};

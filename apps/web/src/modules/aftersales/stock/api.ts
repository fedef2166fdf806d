/** HTTP client and types of the after-sales stock part (ASV-4/10/11). */
import { api, withQuery, type Query } from '../../../app/api';

export const STOCK_PERM = { stock: 'aftersales:stock', loans: 'aftersales:loans', borrow: 'aftersales:borrow', install: 'aftersales:install' } as const;
export const INSTALL_OUT_KEY = 'aftersales.install_out';
export const LOAN_STATUSES = ['requested', 'recorded', 'issued', 'booked', 'returned', 'cancelled'] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];
export const MOVEMENT_KINDS = ['in', 'out', 'adjust', 'replenish', 'small_adjust', 'loan_issue', 'loan_return', 'loan_book', 'use', 'install_out'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export type InstallStatus = 'check' | 'receipt' | 'ship' | 'confirm' | 'done' | 'cancelled';
export type LoanAction = 'record' | 'issue' | 'book' | 'return' | 'cancel';

export interface StockItem {
  id: string; code: string; name: string; model: string; unit: string; isInstallGoods: boolean; isSet: boolean; unitCostFen: number; quantity: number; smallMin: number; active: boolean;
  setLines: { itemId: string; itemName: string; qty: number }[]; stockValueFen: number;
}
export interface Movement {
  id: string; itemId: string; code: string; itemName: string; unit: string; kind: MovementKind; kindLabel: string; delta: number; balance: number; technicianId: string | null;
  technicianName: string; smallDelta: number; smallBalance: number | null; jobNo: string; loanNo: string; outNo: string; note: string; actorName: string; occurredAt: string;
}
export interface SmallStockRow { technicianId: string; technicianName: string; itemId: string; code: string; itemName: string; model: string; unit: string; quantity: number; min: number; belowMin: boolean }
export interface Suggestion { technicianId: string; technicianName: string; itemId: string; code: string; itemName: string; unit: string; quantity: number; min: number; suggested: number; available: number; warehouse: number }
export interface Loan {
  id: string; loanNo: string; jobId: string | null; jobNo: string; technicianId: string; technicianName: string; itemId: string; code: string; itemName: string; unit: string; quantity: number;
  valueFen: number; status: LoanStatus; note: string; recordedByName: string; issuedByName: string; createdAt: string; borrowedOn: string | null; reconciledOn: string | null; dueOn: string | null;
  reconcileState: 'open' | 'overdue' | 'done' | 'done_late' | null; daysLate: number; overdue: boolean;
}
export interface JobParts { jobId: string; jobNo: string; closed: boolean; loans: Loan[]; uses: { id: string; itemName: string; unit: string; quantity: number; occurredAt: string }[]; smallStock: { itemId: string; itemName: string; unit: string; quantity: number }[] }
export interface InstallOut {
  id: string; instanceId: string; outNo: string; customerName: string; contractNo: string; contractAmountFen: number; source: string; status: InstallStatus; linesText: string;
  requestedByName: string; confirmedByName: string; confirmedAt: string | null; createdAt: string;
}
export interface InstallOutInput {
  customerId?: string; newCustomerName?: string; newCustomerPhone?: string; newCustomerAddress?: string; contractNo: string; contractAmountFen?: number; source: string;
  lines: { itemId: string; qty: number }[]; note?: string;
}

export const stockKeys = {
  all: ['aftersales', 'stock'] as const,
  items: ['aftersales', 'stock', 'items'] as const,
  movements: (q: Query) => ['aftersales', 'stock', 'movements', q] as const,
  small: (technicianId?: string) => ['aftersales', 'stock', 'small', technicianId ?? ''] as const,
  suggestions: ['aftersales', 'stock', 'suggestions'] as const,
  technicians: ['aftersales', 'stock', 'technicians'] as const,
  loans: (q: Query) => ['aftersales', 'stock', 'loans', q] as const,
  jobParts: (jobId: string) => ['aftersales', 'stock', 'jobParts', jobId] as const,
  installs: ['aftersales', 'stock', 'installs'] as const,
};

const B = '/api/aftersales/stock';
export const stockApi = {
  items: () => api.get<{ items: StockItem[] }>(`${B}/items`),
  itemsXlsx: () => `${B}/items.xlsx`,
  createItem: (body: Record<string, unknown>) => api.post<{ id: string }>(`${B}/items`, body),
  updateItem: (itemId: string, body: Record<string, unknown>) => api.patch<{ ok: true }>(`${B}/items/${itemId}`, body),
  move: (itemId: string, body: { kind: 'in' | 'out' | 'adjust'; quantity: number; note?: string }) => api.post<{ balance: number }>(`${B}/items/${itemId}/movements`, body),
  movements: (q: Query) => api.get<{ items: Movement[] }>(`${B}/movements`, q),
  movementsXlsx: (q: Query) => withQuery(`${B}/movements.xlsx`, q),
  technicians: () => api.get<{ items: { id: string; name: string; username: string }[] }>(`${B}/technicians`),
  small: (technicianId?: string) => api.get<{ items: SmallStockRow[] }>(`${B}/small`, { technicianId }),
  suggestions: () => api.get<{ items: Suggestion[] }>(`${B}/replenish/suggestions`),
  replenish: (body: { technicianId: string; itemId: string; quantity: number; note?: string }) => api.post<{ balance: number; smallBalance: number }>(`${B}/replenish`, body),
  loans: (q: Query) => api.get<{ items: Loan[] }>(`${B}/loans`, q),
  loansXlsx: (q: Query) => withQuery(`${B}/loans.xlsx`, q),
  createLoan: (body: { technicianId: string; jobId?: string; itemId: string; quantity: number; note?: string }) => api.post<{ id: string }>(`${B}/loans`, body),
  loanAction: (id: string, action: LoanAction) => api.post<{ status: LoanStatus }>(`${B}/loans/${id}/${action}`, {}),
  jobParts: (jobId: string) => api.get<JobParts>(`${B}/jobs/${jobId}/parts`),
  borrow: (jobId: string, body: { itemId: string; quantity: number }) => api.post<{ id: string; loanNo: string }>(`${B}/jobs/${jobId}/loans`, body),
  use: (jobId: string, body: { itemId: string; quantity: number }) => api.post(`${B}/jobs/${jobId}/uses`, body),
  installs: () => api.get<{ items: InstallOut[] }>(`${B}/install-outs`),
  startInstall: (body: InstallOutInput) => api.post<{ instanceId: string; outNo: string }>(`${B}/install-outs`, body),
};

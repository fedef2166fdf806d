/** HTTP client and types of the vehicles incidents part (repairs, accidents, violations, fines, checks, purchases). */
import { api, type Query } from '../../../app/api';

export type IncidentStatus = 'open' | 'done' | 'rejected' | 'cancelled';
export const STATUS_COLORS: Record<IncidentStatus, string> = { open: 'processing', done: 'success', rejected: 'error', cancelled: 'default' };

export interface RangeParams extends Query {
  from?: string;
  to?: string;
}

export interface Repair {
  id: string; instanceId: string; vehicleId: string; plate: string; reporterName: string; problem: string; estimateFen: number; needsGm: boolean;
  actualCostFen: number | null; status: IncidentStatus; openedAt: string; closedAt: string | null;
}
export interface Accident {
  id: string; instanceId: string; vehicleId: string; plate: string; driverName: string; occurredAt: string; place: string; description: string;
  policeReported: boolean; insurerReported: boolean; sceneKept: boolean; leadersTold: boolean; totalCostFen: number | null; insurancePayoutFen: number | null;
  responsibility: string | null; driverShareFen: number | null; companyShareFen: number | null; status: IncidentStatus;
}
export interface Violation {
  id: string; instanceId: string; vehicleId: string; plate: string; driverId: string; driverName: string; occurredOn: string; place: string; points: number;
  fineFen: number; cause: 'driver' | 'vehicle'; driverShareFen: number | null; companyShareFen: number | null; licenceHeldFrom: string | null; licenceHeldTo: string | null;
  status: IncidentStatus;
}
export interface Borrow {
  id: string; instanceId: string; vehicleId: string; plate: string; borrowerName: string; purpose: string; plannedStart: string; plannedEnd: string;
  distanceKm: number | null; cleanUndamaged: boolean | null; damageNotes: string | null; chargeFen: number | null; status: IncidentStatus;
}
export interface Hired {
  id: string; instanceId: string; departmentName: string | null; requesterName: string; date: string; amountFen: number; start: string; end: string; purpose: string;
}
export interface Fine {
  id: string; kind: 'handover' | 'dirty'; plate: string; driverName: string; occurredOn: string; approved: boolean; warningsBefore: number; fineFen: number; warning: boolean; notes: string;
}
export interface FineBody {
  kind: 'handover' | 'dirty'; plate: string; driverId: string; occurredOn: string; approvedByAdminManager?: boolean; notes?: string;
}
export const CHECK_ITEMS = ['documents', 'brakes', 'lights', 'oil', 'water', 'battery', 'tyres', 'clean'] as const;
export type CheckItem = (typeof CHECK_ITEMS)[number];
export interface ChecksBoard {
  today: string;
  cars: { id: string; plate: string; model: string; checkedToday: boolean; okToday: boolean | null; lastWash: string | null }[];
  checks: { id: string; plate: string; driverName: string; date: string; items: Record<string, boolean>; ok: boolean; problems: string; repairInstanceId: string | null }[];
  washes: { id: string; plate: string; driverName: string; date: string; notes: string }[];
}
export interface CheckBody {
  plate: string; items: Record<CheckItem, boolean>; problems?: string; repairEstimateFen?: number;
}
export interface Quote { supplier: string; amountFen: number }
export interface Purchase {
  id: string; driverName: string; boughtOn: string; item: string; category: 'regular' | 'special'; place: string; designatedPlace: boolean; quotes: Quote[];
  amountFen: number; receiptAttachmentId: string | null; handedTo: string; registeredAs: 'none' | 'tool' | 'asset' | 'consumable'; reimbursedOn: string | null;
  late: boolean; untruthful: string | null;
}
export interface PurchaseBody {
  boughtOn: string; item: string; category: 'regular' | 'special'; place: string; designatedPlace: boolean; quotes?: Quote[]; amountFen: number;
  receiptAttachmentId?: string | null; handedTo?: string; registeredAs?: Purchase['registeredAs'];
}
export interface ReimbursementCase {
  id: string; kind: 'purchase' | 'fuel'; driverName: string; description: string; consequence: string; createdByName: string | null; createdAt: string;
}
export interface HeldDriver { driverId: string; driverName: string; from: string; to: string }
export interface DriverPoints { driverId: string; driverName: string; points: number; count: number }

export type RegisterKey = 'repairs' | 'accidents' | 'violations' | 'borrows' | 'hired';

const BASE = '/api/vehicles/incidents';

export const incidentKeys = {
  all: ['vehicles', 'incidents'] as const,
  register: (k: string, p: RangeParams) => ['vehicles', 'incidents', k, p] as const,
  fines: (p: RangeParams) => ['vehicles', 'incidents', 'fines', p] as const,
  checks: ['vehicles', 'incidents', 'checks'] as const,
  purchases: ['vehicles', 'incidents', 'purchases'] as const,
  cases: ['vehicles', 'incidents', 'cases'] as const,
  held: (date: string) => ['vehicles', 'incidents', 'held', date] as const,
  points: (year: string) => ['vehicles', 'incidents', 'points', year] as const,
};

export const incidentsApi = {
  register: <T>(k: RegisterKey, p: RangeParams = {}) => api.get<T[]>(`${BASE}/${k}`, p),
  exportUrl: (k: string) => `${BASE}/export/${k}`,
  fines: (p: RangeParams = {}) => api.get<Fine[]>(`${BASE}/fines`, p),
  recordFine: (b: FineBody) => api.post<{ id: string; fineFen: number; warningsBefore: number }>(`${BASE}/fines`, b),
  checks: () => api.get<ChecksBoard>(`${BASE}/checks`),
  recordCheck: (b: CheckBody) => api.post<{ id: string; repairInstanceId: string | null }>(`${BASE}/checks`, b),
  recordWash: (b: { plate: string; notes?: string }) => api.post<{ id: string }>(`${BASE}/washes`, b),
  purchases: () => api.get<Purchase[]>(`${BASE}/purchases`),
  createPurchase: (b: PurchaseBody) => api.post<{ id: string }>(`${BASE}/purchases`, b),
  reimbursed: (id: string) => api.post<{ late: boolean }>(`${BASE}/purchases/${encodeURIComponent(id)}/reimbursed`, {}),
  cases: () => api.get<ReimbursementCase[]>(`${BASE}/cases`),
  recordCase: (b: { kind: 'purchase' | 'fuel'; purchaseId?: string; driverId?: string; description: string }) => api.post<{ id: string }>(`${BASE}/cases`, b),
  held: (date: string) => api.get<HeldDriver[]>(`${BASE}/licence-held`, { date }),
  points: (year: string) => api.get<DriverPoints[]>(`${BASE}/violations/points`, { year }),
};

export const IPERM = { report: 'vehicles:report', checks: 'vehicles:checks', manage: 'vehicles:incidents', readAll: 'vehicles:incidents:read' } as const;

/** Who may start each register's process (the definitions' startPermission; none = every employee). */
export const START_PERMISSION: Record<RegisterKey, string> = {
  repairs: 'vehicles:report',
  accidents: 'vehicles:report',
  violations: 'vehicles:incidents',
  borrows: 'process:start',
  hired: 'process:start',
};

export const PROCESS_OF: Record<RegisterKey, string> = {
  repairs: 'vehicles.repair',
  accidents: 'vehicles.accident',
  violations: 'vehicles.violation',
  borrows: 'vehicles.private_borrow',
  hired: 'vehicles.hired_transport',
};

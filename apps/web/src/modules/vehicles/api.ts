/** HTTP client and types of the vehicles module (公务车辆). */
import { api, type Query } from '../../app/api';
import type { ImportResult } from '../../platform/types';

export type VehicleStatus = 'in_service' | 'repair' | 'retired';
export const VEHICLE_STATUSES: VehicleStatus[] = ['in_service', 'repair', 'retired'];

export interface Person {
  id: string;
  name: string;
  username: string;
}

export interface Vehicle {
  id: string;
  plate: string;
  model: string;
  seats: number | null;
  loadKg: number | null;
  purchaseDate: string | null;
  insurer: string | null;
  policyNo: string | null;
  insuranceExpiry: string | null;
  inspectionDue: string | null;
  fuelCardNo: string | null;
  fuelCardBalanceFen: number;
  cityPassExpiry: string | null;
  status: VehicleStatus;
  usualDriverId: string | null;
  usualDriverName: string | null;
  drivers: Person[];
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface KeyLog {
  id: string;
  vehicleId: string;
  plate: string;
  model: string;
  holderId: string;
  holderName: string;
  handedOutAt: string;
  handedOutByName: string | null;
  returnedAt: string | null;
  receivedByName: string | null;
}

export interface FileEntry {
  id: string;
  at: string;
  kind: string;
  text: string;
  attachmentId: string | null;
  createdByName: string | null;
}

export interface VehicleDetail extends Vehicle {
  keyOut: boolean;
  file: FileEntry[];
  keyLogs: KeyLog[];
}

export interface KeyBoardRow {
  vehicleId: string;
  plate: string;
  model: string;
  status: VehicleStatus;
  drivers: Person[];
  key: KeyLog | null;
}

export interface OutstandingKeys {
  date: string;
  checkAt: string;
  checked: boolean;
  items: KeyLog[];
}

export interface Reminder {
  vehicleId: string;
  plate: string;
  model: string;
  kind: 'insurance' | 'inspection' | 'cityPass';
  dueDate: string;
  daysLeft: number;
  stage: 'before' | 'dueToday' | 'overdue';
}

export type VehicleBody = Partial<Omit<Vehicle, 'id' | 'usualDriverName' | 'drivers' | 'createdAt' | 'updatedAt'>> & { driverIds?: string[] };

export interface VehicleListParams extends Query {
  q?: string;
  status?: VehicleStatus;
}

const id = (value: string) => encodeURIComponent(value);

export const vehicleKeys = {
  all: ['vehicles'] as const,
  list: (p: VehicleListParams) => ['vehicles', 'list', p] as const,
  one: (vehicleId: string) => ['vehicles', 'one', vehicleId] as const,
  keys: ['vehicles', 'keys'] as const,
  outstanding: ['vehicles', 'keys', 'outstanding'] as const,
  reminders: ['vehicles', 'reminders'] as const,
};

export const vehiclesApi = {
  list: (p: VehicleListParams = {}) => api.get<Vehicle[]>('/api/vehicles', p),
  get: (vehicleId: string) => api.get<VehicleDetail>(`/api/vehicles/${id(vehicleId)}`),
  create: (body: VehicleBody) => api.post<{ id: string }>('/api/vehicles', body),
  update: (vehicleId: string, body: VehicleBody) => api.patch<{ ok: true }>(`/api/vehicles/${id(vehicleId)}`, body),
  remove: (vehicleId: string) => api.delete<{ ok: true }>(`/api/vehicles/${id(vehicleId)}`),
  addFileEntry: (vehicleId: string, body: { kind: string; text: string }) => api.post<{ ok: true }>(`/api/vehicles/${id(vehicleId)}/file`, body),
  importXlsx: (file: File, mode: 'validate' | 'all' | 'valid-only') => api.upload<ImportResult>('/api/vehicles/import', file, { mode }),
  keys: () => api.get<KeyBoardRow[]>('/api/vehicles/keys'),
  outstanding: (at?: string) => api.get<OutstandingKeys>('/api/vehicles/keys/outstanding', { at }),
  handOut: (vehicleId: string, holderId: string) => api.post<{ id: string }>(`/api/vehicles/${id(vehicleId)}/key/out`, { holderId }),
  takeBack: (vehicleId: string) => api.post<{ ok: true }>(`/api/vehicles/${id(vehicleId)}/key/return`),
  reminders: () => api.get<{ date: string; days: number[]; items: Reminder[] }>('/api/vehicles/reminders'),
};

export const VPERM = { read: 'vehicles:read', manage: 'vehicles:manage', keys: 'vehicles:keys' } as const;

/** Days from today (browser's Beijing date) to a YYYY-MM-DD date. */
export function daysUntil(date: string | null, today: string): number | null {
  if (!date) return null;
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Today in Beijing as YYYY-MM-DD. */
export function beijingToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

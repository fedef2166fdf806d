/** HTTP client and types of the after-sales module (售后服务). */
import { api, type Query } from '../../app/api';
import type { ImportResult } from '../../platform/types';

export const ASPERM = { read: 'aftersales:read', customers: 'aftersales:customers', settings: 'aftersales:settings' } as const;

export type CustomerType = 'retail' | 'project' | 'company';
export const CUSTOMER_TYPES: CustomerType[] = ['retail', 'project', 'company'];
export type ContractType = 'sales' | 'order' | 'installation' | 'maintenance' | 'other';
export const CONTRACT_TYPES: ContractType[] = ['sales', 'order', 'installation', 'maintenance', 'other'];
export type WarrantyState = 'in_warranty' | 'expiring' | 'expired' | 'unknown';

export interface CustomerSummary {
  id: string;
  code: string;
  name: string;
  type: CustomerType;
  address: string;
  notes: string;
  phones: string[];
  equipment: { id: string; name: string; model: string; serial: string | null; warrantyState: WarrantyState; warrantyLastDay: string | null }[];
  createdAt: string;
  updatedAt: string;
}

export interface Warranty {
  state: WarrantyState;
  inWarranty: boolean;
  lastDay: string | null;
  daysLeft: number | null;
}

export interface EquipmentPart {
  id: string;
  name: string;
  serviceLifeMonths: number | null;
  installedOn: string | null;
  life: { dueOn: string | null; daysLeft: number | null; state: 'ok' | 'due_soon' | 'due' | 'unknown' };
}

export interface Equipment {
  id: string;
  customerId: string;
  siteId: string | null;
  siteName: string | null;
  name: string;
  model: string;
  serial: string | null;
  installedOn: string | null;
  warrantyMonths: number | null;
  notes: string;
  warranty: Warranty;
  parts: EquipmentPart[];
}

export interface Site {
  id: string;
  name: string;
  address: string;
  contact: string;
  phone: string;
  notes: string;
}

export interface Contract {
  id: string;
  number: string;
  type: ContractType;
  startOn: string;
  endOn: string | null;
  amountFen: number;
  notes: string;
  active: boolean;
}

export interface CustomerDetail {
  id: string;
  code: string;
  name: string;
  type: CustomerType;
  address: string;
  notes: string;
  source: string;
  phones: string[];
  createdAt: string;
  updatedAt: string;
  sites: Site[];
  equipment: Equipment[];
  contracts: Contract[];
}

export interface CustomerBody {
  name: string;
  type: CustomerType;
  phones: string[];
  address?: string;
  notes?: string;
}
export type SiteBody = Omit<Site, 'id'>;
export interface EquipmentBody {
  siteId?: string | null;
  name: string;
  model?: string;
  serial?: string | null;
  installedOn?: string | null;
  warrantyMonths?: number | null;
  notes?: string;
  parts?: { name: string; serviceLifeMonths?: number | null; installedOn?: string | null }[];
}
export type ContractBody = Omit<Contract, 'id' | 'active'>;

export interface CustomerListParams extends Query {
  q?: string;
  type?: CustomerType;
  page?: number;
  pageSize?: number;
}

const id = (value: string) => encodeURIComponent(value);

export const aftersalesKeys = {
  all: ['aftersales'] as const,
  customers: (p: CustomerListParams) => ['aftersales', 'customers', p] as const,
  customer: (customerId: string) => ['aftersales', 'customer', customerId] as const,
};

export const customersApi = {
  list: (p: CustomerListParams = {}) => api.get<{ items: CustomerSummary[]; total: number; page: number; pageSize: number }>('/api/aftersales/customers', p),
  get: (customerId: string) => api.get<CustomerDetail>(`/api/aftersales/customers/${id(customerId)}`),
  create: (body: CustomerBody) => api.post<{ id: string; code: string }>('/api/aftersales/customers', body),
  update: (customerId: string, body: Partial<CustomerBody>) => api.patch<{ ok: true }>(`/api/aftersales/customers/${id(customerId)}`, body),
  remove: (customerId: string) => api.delete<{ ok: true }>(`/api/aftersales/customers/${id(customerId)}`),
  importXlsx: (file: File, mode: 'validate' | 'all' | 'valid-only') => api.upload<ImportResult>('/api/aftersales/customers/import', file, { mode }),
  addSite: (customerId: string, body: SiteBody) => api.post<{ id: string }>(`/api/aftersales/customers/${id(customerId)}/sites`, body),
  updateSite: (siteId: string, body: Partial<SiteBody>) => api.patch<{ ok: true }>(`/api/aftersales/sites/${id(siteId)}`, body),
  removeSite: (siteId: string) => api.delete<{ ok: true }>(`/api/aftersales/sites/${id(siteId)}`),
  addEquipment: (customerId: string, body: EquipmentBody) => api.post<{ id: string }>(`/api/aftersales/customers/${id(customerId)}/equipment`, body),
  updateEquipment: (equipmentId: string, body: Partial<EquipmentBody>) => api.patch<{ ok: true }>(`/api/aftersales/equipment/${id(equipmentId)}`, body),
  removeEquipment: (equipmentId: string) => api.delete<{ ok: true }>(`/api/aftersales/equipment/${id(equipmentId)}`),
  addContract: (customerId: string, body: ContractBody) => api.post<{ id: string }>(`/api/aftersales/customers/${id(customerId)}/contracts`, body),
  updateContract: (contractId: string, body: Partial<ContractBody>) => api.patch<{ ok: true }>(`/api/aftersales/contracts/${id(contractId)}`, body),
  removeContract: (contractId: string) => api.delete<{ ok: true }>(`/api/aftersales/contracts/${id(contractId)}`),
};

export const WARRANTY_COLORS: Record<WarrantyState, string> = { in_warranty: 'green', expiring: 'orange', expired: 'red', unknown: 'default' };

export interface FeeStandardItem {
  code: string;
  name: string;
  feeFen: number;
}

export interface AftersalesSettings {
  cashDueDays: number;
  technicianLatePenaltyPercent: number;
  clerkNoUrgePenaltyPercent: number;
  engineerSharePercent: number;
  partsReconcileDays: number;
  warrantyReminderDays: number;
  partLifeReminderDays: number;
  maxOpenJobsPerTechnician: number;
  dailyCheckMinutesBeforeEnd: number;
  feeStandard: FeeStandardItem[];
}

export const settingsKey = ['aftersales', 'settings'] as const;
export const settingsApi = {
  get: () => api.get<{ settings: AftersalesSettings; defaults: AftersalesSettings }>('/api/aftersales/settings'),
  save: (body: Partial<AftersalesSettings>) => api.put<{ settings: AftersalesSettings; defaults: AftersalesSettings }>('/api/aftersales/settings', body),
};

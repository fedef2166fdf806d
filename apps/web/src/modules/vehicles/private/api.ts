/** HTTP client and types of VEH-9 private vehicles on business (附表13/附表14). */
import { api, type Query } from '../../../app/api';

export type PrivateVehicleType = 'car' | 'motorcycle';
export type RegistrationStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';
export type UseStatus = 'pending' | 'approved' | 'rejected';

export interface Registration {
  id: string;
  ownerId: string;
  ownerName: string;
  ownerUsername: string;
  departmentName: string | null;
  plate: string;
  vehicleType: PrivateVehicleType;
  vehicleTypeLabel: string;
  model: string;
  licenceNo: string;
  insuranceExpiry: string | null;
  registeredOn: string;
  status: RegistrationStatus;
  statusLabel: string;
  reviewerName: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  withdrawnOn: string | null;
  notes: string;
}

export interface PrivateUse {
  id: string;
  useDate: string;
  userId: string;
  userName: string;
  username: string;
  departmentName: string | null;
  privateVehicleId: string;
  plate: string;
  vehicleType: PrivateVehicleType;
  vehicleTypeLabel: string;
  model: string;
  fromPlace: string;
  toPlace: string;
  purpose: string;
  distanceKm: number;
  status: UseStatus;
  statusLabel: string;
  subsidyFen: number | null;
  subsidyRule: string | null;
  subsidyRuleLabel: string | null;
  approverName: string | null;
  approvedAt: string | null;
  reviewNote: string | null;
  ledgerEntryId: string | null;
  createdAt: string;
}

export interface RegistrationBody {
  ownerId?: string;
  plate: string;
  vehicleType: PrivateVehicleType;
  model: string;
  licenceNo: string;
  insuranceExpiry?: string | null;
  notes?: string;
}

export interface UseBody {
  userId?: string;
  useDate: string;
  privateVehicleId: string;
  fromPlace: string;
  toPlace: string;
  purpose: string;
  distanceKm: number;
}

export interface RegistrationParams extends Query {
  status?: RegistrationStatus;
  vehicleType?: PrivateVehicleType;
  ownerId?: string;
  q?: string;
}

export interface UseParams extends Query {
  month?: string;
  status?: UseStatus;
  userId?: string;
  toApprove?: 'true';
}

export interface SubsidyPreview {
  amountFen: number | null;
  needsAdminApproval: boolean;
  reason: string;
  suburbMaxKm: number;
}

const enc = encodeURIComponent;

export const privateKeys = {
  all: ['vehicles', 'private'] as const,
  me: ['vehicles', 'private', 'me'] as const,
  registrations: (p: RegistrationParams) => ['vehicles', 'private', 'registrations', p] as const,
  uses: (p: UseParams) => ['vehicles', 'private', 'uses', p] as const,
};

export const privateApi = {
  me: () => api.get<{ canApprove: boolean; canManage: boolean; canPostAllowance: boolean }>('/api/vehicles/private/me'),
  registrations: (p: RegistrationParams = {}) => api.get<Registration[]>('/api/vehicles/private/vehicles', p),
  register: (body: RegistrationBody) => api.post<{ id: string }>('/api/vehicles/private/vehicles', body),
  reviewRegistration: (id: string, body: { approve: boolean; note?: string }) => api.post<{ ok: true }>(`/api/vehicles/private/vehicles/${enc(id)}/review`, body),
  withdraw: (id: string, body: { on?: string; note?: string } = {}) => api.post<{ ok: true }>(`/api/vehicles/private/vehicles/${enc(id)}/withdraw`, body),
  uses: (p: UseParams = {}) => api.get<PrivateUse[]>('/api/vehicles/private/uses', p),
  logUse: (body: UseBody) => api.post<{ id: string }>('/api/vehicles/private/uses', body),
  reviewUse: (id: string, body: { approve: boolean; amountFen?: number; note?: string }) => api.post<{ ok: true }>(`/api/vehicles/private/uses/${enc(id)}/review`, body),
  preview: (distanceKm: number, vehicleType: PrivateVehicleType) => api.get<SubsidyPreview>('/api/vehicles/private/subsidy-preview', { distanceKm, vehicleType }),
  postAllowance: (month: string) => api.post<{ month: string; posted: number; skipped: number }>('/api/vehicles/private/allowance', { month }),
};

export const REG_STATUS_COLORS: Record<RegistrationStatus, string> = { pending: 'gold', approved: 'green', rejected: 'red', withdrawn: 'default' };
export const USE_STATUS_COLORS: Record<UseStatus, string> = { pending: 'gold', approved: 'green', rejected: 'red' };

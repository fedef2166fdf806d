/** HTTP client and types of the seals pages (SEAL-1 register, SEAL-2 use log). */
import { api } from '../../app/api';

export const SEAL_TYPES = ['公章', '合同章', '财务章', '法人章', '发票专用章', '部门章'] as const;

export interface Seal {
  id: string;
  name: string;
  type: string;
  keeperId: string;
  keeperName: string;
  location: string;
  status: 'in_office' | 'out' | 'disabled';
  notes: string;
}

export interface SealUse {
  id: string;
  instanceId: string;
  sealName: string;
  sealType: string;
  requesterName: string;
  departmentName: string | null;
  docKind: 'document' | 'contract';
  document: string;
  purpose: string;
  copies: number;
  takeOut: boolean;
  returnBy: string | null;
  needsGm: boolean;
  approvers: string | null;
  usedAt: string | null;
  keeperName: string | null;
  returnedAt: string | null;
  status: string;
  createdAt: string;
}

export interface SealSettings {
  gmTypes: string[];
  contractNeedsGm: boolean;
  takeOutNeedsGm: boolean;
}

export type UseParams = { sealId?: string; logged?: 'true' | 'false'; status?: string; from?: string; to?: string };
export type SealBody = { name: string; type: string; keeperId: string; location: string; notes?: string };

export const sealKeys = {
  all: ['seals'] as const,
  list: ['seals', 'list'] as const,
  uses: (p: UseParams) => ['seals', 'uses', p] as const,
  settings: ['seals', 'settings'] as const,
};

export const sealsApi = {
  list: () => api.get<Seal[]>('/api/seals'),
  create: (b: SealBody) => api.post<{ id: string }>('/api/seals', b),
  update: (id: string, b: Partial<SealBody> & { status?: 'in_office' | 'disabled' }) => api.patch<{ id: string }>(`/api/seals/${encodeURIComponent(id)}`, b),
  uses: (p: UseParams) => api.get<SealUse[]>('/api/seals/uses', p),
  settings: () => api.get<SealSettings>('/api/seals/settings'),
  saveSettings: (b: SealSettings) => api.put<SealSettings>('/api/seals/settings', b),
  exportUrl: '/api/seals/export',
  usesExportUrl: '/api/seals/uses/export',
};

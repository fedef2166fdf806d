/** HTTP client and types of the archives pages (ARC-1 catalog, ARC-2 borrow/copy register). */
import { api } from '../../app/api';

export const SECRECY = ['普通', '秘密', '机密'] as const;
export const RETENTIONS = ['永久', '长期', '30年', '10年', '短期'] as const;

export interface ArchiveItem {
  id: string;
  number: string;
  title: string;
  category: string;
  year: number;
  retention: string;
  secrecy: string;
  cabinet: string;
  shelf: string;
  pages: number;
  scanAttachmentId: string | null;
  notes: string;
  status: 'in' | 'out' | 'destroyed';
  updatedAt: string;
}

export interface Borrow {
  id: string;
  instanceId: string;
  itemId: string;
  number: string;
  title: string;
  borrowerName: string;
  departmentName: string | null;
  kind: 'borrow' | 'copy';
  purpose: string;
  secrecy: string;
  copies: number;
  copiesMade: number | null;
  dueOn: string | null;
  lentAt: string | null;
  keeperName: string | null;
  returnedAt: string | null;
  returnCondition: string | null;
  pagesComplete: boolean | null;
  status: string;
  overdue?: boolean;
  createdAt: string;
}

export type ItemParams = { q?: string; category?: string; year?: number; secrecy?: string; status?: string };
export type BorrowParams = { status?: string; kind?: string; overdue?: 'true' };
export type ItemBody = Omit<ArchiveItem, 'id' | 'status' | 'updatedAt' | 'scanAttachmentId'> & { scanAttachmentId?: string | null };

export const archiveKeys = {
  all: ['archives'] as const,
  items: (p: ItemParams) => ['archives', 'items', p] as const,
  item: (id: string) => ['archives', 'item', id] as const,
  borrows: (p: BorrowParams) => ['archives', 'borrows', p] as const,
};

export const archivesApi = {
  items: (p: ItemParams) => api.get<ArchiveItem[]>('/api/archives/items', p),
  item: (id: string) => api.get<ArchiveItem & { loans: Borrow[] }>(`/api/archives/items/${encodeURIComponent(id)}`),
  create: (b: ItemBody) => api.post<{ id: string }>('/api/archives/items', b),
  update: (id: string, b: Partial<ItemBody> & { status?: 'in' | 'destroyed' }) => api.patch<{ id: string }>(`/api/archives/items/${encodeURIComponent(id)}`, b),
  borrows: (p: BorrowParams) => api.get<Borrow[]>('/api/archives/borrows', p),
  itemsExportUrl: '/api/archives/items/export',
  borrowsExportUrl: '/api/archives/borrows/export',
};

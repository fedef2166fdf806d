/** HTTP client and types of the reception module (RCP-1) and its gifts (GIFT-1/2). */
import { api, withQuery } from '../../app/api';

export const PERM = { read: 'reception:read', manage: 'reception:manage', giftsRead: 'gifts:read', giftsManage: 'gifts:manage' } as const;
export const GIFT_ISSUE_KEY = 'reception.gift_issue';
export const LEVELS = ['general', 'important', 'vip'] as const;
export const EXPENSE_CATEGORIES = ['餐费', '住宿', '用车', '礼品', '其他'] as const;
export const GIFT_CATEGORIES = ['香烟', '酒', '茶叶', '纪念品', '其他'] as const;
export const DIRECTIONS = ['北', '东北', '东', '东南', '南', '西南', '西', '西北'] as const;

export type Unit = 'pack' | 'carton';
export interface GiftLine {
  itemId: string;
  quantity: number;
  unit?: Unit;
}

export interface Reception {
  id: string;
  instanceId: string | null;
  title: string;
  visitorOrg: string;
  guestCount: number;
  level: string;
  levelLabel: string;
  purpose: string;
  startDate: string;
  endDate: string;
  needs: { meals?: boolean; hotel?: boolean; car?: boolean; room?: boolean; gifts?: boolean };
  budgetFen: number;
  actualFen: number | null;
  approvalTier: string;
  approvalLabel: string;
  status: string;
  statusLabel: string;
  requesterName: string;
  requesterId: string;
  summary: string;
  hasCar: boolean;
  hasRoom: boolean;
  hasGifts: boolean;
  createdAt: string;
}

export interface ReceptionDetail extends Reception {
  guests: { name: string; company: string; title: string }[];
  expenses: { category: string; budgetFen: number; actualFen: number | null; note: string }[];
  totals: { budgetFen: number; actualFen: number; overFen: number };
  giftLines: GiftLine[];
  links: {
    car: { instanceId: string; status: string | null; statusLabel: string; startAt: string | null; endAt: string | null; destination: string; plate: string | null; driverName: string | null } | null;
    room: { bookingId: string; status: string; statusLabel: string; roomName: string; startAt: string; endAt: string } | null;
    gifts: { issueId: string; instanceId: string | null; status: string; statusLabel: string; tier: string; tierLabel: string; packs: number; valueFen: number } | null;
  };
}

export interface ReceptionInput {
  visitorOrg: string;
  guestCount: number;
  guests?: { name: string; company?: string; title?: string }[];
  level: string;
  purpose: string;
  startDate: string;
  endDate: string;
  needs: Reception['needs'];
  giftLines?: GiftLine[];
  budgetLines?: { category: string; amountFen: number }[];
}

export interface GiftItem {
  id: string;
  name: string;
  category: string;
  unit: string;
  spec: string;
  unitPriceFen: number;
  quantity: number;
  valueFen: number;
  active: boolean;
}

export interface Movement {
  id: string;
  itemId: string;
  name: string;
  category: string;
  unit: string;
  spec: string;
  kind: 'in' | 'out' | 'adjust';
  kindLabel: string;
  delta: number;
  balance: number;
  unitPriceFen: number;
  amountFen: number;
  receptionTitle: string | null;
  note: string;
  actorName: string;
  occurredAt: string;
}

export interface Issue {
  id: string;
  instanceId: string | null;
  receptionId: string | null;
  receptionTitle: string | null;
  purpose: string;
  tier: string;
  tierLabel: string;
  packs: number;
  valueFen: number;
  status: string;
  statusLabel: string;
  issuedAt: string | null;
  createdAt: string;
  requesterName: string;
  lines: string;
}

export interface Settings {
  gifts: { packsPerCarton: number; cigarettePacks: { assistantMax: number; managerMax: number }; valueFen: { assistantMax: number; managerMax: number } };
  approval: { managerMaxBudgetFen: number; leaderLevels: string[] };
}

export interface MovementFilter {
  itemId?: string;
  kind?: string;
  month?: string;
}

export const keys = {
  list: (f: { month?: string; status?: string }) => ['reception', 'list', f] as const,
  detail: (id: string) => ['reception', 'detail', id] as const,
  items: ['gifts', 'items'] as const,
  movements: (f: MovementFilter) => ['gifts', 'movements', f] as const,
  issues: ['gifts', 'issues'] as const,
  settings: ['reception', 'settings'] as const,
  rooms: ['reception', 'rooms'] as const,
};

export const receptionApi = {
  list: (f: { month?: string; status?: string }) => api.get<Reception[]>('/api/reception/receptions', f),
  xlsx: (f: { month?: string; status?: string }) => withQuery('/api/reception/receptions.xlsx', f),
  detail: (id: string) => api.get<ReceptionDetail>(`/api/reception/receptions/${id}`),
  create: (input: ReceptionInput) => api.post<{ instanceId: string; receptionId: string; approvalTier: string }>('/api/reception/receptions', input),
  arrangeCar: (id: string, body: Record<string, unknown>) => api.post<ReceptionDetail>(`/api/reception/receptions/${id}/arrange/car`, body),
  arrangeRoom: (id: string, body: { roomId: string; start: string; end: string }) => api.post<ReceptionDetail>(`/api/reception/receptions/${id}/arrange/room`, body),
  arrangeGifts: (id: string) => api.post<ReceptionDetail>(`/api/reception/receptions/${id}/arrange/gifts`, {}),
  arrangeDone: (id: string) => api.post<ReceptionDetail>(`/api/reception/receptions/${id}/arrange/done`, {}),
  settle: (id: string, lines: { category: string; actualFen: number; note?: string }[]) => api.post<ReceptionDetail>(`/api/reception/receptions/${id}/settle`, { lines }),
  summary: (id: string, summary: string) => api.post<ReceptionDetail>(`/api/reception/receptions/${id}/summary`, { summary }),
  settings: () => api.get<Settings>('/api/reception/settings'),
  saveSettings: (s: Partial<Settings>) => api.put<Settings>('/api/reception/settings', s),
  rooms: () => api.get<{ id: string; name: string; capacity: number }[]>('/api/meetings/rooms'),
};

export const giftsApi = {
  items: () => api.get<GiftItem[]>('/api/gifts/items'),
  createItem: (body: Record<string, unknown>) => api.post<{ id: string }>('/api/gifts/items', body),
  move: (id: string, body: { kind: string; quantity: number; unit?: Unit; note?: string }) => api.post<{ balance: number }>(`/api/gifts/items/${id}/movements`, body),
  movements: (f: MovementFilter) => api.get<Movement[]>('/api/gifts/movements', { ...f }),
  movementsXlsx: (f: MovementFilter) => withQuery('/api/gifts/movements.xlsx', { ...f }),
  issues: () => api.get<Issue[]>('/api/gifts/issues'),
  preview: (lines: GiftLine[]) => api.post<{ tier: string; tierLabel: string; packs: number; valueFen: number; linesText: string }>('/api/gifts/issues/preview', { lines }),
  issue: (body: { purpose: string; lines: GiftLine[] }) => api.post<{ instanceId: string; tier: string; tierLabel: string }>('/api/gifts/issues', body),
};

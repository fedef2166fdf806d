/** HTTP client and types of the HR-8 penalties-and-subsidies ledger (奖惩与补贴台账). */
import { api, type Query } from '../../app/api';

export type LedgerKind = 'subsidy' | 'penalty';

export interface LedgerEntry {
  id: string;
  userId: string;
  username: string;
  userName: string;
  departmentName: string | null;
  month: string;
  kind: LedgerKind;
  kindLabel: string;
  amountFen: number;
  source: string;
  sourceLabel: string;
  sourceId: string;
  reason: string;
  occurredOn: string;
  createdAt: string;
  voided: boolean;
  voidedAt: string | null;
  voidReason: string | null;
}

export interface Totals {
  subsidyFen: number;
  penaltyFen: number;
  netFen: number;
  count: number;
}

export interface SummaryRow extends Totals {
  userId: string;
  username: string;
  name: string;
  departmentName: string | null;
}

export interface LedgerFilter extends Query {
  month?: string;
  departmentId?: string;
  userId?: string;
  kind?: LedgerKind;
  source?: string;
}

export interface PostBody {
  userId: string;
  kind: LedgerKind;
  amountFen: number;
  reason: string;
  occurredOn: string;
}

export const ledgerKeys = {
  all: ['ledger'] as const,
  entries: (f: LedgerFilter) => ['ledger', 'entries', f] as const,
  summary: (f: LedgerFilter) => ['ledger', 'summary', f] as const,
  mine: (month: string) => ['ledger', 'mine', month] as const,
  sources: ['ledger', 'sources'] as const,
};

export const ledgerApi = {
  entries: (f: LedgerFilter) => api.get<{ month: string; items: LedgerEntry[] }>('/api/ledger/entries', f),
  summary: (f: LedgerFilter) => api.get<{ month: string; rows: SummaryRow[]; totals: Totals }>('/api/ledger/summary', f),
  mine: (month: string) => api.get<{ month: string; items: LedgerEntry[]; totals: Totals; scope: 'all' | 'department' | 'own' }>('/api/ledger/mine', { month }),
  sources: () => api.get<{ key: string; label: string }[]>('/api/ledger/sources'),
  post: (body: PostBody) => api.post<{ id: string }>('/api/ledger/entries', body),
  void: (id: string, reason: string) => api.post<{ ok: true }>(`/api/ledger/entries/${encodeURIComponent(id)}/void`, { reason }),
};

export const LPERM = { read: 'ledger:read', manage: 'ledger:manage' } as const;

/** This month in Beijing as YYYY-MM. */
export function beijingMonth(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
}

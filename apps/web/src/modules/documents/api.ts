/** HTTP client and types of 公文管理 (收文 DOC-1, 发文 DOC-2, 函件/通知 DOC-3). */
import { api, withQuery } from '../../app/api';

export const DPERM = { read: 'documents:read', register: 'documents:register', number: 'documents:number' } as const;
export const URGENCY = ['普通', '急', '特急'] as const;
export const SECRECY = ['普通', '秘密', '机密'] as const;

export interface Receipt { userId: string; userName: string; reason: string; sentBy: string; sentAt: string; readAt: string | null }
export interface Urge { stepName: string; users: string[]; auto: boolean; by: string; at: string }
export interface Incoming {
  id: string; regNo: string; sourceNo: string; issuer: string; title: string; receivedOn: string; urgency: string; secrecy: string; copies: number;
  attachmentIds: string[]; routine: boolean; status: string; statusLabel: string; note: string; instanceId: string | null; leaderId: string | null;
  leaderName: string; departments: string[]; registeredBy: string; createdAt: string; closedAt: string | null;
}
export interface IncomingDetail extends Incoming {
  proposal: string; instruction: string; archiveNote: string;
  handling: { departmentName: string; headName: string; status: string; feedback: string; doneAt: string | null; dueAt: string | null; overdue: boolean }[];
  receipts: Receipt[]; urges: Urge[]; myOpenSteps: string[]; canRegister: boolean;
}
export interface Outgoing {
  id: string; title: string; body: string; attachmentIds: string[]; mainTo: string; ccTo: string; secrecy: string; urgency: string; legalReview: boolean;
  department: string; drafter: string; signer: string; instanceId: string | null; status: string; statusLabel: string; number: string | null; numberVoid: boolean;
  numberedAt: string | null; signedAt: string | null; dispatchedAt: string | null; createdAt: string;
}
export interface OutgoingDetail extends Outgoing {
  receipts: Receipt[]; urges: Urge[]; numberLog: { number: string; action: string; reason: string; at: string }[]; myOpenSteps: string[]; canNumber: boolean;
}
export interface Letter {
  id: string; direction: 'in' | 'out'; directionLabel: string; kind: 'letter' | 'notice'; kindLabel: string; number: string; title: string; counterpart: string;
  date: string; handlerId: string | null; handler: string; attachmentIds: string[]; note: string;
}
export type IncomingFilter = { q?: string; status?: string; urgency?: string; from?: string; to?: string };
export type OutgoingFilter = { q?: string; status?: string; year?: number; prefix?: string };
export type LetterFilter = { direction?: string; kind?: string; from?: string; to?: string; q?: string };

export const docKeys = {
  incoming: (f: IncomingFilter) => ['documents', 'incoming', f] as const,
  incomingOne: (id: string) => ['documents', 'incoming', 'one', id] as const,
  outgoing: (f: OutgoingFilter) => ['documents', 'outgoing', f] as const,
  outgoingOne: (id: string) => ['documents', 'outgoing', 'one', id] as const,
  letters: (f: LetterFilter) => ['documents', 'letters', f] as const,
  prefixes: ['documents', 'prefixes'] as const,
  departments: ['org', 'departments', 'all'] as const,
};

export const docsApi = {
  incoming: (f: IncomingFilter) => api.get<Incoming[]>('/api/documents/incoming', f),
  incomingXlsx: (f: IncomingFilter) => withQuery('/api/documents/incoming.xlsx', f),
  incomingOne: (id: string) => api.get<IncomingDetail>(`/api/documents/incoming/${id}`),
  register: (body: Record<string, unknown>) => api.post<{ id: string; regNo: string }>('/api/documents/incoming', body),
  close: (id: string, note: string) => api.post(`/api/documents/incoming/${id}/close`, { note }),
  submit: (id: string, body: { proposal?: string; leaderId?: string }) => api.post(`/api/documents/incoming/${id}/submit`, body),
  propose: (id: string, body: { proposal: string; leaderId: string }) => api.post(`/api/documents/incoming/${id}/propose`, body),
  instruct: (id: string, body: { instruction: string; departmentIds: string[] }) => api.post(`/api/documents/incoming/${id}/instruct`, body),
  feedback: (id: string, body: { feedback: string; returnToLeader?: boolean }) => api.post(`/api/documents/incoming/${id}/feedback`, body),
  archive: (id: string, note?: string) => api.post(`/api/documents/incoming/${id}/archive`, note ? { note } : {}),
  circulate: (kind: 'incoming' | 'outgoing', id: string, userIds: string[]) => api.post(`/api/documents/${kind}/${id}/circulate`, { userIds }),
  read: (kind: 'incoming' | 'outgoing', id: string) => api.post(`/api/documents/${kind}/${id}/read`),
  urge: (instanceId: string) => api.post(`/api/instances/${instanceId}/actions/urge`, {}),
  outgoing: (f: OutgoingFilter) => api.get<Outgoing[]>('/api/documents/outgoing', f),
  outgoingXlsx: (f: OutgoingFilter) => withQuery('/api/documents/outgoing.xlsx', f),
  outgoingOne: (id: string) => api.get<OutgoingDetail>(`/api/documents/outgoing/${id}`),
  draft: (body: Record<string, unknown>) => api.post<{ id: string; instanceId: string }>('/api/documents/outgoing', body),
  number: (id: string, prefix: string) => api.post<{ id: string; number: string }>(`/api/documents/outgoing/${id}/number`, { prefix }),
  prefixes: () => api.get<{ prefixes: string[] }>('/api/documents/prefixes'),
  letters: (f: LetterFilter) => api.get<Letter[]>('/api/documents/letters', f),
  lettersXlsx: (f: LetterFilter) => withQuery('/api/documents/letters.xlsx', f),
  createLetter: (body: Record<string, unknown>) => api.post<{ id: string }>('/api/documents/letters', body),
  departments: () => api.get<{ id: string; name: string }[]>('/api/org/departments'),
};

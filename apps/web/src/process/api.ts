/** Calls to the process engine's HTTP face (apps/server/src/process/process.routes.ts). */
import { api } from '../app/api';
import type {
  ActionBody,
  Attachment,
  DefinitionLite,
  InboxCounts,
  InboxPage,
  InboxParams,
  InstanceAction,
  InstanceDetail,
  OverdueReport,
  ProcessSummary,
  ProcessTable,
  PublishResult,
  TaskAction,
} from './types';

const enc = encodeURIComponent;

export const processKeys = {
  all: ['process'] as const,
  catalog: ['process', 'catalog'] as const,
  definition: (key: string, version?: number) => ['process', 'definition', key, version ?? 'latest'] as const,
  table: (key: string) => ['process', 'table', key] as const,
  bpmn: (key: string, version?: number) => ['process', 'bpmn', key, version ?? 'latest'] as const,
  inbox: (params: InboxParams) => ['process', 'inbox', params] as const,
  inboxAll: ['process', 'inbox'] as const,
  counts: ['process', 'counts'] as const,
  instance: (id: string) => ['process', 'instance', id] as const,
  overdue: ['process', 'overdue'] as const,
  attachment: (id: string) => ['attachment', id] as const,
};

export const processApi = {
  catalog: () => api.get<ProcessSummary[]>('/api/processes'),
  definition: (key: string, version?: number) =>
    api.get<{ key: string; version: number; definition: DefinitionLite }>(`/api/processes/${enc(key)}`, { version }),
  table: (key: string) => api.get<ProcessTable>(`/api/processes/${enc(key)}/table`),
  tableXlsxUrl: (key: string) => `/api/processes/${enc(key)}/table.xlsx`,
  bpmn: async (key: string, version?: number): Promise<string> => {
    const q = version ? `?version=${version}` : '';
    const res = await fetch(`/api/processes/${enc(key)}/bpmn${q}`, { credentials: 'same-origin', headers: { Accept: 'application/xml' } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.text();
  },
  publish: (key: string, definition: unknown) => api.put<PublishResult>(`/api/processes/${enc(key)}`, { definition }),

  start: (body: { processKey: string; data: Record<string, unknown>; title?: string }) =>
    api.post<{ instanceId: string }>('/api/instances', body),
  instance: (id: string) => api.get<InstanceDetail>(`/api/instances/${enc(id)}`),
  instanceAction: (id: string, action: InstanceAction, body: ActionBody) =>
    api.post<{ instanceId: string }>(`/api/instances/${enc(id)}/actions/${action}`, body),

  inbox: (params: InboxParams) => api.get<InboxPage>('/api/tasks', { ...params }),
  counts: () => api.get<InboxCounts>('/api/tasks/counts'),
  taskAction: (taskId: string, action: TaskAction, body: ActionBody) =>
    api.post<{ instanceId: string }>(`/api/tasks/${enc(taskId)}/actions/${action}`, body),

  overdue: () => api.get<OverdueReport>('/api/overdue'),

  upload: (file: File | Blob) => api.upload<Attachment>('/api/attachments', file),
  attachmentMeta: (id: string) => api.get<Attachment>(`/api/attachments/${enc(id)}/meta`),
  attachmentUrl: (id: string) => `/api/attachments/${enc(id)}`,
};

/** Process permissions the pages check (the server enforces them; the UI only hides). */
export const PROCESS_PERM = {
  admin: 'process:admin',
  overdue: 'process:overdue',
  start: 'process:start',
} as const;

import { api, withQuery } from '../../app/api';

export const TPERM = { assign: 'tasks:assign', readAll: 'tasks:read_all' } as const;

export type TaskStatus = 'assigned' | 'in_progress' | 'closure_requested' | 'closed' | 'cancelled';
export type TaskView = 'assigned' | 'owned' | 'all';

export interface AssignedTask {
  id: string; instanceId: string; title: string; description: string; ownerId: string; ownerName: string; ownerDepartment: string;
  assignerId: string; assignerName: string; dueDate: string; dueAt: string; status: TaskStatus; percent: number;
  sourceKind: string | null; sourceId: string | null; createdAt: string; closedAt: string | null; overdue: boolean; daysLeft: number | null;
}
export interface TaskDetail extends AssignedTask {
  engineOverdue: boolean;
  currentStep: { stepId: string; stepName: string; dueAt: string | null } | null;
  progress: { id: string; at: string; text: string; percent: number; userName: string; attachmentIds: string[] }[];
  attachmentIds: string[];
  history: { at: string; type: string; stepId: string | null; actorName: string; comment: string | null }[];
}
export interface TaskFilter { view: TaskView; status?: string; q?: string; ownerId?: string }

export const taskKeys = { all: ['assignments'] as const, list: (f: TaskFilter) => ['assignments', 'list', f] as const, one: (id: string) => ['assignments', id] as const };

const clean = (f: TaskFilter) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== ''));

export const tasksApi = {
  list: (f: TaskFilter) => api.get<AssignedTask[]>('/api/assignments', clean(f)),
  exportUrl: (f: TaskFilter) => withQuery('/api/assignments/export.xlsx', clean(f)),
  get: (id: string) => api.get<TaskDetail>(`/api/assignments/${id}`),
  assign: (body: { title: string; description?: string; ownerId: string; dueDate: string; attachmentIds?: string[] }) => api.post<{ id: string }>('/api/assignments', body),
  accept: (id: string) => api.post(`/api/assignments/${id}/accept`),
  progress: (id: string, body: { text: string; percent: number; attachmentIds?: string[] }) => api.post(`/api/assignments/${id}/progress`, body),
  requestClosure: (id: string, note: string) => api.post(`/api/assignments/${id}/request-closure`, { note }),
  review: (id: string, decision: 'accept' | 'send_back', comment?: string) => api.post(`/api/assignments/${id}/review`, { decision, comment }),
};

export const STATUS_COLORS: Record<TaskStatus, string> = { assigned: 'gold', in_progress: 'blue', closure_requested: 'purple', closed: 'green', cancelled: 'default' };

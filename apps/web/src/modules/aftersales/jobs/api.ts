/** HTTP client and types of 派工单 (the after-sales job, ASV-1…ASV-9). */
import { api, withQuery, type Query } from '../../../app/api';

export const JOBS_PERM = { jobs: 'aftersales:jobs' } as const;
export const JOB_PROCESS_KEY = 'aftersales.job';
export const JOB_STATUSES = ['dispatch', 'schedule', 'onsite', 'feeCalc', 'feeCheck', 'cash', 'callback', 'closed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface Job {
  id: string;
  instanceId: string;
  jobNo: string;
  customerId: string;
  customerName: string;
  equipmentName: string;
  clerkName: string;
  technicianId: string | null;
  technicianName: string;
  engineerCalled: boolean;
  problem: string;
  address: string;
  contactPhone: string;
  skill: string;
  warrantyState: 'in_warranty' | 'expiring' | 'expired' | 'unknown';
  status: JobStatus;
  appointmentAt: string | null;
  feeFen: number;
  receiptNo: string;
  feeVerdict: 'ok' | 'over' | 'under' | 'no_standard' | null;
  feeDiffFen: number | null;
  collectedAt: string | null;
  cashDueOn: string | null;
  handedToFinanceAt: string | null;
  penaltyPostedAt: string | null;
  cashOverdue: boolean;
  unfinishedReason: string;
  createdAt: string;
  dispatchedAt: string | null;
  finishedAt: string | null;
  /** ASV-7: collected cash not at finance yet (the clerk may urge, 催缴). */
  cashPending: boolean;
  lastUrgedAt: string | null;
}

export interface MyJob extends Job {
  task: { id: string; step_id: string } | null;
}

export interface Technician {
  id: string;
  name: string;
  username: string;
  skills: string[];
  openJobs: number;
}

export interface JobListParams extends Query {
  status?: JobStatus;
  q?: string;
  cashOverdue?: 'true';
}

export const jobsKeys = {
  all: ['aftersales', 'jobs'] as const,
  list: (p: JobListParams) => ['aftersales', 'jobs', 'list', p] as const,
  mine: ['aftersales', 'jobs', 'mine'] as const,
  technicians: ['aftersales', 'jobs', 'technicians'] as const,
};

export const jobsApi = {
  list: (p: JobListParams = {}) => api.get<{ items: Job[] }>('/api/aftersales/jobs', p),
  mine: () => api.get<{ items: MyJob[] }>('/api/aftersales/jobs/mine'),
  technicians: () => api.get<{ items: Technician[] }>('/api/aftersales/technicians'),
  setSkills: (userId: string, skills: string[]) => api.put<{ ok: true }>(`/api/aftersales/technicians/${encodeURIComponent(userId)}/skills`, { skills }),
  start: (data: Record<string, unknown>, title: string) => api.post<{ instanceId: string }>('/api/instances', { processKey: JOB_PROCESS_KEY, title, data }),
  complete: (taskId: string, data: Record<string, unknown>) => api.post<unknown>(`/api/tasks/${encodeURIComponent(taskId)}/actions/complete`, { data }),
  urge: (jobId: string, note?: string) => api.post<{ id: string; urgedAt: string }>(`/api/aftersales/jobs/${encodeURIComponent(jobId)}/urge`, note ? { note } : {}),
  exportUrl: (p: JobListParams) => withQuery('/api/aftersales/jobs/export.xlsx', p),
  upload: (file: File) => api.upload<{ id: string }>('/api/attachments', file),
};

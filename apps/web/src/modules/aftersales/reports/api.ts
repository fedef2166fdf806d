/** HTTP client and types of the after-sales reports (ASV-7/8/9/15). */
import { api, withQuery } from '../../../app/api';

export const REPORTS_PERM = { reports: 'aftersales:reports', jobs: 'aftersales:jobs' } as const;

export interface SurveyLine {
  jobId: string;
  jobNo: string;
  instanceId: string;
  customerName: string;
  contactPhone: string;
  problem: string;
  technicianName: string;
  statusAtCheck: string;
  reasonAtCheck: string;
  status: string;
  finished: boolean | null;
  reason: string;
  toldCustomer: boolean | null;
  planAt: string | null;
  planTechnicianId: string | null;
  planTechnicianName: string;
  note: string;
}

export interface Survey {
  date: string;
  survey: { id: string; createdAt: string; submittedAt: string | null; submittedByName: string | null } | null;
  lines: SurveyLine[];
}

export interface SurveySummary {
  date: string;
  createdAt: string;
  submittedAt: string | null;
  submittedByName: string | null;
  jobs: number;
  finished: number;
}

export type SurveyLineInput = Pick<SurveyLine, 'jobId' | 'finished' | 'reason' | 'toldCustomer' | 'planAt' | 'planTechnicianId' | 'note'>;

export interface RateLine {
  userId: string;
  name: string;
  dispatched: number;
  completed: number;
  ratePercent: number | null;
}

export interface Charts {
  from: string;
  to: string;
  perDay: { date: string; taken: number; dispatched: number }[];
  technicians: RateLine[];
  satisfaction: { satisfaction: string; count: number }[];
  revenue: { month: string; jobs: number; feeFen: number }[];
  faults: { model: string; problem: string; count: number; modelJobs: number }[];
}

export interface Kpi {
  from: string;
  to: string;
  technicians: RateLine[];
  clerks: RateLine[];
  total: { dispatched: number; completed: number; ratePercent: number | null };
}

export interface MonthlyReport {
  month: string;
  sentAt: string | null;
  jobs: { taken: number; dispatched: number; completed: number; completionRate: number | null; closed: number; cancelled: number };
  technicians: RateLine[];
  clerks: RateLine[];
  callbacks: {
    callbacks: number; satisfied: number; bySatisfaction: Record<string, number>; timely: number; conductOk: number;
    satisfactionRate: number | null; timelyRate: number | null; conductRate: number | null;
    lines: { technicianId: string | null; technicianName: string; callbacks: number; satisfactionRate: number | null; timelyRate: number | null; conductRate: number | null }[];
  };
  revenue: { jobs: number; feeFen: number };
  lateCash: { jobs: number; feeFen: number; technicianPenaltyFen: number; clerkPenaltyFen: number };
}

export type ChartTable = 'perDay' | 'technicians' | 'satisfaction' | 'revenue' | 'faults';

export const reportKeys = {
  all: ['aftersales', 'reports'] as const,
  survey: (date: string) => ['aftersales', 'reports', 'survey', date] as const,
  surveys: (from: string, to: string) => ['aftersales', 'reports', 'surveys', from, to] as const,
  charts: (from: string, to: string, top: number) => ['aftersales', 'reports', 'charts', from, to, top] as const,
  kpi: (from: string, to: string) => ['aftersales', 'reports', 'kpi', from, to] as const,
  monthly: (month: string) => ['aftersales', 'reports', 'monthly', month] as const,
};

const path = (date: string) => `/api/aftersales/reports/daily/${encodeURIComponent(date)}`;

export const reportsApi = {
  survey: (date: string) => api.get<Survey>(path(date)),
  surveys: (from: string, to: string) => api.get<{ items: SurveySummary[] }>('/api/aftersales/reports/daily', { from, to }),
  buildSurvey: (date: string) => api.post<Survey>(path(date)),
  saveSurvey: (date: string, lines: SurveyLineInput[], submit: boolean) => api.put<Survey>(path(date), { lines, submit }),
  surveyXlsx: (date: string) => `${path(date)}/export.xlsx`,
  charts: (from: string, to: string, top: number) => api.get<Charts>('/api/aftersales/reports/charts', { from, to, top }),
  chartXlsx: (table: ChartTable, from: string, to: string, top: number) => withQuery('/api/aftersales/reports/charts/export.xlsx', { table, from, to, top }),
  kpi: (from: string, to: string) => api.get<Kpi>('/api/aftersales/reports/kpi', { from, to }),
  kpiXlsx: (who: 'technicians' | 'clerks', from: string, to: string) => withQuery('/api/aftersales/reports/kpi/export.xlsx', { who, from, to }),
  monthly: (month: string) => api.get<MonthlyReport>('/api/aftersales/reports/monthly', { month }),
};

/** Today's Beijing date 'YYYY-MM-DD'. */
export function beijingToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

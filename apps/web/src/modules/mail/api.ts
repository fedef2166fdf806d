/** HTTP client and types of the mail pages (MAIL-1). */
import { api } from '../../app/api';

export const COURIERS = ['顺丰速运', '中国邮政EMS', '京东快递', '圆通速递', '中通快递', '申通快递', '韵达快递', '德邦快递', '其他'] as const;

export interface MailItem {
  id: string;
  senderId: string;
  senderName: string;
  departmentName: string | null;
  recipient: string;
  address: string;
  phone: string;
  contents: string;
  personal: boolean;
  courier: string | null;
  trackingNo: string | null;
  weightG: number | null;
  costFen: number | null;
  sentOn: string | null;
  status: 'requested' | 'sent';
  notes: string;
  createdAt: string;
}

export interface ReportRow {
  month: string;
  departmentId: string | null;
  departmentName: string;
  count: number;
  businessFen: number;
  personalFen: number;
}

export type MailParams = { month?: string; personal?: 'true' | 'false'; status?: 'requested' | 'sent'; courier?: string; q?: string };
export type MailBody = { senderId?: string; recipient: string; address: string; phone?: string; contents: string; personal: boolean; notes?: string };
export type DispatchBody = { courier: string; trackingNo: string; weightG: number; costFen: number; sentOn?: string };

export const mailKeys = {
  all: ['mail'] as const,
  list: (p: MailParams) => ['mail', 'list', p] as const,
  report: (from: string, to: string) => ['mail', 'report', from, to] as const,
};

export const mailApi = {
  list: (p: MailParams) => api.get<MailItem[]>('/api/mail', p),
  create: (b: MailBody) => api.post<{ id: string }>('/api/mail', b),
  dispatch: (id: string, b: DispatchBody) => api.post<{ id: string }>(`/api/mail/${encodeURIComponent(id)}/dispatch`, b),
  remove: (id: string) => api.delete<{ ok: true }>(`/api/mail/${encodeURIComponent(id)}`),
  report: (from: string, to: string) => api.get<{ months: string[]; rows: ReportRow[] }>('/api/mail/report', { from, to }),
  exportUrl: '/api/mail/export',
  reportExportUrl: '/api/mail/report/export',
};

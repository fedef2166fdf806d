import { api } from '../../app/api';
import type {
  ApiToken,
  ApiTokenCreateBody,
  ApiTokenCreated,
  AuditPage,
  AuditVerifyResult,
  CalendarCoverage,
  CalendarYear,
  ImportResult,
  PublicInfo,
} from '../types';

export const platformKeys = {
  publicInfo: ['public', 'info'] as const,
  audit: (params: { page: number; pageSize: number; entity?: string }) => ['audit', params] as const,
  calendarYears: ['calendar', 'years'] as const,
  calendarDays: (year: number) => ['calendar', 'days', year] as const,
  calendarAll: ['calendar'] as const,
  tokens: ['me', 'tokens'] as const,
};

export const platformApi = {
  publicInfo: () => api.get<PublicInfo>('/api/public/info', undefined, { expectUnauthorized: true }),

  audit: (params: { page: number; pageSize: number; entity?: string }) => api.get<AuditPage>('/api/audit', params),
  verifyAudit: () => api.get<AuditVerifyResult>('/api/audit/verify'),

  calendarYears: () => api.get<CalendarCoverage>('/api/calendar/years'),
  calendarDays: (year: number) => api.get<CalendarYear>('/api/calendar/days', { year }),
  setCalendarDay: (date: string, body: { kind: 'holiday' | 'workday'; name: string }) =>
    api.put<unknown>(`/api/calendar/days/${date}`, body),
  removeCalendarDay: (date: string) => api.delete<unknown>(`/api/calendar/days/${date}`),
  /** Declares the year's arrangements complete, so workday calculations accept it. */
  markCalendarYearCovered: (year: number) => api.put<unknown>(`/api/calendar/years/${year}`),
  importCalendar: (file: File, year: number, mode: 'validate' | 'all') =>
    api.upload<ImportResult>('/api/calendar/import', file, { year, mode }),

  changePassword: (body: { currentPassword: string; newPassword: string }) => api.post<unknown>('/api/auth/password', body),
  tokens: () => api.get<ApiToken[]>('/api/me/tokens'),
  createToken: (body: ApiTokenCreateBody) => api.post<ApiTokenCreated>('/api/me/tokens', body),
  revokeToken: (tokenId: string) => api.delete<unknown>(`/api/me/tokens/${encodeURIComponent(tokenId)}`),
};

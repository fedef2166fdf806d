import { z } from 'zod';
import { DateStr, Id, IsoTime, Paging, pageOf } from './common.js';

export const AuditEntry = z.object({
  seq: z.number().int(),
  id: Id,
  at: IsoTime,
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  data: z.unknown(),
  hash: z.string(),
});
export const AuditPage = pageOf(AuditEntry);
export const AuditListQuery = z.strictObject({
  entity: z.string().max(50).optional(),
  actorId: Id.optional(),
  ...Paging,
});
export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** The first entry whose hash does not match, when the chain is broken. */
  firstBroken: z.object({ seq: z.number().int(), id: Id, reason: z.string() }).nullable(),
});

export const Attachment = z.object({
  id: Id,
  filename: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: IsoTime,
  createdBy: Id,
});

export const Notification = z.object({
  id: Id,
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: IsoTime,
  readAt: IsoTime.nullable(),
});
export const NotificationPage = pageOf(Notification);
export const NotificationListQuery = z.strictObject({ unread: z.enum(['true', 'false']).optional(), ...Paging });

export const CalendarDay = z.object({
  date: DateStr,
  kind: z.enum(['holiday', 'workday']),
  name: z.string(),
  source: z.enum(['seed', 'admin', 'import']),
});
export const CalendarYear = z.object({
  year: z.number().int(),
  covered: z.boolean(),
  days: z.array(CalendarDay),
  workdayCount: z.number().int().nullable(),
});
export const CalendarYearQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
export const CalendarDayBody = z.strictObject({ kind: z.enum(['holiday', 'workday']), name: z.string().trim().min(1).max(50) });
export const CalendarDateParams = z.strictObject({ date: DateStr });
export const CalendarCoverage = z.object({ years: z.array(z.object({ year: z.number().int(), source: z.string(), days: z.number().int() })) });
export const CalendarImportQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  mode: z.enum(['validate', 'all']).default('all'),
});

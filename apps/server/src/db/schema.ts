import type { EngineDatabase } from '@guanjia/engine';
import type { VehiclesTables } from '../modules/vehicles/vehicles.table.js';
import type { LedgerTables } from '../modules/ledger/ledger.table.js';
import type { DocumentsTables } from '../modules/documents/documents.table.js';
import type { ArchivesTables } from '../modules/archives/archives.table.js';
import type { SealsTables } from '../modules/seals/seals.table.js';
import type { MailTables } from '../modules/mail/mail.table.js';
import type { ReceptionTables } from '../modules/reception/reception.table.js';
import type { MeetingsTables } from '../modules/meetings/meetings.table.js';
import type { TasksTables } from '../modules/tasks/tasks.table.js';
import type { AftersalesTables } from '../modules/aftersales/aftersales.table.js';

/**
 * Kysely table types of the platform. Conventions (both dialects): text IDs (UUIDv7), times as
 * ISO-8601 UTC text, booleans as integer 0/1, money as integer fen, JSON as text.
 * Modules declare their own tables in `<module>.table.ts` and extend `Database`.
 */
export interface DepartmentTable {
  id: string;
  parent_id: string | null;
  code: string | null;
  name: string;
  functions: string;
  head_user_id: string | null;
  sort: number;
  created_at: string;
  updated_at: string;
}

export interface PositionTable {
  id: string;
  department_id: string;
  code: string | null;
  name: string;
  duty: string;
  sort: number;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: string;
  username: string;
  name: string;
  phone: string | null;
  email: string | null;
  department_id: string | null;
  supervisor_id: string | null;
  active: number;
  password_hash: string;
  must_change_password: number;
  created_at: string;
  updated_at: string;
}

export interface UserPositionTable {
  user_id: string;
  position_id: string;
}

export interface RoleTable {
  id: string;
  key: string;
  name: string;
  description: string;
  permissions: string; // JSON array of module:verb
  built_in: number;
  created_at: string;
}

export interface UserRoleTable {
  user_id: string;
  role_id: string;
}

export interface SessionTable {
  id: string; // SHA-256 of the cookie token: a database leak does not leak live sessions
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  absolute_expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  token_hash: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LoginFailureTable {
  id: string;
  scope: string; // 'account' | 'ip'
  key: string;
  at: string;
}

export interface DelegationTable {
  id: string;
  delegator_id: string;
  delegate_id: string;
  starts_at: string;
  ends_at: string;
  reason: string;
  cancelled_at: string | null;
  created_by: string;
  created_at: string;
}

export interface AuditLogTable {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  data: string; // canonical JSON
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface AttachmentTable {
  id: string;
  filename: string;
  mime_type: string;
  size: number;
  sha256: string;
  content: Buffer;
  created_by: string;
  created_at: string;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  title: string;
  body: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

export interface NotificationDeliveryTable {
  id: string;
  notification_id: string | null;
  channel: string;
  recipient: string | null;
  title: string;
  body: string;
  link: string | null;
  status: string; // pending | running | sent | failed
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface HolidayTable {
  date: string;
  kind: string; // holiday | workday
  name: string;
  source: string; // seed | admin | import
  updated_at: string;
  updated_by: string | null;
}

export interface CalendarYearTable {
  year: number;
  source: string;
  created_at: string;
}

export interface SettingTable {
  key: string;
  value: string; // JSON
  updated_at: string;
  updated_by: string | null;
}

export interface AttachmentLinkTable {
  attachment_id: string;
  entity: string;
  entity_id: string;
}

export interface IdempotencyKeyTable {
  key: string;
  user_id: string;
  route: string;
  status: number;
  response: string;
  created_at: string;
}

/** platform/jobs: one row per scheduled job and slot (claimed by insert). */
export interface JobRunTable {
  job: string;
  slot: string;
  started_at: string;
  finished_at: string | null;
  error: string | null;
}

export interface Database
  extends EngineDatabase, VehiclesTables, LedgerTables, AftersalesTables,
    DocumentsTables, ArchivesTables, SealsTables, MailTables, ReceptionTables, MeetingsTables, TasksTables {
  job_run: JobRunTable;
  department: DepartmentTable;
  position: PositionTable;
  app_user: UserTable;
  user_position: UserPositionTable;
  role: RoleTable;
  user_role: UserRoleTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  login_failure: LoginFailureTable;
  delegation: DelegationTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  attachment: AttachmentTable;
  notification: NotificationTable;
  notification_delivery: NotificationDeliveryTable;
  holiday: HolidayTable;
  calendar_year: CalendarYearTable;
  setting: SettingTable;
  idempotency_key: IdempotencyKeyTable;
  attachment_link: AttachmentLinkTable;
}

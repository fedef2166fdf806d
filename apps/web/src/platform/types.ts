/** API shapes as the web app sees them, inferred from the shared zod contracts (types only). */
import type { z } from 'zod';
import type * as C from '@guanjia/contracts';

export type Department = z.output<typeof C.Department>;
export type DepartmentCreateBody = z.input<typeof C.DepartmentCreateBody>;
export type DepartmentUpdateBody = z.input<typeof C.DepartmentUpdateBody>;
export type Position = z.output<typeof C.Position>;
export type PositionCreateBody = z.input<typeof C.PositionCreateBody>;
export type PositionUpdateBody = z.input<typeof C.PositionUpdateBody>;
export type User = z.output<typeof C.User>;
export type UserPage = z.output<typeof C.UserPage>;
export type UserCreateBody = z.input<typeof C.UserCreateBody>;
export type UserUpdateBody = z.input<typeof C.UserUpdateBody>;
export type ImportResult = z.output<typeof C.ImportResult>;
export type Delegation = z.output<typeof C.Delegation>;
export type DelegationCreateBody = z.input<typeof C.DelegationCreateBody>;
export type Role = z.output<typeof C.Role>;
export type RoleCreateBody = z.input<typeof C.RoleCreateBody>;
export type RoleUpdateBody = z.input<typeof C.RoleUpdateBody>;
export type Permission = z.output<typeof C.Permission>;
export type AuditEntry = z.output<typeof C.AuditEntry>;
export type AuditPage = z.output<typeof C.AuditPage>;
export type AuditVerifyResult = z.output<typeof C.AuditVerifyResult>;
export type Notification = z.output<typeof C.Notification>;
export type NotificationPage = z.output<typeof C.NotificationPage>;
export type CalendarDay = z.output<typeof C.CalendarDay>;
export type CalendarYear = z.output<typeof C.CalendarYear>;
export type CalendarCoverage = z.output<typeof C.CalendarCoverage>;
export type ApiToken = z.output<typeof C.ApiToken>;
export type ApiTokenCreated = z.output<typeof C.ApiTokenCreated>;
export type ApiTokenCreateBody = z.input<typeof C.ApiTokenCreateBody>;

export interface PublicInfo {
  demo: boolean;
  companyName?: string | null;
  demoPassword?: string | null;
  demoLogins?: { username: string; name: string; role: string }[];
}

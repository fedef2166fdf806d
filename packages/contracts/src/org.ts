import { z } from 'zod';
import { Id, IsoTime, Paging, pageOf } from './common.js';
import { PASSWORD_MIN } from './auth.js';

export const Department = z.object({
  id: Id,
  parentId: Id.nullable(),
  code: z.string().nullable(),
  name: z.string(),
  functions: z.string(),
  headUserId: Id.nullable(),
  sort: z.number().int(),
  userCount: z.number().int(),
});
export type Department = z.infer<typeof Department>;
export const DepartmentCreateBody = z.strictObject({
  parentId: Id.nullable(),
  name: z.string().trim().min(1).max(100),
  code: z.string().trim().max(50).nullable().optional(),
  functions: z.string().max(10000).default(''),
  headUserId: Id.nullable().optional(),
  sort: z.number().int().min(0).max(100000).default(0),
});
export const DepartmentUpdateBody = DepartmentCreateBody.partial();

export const Position = z.object({
  id: Id,
  departmentId: Id,
  departmentName: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  duty: z.string(),
  sort: z.number().int(),
  holderCount: z.number().int(),
});
export type Position = z.infer<typeof Position>;
export const PositionCreateBody = z.strictObject({
  departmentId: Id,
  name: z.string().trim().min(1).max(100),
  code: z.string().trim().max(50).nullable().optional(),
  duty: z.string().max(20000).default(''),
  sort: z.number().int().min(0).max(100000).default(0),
});
export const PositionUpdateBody = PositionCreateBody.partial();
export const PositionListQuery = z.strictObject({ departmentId: Id.optional() });

const Phone = z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, 'phone');
export const User = z.object({
  id: Id,
  username: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  departmentId: Id.nullable(),
  departmentName: z.string().nullable(),
  positions: z.array(z.object({ id: Id, name: z.string() })),
  supervisorId: Id.nullable(),
  supervisorName: z.string().nullable(),
  roles: z.array(z.object({ id: Id, key: z.string(), name: z.string() })),
  active: z.boolean(),
  createdAt: IsoTime,
});
export type User = z.infer<typeof User>;
export const UserPage = pageOf(User);
export const UserListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  departmentId: Id.optional(),
  positionId: Id.optional(),
  active: z.enum(['true', 'false', 'all']).default('all'),
  ...Paging,
});
export const UserCreateBody = z.strictObject({
  username: z.string().trim().min(2).max(64).regex(/^[a-zA-Z0-9._-]+$/, 'username'),
  name: z.string().trim().min(1).max(50),
  phone: Phone.nullable().optional(),
  email: z.string().trim().email().max(200).nullable().optional(),
  departmentId: Id.nullable().optional(),
  positionIds: z.array(Id).max(20).default([]),
  supervisorId: Id.nullable().optional(),
  roleIds: z.array(Id).max(50).default([]),
  /** Initial password; the user must change it at first login. */
  password: z.string().min(PASSWORD_MIN).max(200),
});
export const UserUpdateBody = UserCreateBody.omit({ username: true, password: true }).partial();
export const ResetPasswordBody = z.strictObject({ newPassword: z.string().min(PASSWORD_MIN).max(200) });

export const ImportResult = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(z.object({ rowNumber: z.number().int(), column: z.string().optional(), message: z.string() })),
});
export const ImportQuery = z.strictObject({
  /** validate: check only; all: write only when every row is valid; valid-only: write the valid rows. */
  mode: z.enum(['validate', 'all', 'valid-only']).default('all'),
});

export const Delegation = z.object({
  id: Id,
  delegatorId: Id,
  delegatorName: z.string(),
  delegateId: Id,
  delegateName: z.string(),
  startsAt: IsoTime,
  endsAt: IsoTime,
  reason: z.string(),
  status: z.enum(['active', 'scheduled', 'ended', 'cancelled']),
  createdAt: IsoTime,
});
export const DelegationCreateBody = z.strictObject({
  /** Omit to delegate your own tasks; naming someone else needs delegation:manage. */
  delegatorId: Id.optional(),
  delegateId: Id,
  startsAt: IsoTime,
  endsAt: IsoTime,
  reason: z.string().trim().max(500).default(''),
});
export const DelegationListQuery = z.strictObject({ scope: z.enum(['mine', 'all']).default('mine') });

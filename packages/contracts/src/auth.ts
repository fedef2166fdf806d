import { z } from 'zod';
import { Id, IsoTime } from './common.js';

export const LoginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export const MeUser = z.object({
  id: Id,
  username: z.string(),
  name: z.string(),
  departmentId: Id.nullable(),
  departmentName: z.string().nullable(),
  positions: z.array(z.object({ id: Id, name: z.string() })),
  mustChangePassword: z.boolean(),
});

export const Me = z.object({
  user: MeUser,
  permissions: z.array(z.string()),
  csrfToken: z.string().nullable(),
  /** Idle and absolute expiry of the current session, so the UI can warn before logout. */
  session: z.object({ idleExpiresAt: IsoTime, absoluteExpiresAt: IsoTime }).nullable(),
});
export type Me = z.infer<typeof Me>;

export const PASSWORD_MIN = 8;
export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(PASSWORD_MIN).max(200),
});

export const ApiTokenCreateBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** Days until the token expires; omit for no expiry. */
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string(),
  createdAt: IsoTime,
  expiresAt: IsoTime.nullable(),
  lastUsedAt: IsoTime.nullable(),
});
export const ApiTokenCreated = ApiToken.extend({ token: z.string() });

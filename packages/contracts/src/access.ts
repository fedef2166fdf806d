import { z } from 'zod';
import { Id } from './common.js';

export const Permission = z.object({ key: z.string(), module: z.string(), label: z.string(), labelEn: z.string() });
export const Role = z.object({
  id: Id,
  key: z.string(),
  name: z.string(),
  description: z.string(),
  permissions: z.array(z.string()),
  builtIn: z.boolean(),
  userCount: z.number().int(),
});
export type Role = z.infer<typeof Role>;
const PermKey = z.string().regex(/^([a-z][a-z0-9_]*:[a-z][a-z0-9_]*|\*)$/, 'module:verb');
export const RoleCreateBody = z.strictObject({
  key: z.string().trim().min(2).max(50).regex(/^[a-z][a-z0-9_]*$/, 'key'),
  name: z.string().trim().min(1).max(100),
  description: z.string().max(1000).default(''),
  permissions: z.array(PermKey).max(500).default([]),
});
export const RoleUpdateBody = RoleCreateBody.omit({ key: true }).partial();

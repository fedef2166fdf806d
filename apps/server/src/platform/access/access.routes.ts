import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, Ok, Permission, Role, RoleCreateBody, RoleUpdateBody } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf } from '../../http/auth-hook.js';
import { allPermissions } from './catalog.js';
import { createRole, deleteRole, listRoles, updateRole } from './roles.service.js';

export function accessRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['access'];
  r.get('/api/access/permissions', { config: { permission: 'access:manage' }, schema: { tags, summary: '全部权限', response: { 200: z.array(Permission) } } },
    async () => allPermissions());
  r.get('/api/access/roles', { config: { permission: 'org:read' }, schema: { tags, summary: '角色列表', response: { 200: z.array(Role) } } },
    async () => listRoles(s.db));
  r.post('/api/access/roles', { config: { permission: 'access:manage' }, schema: { tags, summary: '新建角色', body: RoleCreateBody, response: { 201: z.object({ id: z.string() }) } } },
    async (req, reply) => reply.status(201).send({ id: await createRole(s, actorOf(req), req.body) }));
  r.patch('/api/access/roles/:id', { config: { permission: 'access:manage' }, schema: { tags, summary: '修改角色', params: IdParams, body: RoleUpdateBody, response: { 200: Ok } } },
    async (req) => { await updateRole(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.delete('/api/access/roles/:id', { config: { permission: 'access:manage' }, schema: { tags, summary: '删除角色（内置角色不可删）', params: IdParams, response: { 200: Ok } } },
    async (req) => { await deleteRole(s, actorOf(req), req.params.id); return { ok: true as const }; });
}

/** Thin HTTP face of the organization: departments, positions, users, delegations. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Delegation, DelegationCreateBody, DelegationListQuery, Department, DepartmentCreateBody, DepartmentUpdateBody,
  IdParams, ImportQuery, ImportResult, Ok, Position, PositionCreateBody, PositionListQuery, PositionUpdateBody,
  ResetPasswordBody, User, UserCreateBody, UserListQuery, UserPage, UserUpdateBody,
} from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf } from '../../http/auth-hook.js';
import { pickLang } from '../../http/messages.js';
import { sendXlsx } from '../../http/route-helpers.js';
import { readUpload } from '../../http/upload.js';
import { createDepartment, deleteDepartment, listDepartments, updateDepartment } from './departments.service.js';
import { cancelDelegation, createDelegation, listDelegations } from './delegations.service.js';
import { createPosition, deletePosition, listPositions, updatePosition } from './positions.service.js';
import { createUser, getUser, pageUsers, resetPassword, setUserActive, updateUser } from './users.service.js';
import { exportUsers, importUsers } from './users.xlsx.js';

const Created = z.object({ id: z.string() });

export function orgRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['org'];

  r.get('/api/org/departments', { config: { permission: 'org:read' }, schema: { tags, summary: '部门列表（树由 parentId 构成）', response: { 200: z.array(Department) } } },
    async () => listDepartments(s.db));
  r.post('/api/org/departments', { config: { permission: 'org:manage' }, schema: { tags, summary: '新建部门', body: DepartmentCreateBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await createDepartment(s, actorOf(req), req.body) }));
  r.patch('/api/org/departments/:id', { config: { permission: 'org:manage' }, schema: { tags, summary: '修改部门', params: IdParams, body: DepartmentUpdateBody, response: { 200: Ok } } },
    async (req) => { await updateDepartment(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.delete('/api/org/departments/:id', { config: { permission: 'org:manage' }, schema: { tags, summary: '删除部门（须为空）', params: IdParams, response: { 200: Ok } } },
    async (req) => { await deleteDepartment(s, actorOf(req), req.params.id); return { ok: true as const }; });

  r.get('/api/org/positions', { config: { permission: 'org:read' }, schema: { tags, summary: '岗位列表', querystring: PositionListQuery, response: { 200: z.array(Position) } } },
    async (req) => listPositions(s.db, req.query));
  r.post('/api/org/positions', { config: { permission: 'org:manage' }, schema: { tags, summary: '新建岗位', body: PositionCreateBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await createPosition(s, actorOf(req), req.body) }));
  r.patch('/api/org/positions/:id', { config: { permission: 'org:manage' }, schema: { tags, summary: '修改岗位与岗位职责', params: IdParams, body: PositionUpdateBody, response: { 200: Ok } } },
    async (req) => { await updatePosition(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.delete('/api/org/positions/:id', { config: { permission: 'org:manage' }, schema: { tags, summary: '删除岗位（须无人在岗）', params: IdParams, response: { 200: Ok } } },
    async (req) => { await deletePosition(s, actorOf(req), req.params.id); return { ok: true as const }; });

  r.get('/api/org/users', { config: { permission: 'org:read' }, schema: { tags, summary: '人员列表（搜索、筛选、分页）', querystring: UserListQuery, response: { 200: UserPage } } },
    async (req) => pageUsers(s.db, req.query));
  r.get('/api/org/users/export.xlsx', { config: { permission: 'org:read' }, schema: { tags, summary: '导出人员名册 xlsx', querystring: UserListQuery.omit({ page: true, pageSize: true }) } },
    async (req, reply) => sendXlsx(reply, '人员名册.xlsx', await exportUsers(s, req.query)));
  r.post('/api/org/users/import', { config: { permission: 'org:manage' }, schema: { tags, summary: '导入人员名册 xlsx（multipart 字段 file）', querystring: ImportQuery, response: { 200: ImportResult } } },
    async (req) => {
      const { buffer } = await readUpload(req);
      return importUsers(s, actorOf(req), buffer, req.query.mode, pickLang(req.headers['accept-language']));
    });
  r.get('/api/org/users/:id', { config: { permission: 'org:read' }, schema: { tags, summary: '人员详情', params: IdParams, response: { 200: User } } },
    async (req) => getUser(s.db, req.params.id));
  r.post('/api/org/users', { config: { permission: 'org:manage' }, schema: { tags, summary: '新建用户（首次登录须改密码）', body: UserCreateBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await createUser(s, actorOf(req), req.body) }));
  r.patch('/api/org/users/:id', { config: { permission: 'org:manage' }, schema: { tags, summary: '修改用户', params: IdParams, body: UserUpdateBody, response: { 200: Ok } } },
    async (req) => { await updateUser(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.post('/api/org/users/:id/deactivate', { config: { permission: 'org:manage' }, schema: { tags, summary: '停用用户（立即结束其会话）', params: IdParams, response: { 200: Ok } } },
    async (req) => { await setUserActive(s, actorOf(req), req.params.id, false); return { ok: true as const }; });
  r.post('/api/org/users/:id/activate', { config: { permission: 'org:manage' }, schema: { tags, summary: '启用用户', params: IdParams, response: { 200: Ok } } },
    async (req) => { await setUserActive(s, actorOf(req), req.params.id, true); return { ok: true as const }; });
  r.post('/api/org/users/:id/reset-password', { config: { permission: 'org:manage' }, schema: { tags, summary: '重置密码（用户下次登录须修改）', params: IdParams, body: ResetPasswordBody, response: { 200: Ok } } },
    async (req) => { await resetPassword(s, actorOf(req), req.params.id, req.body.newPassword); return { ok: true as const }; });

  r.get('/api/org/delegations', { config: { permission: 'authenticated' }, schema: { tags, summary: '委托列表', querystring: DelegationListQuery, response: { 200: z.array(Delegation) } } },
    async (req) => listDelegations(s, actorOf(req), req.query.scope));
  r.post('/api/org/delegations', { config: { permission: 'authenticated' }, schema: { tags, summary: '新建委托（本人；为他人须 delegation:manage）', body: DelegationCreateBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await createDelegation(s, actorOf(req), req.body) }));
  r.post('/api/org/delegations/:id/cancel', { config: { permission: 'authenticated' }, schema: { tags, summary: '取消委托', params: IdParams, response: { 200: Ok } } },
    async (req) => { await cancelDelegation(s, actorOf(req), req.params.id); return { ok: true as const }; });
}

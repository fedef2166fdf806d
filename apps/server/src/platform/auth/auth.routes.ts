import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiToken, ApiTokenCreateBody, ApiTokenCreated, ChangePasswordBody, IdParams, LoginBody, Me, Ok } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf, secureCookies, sessionCookieName } from '../../http/auth-hook.js';
import { changePassword, createApiToken, listApiTokens, login, logout, revokeApiToken, type AuthResult } from './auth.service.js';

async function presentMe(s: Services, auth: AuthResult): Promise<z.infer<typeof Me>> {
  const a = auth.actor;
  const [dept, positions] = await Promise.all([
    a.departmentId
      ? s.db.selectFrom('department').select('name').where('id', '=', a.departmentId).executeTakeFirst()
      : undefined,
    s.db
      .selectFrom('user_position')
      .innerJoin('position', 'position.id', 'user_position.position_id')
      .select(['position.id', 'position.name'])
      .where('user_position.user_id', '=', a.id)
      .execute(),
  ]);
  return {
    user: {
      id: a.id,
      username: a.username,
      name: a.name,
      departmentId: a.departmentId,
      departmentName: dept?.name ?? null,
      positions,
      mustChangePassword: auth.mustChangePassword,
    },
    permissions: [...a.permissions].sort(),
    csrfToken: auth.session?.csrfToken ?? null,
    session: auth.session ? { idleExpiresAt: auth.session.idleExpiresAt, absoluteExpiresAt: auth.session.absoluteExpiresAt } : null,
  };
}

export function authRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieOpts = () => ({
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: secureCookies(s),
  });

  r.post(
    '/api/auth/login',
    { config: { permission: 'public' }, schema: { tags: ['auth'], summary: '登录', body: LoginBody, response: { 200: Me } } },
    async (request, reply) => {
      const { token, result } = await login(s, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      reply.setCookie(sessionCookieName(s), token, {
        ...cookieOpts(),
        maxAge: s.config.sessionAbsoluteHours * 3600,
      });
      return presentMe(s, result);
    },
  );

  r.post(
    '/api/auth/logout',
    { config: { permission: 'authenticated', allowWithInitialPassword: true }, schema: { tags: ['auth'], summary: '退出登录', response: { 200: Ok } } },
    async (request, reply) => {
      if (request.auth?.session) await logout(s, actorOf(request), request.auth.session.sessionId);
      reply.clearCookie(sessionCookieName(s), cookieOpts());
      return { ok: true as const };
    },
  );

  r.get(
    '/api/me',
    { config: { permission: 'authenticated', allowWithInitialPassword: true }, schema: { tags: ['auth'], summary: '当前用户', response: { 200: Me } } },
    async (request) => presentMe(s, request.auth!),
  );

  r.post(
    '/api/auth/password',
    {
      config: { permission: 'authenticated', allowWithInitialPassword: true },
      schema: { tags: ['auth'], summary: '修改密码（结束其他会话）', body: ChangePasswordBody, response: { 200: Ok } },
    },
    async (request) => {
      await changePassword(s, actorOf(request), { ...request.body, keepSessionId: request.auth?.session?.sessionId ?? null });
      return { ok: true as const };
    },
  );

  r.get(
    '/api/me/tokens',
    { config: { permission: 'authenticated' }, schema: { tags: ['auth'], summary: '我的 API 令牌', response: { 200: z.array(ApiToken) } } },
    async (request) => listApiTokens(s, actorOf(request)),
  );
  r.post(
    '/api/me/tokens',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['auth'], summary: '创建 API 令牌（只显示一次）', body: ApiTokenCreateBody, response: { 201: ApiTokenCreated } },
    },
    async (request: FastifyRequest<{ Body: z.infer<typeof ApiTokenCreateBody> }>, reply: FastifyReply) =>
      reply.status(201).send(await createApiToken(s, actorOf(request), request.body)),
  );
  r.delete(
    '/api/me/tokens/:id',
    { config: { permission: 'authenticated' }, schema: { tags: ['auth'], summary: '吊销 API 令牌', params: IdParams, response: { 200: Ok } } },
    async (request) => {
      await revokeApiToken(s, actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );
}

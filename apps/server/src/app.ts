/**
 * buildApp wires the HTTP face of Guanjia without listening, so tests drive it with inject().
 * Order: error handling → security headers → cookies/uploads → OpenAPI → auth hook → routes →
 * the web app.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Services } from './app.types.js';
import { registerAuthHook } from './http/auth-hook.js';
import { registerIdempotency } from './http/idempotency.js';
import { sendProblem } from './http/problem.js';
import { notFound } from './http/errors.js';
import { registerMessages } from './http/messages.js';
import { platformRoutes } from './platform/platform.routes.js';
import { platformMessageTables } from './platform/platform.messages.js';
import { modules } from './modules/index.js';

export interface RouteRecord {
  method: string;
  url: string;
  permission: string | undefined;
}

export interface BuiltApp {
  app: FastifyInstance;
  /** Every route as registered, for the test that walks them. */
  routes: RouteRecord[];
}

for (const t of platformMessageTables) registerMessages(t);
for (const m of modules) if (m.messages) registerMessages(m.messages);

export async function buildApp(s: Services): Promise<BuiltApp> {
  const app = Fastify({
    logger: s.config.logLevel === 'silent' ? false : { level: s.config.logLevel },
    // A hop count is valid at run time (proxy-addr) though the types omit it.
    trustProxy: s.config.trustProxy as boolean | string | string[],
    bodyLimit: 2 * 1024 * 1024,
    // Query strings like ?page=1 are coerced by the zod schemas, not by ajv.
    ajv: { customOptions: { coerceTypes: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((err, request, reply) => sendProblem(request, reply, err, s.config.uploadMaxBytes));
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    const index = join(s.config.webDistDir, 'index.html');
    // A missing asset is a 404, never the app's index.html (a browser would try to run HTML as
    // a script); client-side routes (/tasks, /admin/users …) get the app.
    if (url.startsWith('/assets/')) return reply.status(404).type('text/plain; charset=utf-8').send('Not Found');
    if (request.method === 'GET' && !url.startsWith('/api/') && existsSync(index)) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html', s.config.webDistDir);
    }
    if (request.method === 'GET' && !url.startsWith('/api/')) {
      return reply
        .type('text/html; charset=utf-8')
        .send('<!doctype html><meta charset="utf-8"><p>管家 web app is not built. Run <code>npm run build:web</code>.</p>');
    }
    return sendProblem(request, reply, notFound('common.routeNotFound'));
  });

  const routes: RouteRecord[] = [];
  app.addHook('onRoute', (r) => {
    // Framework-owned routes (API docs, static files) are public by construction.
    if (r.url.startsWith('/api/docs') || !r.url.startsWith('/api')) {
      r.config = { ...(r.config ?? {}), permission: r.config?.permission ?? 'public' };
    }
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const method of methods) routes.push({ method, url: r.url, permission: r.config?.permission });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"], // antd injects its CSS-in-JS styles
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: !!s.config.publicOrigin?.startsWith('https://'),
  });
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: s.config.uploadMaxBytes, files: 1, fields: 20, parts: 25 },
    throwFileSizeLimit: true,
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Guanjia (管家) API', version: '0.1.0', description: '综合管理部系统 API。认证：会话 Cookie + X-CSRF-Token，或 Authorization: Bearer <API 令牌>。' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, session: { type: 'apiKey', in: 'cookie', name: 'gj_session' } } },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerAuthHook(app, s);
  registerIdempotency(app, s);
  app.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () => app.swagger());

  await app.register(async (api) => platformRoutes(api, s));
  for (const m of modules) if (m.routes) await app.register(async (api) => m.routes!(api, s));

  if (existsSync(s.config.webDistDir)) {
    await app.register(fastifyStatic, { root: s.config.webDistDir, wildcard: true, index: ['index.html'] });
  }
  await app.ready();
  return { app, routes };
}

/**
 * Deny by default: every route declares `config.permission` — 'public', 'authenticated' or a
 * `module:verb` — and this hook enforces it before the body is read. Cookie sessions must also
 * pass the CSRF check (a per-session secret in `X-CSRF-Token`) and the Origin check on writes.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../app.types.js';
import { AppError, forbidden, unauthorized } from './errors.js';
import { authenticateApiToken, authenticateSession, type AuthResult } from '../platform/auth/auth.service.js';
import { safeEqual } from '../platform/auth/tokens.js';
import type { Actor } from '../platform/auth/actor.js';

export type RoutePermission = 'public' | 'authenticated' | `${string}:${string}`;

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
    /** Routes a user whose password must be changed may still call. */
    allowWithInitialPassword?: boolean;
  }
  interface FastifyRequest {
    auth: AuthResult | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function sessionCookieName(s: Services): string {
  return secureCookies(s) ? '__Host-gj_session' : 'gj_session';
}
export const secureCookies = (s: Services) => !!s.config.publicOrigin?.startsWith('https://');

/** The actor of an authenticated route; routes declared 'public' get null. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.auth) throw unauthorized();
  return request.auth.actor;
}

function checkOrigin(s: Services, request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return; // non-browser clients; the CSRF token still guards cookie sessions
  const expected = s.config.publicOrigin ?? `${request.protocol}://${request.headers.host ?? ''}`;
  if (origin !== expected) throw forbidden('auth.badOrigin');
}

export function registerAuthHook(app: FastifyInstance, s: Services): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const permission = request.routeOptions.config?.permission;
    if (!request.routeOptions.url) return; // 404s are answered by the not-found handler
    if (!permission) throw forbidden(); // a route that forgot to declare is closed, not open

    const authz = request.headers.authorization;
    const bearer = authz?.startsWith('Bearer ') ? authz.slice(7).trim() : null;
    if (bearer) {
      request.auth = await authenticateApiToken(s, bearer);
      if (!request.auth) throw new AppError(401, 'auth.tokenInvalid');
    } else {
      const cookie = request.cookies[sessionCookieName(s)];
      if (cookie) request.auth = await authenticateSession(s, cookie);
    }

    if (UNSAFE.has(request.method) && !bearer) {
      checkOrigin(s, request);
      if (request.auth?.session) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !safeEqual(sent, request.auth.session.csrfToken)) {
          throw forbidden('auth.csrf');
        }
      }
    }

    if (permission === 'public') return;
    if (!request.auth) throw unauthorized();
    if (request.auth.mustChangePassword && !request.routeOptions.config.allowWithInitialPassword) {
      throw forbidden('auth.mustChangePassword');
    }
    if (permission !== 'authenticated' && !request.auth.actor.can(permission)) throw forbidden();
  });
}

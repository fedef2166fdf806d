/**
 * Idempotency-Key on POSTs: a client that retries a create after a network error gets the first
 * response again instead of a second record. Keys are per user and kept in the database, so a
 * retry that lands on another server process is recognised too.
 */
import type { FastifyInstance } from 'fastify';
import type { Services } from '../app.types.js';
import { badRequest, conflict } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey: string | null;
  }
}

export function registerIdempotency(app: FastifyInstance, s: Services): void {
  app.decorateRequest('idempotencyKey', null);
  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || typeof key !== 'string' || !request.auth) return;
    if (key.length < 8 || key.length > 200) throw badRequest('common.idempotencyKey');
    const route = `${request.method} ${request.routeOptions.url}`;
    const prior = await s.db
      .selectFrom('idempotency_key')
      .selectAll()
      .where('user_id', '=', request.auth.actor.id)
      .where('key', '=', key)
      .executeTakeFirst();
    if (prior) {
      if (prior.route !== route) throw conflict('common.idempotencyReused');
      return reply.status(prior.status).header('idempotent-replay', 'true').type('application/json; charset=utf-8').send(prior.response);
    }
    request.idempotencyKey = key;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const key = request.idempotencyKey;
    if (!key || !request.auth || reply.statusCode >= 300 || typeof payload !== 'string') return payload;
    await s.db
      .insertInto('idempotency_key')
      .values({ key, user_id: request.auth.actor.id, route: `${request.method} ${request.routeOptions.url}`, status: reply.statusCode, response: payload, created_at: s.clock.now().toISOString() })
      .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
      .execute();
    return payload;
  });
}

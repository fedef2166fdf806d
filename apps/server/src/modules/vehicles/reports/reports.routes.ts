import type { FastifyInstance } from 'fastify';
import type { Services } from '../../../app.types.js';

export function reportsRoutes(_app: FastifyInstance, _s: Services): void {}

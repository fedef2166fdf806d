/**
 * What a business module gives the platform. Modules are registered in modules/index.ts; the
 * platform installs their migrations, routes, permissions and demo data in that order.
 */
import type { Migration } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { PermissionDef } from '../platform/access/permissions.js';
import type { MessageTable } from '../http/messages.js';
import type { Services } from '../app.types.js';
import type { EngineHooks, ProcessDefinitionInput } from '@guanjia/engine';
import type { ScheduledJob } from '../platform/jobs/jobs.js';

export interface ModuleManifest {
  name: string;
  migrations?: Record<string, Migration>;
  permissions?: PermissionDef[];
  /** Permissions the module adds to built-in roles, e.g. `{ customer_service: ['property:register'] }`. */
  roleGrants?: Record<string, string[]>;
  messages?: MessageTable;
  routes?: (app: FastifyInstance, services: Services) => Promise<void> | void;
  /** Built-in process definitions, installed at start (a new version only when changed). */
  processes?: ProcessDefinitionInput[];
  /** Reactions to the engine: auto-step hooks by name, side effects on completion … */
  engineHooks?: (s: Omit<Services, 'engine'>) => EngineHooks;
  /** Scheduled work (reminders, end-of-day checks), run once per slot by the worker loop. */
  jobs?: ScheduledJob[];
  /** Fills demo data after the platform's demo company exists (only in demo mode, only once). */
  seedDemo?: (services: Services) => Promise<void>;
}

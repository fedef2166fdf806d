/**
 * A large module is built from parts, one per use case folder (vehicles: register, requests,
 * private cars, incidents, reports). Each part is a manifest without a name; `composeModule`
 * merges them in order so the parts never edit one shared file.
 */
import type { EngineHooks } from '@guanjia/engine';
import { combineHooks } from '../process/engine-hooks.js';
import type { ModuleManifest } from './module.types.js';

export type ModulePart = Omit<ModuleManifest, 'name'>;

export function composeModule(name: string, parts: ModulePart[]): ModuleManifest {
  const roleGrants: Record<string, string[]> = {};
  for (const p of parts) {
    for (const [role, perms] of Object.entries(p.roleGrants ?? {})) roleGrants[role] = [...new Set([...(roleGrants[role] ?? []), ...perms])];
  }
  const hookParts = parts.filter((p) => p.engineHooks);
  return {
    name,
    migrations: Object.assign({}, ...parts.map((p) => p.migrations ?? {})),
    permissions: parts.flatMap((p) => p.permissions ?? []),
    roleGrants,
    messages: Object.assign({}, ...parts.map((p) => p.messages ?? {})),
    routes: async (app, s) => {
      for (const p of parts) await p.routes?.(app, s);
    },
    processes: parts.flatMap((p) => p.processes ?? []),
    engineHooks: hookParts.length === 0 ? undefined : (s): EngineHooks => combineHooks(...hookParts.map((p) => p.engineHooks!(s))),
    jobs: parts.flatMap((p) => p.jobs ?? []),
    seedDemo: async (s) => {
      for (const p of parts) await p.seedDemo?.(s);
    },
  };
}

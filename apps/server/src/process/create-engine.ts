import { createEngine, type Engine, type EngineHooks } from '@guanjia/engine';
import type { Services } from '../app.types.js';
import { modules } from '../modules/index.js';
import { holidayCalendar } from './deadlines.js';
import { orgDirectory } from './directory.js';
import { combineHooks, platformEngineHooks } from './engine-hooks.js';

/** The engine of this server, over the org directory, the holiday calendar and notifications. */
export function createServerEngine(s: Omit<Services, 'engine'>, settings: { urgeIntervalMinutes?: number } = {}, extraHooks: EngineHooks = {}): Engine {
  return createEngine({
    db: s.db,
    dialect: s.dialect,
    clock: s.clock,
    directory: orgDirectory,
    calendar: holidayCalendar,
    hooks: combineHooks(platformEngineHooks(s), ...modules.map((m) => m.engineHooks?.(s) ?? {}), extraHooks),
    settings,
  });
}

/** Installs the modules' built-in definitions; each gets a new version only when it changed. */
export async function installBuiltInProcesses(engine: Engine): Promise<void> {
  for (const m of modules) for (const p of m.processes ?? []) await engine.installDefinition(p);
}

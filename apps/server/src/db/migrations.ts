/**
 * One migration list for both dialects: the platform's, then each module's (from its manifest).
 * Names sort by date so the order is the same on every database.
 */
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { AnyDb } from './ddl.js';
import * as platform001 from '../platform/migrations/2026-11-27-001-platform.js';
import * as platform002 from '../platform/migrations/2026-11-27-002-attachment-link.js';
import * as platform400 from '../platform/migrations/2026-11-27-400-job-run.js';
import { modules } from '../modules/index.js';
import { engineMigrations } from '@guanjia/engine';

export function allMigrations(): Record<string, Migration> {
  const list: Record<string, Migration> = { '2026-11-27-001-platform': platform001, ...engineMigrations, '2026-11-27-200-attachment-link': platform002, '2026-11-27-400-job-run': platform400 };
  for (const m of modules) Object.assign(list, m.migrations ?? {});
  return list;
}

class StaticProvider implements MigrationProvider {
  async getMigrations() {
    return allMigrations();
  }
}

export async function migrateToLatest(db: AnyDb): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

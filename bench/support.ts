/** Shared pieces of the benchmarks: a fresh server database, bounded loops, percentiles. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootstrap, type Started } from '../apps/server/src/bootstrap.js';
import { testConfig } from '../apps/server/src/config.js';
import { freshPostgres } from '../apps/server/src/test/harness.js';

export const MAX_MS = 15_000;

export async function freshServer(dialect: 'sqlite' | 'postgres'): Promise<Started & { cleanup(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'gj-bench-'));
    const config = testConfig({ databaseUrl: `sqlite:${join(dir, 'bench.db')}`, dialect: 'sqlite', demoMode: true, webDistDir: '/nonexistent' });
    const started = await bootstrap(config, { channels: [] });
    return { ...started, cleanup: async () => { await started.handle.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const pgdb = await freshPostgres();
  const config = testConfig({ databaseUrl: pgdb.url, dialect: 'postgres', demoMode: true, webDistDir: '/nonexistent' });
  const started = await bootstrap(config, { channels: [], poolMax: 16 });
  return {
    ...started,
    cleanup: async () => {
      await started.handle.close();
      await pgdb.drop();
    },
  };
}

/** Runs `fn` up to `n` times or for MAX_MS, with `concurrency` workers; returns ops/s and latencies. */
export async function measure(n: number, concurrency: number, fn: (i: number) => Promise<unknown>) {
  const lat: number[] = [];
  let next = 0;
  let errors = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < n && performance.now() - start < MAX_MS) {
      const i = next++;
      const t0 = performance.now();
      try {
        await fn(i);
      } catch {
        errors++;
      }
      lat.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const secs = (performance.now() - start) / 1000;
  lat.sort((a, b) => a - b);
  const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))] ?? 0;
  return { ops: lat.length, perSec: lat.length / secs, p50: pct(50), p99: pct(99), errors };
}

export const fmt = (x: number) => x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2);

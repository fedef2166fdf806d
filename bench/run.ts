/**
 * `npm run bench`: ratios measured in one run on this machine (absolute numbers vary with load).
 *  1. audited change rate: a department insert + its hash-chained audit entry in one transaction,
 *     against a raw SQLite insert of the same row in its own transaction;
 *  2. authenticated HTTP: GET /api/me through the full stack (session lookup, permissions),
 *     against a bare Fastify hello-world, both through inject().
 * Every loop is bounded in count and in time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { buildApp } from '../apps/server/src/app.js';
import { bootstrap } from '../apps/server/src/bootstrap.js';
import { testConfig } from '../apps/server/src/config.js';
import { systemActor } from '../apps/server/src/platform/auth/actor.js';
import { createDepartment } from '../apps/server/src/platform/org/departments.service.js';
import { newId } from '../apps/server/src/ports/ids.js';
import { TestClient } from '../apps/server/src/test/harness.js';

const MAX_MS = 10_000;

async function rate(label: string, n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const start = performance.now();
  let done = 0;
  while (done < n && performance.now() - start < MAX_MS) await fn(done++);
  const perSec = done / ((performance.now() - start) / 1000);
  console.log(`  ${label.padEnd(46)} ${perSec.toFixed(0).padStart(8)} /s  (${done} ops)`);
  return perSec;
}

const dir = mkdtempSync(join(tmpdir(), 'gj-bench-'));
try {
  const config = testConfig({ databaseUrl: `sqlite:${join(dir, 'bench.db')}`, dialect: 'sqlite', demoMode: true, webDistDir: '/nonexistent' });
  const { services: s, handle } = await bootstrap(config, { channels: [] });
  const root = (await s.db.selectFrom('department').select('id').where('parent_id', 'is', null).executeTakeFirstOrThrow()).id;

  console.log('1. audited change vs raw insert (SQLite, synchronous=FULL)');
  const raw = handle.sqlite!.prepare('insert into department (id, parent_id, name, functions, sort, created_at, updated_at) values (?, ?, ?, ?, 0, ?, ?)');
  const rawRate = await rate('raw insert, one transaction each', 2000, async (i) => {
    const now = new Date().toISOString();
    handle.sqlite!.transaction(() => raw.run(newId(), root, `raw-${i}`, '', now, now))();
  });
  const auditedRate = await rate('createDepartment (validation + audit chain)', 2000, (i) => createDepartment(s, systemActor, { parentId: root, name: `svc-${i}` }));
  console.log(`  ratio audited/raw = ${(auditedRate / rawRate).toFixed(2)}`);

  console.log('2. authenticated GET /api/me vs Fastify hello-world (inject)');
  const hello = Fastify();
  hello.get('/hello', async () => ({ hello: 'world' }));
  await hello.ready();
  const helloRate = await rate('hello-world', 5000, () => hello.inject({ method: 'GET', url: '/hello' }));
  const { app } = await buildApp(s);
  const c = new TestClient(app);
  await c.login('admin');
  const meRate = await rate('GET /api/me (session + permissions)', 5000, () => c.get('/api/me'));
  console.log(`  ratio me/hello = ${(meRate / helloRate).toFixed(2)}`);
  await app.close();
  await hello.close();
  await handle.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

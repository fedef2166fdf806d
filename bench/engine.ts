/**
 * `npm run bench:engine` — ratios measured in one run on this machine (issue: process engine):
 *  (a) SQLite: engine transitions/s (approve/complete of a 3-step approval through the engine API,
 *      in process) against raw transactions of the same shape (update instance, update task,
 *      insert task, insert event), same durability (WAL, synchronous=FULL). Target ≥ 0.5.
 *  (b) PostgreSQL (when TEST_DATABASE_URL is set): the same with 8 concurrent clients.
 *  (c) HTTP task completion through the real API at 50 connections on 127.0.0.1 against a Fastify
 *      hello-world in the same run. Target ≥ 0.08 of hello-world, p99 ≤ 50 ms, no errors.
 *  (d) Inbox query latency with 1M tasks against 10k tasks. Target ratio ≤ 1.5.
 * Every loop is bounded in count and time; servers listen on 127.0.0.1 only.
 */
import Fastify from 'fastify';
import { Agent, request as httpRequest } from 'node:http';
import { sql } from 'kysely';
import type { ProcessDefinitionInput } from '@guanjia/engine';
import { buildApp } from '../apps/server/src/app.js';
import { TestClient } from '../apps/server/src/test/harness.js';
import { newId } from '../apps/server/src/ports/ids.js';
import { fmt, freshServer, measure } from './support.js';

const bench: ProcessDefinitionInput = {
  key: 'bench.approval',
  name: '三步审批',
  form: { type: 'object', properties: { amount: { type: 'number' } } },
  start: 'a',
  steps: [
    { id: 'a', name: '申请确认', kind: 'task', assignee: { type: 'initiator' }, transitions: [{ to: 'b' }] },
    { id: 'b', name: '审批', kind: 'approval', assignee: { type: 'initiator' }, transitions: [{ to: 'c' }] },
    { id: 'c', name: '归档', kind: 'task', assignee: { type: 'initiator' }, transitions: [{ to: 'end' }] },
    { id: 'end', name: '结束', kind: 'end' },
  ],
};

type Server = Awaited<ReturnType<typeof freshServer>>;
const results: string[] = [];
const say = (s: string) => {
  console.log(s);
  results.push(s);
};

/** The raw baseline: the same four statements an engine transition must at least make. */
async function rawRate(srv: Server, n: number, concurrency: number) {
  const db = srv.services.db;
  const now = new Date().toISOString();
  const inst = newId();
  const defId = (await db.selectFrom('process_definition').select('id').where('key', '=', 'bench.approval').executeTakeFirstOrThrow()).id;
  await db.insertInto('process_instance').values({ id: inst, definition_id: defId, process_key: 'bench.approval', version: 1, title: 'raw', status: 'running', data: '{}', initiator_id: 'u', initiator_department_id: null, owner_id: null, current_steps: '[]', revision: 0, started_at: now, ended_at: null, end_reason: null, last_urged_at: null }).execute();
  const taskIds: string[] = [];
  for (let i = 0; i < Math.min(n, 3000) + concurrency; i++) taskIds.push(newId());
  for (let k = 0; k < taskIds.length; k += 500) await db.insertInto('process_task').values(taskIds.slice(k, k + 500).map((id) => ({ id, instance_id: inst, step_id: 'a', step_name: 'a', kind: 'task' as const, activation_id: id, status: 'open' as const, assignee_id: 'u', acting_for_id: null, outcome: null, comment: null, blocks_task_id: null, created_at: now, due_at: null, overdue: 0, completed_at: null, completed_by: null, revision: 0 }))).execute();
  return measure(n, concurrency, async (i) => {
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('process_instance').set((eb) => ({ revision: eb('revision', '+', 1), data: '{"x":1}' })).where('id', '=', inst).execute();
      await trx.updateTable('process_task').set({ status: 'done', completed_at: now, revision: 1 }).where('id', '=', taskIds[i]!).where('status', '=', 'open').execute();
      await trx.insertInto('process_task').values({ id: newId(), instance_id: inst, step_id: 'b', step_name: 'b', kind: 'task', activation_id: 'x', status: 'open', assignee_id: 'u', acting_for_id: null, outcome: null, comment: null, blocks_task_id: null, created_at: now, due_at: null, overdue: 0, completed_at: null, completed_by: null, revision: 0 }).execute();
      await trx.insertInto('process_event').values({ id: newId(), instance_id: inst, at: now, actor_id: 'u', acting_for_id: null, type: 'complete', step_id: 'a', task_id: taskIds[i]!, comment: null, data: '{}' }).execute();
    });
  });
}

/**
 * Engine transitions: start instances, then drive each through its 3 steps with the engine API.
 * The next task comes back from each action, as the web app gets it.
 */
async function engineRate(srv: Server, n: number, concurrency: number) {
  const e = srv.services.engine;
  const user = (await srv.services.db.selectFrom('app_user').select('id').where('username', '=', 'liufang').executeTakeFirstOrThrow()).id;
  const instances = Math.ceil(n / 3) + concurrency;
  const ready: { id: string; kind: string }[] = [];
  for (let i = 0; i < instances; i++) {
    const { instanceId } = await e.start({ id: user }, { processKey: 'bench.approval', data: { amount: i } });
    const t = await srv.services.db.selectFrom('process_task').select(['id', 'kind']).where('instance_id', '=', instanceId).executeTakeFirstOrThrow();
    ready.push(t);
  }
  const kinds = new Map<string, string>();
  // Each worker takes a ready task, so transitions never collide (collisions are the 409 test's job).
  return measure(n, concurrency, async () => {
    const t = ready.shift();
    if (!t) return;
    const r = await e.act({ id: user }, t.id, t.kind === 'approval' ? 'approve' : 'complete');
    for (const id of r.nextTaskIds) {
      // 申请确认 → 审批 (approval) → 归档 (task): the kind follows from the step order.
      const next = t.kind === 'task' && !kinds.has(t.id) ? 'approval' : 'task';
      kinds.set(id, next);
      ready.push({ id, kind: next });
    }
  });
}

async function sectionA() {
  const srv = await freshServer('sqlite');
  try {
    await srv.services.engine.installDefinition(bench);
    const raw = await rawRate(srv, 2000, 1);
    const eng = await engineRate(srv, 1500, 1);
    say(`(a) SQLite  raw 4-statement tx: ${fmt(raw.perSec)}/s   engine transitions: ${fmt(eng.perSec)}/s (p50 ${fmt(eng.p50)} ms)   ratio ${fmt(eng.perSec / raw.perSec)} (target ≥ 0.5)`);
  } finally {
    await srv.cleanup();
  }
}

async function sectionB() {
  if (!process.env.TEST_DATABASE_URL) {
    say('(b) PostgreSQL: skipped (set TEST_DATABASE_URL)');
    return;
  }
  const srv = await freshServer('postgres');
  try {
    await srv.services.engine.installDefinition(bench);
    const raw = await rawRate(srv, 3000, 8);
    const eng = await engineRate(srv, 2000, 8);
    say(`(b) PostgreSQL ×8 raw 4-statement tx: ${fmt(raw.perSec)}/s   engine transitions: ${fmt(eng.perSec)}/s (p99 ${fmt(eng.p99)} ms, errors ${eng.errors})   ratio ${fmt(eng.perSec / raw.perSec)}`);
  } finally {
    await srv.cleanup();
  }
}

/** One HTTP request on a keep-alive agent; resolves with the status once the body is read. */
function request(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string; agent: Agent }): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: opts.method ?? 'GET', headers: opts.headers, agent: opts.agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

async function httpLoad(n: number, fn: (i: number, agent: Agent) => Promise<number>) {
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });
  try {
    return await measure(n, 50, async (i) => {
      const status = await fn(i, agent);
      if (status >= 400) throw new Error(String(status));
    });
  } finally {
    agent.destroy();
  }
}

async function sectionC() {
  const hello = Fastify();
  hello.get('/hello', async () => ({ hello: 'world' }));
  await hello.listen({ host: '127.0.0.1', port: 0 });
  const helloUrl = `http://127.0.0.1:${(hello.server.address() as { port: number }).port}`;
  const h = await httpLoad(20000, (_i, agent) => request(`${helloUrl}/hello`, { agent }));
  await hello.close();

  const srv = await freshServer('sqlite');
  const { app } = await buildApp(srv.services);
  try {
    await srv.services.engine.installDefinition(bench);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const c = new TestClient(app);
    await c.login('liufang');
    const user = (await srv.services.db.selectFrom('app_user').select('id').where('username', '=', 'liufang').executeTakeFirstOrThrow()).id;
    const N = 1500;
    const tasks: string[] = [];
    for (let i = 0; i < N; i++) {
      const { instanceId } = await srv.services.engine.start({ id: user }, { processKey: 'bench.approval', data: {} });
      const t = await srv.services.db.selectFrom('process_task').select('id').where('instance_id', '=', instanceId).executeTakeFirstOrThrow();
      tasks.push(t.id);
    }
    const headers = { cookie: c.cookie!, 'x-csrf-token': c.csrf!, 'content-type': 'application/json' };
    const api = await httpLoad(N, (i, agent) => request(`${base}/api/tasks/${tasks[i]}/actions/complete`, { method: 'POST', headers, body: '{}', agent }));
    say(`(c) HTTP ×50  hello-world: ${fmt(h.perSec)}/s (p99 ${fmt(h.p99)} ms)   task completion: ${fmt(api.perSec)}/s (p99 ${fmt(api.p99)} ms, errors ${api.errors})   ratio ${fmt(api.perSec / h.perSec)} (target ≥ 0.08, p99 ≤ 50 ms)`);
  } finally {
    await app.close();
    await srv.cleanup();
  }
}

/** Fills the task table to `total` rows with other users' and finished work; `me` keeps 50 open tasks. */
async function fillTasks(srv: Server, total: number, me: string) {
  const s = srv.handle.sqlite!;
  const defId = (await srv.services.db.selectFrom('process_definition').select('id').where('key', '=', 'bench.approval').executeTakeFirstOrThrow()).id;
  const now = new Date().toISOString();
  const insI = s.prepare(`insert into process_instance (id, definition_id, process_key, version, title, status, data, initiator_id, current_steps, revision, started_at) values (?, ?, 'bench.approval', 1, ?, 'running', '{}', ?, '[]', 0, ?)`);
  const insT = s.prepare(`insert into process_task (id, instance_id, step_id, step_name, kind, activation_id, status, assignee_id, created_at, overdue, revision, completed_by) values (?, ?, 'b', '审批', 'approval', ?, ?, ?, ?, 0, 0, ?)`);
  const batch = s.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const inst = newId();
      insI.run(inst, defId, `单据${i}`, me, now);
      const mine = i < 50;
      const open = mine || i % 10 === 0;
      const assignee = mine ? me : `user-${i % 5000}`;
      insT.run(newId(), inst, inst, open ? 'open' : 'done', assignee, now, open ? null : assignee);
    }
  });
  for (let i = 0; i < total; i += 20000) batch(i, Math.min(total, i + 20000));
}

async function sectionD() {
  const lat: Record<number, number> = {};
  for (const total of [10_000, 1_000_000]) {
    const srv = await freshServer('sqlite');
    try {
      await srv.services.engine.installDefinition(bench);
      const me = 'bench-user';
      const t0 = performance.now();
      await fillTasks(srv, total, me);
      await sql`analyze`.execute(srv.services.db);
      const fillS = (performance.now() - t0) / 1000;
      const e = srv.services.engine;
      await e.inbox(me, { view: 'todo', page: 1, pageSize: 20 }); // warm
      const r = await measure(300, 1, () => e.inbox(me, { view: 'todo', page: 1, pageSize: 20 }));
      lat[total] = r.p50;
      say(`(d) inbox 我的待办 page 1 with ${total.toLocaleString()} tasks (filled in ${fmt(fillS)} s): p50 ${fmt(r.p50)} ms, p99 ${fmt(r.p99)} ms`);
    } finally {
      await srv.cleanup();
    }
  }
  say(`(d) ratio 1M / 10k = ${fmt(lat[1_000_000]! / lat[10_000]!)} (target ≤ 1.5)`);
}

const only = process.argv[2];
for (const [k, f] of [['a', sectionA], ['b', sectionB], ['c', sectionC], ['d', sectionD]] as const) {
  if (!only || only.includes(k)) await f();
}

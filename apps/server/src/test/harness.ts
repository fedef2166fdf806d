/**
 * API test harness: a fresh database per test file on every dialect — SQLite always, PostgreSQL
 * when TEST_DATABASE_URL is set — the real app through inject(), a fake clock, and a client that
 * logs in and carries the session cookie and CSRF token like the browser does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp, type RouteRecord } from '../app.js';
import type { Services } from '../app.types.js';
import { bootstrap } from '../bootstrap.js';
import { type Config, testConfig } from '../config.js';
import type { DbHandle } from '../db/create-db.js';
import { FakeClock } from '../ports/clock.js';
import type { NotificationChannel } from '../ports/notifier/notifier.types.js';
import type { EngineHooks, ProcessDefinitionInput } from '@guanjia/engine';
import { createServerEngine } from '../process/create-engine.js';

export type DialectName = 'sqlite' | 'postgres';
export const dialects: DialectName[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestEnv {
  app: FastifyInstance;
  routes: RouteRecord[];
  services: Services;
  handle: DbHandle;
  clock: FakeClock;
  dialect: DialectName;
  databaseUrl: string;
  client(): TestClient;
  /** A client already logged in (demo password unless given). */
  as(username: string, password?: string): Promise<TestClient>;
}

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
  raw: Buffer;
}

export class TestClient {
  cookie: string | null = null;
  csrf: string | null = null;
  lang = 'zh-CN';
  constructor(private readonly app: FastifyInstance) {}

  async request<T = any>(method: string, url: string, opts: { body?: unknown; headers?: Record<string, string>; payload?: Buffer | string } = {}): Promise<Res<T>> {
    const headers: Record<string, string> = { 'accept-language': this.lang, ...(opts.headers ?? {}) };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] ??= this.csrf;
    let payload: string | Buffer | undefined = opts.payload;
    if (opts.body !== undefined) {
      payload = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await this.app.inject({ method: method as never, url, headers, payload });
    const setCookie = res.headers['set-cookie'];
    for (const c of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair] = c.split(';');
      if (pair && /gj_session=/.test(pair)) this.cookie = /=$/.test(pair) ? null : pair;
    }
    const ct = String(res.headers['content-type'] ?? '');
    const body = ct.includes('json') && res.body ? JSON.parse(res.body) : res.body;
    return { status: res.statusCode, body: body as T, headers: res.headers as Res['headers'], raw: res.rawPayload };
  }
  get<T = any>(url: string, headers?: Record<string, string>) {
    return this.request<T>('GET', url, { headers });
  }
  post<T = any>(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', url, { body: body ?? {}, headers });
  }
  put<T = any>(url: string, body?: unknown) {
    return this.request<T>('PUT', url, { body: body ?? {} });
  }
  patch<T = any>(url: string, body?: unknown) {
    return this.request<T>('PATCH', url, { body: body ?? {} });
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }
  async login(username: string, password = 'demo1234'): Promise<Res> {
    const r = await this.post('/api/auth/login', { username, password });
    if (r.status === 200) this.csrf = r.body.csrfToken;
    return r;
  }
  /** Posts a multipart form with one file field. */
  upload<T = any>(url: string, filename: string, content: Buffer, field = 'file') {
    const boundary = `----gj${Math.random().toString(16).slice(2)}`;
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    return this.request<T>('POST', url, { payload: Buffer.concat([head, content, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  }
}

export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL!;
  const name = `gj_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      // An autovacuum worker (a superuser backend) may still be on the fresh database; our role
      // may not terminate it, so wait for it to finish. A database that cannot be dropped is left
      // behind rather than failing the tests: CI drops its whole cluster afterwards.
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      try {
        for (let attempt = 1; ; attempt++) {
          try {
            await d.query(`drop database if exists ${name} with (force)`);
            return;
          } catch (err) {
            if (attempt >= 20) {
              console.warn(`test database ${name} was not dropped: ${(err as Error).message}`);
              return;
            }
            await new Promise((r) => setTimeout(r, 250));
          }
        }
      } finally {
        await d.end();
      }
    },
  };
}

export interface EnvOptions {
  config?: Partial<Config>;
  demo?: boolean;
  channels?: NotificationChannel[];
  start?: string;
  /** Extra engine hooks (e.g. auto-step hooks of test processes). */
  engineHooks?: EngineHooks;
  /** Process definitions to install for the test. */
  processes?: ProcessDefinitionInput[];
}

/** Creates a fresh database and app; call `close` when done. */
export async function createTestEnv(dialect: DialectName, opts: EnvOptions = {}): Promise<TestEnv & { close(): Promise<void> }> {
  let databaseUrl: string;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'gj-test-'));
    databaseUrl = `sqlite:${join(dir, 'test.db')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const p = await freshPostgres();
    databaseUrl = p.url;
    cleanup = p.drop;
  }
  const clock = new FakeClock(opts.start);
  const config = testConfig({ databaseUrl, dialect, demoMode: opts.demo ?? true, webDistDir: '/nonexistent', ...opts.config });
  const { services, handle } = await bootstrap(config, { clock, channels: opts.channels ?? [] });
  if (opts.engineHooks) {
    const { engine: _e, ...base } = services;
    services.engine = createServerEngine(base, { urgeIntervalMinutes: config.urgeIntervalMinutes }, opts.engineHooks);
  }
  for (const p of opts.processes ?? []) await services.engine.installDefinition(p);
  const { app, routes } = await buildApp(services);
  const env: TestEnv = {
    app,
    routes,
    services,
    handle,
    clock,
    dialect,
    databaseUrl,
    client: () => new TestClient(app),
    as: async (username, password) => {
      const c = new TestClient(app);
      const r = await c.login(username, password);
      if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
      return c;
    },
  };
  return {
    ...env,
    close: async () => {
      await app.close();
      await handle.close();
      await cleanup();
    },
  };
}

/**
 * Runs the same suite once per dialect with a fresh database for the file:
 * `describeApi('users', (env) => { it('…', async () => { const admin = await env().as('admin') … }) })`.
 */
export function describeApi(name: string, fn: (env: () => TestEnv) => void, opts: EnvOptions = {}): void {
  for (const dialect of dialects) {
    describe(`${name} [${dialect}]`, () => {
      let env: (TestEnv & { close(): Promise<void> }) | undefined;
      beforeAll(async () => {
        env = await createTestEnv(dialect, opts);
      });
      afterAll(async () => {
        await env?.close();
      });
      fn(() => {
        if (!env) throw new Error('test env not ready');
        return env;
      });
    });
  }
}

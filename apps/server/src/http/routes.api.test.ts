import { expect, it } from 'vitest';
import { describeApi } from '../test/harness.js';

describeApi('routes and errors', (env) => {
  it('ORG-4 every registered API route declares a permission (deny by default)', () => {
    const api = env().routes.filter((r) => r.url.startsWith('/api') && r.method !== 'HEAD' && r.method !== 'OPTIONS');
    expect(api.length).toBeGreaterThan(30);
    const undeclared = api.filter((r) => !r.permission);
    expect(undeclared).toEqual([]);
  });

  it('ORG-4 every non-public route answers 401 without a session', async () => {
    const c = env().client();
    const closed = env().routes.filter((r) => r.url.startsWith('/api') && r.permission !== 'public' && !['HEAD', 'OPTIONS'].includes(r.method));
    for (const r of closed) {
      const url = r.url.replace(/:(\w+)/g, (_, p: string) => (p === 'date' ? '2026-10-01' : p === 'year' ? '2026' : '01a00000-0000-7000-8000-000000000000'));
      const res = await c.request(r.method, url, r.method === 'GET' || r.method === 'DELETE' ? {} : { body: {} });
      expect.soft(res.status, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('X-1 errors are problem JSON in zh-CN by default and English by Accept-Language', async () => {
    const c = env().client();
    const zh = await c.get('/api/me');
    expect(zh.status).toBe(401);
    expect(zh.headers['content-type']).toContain('application/problem+json');
    expect(zh.body).toMatchObject({ status: 401, code: 'auth.required', detail: '请先登录', title: '未登录' });
    c.lang = 'en-US,en;q=0.9';
    const en = await c.get('/api/me');
    expect(en.body).toMatchObject({ code: 'auth.required', detail: 'Please log in' });
  });

  it('X-8 validation: unknown fields, wrong types and bad JSON get 400 with field errors', async () => {
    const admin = await env().as('admin');
    const unknown = await admin.post('/api/org/departments', { parentId: null, name: 'x', bogus: 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('common.validation');
    expect(unknown.body.errors[0].message).toContain('bogus');
    const wrongType = await admin.post('/api/org/positions', { departmentId: 5, name: '' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['body.departmentId', 'body.name']));
    const badJson = await admin.request('POST', '/api/org/departments', { payload: '{"name":', headers: { 'content-type': 'application/json' } });
    expect(badJson.status).toBe(400);
    expect(badJson.body.code).toBe('common.invalidJson');
    const badQuery = await admin.get('/api/org/users?page=0');
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.errors[0].path).toBe('querystring.page');
  });

  it('X-8 unknown API routes are 404 problems; unsupported media types are 415', async () => {
    const admin = await env().as('admin');
    const r = await admin.get('/api/nope');
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('common.routeNotFound');
    const media = await admin.request('POST', '/api/org/departments', { payload: 'a=b', headers: { 'content-type': 'text/csv' } });
    expect(media.status).toBe(415);
  });

  it('X-8 OpenAPI 3 describes the API and the docs page is served', async () => {
    const c = env().client();
    const spec = await c.get('/api/openapi.json');
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/org/users', '/api/audit/verify']));
    const login = spec.body.paths['/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.properties).toHaveProperty('username');
    const docs = await c.get('/api/docs/');
    expect(docs.status).toBe(200);
    expect(String(docs.body)).toContain('swagger');
  });
});

describeApi('idempotency', (env) => {
  it('X-8 a POST retried with the same Idempotency-Key creates one record and replays the response', async () => {
    const admin = await env().as('admin');
    const depts = (await admin.get('/api/org/departments')).body;
    const root = depts.find((d: { parentId: string | null }) => d.parentId === null);
    const key = 'create-dept-0001';
    const a = await admin.post('/api/org/departments', { parentId: root.id, name: '幂等测试部' }, { 'idempotency-key': key });
    const b = await admin.post('/api/org/departments', { parentId: root.id, name: '幂等测试部' }, { 'idempotency-key': key });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.id).toBe(a.body.id);
    expect(b.headers['idempotent-replay']).toBe('true');
    const after = (await admin.get('/api/org/departments')).body;
    expect(after.filter((d: { name: string }) => d.name === '幂等测试部')).toHaveLength(1);
    const reused = await admin.post('/api/org/positions', { departmentId: root.id, name: 'x' }, { 'idempotency-key': key });
    expect(reused.status).toBe(409);
  });
});

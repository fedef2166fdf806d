import { expect, it } from 'vitest';
import { describeApi } from '../test/harness.js';

// Reliability: whatever a client sends, the answer is a 2xx/4xx, never a 5xx. Every API route is
// called as the administrator (so permission checks pass) with hostile parameters and bodies.
const ids = ['01a00000-0000-7000-8000-000000000000', "'; drop table app_user; --", '%2e%2e%2f%2e%2e%2fetc%2fpasswd', 'x'.repeat(300)];
const bodies: unknown[] = [
  {},
  [],
  null,
  'text',
  { name: null, parentId: 12, username: ['a'], password: { x: 1 } },
  { name: 'ᚠ'.repeat(5000), parentId: null, departmentId: '', kind: 'holiday' },
  { startsAt: 'yesterday', endsAt: '2026-13-45T99:99:99Z', delegateId: 'nobody' },
  { permissions: ['*', 'a:b', '../x'], key: 'Bad Key' },
  { __proto__: { admin: true }, constructor: { prototype: { polluted: true } } },
];

describeApi('no 5xx from any input', (env) => {
  it('X-8 hostile parameters and bodies on every route get 2xx/4xx, never 5xx', async () => {
    const admin = await env().as('admin');
    // Logout would end the session and turn the rest of the walk into 401s; it is covered elsewhere.
    const routes = env().routes.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.url !== '/api/auth/logout' && !['HEAD', 'OPTIONS'].includes(r.method));
    const statuses = new Set<number>();
    const failures: string[] = [];
    for (const r of routes) {
      // A route without path parameters gives the same URL for every id: walk it once.
      for (const id of r.url.includes(':') ? ids : ids.slice(0, 1)) {
        const url = r.url.replace(/:(\w+)/g, (_, p: string) => encodeURIComponent(p === 'year' ? 'MMXXVI' : p === 'date' ? '2026-02-30' : id));
        const queries = ['', '?page=-1&pageSize=99999', '?year=abc&q=%00%ff', '?active=maybe&mode=delete'];
        for (const q of queries) {
          const list = r.method === 'GET' || r.method === 'DELETE' ? [undefined] : bodies;
          for (const body of list) {
            const res = await admin.request(r.method, url + q, body === undefined ? {} : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
            statuses.add(res.status);
            if (res.status >= 500) failures.push(`${r.method} ${url + q} ${JSON.stringify(body)?.slice(0, 60)} → ${res.status}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(statuses.has(401)).toBe(false); // the session held for the whole walk
    expect([...statuses]).toEqual(expect.arrayContaining([200, 400, 404]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await admin.get('/api/audit/verify')).body.ok).toBe(true);
  }, 300_000);
});

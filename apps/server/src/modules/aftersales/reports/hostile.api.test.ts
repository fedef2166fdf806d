import { expect, it } from 'vitest';
import { describeApi } from '../../../test/harness.js';

const ids = ['2026-02-30', "'; drop table app_user; --", 'x'.repeat(300), '2026-11-27'];
const bodies: unknown[] = [{}, [], null, 'text', { lines: [{ jobId: null, finished: 'yes' }], submit: 'no' }, { lines: [{ jobId: 'x', finished: true, planAt: 'tomorrow' }] }, { note: 'ᚠ'.repeat(5000) }];
const queries = ['', '?from=2026-13-45&to=x', '?from=2026-12-01&to=2026-11-01&top=999', '?month=0000-00&who=x&table=y', '?from=0001-01-01&to=9999-12-31'];

describeApi('aftersales reports: no 5xx from any input', (env) => {
  it('ASV-7 ASV-8 ASV-9 hostile parameters and bodies on the reports and urge routes get 2xx/4xx, never 5xx; bad ones change nothing', async () => {
    const admin = await env().as('admin');
    const routes = env().routes.filter((r) => (r.url.startsWith('/api/aftersales/reports') || r.url.startsWith('/api/aftersales/jobs')) && !['HEAD', 'OPTIONS'].includes(r.method));
    expect(routes.length).toBeGreaterThanOrEqual(12);
    const failures: string[] = [];
    for (const r of routes) {
      for (const id of r.url.includes(':') ? ids : ids.slice(0, 1)) {
        const url = r.url.replace(/:(\w+)/g, () => encodeURIComponent(id));
        for (const q of queries) {
          for (const body of r.method === 'GET' ? [undefined] : bodies) {
            const res = await admin.request(r.method, url + q, body === undefined ? {} : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
            if (res.status >= 500) failures.push(`${r.method} ${url + q} ${JSON.stringify(body)?.slice(0, 60)} → ${res.status}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await env().services.db.selectFrom('aftersales_job_urge').select('id').execute()).toEqual([]);
  }, 120_000);
});

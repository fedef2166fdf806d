import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeApi } from '../test/harness.js';

// A stand-in for the built web app.
const dist = mkdtempSync(join(tmpdir(), 'gj-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>管家</title><div id="root"></div>');
writeFileSync(join(dist, 'assets', 'app-1.js'), 'console.log(1)');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describeApi(
  'serving the web app',
  (env) => {
    it('X-1 serves the app at / and for client routes; a missing asset is 404, not index.html', async () => {
      const c = env().client();
      const root = await c.get('/');
      expect(root.status).toBe(200);
      expect(String(root.body)).toContain('管家');
      const route = await c.get('/tasks');
      expect(route.status).toBe(200);
      expect(String(route.headers['content-type'])).toContain('text/html');
      const asset = await c.get('/assets/app-1.js');
      expect(asset.status).toBe(200);
      expect(String(asset.headers['content-type'])).toContain('javascript');
      // Built after the server started: found without a restart.
      writeFileSync(join(dist, 'assets', 'app-2.js'), 'console.log(2)');
      expect((await c.get('/assets/app-2.js')).status).toBe(200);
      expect((await c.get('/assets/gone-3.js')).status).toBe(404);
      const api = await c.get('/api/nope');
      expect(api.status).toBe(404);
      expect(api.body.code).toBe('common.routeNotFound');
    });
  },
  { config: { webDistDir: dist } },
);

import { expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { bootstrap } from '../bootstrap.js';
import { describeApi, TestClient } from '../test/harness.js';

// Several server processes on one database share everything through it: sessions, logouts,
// attachments, audit chain. Two independent app+pool instances stand in for two processes.
describeApi('several servers on one database', (env) => {
  it('a session opened on server A works on server B; logout on B ends it on A', async () => {
    const { services } = env();
    const second = await bootstrap(services.config, { clock: env().clock, channels: [] });
    const b = await buildApp(second.services);
    try {
      const onA = await env().as('liufang');
      const onB = new TestClient(b.app);
      onB.cookie = onA.cookie;
      onB.csrf = onA.csrf;
      expect((await onB.get('/api/me')).body.user.username).toBe('liufang');
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
      const up = await onA.upload('/api/attachments', 'a.png', png);
      expect(up.status).toBe(201);
      expect((await onB.get(`/api/attachments/${up.body.id}`)).status).toBe(200);
      expect((await onB.post('/api/auth/logout')).status).toBe(200);
      expect((await onA.get('/api/me')).status).toBe(401);
      // Both servers wrote audit entries; the chain is still one.
      const admin = await env().as('admin');
      expect((await admin.get('/api/audit/verify')).body.ok).toBe(true);
      // Starting again on a migrated database is a no-op (and creates no second demo company).
      expect(second.migrated).toEqual([]);
      expect(second.demoSeeded).toBe(false);
    } finally {
      await b.app.close();
      await second.handle.close();
    }
  });
});

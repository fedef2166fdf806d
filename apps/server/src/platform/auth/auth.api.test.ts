import { expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { describeApi, TestClient } from '../../test/harness.js';

describeApi('authentication', (env) => {
  it('login returns the user, permissions and a CSRF token; GET /api/me works with the cookie', async () => {
    const c = env().client();
    const r = await c.login('admin');
    expect(r.status).toBe(200);
    expect(r.body.user.username).toBe('admin');
    expect(r.body.permissions).toContain('*');
    expect(r.body.csrfToken).toMatch(/.{20,}/);
    const me = await c.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.user.name).toBe('系统管理员');
  });

  it('session cookie is HttpOnly, SameSite=Lax, and a new token is issued at every login', async () => {
    const c1 = env().client();
    const r1 = await c1.login('admin');
    const cookie = String(r1.headers['set-cookie']);
    expect(cookie).toMatch(/^gj_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const c2 = env().client();
    await c2.login('admin');
    expect(c2.cookie).not.toBe(c1.cookie);
  });

  it('wrong password and unknown user get the same 401 message', async () => {
    const c = env().client();
    const a = await c.login('admin', 'wrong-password');
    const b = await c.login('nobody-here', 'wrong-password');
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(a.body.detail).toBe('用户名或密码错误');
    expect(b.body.detail).toBe(a.body.detail);
  });

  it('logout ends the session on the server: the old cookie no longer works', async () => {
    const c = await env().as('liufang');
    const stolen = c.cookie!;
    const out = await c.post('/api/auth/logout');
    expect(out.status).toBe(200);
    const again = new TestClient(env().app);
    again.cookie = stolen;
    expect((await again.get('/api/me')).status).toBe(401);
  });

  it('idle expiry (30 min) and absolute expiry (12 h) end sessions', async () => {
    const { clock } = env();
    const c = await env().as('zhaomin');
    clock.advanceMinutes(29);
    expect((await c.get('/api/me')).status).toBe(200); // activity refreshes the idle timer
    clock.advanceMinutes(29);
    expect((await c.get('/api/me')).status).toBe(200);
    clock.advanceMinutes(31);
    expect((await c.get('/api/me')).status).toBe(401);

    const d = await env().as('zhaomin');
    for (let i = 0; i < 25; i++) {
      clock.advanceMinutes(29);
      await d.get('/api/me');
    }
    // 25 × 29 min = 12 h 5 min: past the absolute limit although never idle for 30 min.
    expect((await d.get('/api/me')).status).toBe(401);
  });

  it('CSRF: a cookie session must send its X-CSRF-Token on writes; a wrong Origin is refused', async () => {
    const c = await env().as('admin');
    const noToken = await c.request('POST', '/api/notifications/read-all', { body: {}, headers: { 'x-csrf-token': 'forged' } });
    expect(noToken.status).toBe(403);
    expect(noToken.body.code).toBe('auth.csrf');
    const badOrigin = await c.request('POST', '/api/notifications/read-all', { body: {}, headers: { origin: 'https://evil.example' } });
    expect(badOrigin.status).toBe(403);
    expect(badOrigin.body.code).toBe('auth.badOrigin');
    const sameOrigin = await c.request('POST', '/api/notifications/read-all', { body: {}, headers: { origin: 'http://localhost:80' } });
    expect(sameOrigin.status).toBe(200); // inject's Host header is localhost:80
    const good = await c.post('/api/notifications/read-all');
    expect(good.status).toBe(200);
  });

  it('password change: wrong current password refused; other sessions end, this one stays', async () => {
    const a = await env().as('zhengxiuying');
    const b = await env().as('zhengxiuying');
    const wrong = await a.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'NewPassw0rd' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('auth.wrongPassword');
    const short = await a.post('/api/auth/password', { currentPassword: 'demo1234', newPassword: 'short' });
    expect(short.status).toBe(400);
    const ok = await a.post('/api/auth/password', { currentPassword: 'demo1234', newPassword: 'NewPassw0rd' });
    expect(ok.status).toBe(200);
    expect((await a.get('/api/me')).status).toBe(200);
    expect((await b.get('/api/me')).status).toBe(401);
    expect((await env().client().login('zhengxiuying')).status).toBe(401);
    expect((await env().client().login('zhengxiuying', 'NewPassw0rd')).status).toBe(200);
  });

  it('X-8 personal API tokens: shown once, stored hashed, work as Bearer without CSRF, revocable', async () => {
    const c = await env().as('admin');
    const created = await c.post('/api/me/tokens', { name: '集成测试', expiresInDays: 30 });
    expect(created.status).toBe(201);
    const token: string = created.body.token;
    expect(token).toMatch(/^gj_/);
    const row = await env().services.db.selectFrom('api_token').selectAll().where('id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(row.token_hash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);
    const bearer = env().client();
    const me = await bearer.get('/api/me', { authorization: `Bearer ${token}` });
    expect(me.status).toBe(200);
    expect(me.body.csrfToken).toBeNull();
    const write = await bearer.request('POST', '/api/notifications/read-all', { body: {}, headers: { authorization: `Bearer ${token}` } });
    expect(write.status).toBe(200);
    const list = await c.get('/api/me/tokens');
    expect(list.body.map((t: { id: string }) => t.id)).toContain(created.body.id);
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect((await c.delete(`/api/me/tokens/${created.body.id}`)).status).toBe(200);
    const after = await bearer.get('/api/me', { authorization: `Bearer ${token}` });
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('auth.tokenInvalid');
  });

  it('X-8 API tokens expire', async () => {
    const c = await env().as('admin');
    const created = await c.post('/api/me/tokens', { name: 'short', expiresInDays: 1 });
    env().clock.advanceMinutes(24 * 60 + 1);
    const r = await env().client().get('/api/me', { authorization: `Bearer ${created.body.token}` });
    expect(r.status).toBe(401);
  });

  it('a deactivated user cannot log in and his sessions end at once', async () => {
    const admin = await env().as('admin');
    const victim = await env().as('guolei');
    const { body } = await admin.get('/api/org/users?q=guolei');
    const id = body.items[0].id;
    expect((await admin.post(`/api/org/users/${id}/deactivate`)).status).toBe(200);
    expect((await victim.get('/api/me')).status).toBe(401);
    expect((await env().client().login('guolei')).status).toBe(401);
    expect((await admin.post(`/api/org/users/${id}/activate`)).status).toBe(200);
    expect((await env().client().login('guolei')).status).toBe(200);
  });

  it('an admin-set password must be changed before anything else', async () => {
    const admin = await env().as('admin');
    const { body } = await admin.get('/api/org/users?q=zhouqiang');
    await admin.post(`/api/org/users/${body.items[0].id}/reset-password`, { newPassword: 'Initial123' });
    const u = await env().as('zhouqiang', 'Initial123');
    expect((await u.get('/api/me')).body.user.mustChangePassword).toBe(true);
    const blocked = await u.get('/api/org/departments');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('auth.mustChangePassword');
    await u.post('/api/auth/password', { currentPassword: 'Initial123', newPassword: 'demo1234x' });
    expect((await u.get('/api/org/departments')).status).toBe(200);
  });
});

describeApi(
  'login rate limit',
  (env) => {
    it('locks an account after 3 failures, whatever the address', async () => {
      const c = env().client();
      for (let i = 0; i < 3; i++) {
        const r = await c.request('POST', '/api/auth/login', { body: { username: 'songjia', password: 'bad' }, headers: { 'x-forwarded-for': `10.0.0.${i}` } });
        expect(r.status).toBe(401);
      }
      const locked = await c.login('songjia');
      expect(locked.status).toBe(429);
      expect(locked.body.code).toBe('auth.locked');
      env().clock.advanceMinutes(16);
      expect((await c.login('songjia')).status).toBe(200);
    });

    it('limits per address; X-Forwarded-For cannot fake a new address without a trusted proxy', async () => {
      const c = env().client();
      for (let i = 0; i < 5; i++) {
        await c.request('POST', '/api/auth/login', { body: { username: `ghost${i}`, password: 'bad' }, headers: { 'x-forwarded-for': `203.0.113.${i}` } });
      }
      const r = await c.request('POST', '/api/auth/login', { body: { username: 'admin', password: 'demo1234' }, headers: { 'x-forwarded-for': '198.51.100.7' } });
      expect(r.status).toBe(429);
      env().clock.advanceMinutes(16);
    });

    it('with a trusted proxy, X-Forwarded-For names the client and each client has its own limit', async () => {
      const { services } = env();
      const proxied = await buildApp({ ...services, config: { ...services.config, trustProxy: ['127.0.0.1'] } });
      try {
        const c = new TestClient(proxied.app);
        for (let i = 0; i < 5; i++) {
          await c.request('POST', '/api/auth/login', { body: { username: `phantom${i}`, password: 'bad' }, headers: { 'x-forwarded-for': '203.0.113.50' } });
        }
        const blocked = await c.request('POST', '/api/auth/login', { body: { username: 'admin', password: 'demo1234' }, headers: { 'x-forwarded-for': '203.0.113.50' } });
        expect(blocked.status).toBe(429);
        const other = await c.request('POST', '/api/auth/login', { body: { username: 'admin', password: 'demo1234' }, headers: { 'x-forwarded-for': '203.0.113.51' } });
        expect(other.status).toBe(200);
      } finally {
        await proxied.app.close();
      }
    });
  },
  { config: { loginMaxFailuresPerAccount: 3, loginMaxFailuresPerIp: 5 } },
);

describeApi(
  'behind HTTPS',
  (env) => {
    it('the session cookie gets Secure and the __Host- prefix', async () => {
      const c = env().client();
      const r = await c.request('POST', '/api/auth/login', { body: { username: 'admin', password: 'demo1234' }, headers: { origin: 'https://oa.example.com' } });
      expect(r.status).toBe(200);
      const cookie = String(r.headers['set-cookie']);
      expect(cookie).toMatch(/^__Host-gj_session=/);
      expect(cookie).toContain('Secure');
      expect(cookie).toContain('Path=/');
      expect(cookie).not.toContain('Domain=');
    });
    it('writes from another origin are refused', async () => {
      const c = env().client();
      const r = await c.request('POST', '/api/auth/login', { body: { username: 'admin', password: 'demo1234' }, headers: { origin: 'https://evil.example' } });
      expect(r.status).toBe(403);
    });
  },
  { config: { publicOrigin: 'https://oa.example.com' } },
);

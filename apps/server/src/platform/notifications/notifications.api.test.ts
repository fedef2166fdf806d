import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createChannels } from '../../ports/notifier/channels.js';
import type { NotificationChannel } from '../../ports/notifier/notifier.types.js';
import { describeApi } from '../../test/harness.js';
import { deliverPending } from './deliveries.js';
import { notify } from './notifications.service.js';

// A fake robot endpoint on 127.0.0.1 that records posts and can be told to fail.
const posts: { path: string; body: any }[] = [];
let failNext = 0;
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      posts.push({ path: req.url ?? '', body: JSON.parse(data) });
      res.setHeader('content-type', 'application/json');
      if (failNext > 0) {
        failNext--;
        res.end(JSON.stringify({ errcode: 93000, errmsg: 'invalid webhook url' }));
      } else res.end(JSON.stringify({ errcode: 0, errmsg: 'ok', code: 0 }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

// Channels are built lazily from the fake server's address (known only after beforeAll).
const channels: NotificationChannel[] = [];
const lazy = (kind: NotificationChannel['kind']): NotificationChannel => ({
  kind,
  send: (msg, to) => {
    if (channels.length === 0) channels.push(...createChannels({ wecomWebhookUrl: `${base}/wecom?key=k`, dingtalkWebhookUrl: `${base}/dingtalk?access_token=t`, dingtalkSecret: 'SEC123', feishuWebhookUrl: `${base}/feishu/hook`, webhookTimeoutMs: 2000 }));
    return channels.find((c) => c.kind === kind)!.send(msg, to);
  },
});

describeApi(
  'notifications',
  (env) => {
    it('X-4 in-app: notify → the bell count, the list, mark read, mark all read', async () => {
      const s = env().services;
      const u = await env().as('zhouqiang');
      const me = (await u.get('/api/me')).body.user.id;
      // The demo data already notifies the drivers (dispatches, key checks): start from an empty bell.
      await s.db.deleteFrom('notification').where('user_id', '=', me).execute();
      await s.db.transaction().execute((trx) => notify(s, trx, [me], { title: '派车任务', body: '明天 8:00 送货到杭州', link: '/vehicles/1' }));
      await s.db.transaction().execute((trx) => notify(s, trx, [me], { title: '钥匙未归还', body: '请归还浙A12345 钥匙' }));
      expect((await u.get('/api/notifications/unread-count')).body.count).toBe(2);
      const list = (await u.get('/api/notifications')).body;
      expect(list.items.map((n: { title: string }) => n.title)).toEqual(['钥匙未归还', '派车任务']);
      expect((await u.post(`/api/notifications/${list.items[1].id}/read`)).status).toBe(200);
      expect((await u.get('/api/notifications/unread-count')).body.count).toBe(1);
      const other = await env().as('luojun');
      expect((await other.post(`/api/notifications/${list.items[0].id}/read`)).status).toBe(404);
      await u.post('/api/notifications/read-all');
      expect((await u.get('/api/notifications/unread-count')).body.count).toBe(0);
      expect((await u.get('/api/notifications?unread=false')).body.total).toBe(2);
    });

    it('X-4 group robots: WeCom, DingTalk (signed) and Feishu receive their own JSON formats', async () => {
      const s = env().services;
      posts.length = 0;
      const u = (await s.db.selectFrom('app_user').select('id').where('username', '=', 'liufang').executeTakeFirstOrThrow()).id;
      await s.db.transaction().execute((trx) => notify(s, trx, [u], { title: '会议通知', body: '周一 9:00 部门例会', link: '/meetings/1', toGroups: true }));
      const r = await deliverPending(s);
      expect(r).toEqual({ sent: 3, failed: 0 });
      const wecom = posts.find((p) => p.path.startsWith('/wecom'))!;
      expect(wecom.body).toMatchObject({ msgtype: 'markdown', markdown: { content: expect.stringContaining('会议通知') } });
      const ding = posts.find((p) => p.path.startsWith('/dingtalk'))!;
      expect(ding.path).toMatch(/timestamp=\d{13}&sign=/);
      expect(ding.body).toMatchObject({ msgtype: 'markdown', markdown: { title: '会议通知', text: expect.stringContaining('部门例会') } });
      const feishu = posts.find((p) => p.path.startsWith('/feishu'))!;
      expect(feishu.body).toMatchObject({ msg_type: 'text', content: { text: expect.stringContaining('会议通知') } });
      expect((await deliverPending(s)).sent).toBe(0); // each delivery is sent once
    });

    it('X-4 a failed delivery is retried later with backoff, then succeeds', async () => {
      const s = env().services;
      posts.length = 0;
      failNext = 1;
      const u = (await s.db.selectFrom('app_user').select('id').where('username', '=', 'liufang').executeTakeFirstOrThrow()).id;
      await s.db.transaction().execute((trx) => notify(s, trx, [u], { title: '催办', body: '请尽快处理', toGroups: true }));
      const first = await deliverPending(s);
      expect(first.failed).toBe(1);
      const failedRow = await s.db.selectFrom('notification_delivery').selectAll().where('status', '=', 'pending').executeTakeFirstOrThrow();
      expect(failedRow.last_error).toContain('invalid webhook url');
      expect((await deliverPending(s)).sent).toBe(0); // not yet due
      env().clock.advanceMinutes(1);
      expect((await deliverPending(s)).sent).toBe(1);
    });
  },
  { channels: [lazy('wecom'), lazy('dingtalk'), lazy('feishu')] },
);

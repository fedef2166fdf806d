import { expect, it } from 'vitest';
import { describeApi } from '../../test/harness.js';
import { systemActor } from '../../platform/auth/actor.js';
import { bookRoom } from './rooms.service.js';

describeApi('MTG-1 meeting rooms and bookings', (env) => {
  async function newRoom(name: string) {
    const admin = await env().as('sunli'); // 行政专员: admin_staff
    const res = await admin.post('/api/meetings/rooms', { name, capacity: 12, equipment: '投影仪、白板', location: '3 楼' });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  it('MTG-1 an overlapping booking of the same room is refused, naming the conflicting booking; touching end=start is allowed', async () => {
    const roomId = await newRoom('测试一号会议室');
    const lina = await env().as('lina');
    const hanxue = await env().as('hanxue');
    const first = await lina.post('/api/meetings/bookings', { roomId, title: '客服周例会', start: '2026-12-01T09:00:00+08:00', end: '2026-12-01T10:00:00+08:00' });
    expect(first.status).toBe(201);

    const clash = await hanxue.post('/api/meetings/bookings', { roomId, title: '培训', start: '2026-12-01T09:30:00+08:00', end: '2026-12-01T11:00:00+08:00' });
    expect(clash.status).toBe(409);
    expect(clash.body.detail).toContain('客服周例会');
    expect(clash.body.detail).toContain('2026-12-01 09:00–10:00');
    expect(clash.body.detail).toMatch(/李娜|lina/);

    const touching = await hanxue.post('/api/meetings/bookings', { roomId, title: '培训', start: '2026-12-01T10:00:00+08:00', end: '2026-12-01T11:00:00+08:00' });
    expect(touching.status).toBe(201);
    const before = await hanxue.post('/api/meetings/bookings', { roomId, title: '早会', start: '2026-12-01T08:00:00+08:00', end: '2026-12-01T09:00:00+08:00' });
    expect(before.status).toBe(201);

    const list = (await lina.get(`/api/meetings/bookings?roomId=${roomId}&from=2026-12-01T00:00:00%2B08:00&to=2026-12-02T00:00:00%2B08:00`)).body;
    expect(list.map((b: { title: string }) => b.title)).toEqual(['早会', '客服周例会', '培训']);

    // Another room at the same time is fine; a cancelled booking frees its slot.
    const other = await newRoom('测试二号会议室');
    expect((await hanxue.post('/api/meetings/bookings', { roomId: other, title: '面试', start: '2026-12-01T09:00:00+08:00', end: '2026-12-01T10:00:00+08:00' })).status).toBe(201);
    expect((await hanxue.post(`/api/meetings/bookings/${first.body.id}/cancel`)).status).toBe(403); // not hers
    expect((await lina.post(`/api/meetings/bookings/${first.body.id}/cancel`)).status).toBe(200);
    expect((await hanxue.post('/api/meetings/bookings', { roomId, title: '培训二', start: '2026-12-01T09:00:00+08:00', end: '2026-12-01T10:00:00+08:00' })).status).toBe(201);
  });

  it('MTG-1 bad input is refused with nothing changed', async () => {
    const roomId = await newRoom('测试三号会议室');
    const lina = await env().as('lina');
    const count = async () => (await lina.get(`/api/meetings/bookings?roomId=${roomId}&from=2026-11-01T00:00:00Z&to=2026-12-31T00:00:00Z`)).body.length;
    const bad = [
      { roomId, title: '倒置', start: '2026-12-02T10:00:00+08:00', end: '2026-12-02T09:00:00+08:00' },
      { roomId, title: '零时长', start: '2026-12-02T10:00:00+08:00', end: '2026-12-02T10:00:00+08:00' },
      { roomId, title: '  ', start: '2026-12-02T10:00:00+08:00', end: '2026-12-02T11:00:00+08:00' },
      { roomId, title: '太长', start: '2026-12-02T10:00:00+08:00', end: '2026-12-20T11:00:00+08:00' },
      { roomId: 'nope', title: '无此房间', start: '2026-12-02T10:00:00+08:00', end: '2026-12-02T11:00:00+08:00' },
      { roomId, title: '多余字段', start: '2026-12-02T10:00:00+08:00', end: '2026-12-02T11:00:00+08:00', extra: 1 },
      { roomId, title: '非时间', start: 'tomorrow', end: '2026-12-02T11:00:00+08:00' },
    ];
    for (const b of bad) {
      const res = await lina.post('/api/meetings/bookings', b);
      expect(res.status, JSON.stringify(b)).toBeGreaterThanOrEqual(400);
      expect(res.status, JSON.stringify(b)).toBeLessThan(500);
    }
    expect(await count()).toBe(0);
    expect((await lina.post('/api/meetings/rooms', { name: '员工不能建', capacity: 3 })).status).toBe(403);
  });

  it('MTG-1 concurrent double booking of one slot: exactly one wins', async () => {
    const roomId = await newRoom('测试并发会议室');
    const s = env().services;
    const users = await s.db.selectFrom('app_user').select('id').where('username', 'in', ['lina', 'hanxue', 'tangming', 'zhangwei', 'fengtao', 'caoyang']).execute();
    const results = await Promise.allSettled(users.map((u, i) =>
      bookRoom(s, { ...systemActor, id: u.id }, { roomId, title: `抢订${i}`, start: `2026-12-03T09:${String(i * 5).padStart(2, '0')}:00+08:00`, end: '2026-12-03T10:30:00+08:00' })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as { code: string }).code).toBe('meetings.roomTaken');
    const rows = await s.db.selectFrom('room_booking').select('id').where('room_id', '=', roomId).where('status', '=', 'active').execute();
    expect(rows).toHaveLength(1);
  });
});

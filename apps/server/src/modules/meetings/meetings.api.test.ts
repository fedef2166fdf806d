import { expect, it } from 'vitest';
import { describeApi, type TestClient } from '../../test/harness.js';

async function userId(c: TestClient, username: string): Promise<string> {
  return (await c.get(`/api/org/users?q=${username}`)).body.items.find((u: { username: string }) => u.username === username).id;
}

describeApi('MTG-2/MTG-3 meetings and large events', (env) => {
  it('MTG-2 topics before the deadline, notice, materials, sign-in, minutes; a resolution becomes assigned work whose closure shows on the meeting', async () => {
    const liufang = await env().as('liufang'); // organizer
    const sunli = await env().as('lina'); // plain employees as attendees
    const zhaomin = await env().as('hanxue');
    const [sunliId, zhaominId] = [await userId(liufang, 'lina'), await userId(liufang, 'hanxue')];
    const rooms = (await liufang.get('/api/meetings/rooms')).body;
    const created = await liufang.post('/api/meetings', {
      title: '专题会：办公楼改造', start: '2026-12-02T09:00:00+08:00', end: '2026-12-02T10:00:00+08:00', roomId: rooms[0].id,
      topicDeadline: '2026-12-01T18:00:00+08:00', attendeeIds: [sunliId, zhaominId],
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    // Its room is booked for it: a clash names the meeting.
    const clash = await zhaomin.post('/api/meetings/bookings', { roomId: rooms[0].id, title: '临时', start: '2026-12-02T09:30:00+08:00', end: '2026-12-02T10:30:00+08:00' });
    expect(clash.status).toBe(409);
    expect(clash.body.detail).toContain('专题会：办公楼改造');

    const topic = await sunli.post(`/api/meetings/${id}/topics`, { title: '电梯更换', description: '两部电梯已使用 15 年' });
    expect(topic.status).toBe(201);
    expect((await sunli.post(`/api/meetings/topics/${topic.body.id}/decision`, { decision: 'accepted' })).status).toBe(403); // organizer decides
    expect((await liufang.post(`/api/meetings/topics/${topic.body.id}/decision`, { decision: 'accepted' })).status).toBe(200);

    const notice = await liufang.post(`/api/meetings/${id}/notice`);
    expect(notice.body.recipients).toBe(3);
    const inbox = (await zhaomin.get('/api/notifications?page=1&pageSize=20')).body;
    const n = inbox.items.find((x: { title: string }) => x.title === '会议通知：专题会：办公楼改造');
    expect(n.body).toContain('电梯更换');

    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const file = (await liufang.upload('/api/attachments', '改造方案.png', png)).body.id;
    expect((await liufang.post(`/api/meetings/${id}/materials`, { attachmentIds: [file] })).status).toBe(200);
    expect((await zhaomin.get(`/api/attachments/${file}`)).status).toBe(200); // attendees may read the materials

    env().clock.set('2026-12-01T10:00:01.000Z'); // past the topic deadline (18:00 Beijing)
    const late = await (await env().as('hanxue')).post(`/api/meetings/${id}/topics`, { title: '太晚了' });
    expect(late.status).toBe(409);
    const org = await env().as('liufang');
    const s2 = await env().as('lina');
    expect((await s2.post(`/api/meetings/${id}/attendance`, { attendance: 'present' })).status).toBe(200);
    expect((await s2.post(`/api/meetings/${id}/attendance`, { userId: zhaominId, attendance: 'absent' })).status).toBe(403);
    expect((await org.post(`/api/meetings/${id}/attendance`, { userId: zhaominId, attendance: 'leave', note: '出差' })).status).toBe(200);
    expect((await org.put(`/api/meetings/${id}/minutes`, { minutes: '会议同意更换两部电梯。' })).status).toBe(200);

    const res = await org.post(`/api/meetings/${id}/resolutions`, { content: '完成电梯更换招标', ownerId: sunliId, dueDate: '2026-12-20' });
    expect(res.status).toBe(201);
    expect((await org.post(`/api/meetings/${id}/resolutions`, { content: '坏期限', ownerId: sunliId, dueDate: '2026-13-01' })).status).toBe(400);
    expect((await org.post(`/api/meetings/${id}/resolutions`, { content: '无此人', ownerId: 'nobody', dueDate: '2026-12-20' })).status).toBe(400);

    let d = (await org.get(`/api/meetings/${id}`)).body;
    expect(d.status).toBe('held');
    expect(d.resolutions).toHaveLength(1); // the refused ones left nothing behind
    expect(d.resolutions[0]).toMatchObject({ seq: 1, content: '完成电梯更换招标', ownerName: expect.any(String), taskStatus: 'assigned' });
    expect(d.attendees.find((a: { userId: string }) => a.userId === sunliId).attendance).toBe('present');
    expect(d.attendees.find((a: { userId: string }) => a.userId === zhaominId)).toMatchObject({ attendance: 'leave', note: '出差' });
    expect(d.materials.map((m: { filename: string }) => m.filename)).toEqual(['改造方案.png']);

    const taskId = res.body.taskId;
    const t = (await s2.get(`/api/assignments/${taskId}`)).body;
    expect(t).toMatchObject({ sourceKind: 'meeting.resolution', sourceId: d.resolutions[0].id, assignerId: await userId(org, 'liufang') });
    expect((await s2.post(`/api/assignments/${taskId}/accept`)).status).toBe(200);
    expect((await s2.post(`/api/assignments/${taskId}/request-closure`, { note: '招标完成' })).status).toBe(200);
    expect((await org.post(`/api/assignments/${taskId}/review`, { decision: 'accept' })).status).toBe(200);
    d = (await org.get(`/api/meetings/${id}`)).body;
    expect(d.resolutions[0]).toMatchObject({ taskStatus: 'closed', taskPercent: 100, overdue: false });

    // Someone not invited sees nothing once topics are closed.
    expect((await (await env().as('tangming')).get(`/api/meetings/${id}`)).status).toBe(403);
  });

  it('MTG-3 a large event: plan, tasks with owners as assigned work, budget planned vs actual with totals', async () => {
    const sunli = await env().as('sunli'); // admin_staff: meetings:manage
    const zhaominId = await userId(sunli, 'zhaomin');
    const ev = await sunli.post('/api/meetings/events', { name: '客户答谢会', startDate: '2026-12-18', endDate: '2026-12-18', place: '第一会议室', goal: '答谢重点客户' });
    expect(ev.status).toBe(201);
    const id = ev.body.id;
    expect((await sunli.post('/api/meetings/events', { name: '倒置', startDate: '2026-12-18', endDate: '2026-12-17' })).status).toBe(400);
    // Admin staff have no tasks:assign, but organizing an event lets them hand out its tasks.
    const task = await sunli.post(`/api/meetings/events/${id}/tasks`, { title: '邀请函制作', ownerId: zhaominId, dueDate: '2026-12-10' });
    expect(task.status).toBe(201);
    const a = (await sunli.post(`/api/meetings/events/${id}/budget`, { item: '场地', plannedFen: 300_000, actualFen: 280_050 })).body.id;
    await sunli.post(`/api/meetings/events/${id}/budget`, { item: '餐饮', plannedFen: 500_000 });
    expect((await sunli.post(`/api/meetings/events/${id}/budget`, { item: '负数', plannedFen: -1 })).status).toBe(400);
    expect((await sunli.post(`/api/meetings/events/${id}/budget`, { item: '小数', plannedFen: 1.5 })).status).toBe(400);
    expect((await sunli.patch(`/api/meetings/budget/${a}`, { actualFen: 310_000 })).status).toBe(200);
    const d = (await sunli.get(`/api/meetings/events/${id}`)).body;
    expect(d.budget.map((l: { item: string }) => l.item)).toEqual(['场地', '餐饮']);
    expect(d.totals).toEqual({ plannedFen: 800_000, actualFen: 310_000, diffFen: -490_000 });
    expect(d.tasks).toHaveLength(1);
    expect(d.tasks[0]).toMatchObject({ title: '邀请函制作', ownerId: zhaominId, status: 'assigned', sourceKind: 'meeting.event' });
    const lina = await env().as('lina');
    expect((await lina.post(`/api/meetings/events/${id}/budget`, { item: 'x', plannedFen: 1 })).status).toBe(403);
    expect((await lina.get(`/api/meetings/events/${id}`)).status).toBe(200);
  });

  it('MTG-1/2 demo data: three rooms, bookings, a held meeting with an overdue resolution, an event with budget', async () => {
    const sunli = await env().as('sunli');
    expect((await sunli.get('/api/meetings/rooms')).body.length).toBeGreaterThanOrEqual(3);
    const all = (await sunli.get('/api/meetings?scope=all')).body;
    const held = all.find((m: { title: string }) => m.title === '综合管理部月度工作会');
    const d = (await sunli.get(`/api/meetings/${held.id}`)).body;
    expect(d.resolutions).toHaveLength(2);
    expect(d.resolutions.filter((r: { overdue: boolean }) => r.overdue)).toHaveLength(1);
    const events = (await sunli.get('/api/meetings/events')).body;
    expect(events.some((e: { name: string }) => e.name.includes('年度总结表彰大会'))).toBe(true);
  });
});

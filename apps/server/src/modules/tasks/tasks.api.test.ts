import { expect, it } from 'vitest';
import { describeApi, type TestClient } from '../../test/harness.js';

async function userId(c: TestClient, username: string): Promise<string> {
  return (await c.get(`/api/org/users?q=${username}`)).body.items.find((u: { username: string }) => u.username === username).id;
}

describeApi('TASK-1 assigned work (领导交办/督办)', (env) => {
  it('TASK-1 assign → accept → progress → closure sent back → closure accepted; 首问责任制 owner stays with the instance', async () => {
    const vp = await env().as('wanghaitao'); // 常务副总: leader
    const sunli = await env().as('sunli');
    const sunliId = await userId(vp, 'sunli');
    const created = await vp.post('/api/assignments', { title: '整理档案室', description: '按年度整理归档', ownerId: sunliId, dueDate: '2026-12-04' });
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    const mine = (await sunli.get('/api/assignments?view=owned')).body;
    expect(mine.find((t: { id: string }) => t.id === id)).toMatchObject({ status: 'assigned', dueDate: '2026-12-04', assignerName: expect.any(String), overdue: false });
    // It is in the owner's engine inbox too, due at close of business on the 完成期限.
    const inbox = (await sunli.get('/api/tasks?view=todo')).body.items.find((x: { processKey: string; title: string }) => x.processKey === 'tasks.assigned' && x.title.includes('整理档案室'));
    expect(inbox.dueAt).toBe('2026-12-04T09:30:00.000Z');

    // Progress before accepting is refused; nothing recorded.
    expect((await sunli.post(`/api/assignments/${id}/progress`, { text: '开始', percent: 10 })).status).toBe(409);
    expect((await vp.post(`/api/assignments/${id}/accept`)).status).toBe(403); // only the owner accepts
    expect((await sunli.post(`/api/assignments/${id}/accept`)).status).toBe(200);
    expect((await sunli.post(`/api/assignments/${id}/progress`, { text: '已完成 2024 年度', percent: 101 })).status).toBe(400);
    expect((await sunli.post(`/api/assignments/${id}/progress`, { text: '  ', percent: 10 })).status).toBe(400);
    expect((await sunli.post(`/api/assignments/${id}/progress`, { text: '已完成 2024 年度', percent: 40 })).status).toBe(201);
    expect((await sunli.post(`/api/assignments/${id}/request-closure`, { note: '全部整理完毕' })).status).toBe(200);

    let d = (await vp.get(`/api/assignments/${id}`)).body;
    expect(d.status).toBe('closure_requested');
    expect(d.progress).toHaveLength(1);
    expect(d.progress[0]).toMatchObject({ text: '已完成 2024 年度', percent: 40 });

    expect((await sunli.post(`/api/assignments/${id}/review`, { decision: 'accept' })).status).toBe(403); // not the assigner
    expect((await vp.post(`/api/assignments/${id}/review`, { decision: 'send_back' })).status).toBe(400); // a reason is needed
    expect((await vp.post(`/api/assignments/${id}/review`, { decision: 'send_back', comment: '2025 年度还未整理' })).status).toBe(200);
    d = (await vp.get(`/api/assignments/${id}`)).body;
    expect(d.status).toBe('in_progress');
    expect(d.history.some((h: { type: string; comment: string }) => h.type === 'reject' && h.comment === '2025 年度还未整理')).toBe(true);

    expect((await sunli.post(`/api/assignments/${id}/progress`, { text: '2025 年度完成', percent: 100 })).status).toBe(201);
    expect((await sunli.post(`/api/assignments/${id}/request-closure`, { note: '已补齐' })).status).toBe(200);
    expect((await vp.post(`/api/assignments/${id}/review`, { decision: 'accept', comment: '好' })).status).toBe(200);
    d = (await sunli.get(`/api/assignments/${id}`)).body;
    expect(d).toMatchObject({ status: 'closed', percent: 100 });
    expect(d.closedAt).toBeTruthy();
    const inst = (await vp.get(`/api/instances/${d.instanceId}`)).body;
    expect(inst.status).toBe('completed');
    expect(inst.owner?.id).toBe(sunliId); // ENG-9: the first to take it, the owner, stays accountable
    expect((await vp.post(`/api/assignments/${id}/review`, { decision: 'accept' })).status).toBe(409);

    // Others may not read it; 督办一览 needs tasks:read_all.
    const lina = await env().as('lina');
    expect((await lina.get(`/api/assignments/${id}`)).status).toBe(403);
    expect((await lina.get('/api/assignments?view=all')).status).toBe(403);
    expect((await lina.post('/api/assignments', { title: 'x', ownerId: sunliId, dueDate: '2026-12-04' })).status).toBe(403);
    const all = await sunli.get('/api/assignments?view=all&status=closed'); // admin_staff
    expect(all.status).toBe(200);
    expect(all.body.some((t: { id: string }) => t.id === id)).toBe(true);
    const xlsx = await sunli.get('/api/assignments/export.xlsx?view=all');
    expect(xlsx.status).toBe(200);
    expect(String(xlsx.headers['content-type'])).toContain('spreadsheetml');
  });

  it('TASK-1/ENG-8 work past its deadline appears in 限时结办 (/overdue) with the fake clock, and as overdue in 督办一览', async () => {
    const vp = await env().as('wanghaitao');
    const zhaomin = await env().as('zhaomin');
    const ownerId = await userId(vp, 'zhaomin');
    const id = (await vp.post('/api/assignments', { title: '更新通讯录', ownerId, dueDate: '2026-11-30' })).body.id;
    expect((await zhaomin.post(`/api/assignments/${id}/accept`)).status).toBe(200);
    const before = (await vp.get('/api/overdue')).body;
    expect(before.items.some((i: { title: string }) => i.title.includes('更新通讯录'))).toBe(false);

    // The engine's own limit (timeLimit: { fromField: 'dueDate' }): due at 17:30 Beijing of the 完成期限.
    const mine = (await zhaomin.get('/api/tasks?view=todo')).body.items.find((x: { title: string }) => x.title.includes('更新通讯录'));
    expect(mine).toMatchObject({ dueAt: '2026-11-30T09:30:00.000Z' });
    env().clock.set('2026-11-30T09:29:00.000Z'); // a minute before: not late yet
    await env().services.engine.fireDueTimers();
    expect((await env().services.engine.overdue()).some((o) => o.instanceId === mine.instanceId)).toBe(false);

    env().clock.set('2026-11-30T09:31:00.000Z'); // one minute after 17:30 Beijing on the due date
    await env().services.engine.fireDueTimers();
    const vp2 = await env().as('wanghaitao'); // sessions do not survive the jump of days
    const zhaomin2 = await env().as('zhaomin');
    const after = (await vp2.get('/api/overdue')).body;
    const item = after.items.find((i: { title: string }) => i.title.includes('更新通讯录'));
    expect(item).toMatchObject({ processKey: 'tasks.assigned', stepName: '办理并报告进度', userName: expect.any(String) });
    const overdue = (await vp2.get('/api/assignments?view=all&status=overdue')).body;
    expect(overdue.find((t: { id: string }) => t.id === id)).toMatchObject({ overdue: true });
    expect((await zhaomin2.get('/api/tasks?view=todo&overdue=true')).body.items.some((x: { title: string }) => x.title.includes('更新通讯录'))).toBe(true);
  });

  it('TASK-1 bad input is refused with nothing changed', async () => {
    const vp = await env().as('wanghaitao');
    const ownerId = await userId(vp, 'sunli');
    const count = async () => (await vp.get('/api/assignments?view=assigned')).body.length;
    const n = await count();
    const bad = [
      { title: '', ownerId, dueDate: '2026-12-04' },
      { title: '过去', ownerId, dueDate: '2020-01-01' },
      { title: '无效日期', ownerId, dueDate: '2026-02-30' },
      { title: '无此人', ownerId: 'nobody', dueDate: '2026-12-04' },
      { title: '多余', ownerId, dueDate: '2026-12-04', extra: true },
    ];
    for (const b of bad) {
      const res = await vp.post('/api/assignments', b);
      expect(res.status, JSON.stringify(b)).toBeGreaterThanOrEqual(400);
      expect(res.status, JSON.stringify(b)).toBeLessThan(500);
    }
    expect(await count()).toBe(n);
    expect((await vp.get('/api/assignments/nope')).status).toBe(404);
  });
});

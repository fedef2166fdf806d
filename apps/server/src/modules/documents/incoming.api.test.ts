import { expect, it } from 'vitest';
import { describeApi, type TestClient } from '../../test/harness.js';

async function userId(c: TestClient, username: string): Promise<string> {
  return (await c.get(`/api/org/users?q=${username}`)).body.items.find((u: { username: string }) => u.username === username).id;
}
async function deptId(c: TestClient, name: string): Promise<string> {
  return (await c.get('/api/org/departments')).body.find((d: { name: string }) => d.name === name).id;
}
const base = (over: Record<string, unknown> = {}) => ({
  sourceNo: '杭经信〔2026〕88号', issuer: '杭州市经济和信息化局', title: '关于开展安全生产大检查的通知', receivedOn: '2026-11-27',
  urgency: '急', secrecy: '普通', copies: 2, routine: false, ...over,
});

describeApi('DOC-1 incoming documents (收文)', (env) => {
  it('DOC-1 register with a scan; a routine document is closed by the clerk directly with a note', async () => {
    const clerk = await env().as('linxiaohong');
    const scan = (await clerk.upload('/api/attachments', '来文扫描.pdf', Buffer.from('%PDF-1.4 test'))).body.id;
    const r = await clerk.post('/api/documents/incoming', base({ title: '关于国庆放假安排的通知', routine: true, urgency: '普通', attachmentIds: [scan] }));
    expect(r.status).toBe(201);
    expect(r.body.regNo).toMatch(/^收〔2026〕\d+号$/);
    const closed = await clerk.post(`/api/documents/incoming/${r.body.id}/close`, { note: '已在公告栏张贴并通知各部门' });
    expect(closed.status).toBe(200);
    const d = (await clerk.get(`/api/documents/incoming/${r.body.id}`)).body;
    expect(d.status).toBe('closed');
    expect(d.note).toBe('已在公告栏张贴并通知各部门');
    expect(d.instanceId).toBeNull();
    expect(d.attachmentIds).toEqual([scan]);
    // Closed twice: refused, naming the document.
    const again = await clerk.post(`/api/documents/incoming/${r.body.id}/close`, { note: 'x' });
    expect(again.status).toBe(400);
    expect(again.body.detail).toContain('关于国庆放假安排的通知');
    // The register and its xlsx.
    const list = (await clerk.get('/api/documents/incoming?q=国庆')).body;
    expect(list.map((x: { id: string }) => x.id)).toContain(r.body.id);
    const x = await clerk.get('/api/documents/incoming.xlsx');
    expect(x.status).toBe(200);
    expect(String(x.headers['content-type'])).toContain('spreadsheetml');
  });

  it('DOC-1 bad input is refused and nothing is registered', async () => {
    const clerk = await env().as('linxiaohong');
    const before = (await clerk.get('/api/documents/incoming')).body.length;
    expect((await clerk.post('/api/documents/incoming', base({ receivedOn: '2026-02-30' }))).status).toBe(400);
    const future = await clerk.post('/api/documents/incoming', base({ receivedOn: '2026-12-30' }));
    expect(future.status).toBe(400);
    expect(future.body.detail).toContain('2026-12-30');
    expect((await clerk.post('/api/documents/incoming', base({ copies: 0 }))).status).toBe(400);
    expect((await clerk.post('/api/documents/incoming', base({ urgency: '火急' }))).status).toBe(400);
    expect((await clerk.post('/api/documents/incoming', { ...base(), extra: 1 })).status).toBe(400);
    const notMine = (await (await env().as('sunli')).upload('/api/attachments', 'x.pdf', Buffer.from('x'))).body.id;
    expect((await clerk.post('/api/documents/incoming', base({ attachmentIds: [notMine] }))).status).toBe(400);
    // Only the office registers.
    expect((await (await env().as('lina')).post('/api/documents/incoming', base())).status).toBe(403);
    expect((await clerk.get('/api/documents/incoming')).body.length).toBe(before);
  });

  it('DOC-1 non-routine: 拟办 → 批示 → two departments → feedback → 归档, with read receipts and access by department', async () => {
    const clerk = await env().as('linxiaohong');
    const gm = await env().as('chenzhiqiang');
    const repairHead = await env().as('gaofeng');
    const csHead = await env().as('songjia');
    const outsider = await env().as('tangming');
    const gmId = await userId(clerk, 'chenzhiqiang');
    const repair = await deptId(clerk, '维修部');
    const cs = await deptId(clerk, '客服部');
    const { id } = (await clerk.post('/api/documents/incoming', base())).body;

    // A non-leader cannot be the one who instructs: refused, nothing started.
    const badLeader = await clerk.post(`/api/documents/incoming/${id}/submit`, { proposal: '呈总经理阅示', leaderId: await userId(clerk, 'sunli') });
    expect(badLeader.status).toBe(400);
    expect(badLeader.body.detail).toContain('孙丽');
    expect((await clerk.get(`/api/documents/incoming/${id}`)).body.status).toBe('registered');

    const sub = await clerk.post(`/api/documents/incoming/${id}/submit`, { proposal: '建议由维修部、客服部分别自查并反馈', leaderId: gmId });
    expect(sub.status).toBe(200);
    let d = (await gm.get(`/api/documents/incoming/${id}`)).body;
    expect(d.status).toBe('instructing');
    expect(d.proposal).toBe('建议由维修部、客服部分别自查并反馈');
    expect(d.myOpenSteps).toEqual(['instruct']);
    // Before distribution the department heads cannot see it.
    expect((await repairHead.get(`/api/documents/incoming/${id}`)).status).toBe(403);

    // An unknown department: refused, the leader's task stays open.
    const bad = await gm.post(`/api/documents/incoming/${id}/instruct`, { instruction: '请办理', departmentIds: ['01900000-0000-7000-8000-000000000000'] });
    expect(bad.status).toBe(400);
    expect((await gm.get(`/api/documents/incoming/${id}`)).body.myOpenSteps).toEqual(['instruct']);

    expect((await gm.post(`/api/documents/incoming/${id}/instruct`, { instruction: '请两部门本周内完成自查并书面反馈', departmentIds: [repair, cs] })).status).toBe(200);
    d = (await clerk.get(`/api/documents/incoming/${id}`)).body;
    expect(d.status).toBe('handling');
    expect(d.departments).toEqual(['维修部', '客服部']);
    expect(d.handling.map((h: { headName: string }) => h.headName)).toEqual(['高峰', '宋佳']);
    expect(d.receipts.map((r: { userName: string; readAt: string | null }) => [r.userName, r.readAt])).toEqual([['高峰', null], ['宋佳', null]]);

    // Heads of the two departments read it now; another head does not.
    expect((await repairHead.get(`/api/documents/incoming/${id}`)).status).toBe(200);
    expect((await outsider.get(`/api/documents/incoming/${id}`)).status).toBe(403);
    expect((await outsider.get('/api/documents/incoming')).body.map((x: { id: string }) => x.id)).not.toContain(id);
    expect((await csHead.get('/api/documents/incoming')).body.map((x: { id: string }) => x.id)).toContain(id);

    // Read receipts: who and when.
    env().clock.advanceMinutes(10);
    expect((await repairHead.post(`/api/documents/incoming/${id}/read`)).status).toBe(200);
    const readAt = env().clock.now().toISOString();
    env().clock.advanceMinutes(2);
    expect((await repairHead.post(`/api/documents/incoming/${id}/read`)).body.readAt).toBe(readAt); // the first time is kept
    expect((await outsider.post(`/api/documents/incoming/${id}/read`)).status).toBe(403);

    // Circulation (传阅) to a reader who confirms.
    const hubin = await userId(clerk, 'hubin');
    expect((await clerk.post(`/api/documents/incoming/${id}/circulate`, { userIds: [hubin] })).status).toBe(200);
    const legal = await env().as('hubin');
    expect((await legal.get(`/api/documents/incoming/${id}`)).status).toBe(200);
    await legal.post(`/api/documents/incoming/${id}/read`);

    // Feedback per department; the document waits for both.
    expect((await repairHead.post(`/api/documents/incoming/${id}/feedback`, { feedback: '维修部已完成自查，整改3项' })).status).toBe(200);
    expect((await clerk.get(`/api/documents/incoming/${id}`)).body.status).toBe('handling');
    expect((await repairHead.post(`/api/documents/incoming/${id}/feedback`, { feedback: '再次' })).status).toBe(400);
    await csHead.post(`/api/documents/incoming/${id}/read`);
    expect((await csHead.post(`/api/documents/incoming/${id}/feedback`, { feedback: '客服部已自查，无隐患' })).status).toBe(200);
    d = (await clerk.get(`/api/documents/incoming/${id}`)).body;
    expect(d.status).toBe('archiving');
    expect(d.handling.map((h: { feedback: string }) => h.feedback)).toEqual(['维修部已完成自查，整改3项', '客服部已自查，无隐患']);

    expect((await clerk.post(`/api/documents/incoming/${id}/archive`, { note: '两部门反馈齐全，归档' })).status).toBe(200);
    d = (await clerk.get(`/api/documents/incoming/${id}`)).body;
    expect(d.status).toBe('archived');
    expect(d.closedAt).toBeTruthy();
    const receipts = d.receipts.map((r: { userName: string; readAt: string | null }) => [r.userName, !!r.readAt]);
    expect(receipts).toEqual([['高峰', true], ['宋佳', true], ['胡斌', true]]);
    expect(d.receipts[0].readAt).toBe(readAt);
  });

  it('DOC-1 late handling is urged automatically on the workday limit (fake clock) and shows in 限时结办', async () => {
    let clerk = await env().as('linxiaohong');
    const gm = await env().as('chenzhiqiang');
    const { id } = (await clerk.post('/api/documents/incoming', base({ title: '关于报送年度统计报表的通知' }))).body;
    await clerk.post(`/api/documents/incoming/${id}/submit`, { proposal: '呈总经理', leaderId: await userId(clerk, 'chenzhiqiang') });
    await gm.post(`/api/documents/incoming/${id}/instruct`, { instruction: '请维修部、客服部报送', departmentIds: [await deptId(clerk, '维修部'), await deptId(clerk, '客服部')] });
    const repairHead = await env().as('gaofeng');
    await repairHead.post(`/api/documents/incoming/${id}/feedback`, { feedback: '已报送' });
    let d = (await clerk.get(`/api/documents/incoming/${id}`)).body;
    const late = d.handling.find((h: { headName: string }) => h.headName === '宋佳');
    expect(late.dueAt).toBeTruthy();
    // One minute before the limit: nothing; after it: the open department is urged, not the one that answered.
    env().clock.set(new Date(Date.parse(late.dueAt) - 60_000).toISOString());
    await env().services.engine.fireDueTimers();
    // Sessions expire while the clock jumps: log in again.
    clerk = await env().as('linxiaohong');
    expect((await clerk.get(`/api/documents/incoming/${id}`)).body.urges).toEqual([]);
    env().clock.set(new Date(Date.parse(late.dueAt) + 60_000).toISOString());
    await env().services.engine.fireDueTimers();
    clerk = await env().as('linxiaohong');
    d = (await clerk.get(`/api/documents/incoming/${id}`)).body;
    expect(d.urges).toHaveLength(1);
    expect(d.urges[0]).toMatchObject({ stepName: '承办反馈', users: ['宋佳'], auto: true });
    expect(d.handling.find((h: { headName: string }) => h.headName === '宋佳').overdue).toBe(true);
    const cs = await env().as('songjia');
    const notes = (await cs.get('/api/notifications?page=1&pageSize=50')).body;
    expect(JSON.stringify(notes)).toContain('催办：关于报送年度统计报表的通知');
    const overdue = (await clerk.get('/api/overdue')).body;
    expect(JSON.stringify(overdue)).toContain('宋佳');
    // A manual 催办 by the initiator is recorded too.
    expect((await clerk.post(`/api/instances/${d.instanceId}/actions/urge`, {})).status).toBe(200);
    d = (await clerk.get(`/api/documents/incoming/${id}`)).body;
    expect(d.urges[1]).toMatchObject({ auto: false, by: '林小红' });
  });
});

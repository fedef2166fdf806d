import { expect, it } from 'vitest';
import { describeApi, type TestClient } from '../../test/harness.js';

async function userId(c: TestClient, username: string): Promise<string> {
  return (await c.get(`/api/org/users?q=${username}`)).body.items.find((u: { username: string }) => u.username === username).id;
}
const act = (c: TestClient, taskId: string, action: string, body: Record<string, unknown> = {}) => c.post(`/api/tasks/${taskId}/actions/${action}`, body);
async function openTask(c: TestClient, instanceId: string): Promise<{ taskId: string; stepId: string }> {
  const d = (await c.get(`/api/instances/${instanceId}`)).body;
  const t = d.myActions.tasks[0];
  if (!t) throw new Error(`no task; steps ${JSON.stringify(d.currentSteps)}`);
  return t;
}
const draft = (signerId: string, over: Record<string, unknown> = {}) => ({
  title: '关于2027年元旦放假安排的通知', body: '根据国务院办公厅通知，现将元旦放假安排通知如下……', mainTo: '公司各部门', ccTo: '董事长',
  secrecy: '普通', urgency: '普通', legalReview: false, signerId, ...over,
});

describeApi('DOC-2 outgoing documents (发文)', (env) => {
  it('DOC-2 full path with legal review when flagged: 部门审核 → 法务审核 → 签发 → 编号 → 用印 → 分发 → 归档', async () => {
    const drafter = await env().as('hejing'); // 人事专员, supervisor 郑秀英
    const head = await env().as('zhengxiuying');
    const legal = await env().as('hubin');
    const gm = await env().as('chenzhiqiang');
    const clerk = await env().as('linxiaohong');
    const sealer = await env().as('sunli');
    const gmId = await userId(drafter, 'chenzhiqiang');
    const r = await drafter.post('/api/documents/outgoing', draft(gmId, { title: '关于与某供应商签订框架协议的函', legalReview: true, mainTo: '杭州某科技有限公司' }));
    expect(r.status).toBe(201);
    const { id, instanceId } = r.body;
    expect((await drafter.get(`/api/documents/outgoing/${id}`)).body.status).toBe('dept_review');
    await act(head, (await openTask(head, instanceId)).taskId, 'approve', { comment: '同意' });
    expect((await drafter.get(`/api/documents/outgoing/${id}`)).body.status).toBe('legal_review');
    await act(legal, (await openTask(legal, instanceId)).taskId, 'approve', { comment: '合法' });
    expect((await drafter.get(`/api/documents/outgoing/${id}`)).body.status).toBe('signing');
    await act(gm, (await openTask(gm, instanceId)).taskId, 'approve', { comment: '签发' });
    let d = (await clerk.get(`/api/documents/outgoing/${id}`)).body;
    expect(d.status).toBe('numbering');
    expect(d.number).toBeNull();
    // An unknown prefix is refused and no number is used.
    const bad = await clerk.post(`/api/documents/outgoing/${id}/number`, { prefix: '乱写' });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('乱写');
    // Only holders of documents:number number.
    expect((await drafter.post(`/api/documents/outgoing/${id}/number`, { prefix: '步阳综' })).status).toBe(403);
    const n = await clerk.post(`/api/documents/outgoing/${id}/number`, { prefix: '步阳综' });
    expect(n.status).toBe(200);
    expect(n.body.number).toMatch(/^步阳综〔2026〕\d+号$/);
    d = (await clerk.get(`/api/documents/outgoing/${id}`)).body;
    expect(d.status).toBe('sealing');
    expect(d.numberLog).toEqual([expect.objectContaining({ number: n.body.number, action: 'assign' })]);
    await act(sealer, (await openTask(sealer, instanceId)).taskId, 'complete');
    await act(clerk, (await openTask(clerk, instanceId)).taskId, 'complete', { data: { dispatchNote: '已快递寄出' } });
    await act(clerk, (await openTask(clerk, instanceId)).taskId, 'complete');
    d = (await clerk.get(`/api/documents/outgoing/${id}`)).body;
    expect(d.status).toBe('archived');
    const list = (await clerk.get('/api/documents/outgoing?q=框架协议')).body;
    expect(list[0].number).toBe(n.body.number);
    expect((await clerk.get('/api/documents/outgoing.xlsx')).status).toBe(200);
    // The drafter reads his own; an unrelated employee does not.
    expect((await (await env().as('lina')).get(`/api/documents/outgoing/${id}`)).status).toBe(403);
  });

  it('DOC-2 without the legal flag there is no legal review; a non-leader signer is refused', async () => {
    const drafter = await env().as('hejing');
    const head = await env().as('zhengxiuying');
    const notLeader = await drafter.post('/api/documents/outgoing', draft(await userId(drafter, 'liufang')));
    expect(notLeader.status).toBe(400);
    expect(notLeader.body.detail).toContain('刘芳');
    const r = await drafter.post('/api/documents/outgoing', draft(await userId(drafter, 'wanghaitao')));
    await act(head, (await openTask(head, r.body.instanceId)).taskId, 'approve', { comment: '同意' });
    const d = (await drafter.get(`/api/documents/outgoing/${r.body.id}`)).body;
    expect(d.status).toBe('signing');
    const steps = (await drafter.get(`/api/instances/${r.body.instanceId}`)).body.tasks.map((t: { stepId: string }) => t.stepId);
    expect(steps).not.toContain('legal');
    // Started from the engine's own start page with a forged number: the number is dropped.
    const forged = await drafter.post('/api/instances', { processKey: 'documents.outgoing', data: { ...draft(await userId(drafter, 'wanghaitao')), number: '步阳综〔2026〕999号' } });
    expect(forged.status).toBe(201);
    const doc = (await drafter.get('/api/documents/outgoing')).body.find((x: { instanceId: string }) => x.instanceId === forged.body.instanceId);
    expect(doc.number).toBeNull();
    expect((await drafter.get(`/api/instances/${forged.body.instanceId}`)).body.data.number).toBe('');
  });

  it('DOC-2 100 concurrent numbering requests get 1..100 exactly: no gap, no duplicate', async () => {
    const clerk = await env().as('linxiaohong');
    const drafter = await env().as('hejing');
    const head = await env().as('zhengxiuying');
    const gm = await env().as('chenzhiqiang');
    const gmId = await userId(drafter, 'chenzhiqiang');
    expect((await clerk.put('/api/documents/prefixes', { prefixes: ['步阳综', '步阳办', '步阳人', '并发测'] })).status).toBe(200);
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      const r = await drafter.post('/api/documents/outgoing', draft(gmId, { title: `并发编号测试第${i + 1}件` }));
      await act(head, (await openTask(head, r.body.instanceId)).taskId, 'approve', { comment: '同意' });
      await act(gm, (await openTask(gm, r.body.instanceId)).taskId, 'approve', { comment: '签发' });
      ids.push(r.body.id);
    }
    const results = await Promise.all(ids.map((id) => clerk.post(`/api/documents/outgoing/${id}/number`, { prefix: '并发测' })));
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 200));
    const seqs = results.map((r) => Number(/〔2026〕(\d+)号/.exec(r.body.number)![1])).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    // Numbering again is refused (the step is done), the counter does not move.
    expect((await clerk.post(`/api/documents/outgoing/${ids[0]}/number`, { prefix: '并发测' })).status).toBe(400);
  }, 300_000);

  it('DOC-2 a document cancelled after numbering voids its number (recorded) and the number is never reused', async () => {
    const clerk = await env().as('linxiaohong');
    const drafter = await env().as('hejing');
    const head = await env().as('zhengxiuying');
    const gm = await env().as('chenzhiqiang');
    const gmId = await userId(drafter, 'chenzhiqiang');
    const mk = async (title: string) => {
      const r = await drafter.post('/api/documents/outgoing', draft(gmId, { title }));
      await act(head, (await openTask(head, r.body.instanceId)).taskId, 'approve', { comment: '同意' });
      await act(gm, (await openTask(gm, r.body.instanceId)).taskId, 'approve', { comment: '签发' });
      return r.body as { id: string; instanceId: string };
    };
    const a = await mk('作废测试甲');
    const na = (await clerk.post(`/api/documents/outgoing/${a.id}/number`, { prefix: '步阳人' })).body.number as string;
    expect((await drafter.post(`/api/instances/${a.instanceId}/actions/cancel`, { reason: '内容有误，重新拟稿' })).status).toBe(200);
    const da = (await clerk.get(`/api/documents/outgoing/${a.id}`)).body;
    expect(da.status).toBe('cancelled');
    expect(da.numberVoid).toBe(true);
    expect(da.numberLog.map((l: { action: string }) => l.action)).toEqual(['assign', 'void']);
    const b = await mk('作废测试乙');
    const nb = (await clerk.post(`/api/documents/outgoing/${b.id}/number`, { prefix: '步阳人' })).body.number as string;
    const seq = (s: string) => Number(/〔2026〕(\d+)号/.exec(s)![1]);
    expect(seq(nb)).toBe(seq(na) + 1);
  });

  it('DOC-2 prefixes: bad input refused, nothing changed', async () => {
    const clerk = await env().as('linxiaohong');
    const before = (await clerk.get('/api/documents/prefixes')).body.prefixes;
    expect((await clerk.put('/api/documents/prefixes', { prefixes: ['步阳综', '步阳综'] })).status).toBe(400);
    expect((await clerk.put('/api/documents/prefixes', { prefixes: ['a b'] })).status).toBe(400);
    expect((await (await env().as('hejing')).put('/api/documents/prefixes', { prefixes: ['x'] })).status).toBe(403);
    expect((await clerk.get('/api/documents/prefixes')).body.prefixes).toEqual(before);
  });
});

import { expect, it } from 'vitest';
import { describeApi, type TestClient, type TestEnv } from '../test/harness.js';
import { allTestProcesses, approvalProcess } from '../test/engine-fixtures.js';

async function idOf(env: TestEnv, username: string): Promise<string> {
  return (await env.services.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}
async function start(c: TestClient, processKey: string, data: Record<string, unknown> = {}, title?: string): Promise<string> {
  const r = await c.post('/api/instances', { processKey, data, ...(title ? { title } : {}) });
  if (r.status !== 201) throw new Error(`start ${processKey}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.instanceId;
}
/** The open task of `c` in the instance (or null). */
async function myTask(c: TestClient, instanceId: string) {
  const d = (await c.get(`/api/instances/${instanceId}`)).body;
  return d.myActions?.tasks?.[0] ?? null;
}
const act = (c: TestClient, taskId: string, action: string, body: Record<string, unknown> = {}) => c.post(`/api/tasks/${taskId}/actions/${action}`, body);
const detail = async (c: TestClient, id: string) => (await c.get(`/api/instances/${id}`)).body;

describeApi(
  'process engine',
  (env) => {
    it('ENG-1 definitions are versioned; unchanged content adds no version; running instances keep theirs', async () => {
      const e = env().services.engine;
      expect((await e.installDefinition(approvalProcess)).changed).toBe(false);
      const hubin = await env().as('hubin');
      const id = await start(hubin, 'test.approval', { amount: 10 });
      const v2 = await e.installDefinition({ ...approvalProcess, name: '费用审批（新版）' });
      expect(v2).toMatchObject({ changed: true, version: 2 });
      const d = await detail(hubin, id);
      expect(d.version).toBe(1);
      expect(d.processName).toBe('费用审批');
      const list = (await hubin.get('/api/processes')).body;
      expect(list.find((p: { key: string }) => p.key === 'test.approval')).toMatchObject({ version: 2, name: '费用审批（新版）' });
      await e.installDefinition(approvalProcess); // back to the original content → version 3
    });

    it('ENG-5 ENG-6 routing by amount: ≤200 skips the GM, >200 goes to 总经理; assignment by supervisor, position and department+position', async () => {
      const hubin = await env().as('hubin');
      const liufang = await env().as('liufang');
      const gm = await env().as('chenzhiqiang');
      const cashier = await env().as('zhulin');
      const small = await start(hubin, 'test.approval', { amount: 200 });
      const t1 = await myTask(liufang, small);
      expect(t1.stepId).toBe('review');
      expect((await act(liufang, t1.taskId, 'approve', { comment: '同意' })).status).toBe(200);
      expect((await detail(hubin, small)).currentSteps).toEqual(['pay']);
      const pay = await myTask(cashier, small);
      expect((await act(cashier, pay.taskId, 'complete', { data: { note: '已付' } })).status).toBe(200);
      const done = await detail(hubin, small);
      expect(done.status).toBe('completed');
      expect(done.data.note).toBe('已付');

      const big = await start(hubin, 'test.approval', { amount: 200.01 });
      await act(liufang, (await myTask(liufang, big)).taskId, 'approve');
      expect((await detail(hubin, big)).currentSteps).toEqual(['gm']);
      expect(await myTask(gm, big)).not.toBeNull();
    });

    it('ENG-7 reject needs a reason and ends the instance as rejected; the initiator is told', async () => {
      const hubin = await env().as('hubin');
      const liufang = await env().as('liufang');
      const id = await start(hubin, 'test.approval', { amount: 50 });
      const t = await myTask(liufang, id);
      const noReason = await act(liufang, t.taskId, 'reject', {});
      expect(noReason.status).toBe(400);
      expect(noReason.body.detail).toBe('请填写原因');
      expect((await act(liufang, t.taskId, 'reject', { comment: '预算不足' })).status).toBe(200);
      const d = await detail(hubin, id);
      expect(d.status).toBe('rejected');
      expect(d.events.map((e: { type: string }) => e.type)).toContain('rejected');
      const notes = (await hubin.get('/api/notifications')).body.items.map((n: { title: string }) => n.title);
      expect(notes).toContain('已驳回：费用审批');
    });

    it('ENG-11 a second click on a finished task and a stale revision both get 409 and change nothing', async () => {
      const hubin = await env().as('hubin');
      const liufang = await env().as('liufang');
      const id = await start(hubin, 'test.approval', { amount: 1 });
      const t = await myTask(liufang, id);
      const stale = await act(liufang, t.taskId, 'approve', { revision: t.revision + 5 });
      expect(stale.status).toBe(409);
      expect((await act(liufang, t.taskId, 'approve', { revision: t.revision })).status).toBe(200);
      const before = await detail(hubin, id);
      const again = await act(liufang, t.taskId, 'approve');
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('engine.conflict');
      const after = await detail(hubin, id);
      expect(after.revision).toBe(before.revision);
      expect(after.events).toHaveLength(before.events.length);
    });

    it('ENG-11 50 concurrent completions of one task: exactly one succeeds', async () => {
      const hubin = await env().as('hubin');
      const liufang = await env().as('liufang');
      const id = await start(hubin, 'test.approval', { amount: 1 });
      const t = await myTask(liufang, id);
      const results = await Promise.all(Array.from({ length: 50 }, () => act(liufang, t.taskId, 'approve', { comment: '同意' })));
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(49);
      const d = await detail(hubin, id);
      expect(d.events.filter((e: { type: string }) => e.type === 'approve')).toHaveLength(1);
      expect(d.tasks.filter((x: { stepId: string }) => x.stepId === 'pay')).toHaveLength(1);
    });

    it('ENG-4 countersign: all must approve; return after one signer approved withdraws the other and restarts the round', async () => {
      const hubin = await env().as('hubin');
      const [luojun, liangyong] = [await env().as('luojun'), await env().as('liangyong')];
      const id = await start(hubin, 'test.countersign');
      await act(hubin, (await myTask(hubin, id)).taskId, 'complete', { data: { topic: '配电房改造' } });
      const a = await myTask(luojun, id);
      const b = await myTask(liangyong, id);
      expect(a && b).toBeTruthy();
      expect((await act(luojun, a.taskId, 'approve')).status).toBe(200);
      expect((await detail(hubin, id)).currentSteps).toEqual(['sign']); // still waiting for the second signer
      const back = await act(liangyong, b.taskId, 'return', { toStep: 'draft', comment: '请补充预算' });
      expect(back.status).toBe(200);
      const d = await detail(hubin, id);
      expect(d.currentSteps).toEqual(['draft']);
      expect(d.tasks.filter((t: { stepId: string; status: string }) => t.stepId === 'sign' && t.status === 'open')).toHaveLength(0);
      await act(hubin, (await myTask(hubin, id)).taskId, 'complete');
      // A new round: luojun's earlier approval does not count.
      const a2 = await myTask(luojun, id);
      expect(a2).not.toBeNull();
      expect(a2.taskId).not.toBe(a.taskId);
      await act(luojun, a2.taskId, 'approve');
      await act(liangyong, (await myTask(liangyong, id)).taskId, 'approve');
      expect((await detail(hubin, id)).currentSteps).toEqual(['file']);
    });

    it('ENG-4 notify/CC: readers get read receipts; a return while they have not read leaves their receipts open', async () => {
      const hubin = await env().as('hubin');
      const [luojun, liangyong, lina, hanxue] = [await env().as('luojun'), await env().as('liangyong'), await env().as('lina'), await env().as('hanxue')];
      const id = await start(hubin, 'test.countersign');
      await act(hubin, (await myTask(hubin, id)).taskId, 'complete');
      await act(luojun, (await myTask(luojun, id)).taskId, 'approve');
      await act(liangyong, (await myTask(liangyong, id)).taskId, 'approve');
      const cc = (await lina.get('/api/tasks?view=cc')).body.items.find((x: { instanceId: string }) => x.instanceId === id);
      expect(cc).toMatchObject({ stepName: '抄送客服', status: 'open' });
      expect((await act(lina, cc.taskId, 'read')).status).toBe(200);
      // Return from 归档 to 起草 while 韩雪 has not read.
      const file = await myTask(hubin, id);
      expect((await act(hubin, file.taskId, 'return', { toStep: 'draft' })).status).toBe(200);
      const d = await detail(hubin, id);
      const ccTasks = d.tasks.filter((t: { kind: string }) => t.kind === 'cc');
      expect(ccTasks.map((t: { assignee: { name: string }; status: string; outcome: string | null }) => [t.assignee.name, t.status, t.outcome]).sort()).toEqual([
        ['李娜', 'done', 'read'],
        ['韩雪', 'open', null],
      ]);
      const unread = (await hanxue.get('/api/tasks/counts')).body.ccUnread;
      const hx = await myTask(hanxue, id);
      expect((await act(hanxue, hx.taskId, 'read')).status).toBe(200);
      expect((await hanxue.get('/api/tasks/counts')).body.ccUnread).toBe(unread - 1);
    });

    it('ENG-4 or-sign: the first approval decides and withdraws the others; all rejecting rejects', async () => {
      const hubin = await env().as('hubin');
      const [luojun, liangyong] = [await env().as('luojun'), await env().as('liangyong')];
      const id = await start(hubin, 'test.orsign');
      const b = await myTask(liangyong, id);
      await act(luojun, (await myTask(luojun, id)).taskId, 'approve');
      expect((await detail(hubin, id)).status).toBe('completed');
      expect((await act(liangyong, b.taskId, 'approve')).status).toBe(409);

      const id2 = await start(hubin, 'test.orsign');
      await act(luojun, (await myTask(luojun, id2)).taskId, 'reject', { comment: '不同意' });
      expect((await detail(hubin, id2)).status).toBe('running');
      await act(liangyong, (await myTask(liangyong, id2)).taskId, 'reject', { comment: '也不同意' });
      expect((await detail(hubin, id2)).status).toBe('rejected');
    });

    it('ENG-7 add signer before: the added signer acts first, then the task comes back', async () => {
      const hubin = await env().as('hubin');
      const liufang = await env().as('liufang');
      const zhaomin = await env().as('zhaomin');
      const id = await start(hubin, 'test.approval', { amount: 5 });
      const t = await myTask(liufang, id);
      expect((await act(liufang, t.taskId, 'add_signer', { userId: await idOf(env(), 'zhaomin'), position: 'before', comment: '请部长助理先核对' })).status).toBe(200);
      expect(await myTask(liufang, id)).toBeNull(); // waiting
      await act(zhaomin, (await myTask(zhaomin, id)).taskId, 'approve', { comment: '已核对' });
      const back = await myTask(liufang, id);
      expect(back.taskId).toBe(t.taskId);
      await act(liufang, back.taskId, 'approve');
      expect((await detail(hubin, id)).currentSteps).toEqual(['pay']);
    });

    it('ENG-7 add signer after, then the added signer rejects: the step is rejected', async () => {
      const hubin = await env().as('hubin');
      const liufang = await env().as('liufang');
      const zhaomin = await env().as('zhaomin');
      const id = await start(hubin, 'test.approval', { amount: 5 });
      const t = await myTask(liufang, id);
      await act(liufang, t.taskId, 'add_signer', { userId: await idOf(env(), 'zhaomin'), position: 'after' });
      expect((await detail(hubin, id)).currentSteps).toEqual(['review']);
      await act(zhaomin, (await myTask(zhaomin, id)).taskId, 'reject', { comment: '票据不全' });
      expect((await detail(hubin, id)).status).toBe('rejected');
    });

    it('ENG-7 withdraw by the initiator while nobody acted; refused after a parallel branch acted', async () => {
      const hubin = await env().as('hubin');
      const id = await start(hubin, 'test.approval', { amount: 5 });
      expect((await detail(hubin, id)).myActions.instance).toContain('withdraw');
      expect((await hubin.post(`/api/instances/${id}/actions/withdraw`)).status).toBe(200);
      const d = await detail(hubin, id);
      expect(d.status).toBe('withdrawn');
      expect(d.tasks.every((t: { status: string }) => t.status !== 'open')).toBe(true);

      const luojun = await env().as('luojun');
      const cs = await start(hubin, 'test.countersign');
      await act(hubin, (await myTask(hubin, cs)).taskId, 'complete');
      await act(luojun, (await myTask(luojun, cs)).taskId, 'approve');
      const late = await hubin.post(`/api/instances/${cs}/actions/withdraw`);
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('engine.withdrawTooLate');
      const other = await env().as('liufang');
      expect((await other.post(`/api/instances/${cs}/actions/withdraw`)).status).toBe(403);
    });

    it('ENG-7 transfer (转办) hands the task to another person', async () => {
      const hubin = await env().as('hubin');
      const liufang = await env().as('liufang');
      const zhaomin = await env().as('zhaomin');
      const id = await start(hubin, 'test.approval', { amount: 5 });
      const t = await myTask(liufang, id);
      expect((await act(liufang, t.taskId, 'transfer', {})).status).toBe(400);
      expect((await act(liufang, t.taskId, 'transfer', { userId: await idOf(env(), 'zhaomin'), comment: '出差，请代办' })).status).toBe(200);
      expect(await myTask(liufang, id)).toBeNull();
      const z = await myTask(zhaomin, id);
      expect((await act(zhaomin, z.taskId, 'approve')).status).toBe(200);
      expect((await act(liufang, t.taskId, 'approve')).status).toBe(409);
    });

    it('ENG-6 ENG-9 candidates claim; the first taker owns the instance (首问责任人); fromField and stepActor assign later steps', async () => {
      const hubin = await env().as('hubin');
      const [lina, hanxue, luojun] = [await env().as('lina'), await env().as('hanxue'), await env().as('luojun')];
      const id = await start(hubin, 'test.claim');
      const seenByLina = (await lina.get('/api/tasks?view=todo')).body.items.find((i: { instanceId: string }) => i.instanceId === id);
      const seenByHan = (await hanxue.get('/api/tasks?view=todo')).body.items.find((i: { instanceId: string }) => i.instanceId === id);
      expect(seenByLina.claimable).toBe(true);
      expect(seenByHan.taskId).toBe(seenByLina.taskId);
      expect((await act(lina, seenByLina.taskId, 'claim')).status).toBe(200);
      expect((await hanxue.get('/api/tasks?view=todo')).body.items.find((i: { instanceId: string }) => i.instanceId === id)).toBeUndefined();
      expect((await act(hanxue, seenByLina.taskId, 'complete')).status).toBe(403);
      expect((await detail(hubin, id)).owner.name).toBe('李娜');
      await act(lina, seenByLina.taskId, 'complete', { data: { technicianId: await idOf(env(), 'luojun') } });
      await act(luojun, (await myTask(luojun, id)).taskId, 'complete');
      const check = await myTask(lina, id); // stepActor: whoever did 客服受理
      expect(check.stepId).toBe('check');
      await act(lina, check.taskId, 'reject', { comment: '未修好' }); // onReject → back to 维修
      expect((await detail(hubin, id)).currentSteps).toEqual(['fix']);
      expect((await detail(hubin, id)).owner.name).toBe('李娜');
    });

    it('ENG-7 urge at most once per interval; the assignee is notified', async () => {
      const hubin = await env().as('hubin');
      const liufang = await env().as('liufang');
      const id = await start(hubin, 'test.approval', { amount: 5 });
      expect((await hubin.post(`/api/instances/${id}/actions/urge`, { comment: '请尽快' })).status).toBe(200);
      const tooSoon = await hubin.post(`/api/instances/${id}/actions/urge`);
      expect(tooSoon.status).toBe(429);
      expect(tooSoon.body.detail).toMatch(/分钟后再试/);
      const notes = (await liufang.get('/api/notifications?pageSize=50')).body.items;
      expect(notes.some((n: { title: string; link: string }) => n.title === '催办：费用审批' && n.link === `/instances/${id}`)).toBe(true);
      expect((await liufang.post(`/api/instances/${id}/actions/urge`)).status).toBe(403);
    });

    it('ENG-7 cancel (作废) needs a reason; only the initiator or a process admin', async () => {
      const hubin = await env().as('hubin');
      const id = await start(hubin, 'test.approval', { amount: 5 });
      const liufang = await env().as('liufang');
      expect((await liufang.post(`/api/instances/${id}/actions/cancel`, { reason: 'x' })).status).toBe(403);
      expect((await hubin.post(`/api/instances/${id}/actions/cancel`, {})).status).toBe(400);
      expect((await hubin.post(`/api/instances/${id}/actions/cancel`, { reason: '重复申请' })).status).toBe(200);
      const d = await detail(hubin, id);
      expect(d).toMatchObject({ status: 'cancelled', endReason: '重复申请' });
      expect((await hubin.post(`/api/instances/${id}/actions/urge`)).status).toBe(409);
    });

    it('ORG-5 ENG-6 a delegate receives new tasks and acts for the delegator', async () => {
      const liufang = await env().as('liufang');
      const now = env().clock.now().getTime();
      await liufang.post('/api/org/delegations', { delegateId: await idOf(env(), 'maxiaoyan'), startsAt: new Date(now - 1000).toISOString(), endsAt: new Date(now + 3 * 86400_000).toISOString(), reason: '休假' });
      const hubin = await env().as('hubin');
      const id = await start(hubin, 'test.approval', { amount: 5 });
      const ma = await env().as('maxiaoyan');
      const t = (await ma.get('/api/tasks?view=todo')).body.items.find((i: { instanceId: string }) => i.instanceId === id);
      expect(t.actingForName).toBe('刘芳');
      await act(ma, t.taskId, 'approve', { comment: '代刘芳审批' });
      const d = await detail(hubin, id);
      const ev = d.events.find((e: { type: string }) => e.type === 'approve');
      expect(ev.actor.name).toBe('马晓燕');
      expect(ev.actingFor.name).toBe('刘芳');
      for (const dl of (await liufang.get('/api/org/delegations')).body) await liufang.post(`/api/org/delegations/${dl.id}/cancel`);
    });

    it('ENG-10 history keeps who did what and when, with comments and attachments', async () => {
      const hubin = await env().as('hubin');
      const liufang = await env().as('liufang');
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
      const att = (await liufang.upload('/api/attachments', '发票.png', png)).body.id;
      const id = await start(hubin, 'test.approval', { amount: 5 });
      const t = await myTask(liufang, id);
      await act(liufang, t.taskId, 'comment', { comment: '发票已收到', attachments: [att] });
      await act(liufang, t.taskId, 'approve', { comment: '同意报销' });
      const d = await detail(hubin, id);
      const types = d.events.map((e: { type: string }) => e.type);
      expect(types.slice(0, 4)).toEqual(['start', 'enter', 'comment', 'approve']);
      const c = d.events.find((e: { type: string }) => e.type === 'comment');
      expect(c).toMatchObject({ comment: '发票已收到', actor: { name: '刘芳' } });
      expect(c.data.attachments).toEqual([att]);
    });

    it('form data is validated against the definition; a step writes only its own fields', async () => {
      const hubin = await env().as('hubin');
      const bad = await hubin.post('/api/instances', { processKey: 'test.approval', data: { amount: -1 } });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].path).toBe('data.amount');
      const missing = await hubin.post('/api/instances', { processKey: 'test.approval', data: {} });
      expect(missing.status).toBe(400);
      const id = await start(hubin, 'test.approval', { amount: 5 });
      const liufang = await env().as('liufang');
      const t = await myTask(liufang, id);
      const notMine = await act(liufang, t.taskId, 'approve', { data: { amount: 1 } });
      expect(notMine.status).toBe(400);
      expect(notMine.body.code).toBe('engine.fieldNotEditable');
      expect((await hubin.post('/api/instances', { processKey: 'test.nope', data: {} })).status).toBe(404);
    });

    it('ORG-4 only participants (and supervisors of overdue work) see an instance', async () => {
      const hubin = await env().as('hubin');
      const id = await start(hubin, 'test.approval', { amount: 5 });
      expect((await (await env().as('luojun')).get(`/api/instances/${id}`)).status).toBe(403);
      expect((await (await env().as('liufang')).get(`/api/instances/${id}`)).status).toBe(200);
      expect((await (await env().as('admin')).get(`/api/instances/${id}`)).status).toBe(200);
    });
  },
  { processes: allTestProcesses, engineHooks: { auto: { 'test.check': async () => ({ checked: true }) } } },
);

import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeApi, type TestClient } from '../../test/harness.js';
import { runDueJobs } from '../../platform/jobs/jobs.js';
import { archivesJobs } from './archives.jobs.js';

const act = (c: TestClient, taskId: string, action: string, body: Record<string, unknown> = {}) => c.post(`/api/tasks/${taskId}/actions/${action}`, body);
async function todo(c: TestClient, instanceId: string) {
  const d = (await c.get(`/api/instances/${instanceId}`)).body;
  const t = d.myActions?.tasks?.[0];
  if (!t) throw new Error(`no task for this user; current steps ${JSON.stringify(d.currentSteps)}`);
  return t as { taskId: string; stepId: string };
}
async function step(c: TestClient, instanceId: string, stepId: string, action: 'complete' | 'approve' | 'reject', body: Record<string, unknown> = {}) {
  const t = await todo(c, instanceId);
  expect(t.stepId).toBe(stepId);
  const r = await act(c, t.taskId, action, body);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

describeApi('archives', (env) => {
  const borrow = (c: TestClient, data: Record<string, unknown>) => c.post('/api/instances', { processKey: 'archives.borrow', data: { kind: '借阅', purpose: '核对条款', dueOn: '2026-12-04', ...data } });
  const item = async (number: string) => (await (await env().as('sunli')).get(`/api/archives/items?q=${encodeURIComponent(number)}`)).body[0];

  it('ARC-1 catalog: the keeper registers an item with location and secrecy; filters; bad input refused with nothing changed', async () => {
    const sunli = await env().as('sunli');
    const r = await sunli.post('/api/archives/items', { number: 'T-001', title: '测试合同', category: '合同协议', year: 2026, retention: '30年', secrecy: '普通', cabinet: 'A9', shelf: '1层', pages: 10 });
    expect(r.status).toBe(201);
    const before = (await sunli.get('/api/archives/items')).body.length;
    const dup = await sunli.post('/api/archives/items', { number: 'T-001', title: 'x', category: '合同协议', year: 2026, retention: '30年', secrecy: '普通', cabinet: 'A9', shelf: '1层', pages: 1 });
    expect(dup.status).toBe(409);
    expect(dup.body.detail).toContain('T-001');
    const bad = await sunli.post('/api/archives/items', { number: 'T-002', title: 'x', category: '合同协议', year: 2026, retention: '30年', secrecy: '绝密', cabinet: 'A9', shelf: '1层', pages: 1 });
    expect(bad.status).toBe(400);
    const extra = await sunli.post('/api/archives/items', { number: 'T-003', title: 'x', category: '合同协议', year: 2026, retention: '30年', secrecy: '普通', cabinet: 'A9', shelf: '1层', pages: 1, hacker: 1 });
    expect(extra.status).toBe(400);
    expect((await sunli.get('/api/archives/items')).body.length).toBe(before);
    expect((await sunli.get('/api/archives/items?secrecy=机密')).body.map((i: { number: string }) => i.number)).toEqual(['DS-2025-003']);
    expect((await sunli.get('/api/archives/items?year=2026&category=合同协议')).body.map((i: { number: string }) => i.number)).toEqual(['T-001']);
    // An employee without archives:read sees only 普通 items and may not register.
    const panyu = await env().as('panyu');
    const seen = (await panyu.get('/api/archives/items')).body as { secrecy: string }[];
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((i) => i.secrecy === '普通')).toBe(true);
    expect((await panyu.post('/api/archives/items', { number: 'T-009', title: 'x', category: '合同协议', year: 2026, retention: '30年', secrecy: '普通', cabinet: 'A9', shelf: '1层', pages: 1 })).status).toBe(403);
  });

  it('ARC-1 catalog export reads back with Chinese headers', async () => {
    const r = await (await env().as('sunli')).get('/api/archives/items/export?secrecy=秘密');
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.raw as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('档号');
    const numbers = [];
    for (let i = 2; i <= ws.rowCount; i++) numbers.push(ws.getRow(i).getCell(1).value);
    expect(numbers.sort()).toEqual(['CW-2025-Q4', 'HT-2025-014', 'RS-2026-002']);
  });

  it('ARC-2 approver by secrecy: 普通 → 综合部部长, 机密 → 总经理 (not the admin manager)', async () => {
    const panyu = await env().as('panyu');
    const a = await borrow(panyu, { number: 'WS-2025-031' });
    expect(a.status).toBe(201);
    expect((await todo(await env().as('liufang'), a.body.instanceId)).stepId).toBe('manager');
    const b = await borrow(panyu, { number: 'DS-2025-003', secrecy: '普通' }); // the typed secrecy is ignored
    expect(b.status).toBe(201);
    expect((await todo(await env().as('chenzhiqiang'), b.body.instanceId)).stepId).toBe('gm');
    await expect(todo(await env().as('liufang'), b.body.instanceId)).rejects.toThrow();
    const rec = (await (await env().as('sunli')).get('/api/archives/borrows')).body.find((x: { instanceId: string }) => x.instanceId === b.body.instanceId);
    expect(rec).toMatchObject({ secrecy: '机密', status: 'open', number: 'DS-2025-003' });
    await step(await env().as('chenzhiqiang'), b.body.instanceId, 'gm', 'reject', { comment: '董事会文件不外借' });
    const after = (await (await env().as('sunli')).get('/api/archives/borrows?status=rejected')).body.map((x: { instanceId: string }) => x.instanceId);
    expect(after).toContain(b.body.instanceId);
    expect((await item('DS-2025-003')).status).toBe('in');
  });

  it('ARC-2 lend-out refused while on loan; returned with pages checked it can be lent again', async () => {
    const panyu = await env().as('panyu');
    const keeper = await env().as('linxiaohong');
    const liufang = await env().as('liufang');
    const first = (await borrow(panyu, { number: 'HT-2025-022' })).body.instanceId;
    const second = (await borrow(await env().as('zengkai'), { number: 'HT-2025-022' })).body.instanceId;
    await step(liufang, first, 'manager', 'approve');
    await step(liufang, second, 'manager', 'approve');
    await step(keeper, first, 'lend', 'complete');
    expect((await item('HT-2025-022')).status).toBe('out');
    // The second approved request cannot be lent out: refused, the keeper's task stays open.
    const t = await todo(keeper, second);
    const refused = await act(keeper, t.taskId, 'complete');
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('HT-2025-022');
    expect((await todo(keeper, second)).stepId).toBe('lend');
    // A new request for an item out on loan is refused at once, nothing created.
    const count = (await env().services.db.selectFrom('archive_borrow').select('id').execute()).length;
    const third = await borrow(panyu, { number: 'HT-2025-022' });
    expect(third.status).toBe(409);
    expect((await env().services.db.selectFrom('archive_borrow').select('id').execute()).length).toBe(count);
    // Return: pages not complete needs a description.
    const rt = await todo(keeper, first);
    expect(rt.stepId).toBe('return');
    expect((await act(keeper, rt.taskId, 'complete', { data: { pagesComplete: false } })).status).toBe(400);
    await step(keeper, first, 'return', 'complete', { data: { pagesComplete: true, returnCondition: '完好' } });
    expect((await item('HT-2025-022')).status).toBe('in');
    await step(keeper, second, 'lend', 'complete');
    const rows = (await panyu.get('/api/archives/borrows')).body as { instanceId: string; status: string; pagesComplete: boolean }[];
    expect(rows.every((r) => r.instanceId !== second)).toBe(true); // an employee sees only his own
    expect(rows.find((r) => r.instanceId === first)).toMatchObject({ status: 'returned', pagesComplete: true });
  });

  it('ARC-2 bad requests refused with the value named: unknown number, past or too long due date, copies missing', async () => {
    const panyu = await env().as('panyu');
    const n = (await env().services.db.selectFrom('process_instance').select('id').execute()).length;
    const unknown = await borrow(panyu, { number: 'NOPE-1' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('NOPE-1');
    const past = await borrow(panyu, { number: 'WS-2026-008', dueOn: '2026-11-26' });
    expect(past.status).toBe(400);
    expect(past.body.detail).toContain('2026-11-26');
    const long = await borrow(panyu, { number: 'WS-2026-008', dueOn: '2027-01-27' });
    expect(long.status).toBe(400);
    expect(long.body.detail).toContain('30');
    const copies = await borrow(panyu, { number: 'WS-2026-008', kind: '复印' });
    expect(copies.status).toBe(400);
    expect((await env().services.db.selectFrom('process_instance').select('id').execute()).length).toBe(n);
  });

  it('ARC-2 copies: the keeper records how many copies were made; the item never leaves', async () => {
    const panyu = await env().as('panyu');
    const id = (await borrow(panyu, { number: 'WS-2026-008', kind: '复印', copies: 2, dueOn: undefined })).body.instanceId;
    await step(await env().as('liufang'), id, 'manager', 'approve');
    const keeper = await env().as('linxiaohong');
    expect((await todo(keeper, id)).stepId).toBe('copy');
    await step(keeper, id, 'copy', 'complete', { data: { copiesMade: 2 } });
    const rec = (await keeper.get('/api/archives/borrows?kind=copy')).body.find((x: { instanceId: string }) => x.instanceId === id);
    expect(rec).toMatchObject({ status: 'copied', copies: 2, copiesMade: 2, keeperName: '林小红' });
    expect((await item('WS-2026-008')).status).toBe('in');
  });

  it('ARC-2 overdue reminder with the fake clock: daily, to the borrower and the keeper, once a day; register export reads back', async () => {
    const e = env();
    // The demo loan of HT-2024-001 (唐明) is due today (2026-11-27): not overdue today.
    e.clock.set('2026-11-27T01:30:00.000Z'); // 09:30 Beijing
    const count = async (u: string) => Number((await e.services.db.selectFrom('notification').innerJoin('app_user', 'app_user.id', 'notification.user_id')
      .select((eb) => eb.fn.countAll().as('n')).where('app_user.username', '=', u).where('notification.title', 'like', '档案逾期未还%').executeTakeFirstOrThrow()).n);
    await runDueJobs(e.services, archivesJobs);
    expect(await count('tangming')).toBe(0);
    e.clock.set('2026-11-28T00:59:00.000Z'); // 08:59 next day: not due yet
    expect(await runDueJobs(e.services, archivesJobs)).toEqual([]);
    e.clock.set('2026-11-28T01:00:00.000Z');
    expect(await runDueJobs(e.services, archivesJobs)).toEqual(['archives.overdueReminder']);
    expect(await count('tangming')).toBe(1);
    expect(await count('linxiaohong')).toBe(1);
    e.clock.set('2026-11-28T05:00:00.000Z');
    await runDueJobs(e.services, archivesJobs);
    expect(await count('tangming')).toBe(1);
    const sunli = await e.as('sunli');
    const overdue = (await sunli.get('/api/archives/borrows?overdue=true')).body;
    expect(overdue.map((b: { number: string }) => b.number)).toEqual(['HT-2024-001']);
    const x = await sunli.get('/api/archives/borrows/export?overdue=true');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.raw as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('档号');
    expect(ws.getRow(2).getCell(1).value).toBe('HT-2024-001');
    expect(ws.rowCount).toBe(2);
    expect((await sunli.get('/api/archives/borrows?from=2026-02-30')).status).toBe(400);
  });
});

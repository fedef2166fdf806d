import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { describeApi, type TestClient } from '../../test/harness.js';

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

describeApi('seals', (env) => {
  const request = (c: TestClient, data: Record<string, unknown>) =>
    c.post('/api/instances', { processKey: 'seals.use', data: { seal: '公司公章', docKind: '文件', document: '资质证明', purpose: '投标', copies: 2, ...data } });
  const useRow = async (instanceId: string) => (await (await env().as('sunli')).get('/api/seals/uses')).body.find((u: { instanceId: string }) => u.instanceId === instanceId);
  const logged = async (instanceId: string) => ((await (await env().as('sunli')).get('/api/seals/uses?logged=true')).body as { instanceId: string }[]).some((u) => u.instanceId === instanceId);
  const sealStatus = async (name: string) => (await (await env().as('sunli')).get('/api/seals')).body.find((x: { name: string }) => x.name === name).status;

  it('SEAL-1 register: seals with type and keeper; unknown keeper, bad type or duplicate name refused, nothing changed', async () => {
    const sunli = await env().as('sunli');
    const seals = (await sunli.get('/api/seals')).body as { name: string; type: string; keeperName: string }[];
    expect(seals.map((x) => x.type).sort()).toEqual(['公章', '合同章', '法人章', '财务章'].sort());
    expect(seals.find((x) => x.name === '财务专用章')?.keeperName).toBe('朱琳');
    const me = (await env().services.db.selectFrom('app_user').select('id').where('username', '=', 'sunli').executeTakeFirstOrThrow()).id;
    expect((await sunli.post('/api/seals', { name: '工程部章', type: '部门章', keeperId: me, location: '工程设计部' })).status).toBe(201);
    expect((await sunli.post('/api/seals', { name: '工程部章', type: '部门章', keeperId: me, location: 'x' })).status).toBe(409);
    const unknownKeeper = await sunli.post('/api/seals', { name: '质检章', type: '部门章', keeperId: 'nobody', location: 'x' });
    expect(unknownKeeper.status).toBe(400);
    expect(unknownKeeper.body.detail).toContain('nobody');
    expect((await sunli.post('/api/seals', { name: '质检章', type: '私章', keeperId: me, location: 'x' })).status).toBe(400);
    expect((await sunli.get('/api/seals')).body.length).toBe(5);
    expect((await (await env().as('panyu')).post('/api/seals', { name: '质检章2', type: '部门章', keeperId: me, location: 'x' })).status).toBe(403);
  });

  it('SEAL-2 a document with the 公章: department head, then 综合部部长, then the keeper; logged only after approval', async () => {
    const panyu = await env().as('panyu');
    const r = await request(panyu, {});
    expect(r.status).toBe(201);
    const id = r.body.instanceId;
    expect(await logged(id)).toBe(false);
    await step(await env().as('donglixin'), id, 'head', 'approve');
    expect(await logged(id)).toBe(false);
    await step(await env().as('liufang'), id, 'manager', 'approve');
    expect(await logged(id)).toBe(false);
    expect((await useRow(id)).status).toBe('approved');
    await step(await env().as('sunli'), id, 'use', 'complete', { data: { useNotes: '已盖章2份' } });
    expect(await logged(id)).toBe(true);
    expect(await useRow(id)).toMatchObject({ status: 'used', requesterName: '潘宇', copies: 2, approvers: '董立新、刘芳', keeperName: '孙丽', needsGm: false });
    const events = (await env().services.db.selectFrom('process_task').select('step_id').where('instance_id', '=', id).execute()).map((e) => e.step_id);
    expect(events).not.toContain('gm');
  });

  it('SEAL-2 a contract also needs the 总经理; a rejection leaves no log line', async () => {
    const panyu = await env().as('panyu');
    const id = (await request(panyu, { seal: '合同专用章', docKind: '合同', document: '采购合同' })).body.instanceId;
    await step(await env().as('donglixin'), id, 'head', 'approve');
    await step(await env().as('liufang'), id, 'manager', 'approve');
    await step(await env().as('chenzhiqiang'), id, 'gm', 'reject', { comment: '价格需再谈' });
    expect(await useRow(id)).toMatchObject({ status: 'rejected', needsGm: true, usedAt: null });
    expect(await logged(id)).toBe(false);
  });

  it('SEAL-2 GM types are configurable by seal type; 综合部 staff skip the double approval by the 部长', async () => {
    const sunli = await env().as('sunli');
    const bad = await sunli.put('/api/seals/settings', { gmTypes: ['私章'], contractNeedsGm: true, takeOutNeedsGm: true });
    expect(bad.status).toBe(400);
    expect((await sunli.put('/api/seals/settings', { gmTypes: ['法人章', '财务章'], contractNeedsGm: true, takeOutNeedsGm: true })).status).toBe(200);
    // sunli's supervisor is the 综合部部长 herself: straight to the 部长, then the GM for 财务章.
    const id = (await request(sunli, { seal: '财务专用章', document: '收款确认函' })).body.instanceId;
    await step(await env().as('liufang'), id, 'manager', 'approve');
    await step(await env().as('chenzhiqiang'), id, 'gm', 'approve');
    await step(await env().as('zhulin'), id, 'use', 'complete');
    expect(await useRow(id)).toMatchObject({ status: 'used', approvers: '刘芳、陈志强', keeperName: '朱琳' });
  });

  it('SEAL-2 taking a seal out: needs the GM and a return time; the seal is out until returned and cannot be stamped meanwhile', async () => {
    const panyu = await env().as('panyu');
    const n = (await env().services.db.selectFrom('seal_use').select('id').execute()).length;
    const noTime = await request(panyu, { takeOut: true });
    expect(noTime.status).toBe(400);
    const past = await request(panyu, { takeOut: true, returnBy: '2026-11-26T08:00:00.000Z' });
    expect(past.status).toBe(400);
    expect(past.body.detail).toContain('2026-11-26T08:00:00.000Z');
    const unknown = await request(panyu, { seal: '不存在的章' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('不存在的章');
    expect((await env().services.db.selectFrom('seal_use').select('id').execute()).length).toBe(n);

    const id = (await request(panyu, { takeOut: true, returnBy: '2026-11-28T09:00:00.000Z' })).body.instanceId;
    const other = (await request(await env().as('zengkai'), {})).body.instanceId;
    for (const [x, head] of [[id, 'donglixin'], [other, 'dengjianhua']] as const) {
      await step(await env().as(head), x, 'head', 'approve');
      await step(await env().as('liufang'), x, 'manager', 'approve');
    }
    await step(await env().as('chenzhiqiang'), id, 'gm', 'approve');
    const sunli = await env().as('sunli');
    await step(sunli, id, 'use', 'complete');
    expect(await sealStatus('公司公章')).toBe('out');
    expect((await useRow(id)).status).toBe('out');
    const t = await todo(sunli, other);
    const refused = await act(sunli, t.taskId, 'complete');
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('公司公章');
    expect(await logged(other)).toBe(false);
    await step(sunli, id, 'return', 'complete', { data: { returnNotes: '完好交回' } });
    expect(await sealStatus('公司公章')).toBe('in_office');
    await step(sunli, other, 'use', 'complete');
    expect(await logged(other)).toBe(true);
  });

  it('SEAL-2 the use log export reads back; employees see only their own uses', async () => {
    const sunli = await env().as('sunli');
    const x = await sunli.get('/api/seals/uses/export?logged=true');
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.raw as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('用印时间');
    const logRows = (await sunli.get('/api/seals/uses?logged=true')).body as { document: string }[];
    expect(ws.rowCount - 1).toBe(logRows.length);
    expect(ws.getRow(2).getCell(6).value).toBe(logRows[0]!.document);
    const mine = (await (await env().as('zengkai')).get('/api/seals/uses')).body as { requesterName: string }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((u) => u.requesterName === '曾凯')).toBe(true);
    expect((await sunli.get('/api/seals/uses?from=2026-13-01')).status).toBe(400);
  });
});

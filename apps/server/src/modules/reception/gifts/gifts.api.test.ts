import { expect, it } from 'vitest';
import { describeApi, type TestClient, type TestEnv } from '../../../test/harness.js';

async function todo(c: TestClient, instanceId: string) {
  const d = (await c.get(`/api/instances/${instanceId}`)).body;
  const t = d.myActions?.tasks?.[0];
  if (!t) throw new Error(`no task; current steps ${JSON.stringify(d.currentSteps)}`);
  return t as { taskId: string; stepId: string };
}

async function counts(env: TestEnv) {
  const n = async (t: 'gift_issue' | 'gift_movement' | 'process_instance' | 'gift_issue_line') =>
    Number((await env.services.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const stock = await env.services.db.selectFrom('gift_item').select(['id', 'quantity']).orderBy('id').execute();
  return { issues: await n('gift_issue'), lines: await n('gift_issue_line'), movements: await n('gift_movement'), instances: await n('process_instance'), stock: stock.map((s) => `${s.id}:${Number(s.quantity)}`) };
}

describeApi('reception: gifts stock and issues', (env) => {
  const item = async (name: string) => {
    const items = (await (await env().as('sunli')).get('/api/gifts/items')).body as { id: string; name: string; quantity: number }[];
    return items.find((i) => i.name.includes(name))!;
  };

  it('GIFT-1 stock movements: in (cartons → packs), out, adjust; never negative (refused naming item and quantity, nothing changed)', async () => {
    const sunli = await env().as('sunli');
    const created = await sunli.post('/api/gifts/items', { name: '利群（新版）', category: '香烟', unit: '包', unitPriceFen: 2_300, quantity: 5 });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const move = (body: Record<string, unknown>) => sunli.post(`/api/gifts/items/${id}/movements`, body);
    expect((await move({ kind: 'in', quantity: 2, unit: 'carton', note: '采购' })).body.balance).toBe(25);
    expect((await move({ kind: 'out', quantity: 6, note: '零星领用' })).body.balance).toBe(19);
    expect((await move({ kind: 'adjust', quantity: -4, note: '盘点短少' })).body.balance).toBe(15);

    const before = await counts(env());
    const tooMuch = await move({ kind: 'out', quantity: 2, unit: 'carton' });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.code).toBe('gifts.insufficientStock');
    expect(tooMuch.body.detail).toContain('利群（新版）');
    expect(tooMuch.body.detail).toContain('20');
    expect(tooMuch.body.detail).toContain('15');
    const adjustBelow = await move({ kind: 'adjust', quantity: -16 });
    expect(adjustBelow.status).toBe(409);
    // Bad input: zero, cartons for tea, unknown fields, unknown item.
    expect((await move({ kind: 'in', quantity: 0 })).status).toBe(400);
    expect((await move({ kind: 'in', quantity: 1, extra: 1 })).status).toBe(400);
    const tea = await item('龙井');
    const carton = await sunli.post(`/api/gifts/items/${tea.id}/movements`, { kind: 'in', quantity: 1, unit: 'carton' });
    expect(carton.status).toBe(400);
    expect(carton.body.detail).toContain('西湖龙井');
    expect((await sunli.post('/api/gifts/items/nope/movements', { kind: 'in', quantity: 1 })).status).toBe(404);
    expect(await counts(env())).toEqual(before);

    const reg = (await sunli.get(`/api/gifts/movements?itemId=${id}`)).body as { kind: string; delta: number; balance: number }[];
    expect(reg.map((m) => [m.kind, m.delta, m.balance])).toEqual([['adjust', -4, 15], ['out', -6, 19], ['in', 20, 25], ['in', 5, 5]]);
    const x = await sunli.get('/api/gifts/movements.xlsx');
    expect(x.status).toBe(200);
    expect(String(x.headers['content-type'])).toContain('spreadsheetml');
    // An employee may not move stock.
    expect((await (await env().as('lina')).post(`/api/gifts/items/${id}/movements`, { kind: 'in', quantity: 1 })).status).toBe(403);
  });

  async function issue(c: TestClient, lines: { itemId: string; quantity: number; unit?: 'pack' | 'carton' }[]) {
    const r = await c.post('/api/gifts/issues', { purpose: '客户来访', lines });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { instanceId: string; issueId: string; tier: string };
  }

  it('GIFT-2 3 packs → 部长助理, 10 packs / 1 carton → 部长, 12 packs → 常务副总 (routed by the tier the server stored)', async () => {
    const zh = await item('中华');
    const lina = await env().as('lina');
    const cases: [{ quantity: number; unit?: 'pack' | 'carton' }, string, string, string][] = [
      [{ quantity: 3 }, 'assistant', 'zhaomin', 'assistant'],
      [{ quantity: 10 }, 'manager', 'liufang', 'manager'],
      [{ quantity: 1, unit: 'carton' }, 'manager', 'liufang', 'manager'],
      [{ quantity: 12 }, 'vp', 'wanghaitao', 'vp'],
    ];
    for (const [line, tier, who, step] of cases) {
      const r = await issue(lina, [{ itemId: zh.id, ...line }]);
      expect(r.tier).toBe(tier);
      const data = (await lina.get(`/api/instances/${r.instanceId}`)).body.data;
      expect(data.tier).toBe(tier);
      expect(data.packs).toBe(line.unit === 'carton' ? 10 : line.quantity);
      expect((await todo(await env().as(who), r.instanceId)).stepId).toBe(step);
    }
    // A client cannot pick its own signer: the tier is recomputed at start.
    const forged = await lina.post('/api/instances', { processKey: 'reception.gift_issue', data: { purpose: 'x', lines: [{ itemId: zh.id, quantity: 12 }], tier: 'assistant' } });
    expect(forged.status).toBe(201);
    expect((await todo(await env().as('wanghaitao'), forged.body.instanceId)).stepId).toBe('vp');
  });

  it('GIFT-2 tiers changed in the settings take effect; bad settings refused', async () => {
    const zh = await item('中华');
    const sunli = await env().as('sunli');
    expect((await sunli.put('/api/reception/settings', { gifts: { cigarettePacks: { assistantMax: 2, managerMax: 30 } } })).status).toBe(200);
    const three = await issue(sunli, [{ itemId: zh.id, quantity: 3 }]);
    expect(three.tier).toBe('manager');
    const twenty = await issue(sunli, [{ itemId: zh.id, quantity: 2, unit: 'carton' }]);
    expect(twenty.tier).toBe('manager');
    const bad = await sunli.put('/api/reception/settings', { gifts: { cigarettePacks: { assistantMax: 40 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('cigarettePacks');
    expect((await (await env().as('lina')).put('/api/reception/settings', { gifts: { packsPerCarton: 20 } })).status).toBe(403);
    expect((await sunli.put('/api/reception/settings', { gifts: { cigarettePacks: { assistantMax: 5, managerMax: 10 } } })).status).toBe(200);
    expect((await issue(sunli, [{ itemId: zh.id, quantity: 3 }])).tier).toBe('assistant');
  });

  it('GIFT-1 the stock goes out when the keeper confirms after approval; a short stock is refused at start and at issue', async () => {
    const wine = await item('五粮液');
    const lina = await env().as('lina');
    const before = await counts(env());
    const tooMany = await lina.post('/api/gifts/issues', { purpose: '宴请', lines: [{ itemId: wine.id, quantity: wine.quantity + 1 }] });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.detail).toContain('五粮液');
    expect((await lina.post('/api/gifts/issues', { purpose: '宴请', lines: [{ itemId: wine.id, quantity: 0 }] })).status).toBe(400);
    expect((await lina.post('/api/gifts/issues', { purpose: '宴请', lines: [{ itemId: wine.id, quantity: 1, unit: 'carton' }] })).status).toBe(400);
    expect((await lina.post('/api/gifts/issues', { purpose: '宴请', lines: [] })).status).toBe(400);
    expect(await counts(env())).toEqual(before);

    // 2 bottles of 1099 元 = 2198 元 > 2000 元 → 常务副总.
    const r = await issue(lina, [{ itemId: wine.id, quantity: 2 }]);
    expect(r.tier).toBe('vp');
    const vp = await env().as('wanghaitao');
    await vp.post(`/api/tasks/${(await todo(vp, r.instanceId)).taskId}/actions/approve`, { comment: '同意' });
    const sunli = await env().as('sunli');
    const t = await todo(sunli, r.instanceId);
    expect(t.stepId).toBe('issue');
    expect((await item('五粮液')).quantity).toBe(wine.quantity);
    // Meanwhile the stock was used elsewhere: the keeper cannot issue, nothing changes.
    await sunli.post(`/api/gifts/items/${wine.id}/movements`, { kind: 'out', quantity: wine.quantity - 1, note: '其他领用' });
    const short = await sunli.post(`/api/tasks/${t.taskId}/actions/complete`, {});
    expect(short.status).toBe(409);
    expect(short.body.detail).toContain('五粮液');
    expect((await todo(sunli, r.instanceId)).stepId).toBe('issue');
    await sunli.post(`/api/gifts/items/${wine.id}/movements`, { kind: 'in', quantity: 5, note: '补货' });
    expect((await sunli.post(`/api/tasks/${t.taskId}/actions/complete`, {})).status).toBe(200);
    expect((await item('五粮液')).quantity).toBe(1 + 5 - 2);
    const issues = (await lina.get('/api/gifts/issues')).body as { id: string; status: string }[];
    expect(issues.find((i) => i.id === r.issueId)!.status).toBe('issued');
    const out = (await sunli.get(`/api/gifts/movements?itemId=${wine.id}&kind=out`)).body as { delta: number; issueId: string | null }[];
    expect(out[0]).toMatchObject({ delta: -2, issueId: r.issueId });
  });
});

import { expect, it } from 'vitest';
import { describeApi, type TestClient, type TestEnv } from '../../../test/harness.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function todo(c: TestClient, instanceId: string) {
  const d = (await c.get(`/api/instances/${instanceId}`)).body;
  const t = d.myActions?.tasks?.[0];
  if (!t) throw new Error(`no task for this user; current steps ${JSON.stringify(d.currentSteps)}`);
  return t as { taskId: string; stepId: string };
}
const act = (c: TestClient, taskId: string, data: Record<string, unknown>) => c.post(`/api/tasks/${taskId}/actions/complete`, { data });

async function snapshot(env: TestEnv) {
  const db = env.services.db;
  const n = async (t: 'aftersales_install_out' | 'aftersales_stock_movement' | 'aftersales_contract' | 'aftersales_customer' | 'process_instance' | 'aftersales_part_loan') =>
    Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const items = await db.selectFrom('aftersales_stock_item').select(['code', 'quantity']).orderBy('code').execute();
  return {
    outs: await n('aftersales_install_out'), movements: await n('aftersales_stock_movement'), contracts: await n('aftersales_contract'), customers: await n('aftersales_customer'),
    instances: await n('process_instance'), loans: await n('aftersales_part_loan'), items: items.map((i) => `${i.code}:${Number(i.quantity)}`),
  };
}

describeApi('aftersales stock: installation goods out (ASV-11)', (env) => {
  const items = async (c: TestClient) => (await c.get('/api/aftersales/stock/items')).body.items as { id: string; code: string; name: string; quantity: number; setLines: { itemId: string; qty: number }[] }[];
  const byCode = async (c: TestClient, code: string) => (await items(c)).find((i) => i.code === code)!;

  it('ASV-11 partial sets, the three channels and bad input are refused naming the reason; nothing is written', async () => {
    const lina = await env().as('lina');
    const [inner, panel] = [await byCode(lina, 'AZ-001'), await byCode(lina, 'AZ-002')];
    const base = { newCustomerName: '杭州云栖小镇样板间', newCustomerPhone: '13912345678', contractNo: 'DH-2026-001', contractAmountFen: 800_000, source: '零售' };
    const before = await snapshot(env());
    const partial = await lina.post('/api/aftersales/stock/install-outs', { ...base, lines: [{ itemId: inner.id, qty: 1 }, { itemId: panel.id, qty: 1 }] });
    expect(partial.status).toBe(400);
    expect(partial.body.code).toBe('aftersales.stock.partialSet');
    expect(partial.body.detail).toContain('中央空调室内机套装');
    expect(partial.body.detail).toContain('线控器');
    for (const source of ['项目集成部', 'e家软装生活馆', '步阳4S店']) {
      const r = await lina.post('/api/aftersales/stock/install-outs', { ...base, source, lines: [{ itemId: (await byCode(lina, 'TZ-001')).id, qty: 1 }] });
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('aftersales.stock.excludedChannel');
      expect(r.body.detail).toContain(source);
    }
    // A repair part is not installation goods; unknown fields; no customer.
    expect((await lina.post('/api/aftersales/stock/install-outs', { ...base, lines: [{ itemId: (await byCode(lina, 'PJ-002')).id, qty: 1 }] })).body.code).toBe('aftersales.stock.notInstallGoods');
    expect((await lina.post('/api/aftersales/stock/install-outs', { ...base, lines: [{ itemId: inner.id, qty: 1 }], extra: 1 })).status).toBe(400);
    expect((await lina.post('/api/aftersales/stock/install-outs', { contractNo: 'X1', source: '零售', lines: [{ itemId: (await byCode(lina, 'TZ-001')).id, qty: 1 }] })).status).toBe(400);
    // The same through the engine's start route.
    const viaEngine = await lina.post('/api/instances', { processKey: 'aftersales.install_out', data: { ...base, lines: [{ itemId: inner.id, qty: 1 }] } });
    expect(viaEngine.status).toBe(400);
    // A technician may not start it.
    expect((await (await env().as('zhangwei')).post('/api/aftersales/stock/install-outs', { ...base, lines: [{ itemId: inner.id, qty: 1 }] })).status).toBe(403);
    expect(await snapshot(env())).toEqual(before);
  });

  it('ASV-11 installers do not borrow installation goods (a loan of them is refused with the reason)', async () => {
    const zw = await env().as('zhangwei');
    const lina = await env().as('lina');
    const job = ((await zw.get('/api/aftersales/jobs/mine')).body.items as { id: string }[])[0]!;
    const before = await snapshot(env());
    for (const code of ['AZ-001', 'TZ-001']) {
      const r = await zw.post(`/api/aftersales/stock/jobs/${job.id}/loans`, { itemId: (await byCode(zw, code)).id, quantity: 1 });
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('aftersales.stock.installGoodsNoLoan');
      expect(r.body.detail).toContain('安装人员不得借领');
    }
    const zwId = (await env().services.db.selectFrom('app_user').select('id').where('username', '=', 'zhangwei').executeTakeFirstOrThrow()).id;
    expect((await lina.post('/api/aftersales/stock/loans', { technicianId: zwId, itemId: (await byCode(lina, 'AZ-003')).id, quantity: 1 })).status).toBe(400);
    expect(await snapshot(env())).toEqual(before);
  });

  it('ASV-11 new order contract (new customer) → check goods → receipt → ship → confirm out: the stock goes down at confirm, whole sets', async () => {
    const lina = await env().as('lina');
    const guolei = await env().as('guolei');
    const set = await byCode(lina, 'TZ-001');
    const stock0 = new Map((await items(lina)).map((i) => [i.id, i.quantity]));
    const started = await lina.post('/api/aftersales/stock/install-outs', {
      newCustomerName: '杭州云栖小镇样板间', newCustomerPhone: '13912345678', newCustomerAddress: '西湖区云栖小镇 8 号', contractNo: 'dh-2026-002', contractAmountFen: 800_000, source: '零售', lines: [{ itemId: set.id, qty: 2 }],
    });
    expect(started.status).toBe(201);
    const instanceId = started.body.instanceId as string;
    const out = () => env().services.db.selectFrom('aftersales_install_out').selectAll().where('instance_id', '=', instanceId).executeTakeFirstOrThrow();
    const o = await out();
    expect(o.out_no).toMatch(/^AZ\d{8}\d{3}$/);
    expect(o.status).toBe('check');
    const contract = await env().services.db.selectFrom('aftersales_contract').selectAll().where('id', '=', o.contract_id).executeTakeFirstOrThrow();
    expect(contract).toMatchObject({ type: 'order', number: 'DH-2026-002', customer_id: o.customer_id });
    const customer = await env().services.db.selectFrom('aftersales_customer').selectAll().where('id', '=', o.customer_id).executeTakeFirstOrThrow();
    expect(customer.name).toBe('杭州云栖小镇样板间');
    // The set went out as its components ×2.
    const lines = await env().services.db.selectFrom('aftersales_install_out_line').selectAll().where('out_id', '=', o.id).execute();
    expect(lines.map((l) => [l.item_id, Number(l.qty)]).sort()).toEqual(set.setLines.map((l) => [l.itemId, l.qty * 2]).sort());
    // The same contract number again is refused.
    expect((await lina.post('/api/aftersales/stock/install-outs', { customerId: o.customer_id, contractNo: 'DH-2026-002', source: '零售', lines: [{ itemId: set.id, qty: 1 }] })).status).toBe(409);

    // ② the keeper checks the goods; ③ the clerk must upload the receipt or the job scan.
    expect((await act(guolei, (await todo(guolei, instanceId)).taskId, { goodsOk: true, goodsNote: '整套，有货' })).status).toBe(200);
    const receiptTask = await todo(lina, instanceId);
    expect(receiptTask.stepId).toBe('receipt');
    expect((await act(lina, receiptTask.taskId, {})).status).toBe(400);
    const scan = (await lina.upload('/api/attachments', '收据.png', PNG)).body.id;
    expect((await act(lina, receiptTask.taskId, { receiptFiles: [scan] })).status).toBe(200);
    // ④ ship; nothing has left the warehouse yet.
    expect((await act(lina, (await todo(lina, instanceId)).taskId, { shipNote: '今日送货' })).status).toBe(200);
    expect((await out()).status).toBe('confirm');
    for (const i of await items(lina)) expect(i.quantity).toBe(stock0.get(i.id));
    // ⑤ the keeper confirms: the stock goes down in the same transaction, movements written.
    expect((await act(guolei, (await todo(guolei, instanceId)).taskId, { confirmNote: '已出库' })).status).toBe(200);
    expect((await out()).status).toBe('done');
    for (const l of set.setLines) expect((await items(lina)).find((i) => i.id === l.itemId)!.quantity).toBe(stock0.get(l.itemId)! - 2 * l.qty);
    const mv = (await guolei.get('/api/aftersales/stock/movements?kind=install_out')).body.items as { outNo: string; delta: number }[];
    expect(mv.filter((m) => m.outNo === o.out_no)).toHaveLength(set.setLines.length);
    const list = (await lina.get('/api/aftersales/stock/install-outs')).body.items as { outNo: string; status: string; contractNo: string }[];
    expect(list.find((x) => x.outNo === o.out_no)).toMatchObject({ status: 'done', contractNo: 'DH-2026-002' });
  });

  it('ASV-11 confirm out with too little stock is refused naming the item; nothing changes', async () => {
    const lina = await env().as('lina');
    const guolei = await env().as('guolei');
    const set = await byCode(lina, 'TZ-001');
    const customerId = (await env().services.db.selectFrom('aftersales_customer').select('id').orderBy('code').executeTakeFirstOrThrow()).id;
    const started = await lina.post('/api/aftersales/stock/install-outs', { customerId, contractNo: 'DH-2026-003', source: '工程项目', lines: [{ itemId: set.id, qty: 1 }] });
    expect(started.status).toBe(201);
    const id = started.body.instanceId as string;
    await act(guolei, (await todo(guolei, id)).taskId, { goodsOk: true });
    await act(lina, (await todo(lina, id)).taskId, { receiptFiles: [(await lina.upload('/api/attachments', '派工单.png', PNG)).body.id] });
    await act(lina, (await todo(lina, id)).taskId, {});
    // Meanwhile the panels are all taken out.
    const panel = await byCode(guolei, 'AZ-002');
    expect((await guolei.post(`/api/aftersales/stock/items/${panel.id}/movements`, { kind: 'out', quantity: panel.quantity, note: '他用' })).status).toBe(201);
    const before = await snapshot(env());
    const r = await act(guolei, (await todo(guolei, id)).taskId, {});
    expect(r.status).toBe(409);
    expect(r.body.detail).toContain('室内机面板');
    expect(await snapshot(env())).toEqual(before);
  });
});

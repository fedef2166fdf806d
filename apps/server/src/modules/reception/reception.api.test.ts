import { expect, it } from 'vitest';
import { describeApi, type TestClient, type TestEnv } from '../../test/harness.js';
import { newId } from '../../ports/ids.js';

const bj = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`).toISOString();

async function todo(c: TestClient, instanceId: string) {
  const d = (await c.get(`/api/instances/${instanceId}`)).body;
  const t = d.myActions?.tasks?.[0];
  if (!t) throw new Error(`no task; current steps ${JSON.stringify(d.currentSteps)}`);
  return t as { taskId: string; stepId: string };
}

async function counts(env: TestEnv) {
  const n = async (t: 'reception' | 'reception_guest' | 'reception_expense' | 'process_instance' | 'gift_issue' | 'vehicle_request' | 'room_booking') =>
    Number((await env.services.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { receptions: await n('reception'), guests: await n('reception_guest'), expenses: await n('reception_expense'), instances: await n('process_instance'), issues: await n('gift_issue'), cars: await n('vehicle_request'), rooms: await n('room_booking') };
}

describeApi('reception: requests, arrangement, settlement, summary', (env) => {
  const zhonghua = async () => ((await (await env().as('sunli')).get('/api/gifts/items')).body as { id: string; name: string }[]).find((i) => i.name.includes('中华'))!.id;
  const request = async (over: Record<string, unknown> = {}) => ({
    visitorOrg: '宁波远航置业有限公司', guestCount: 3, guests: [{ name: '周明', title: '副总经理' }, { name: '吴芳', company: '宁波远航置业有限公司' }], level: 'important',
    purpose: '考察售后服务体系', startDate: '2026-12-03', endDate: '2026-12-03', needs: { meals: true, car: true, room: true, gifts: true },
    giftLines: [{ itemId: await zhonghua(), quantity: 12 }],
    budgetLines: [{ category: '餐费', amountFen: 150_000 }, { category: '用车', amountFen: 30_000 }, { category: '礼品', amountFen: 78_000 }],
    ...over,
  });

  it('RCP-1 demo data: a finished reception with its settlement and an approved one waiting for its arrangement', async () => {
    const rows = (await (await env().as('sunli')).get('/api/reception/receptions')).body as { status: string; actualFen: number | null; hasGifts: boolean; approvalTier: string }[];
    expect(rows.some((r) => r.status === 'finished' && r.actualFen === 170_600 && r.hasGifts)).toBe(true);
    expect(rows.some((r) => r.status === 'arranging' && r.approvalTier === 'leader')).toBe(true);
  });

  it('RCP-1 bad input refused with nothing changed (dates reversed, more names than guests, unknown field, unknown gift)', async () => {
    const tm = await env().as('tangming');
    const before = await counts(env());
    const reversed = await tm.post('/api/reception/receptions', await request({ startDate: '2026-12-04', endDate: '2026-12-03' }));
    expect(reversed.status).toBe(400);
    expect(reversed.body.detail).toContain('2026-12-03');
    const names = await tm.post('/api/reception/receptions', await request({ guestCount: 1 }));
    expect(names.status).toBe(400);
    expect(names.body.code).toBe('reception.tooManyGuests');
    expect((await tm.post('/api/reception/receptions', { ...(await request()), extra: 1 })).status).toBe(400);
    expect((await tm.post('/api/reception/receptions', await request({ startDate: '2026-13-40' }))).status).toBe(400);
    const gift = await tm.post('/api/reception/receptions', await request({ giftLines: [{ itemId: 'nope', quantity: 1 }] }));
    expect(gift.status).toBe(400);
    expect(gift.body.detail).toContain('nope');
    expect(await counts(env())).toEqual(before);
  });

  it('RCP-1 request → approval (budget over the limit: 部长 then 常务副总) → arrangement creates the linked car request, room booking and gift issue → settlement → summary', async () => {
    const tm = await env().as('tangming');
    const created = await tm.post('/api/reception/receptions', await request({ budgetLines: [{ category: '餐费', amountFen: 450_000 }, { category: '礼品', amountFen: 78_000 }] }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { instanceId, receptionId } = created.body;
    expect(created.body.approvalTier).toBe('leader');
    const lf = await env().as('liufang');
    expect((await todo(lf, instanceId)).stepId).toBe('manager');
    await lf.post(`/api/tasks/${(await todo(lf, instanceId)).taskId}/actions/approve`, { comment: '同意' });
    const vp = await env().as('wanghaitao');
    await vp.post(`/api/tasks/${(await todo(vp, instanceId)).taskId}/actions/approve`, { comment: '同意' });

    const sunli = await env().as('sunli');
    expect((await todo(sunli, instanceId)).stepId).toBe('arrange');
    expect((await sunli.get(`/api/reception/receptions/${receptionId}`)).body.status).toBe('arranging');
    // Nothing arranged yet: the step cannot be finished.
    const early = await sunli.post(`/api/reception/receptions/${receptionId}/arrange/done`, {});
    expect(early.status).toBe(400);
    expect(early.body.detail).toContain('会议室预订');
    expect(early.body.detail).toContain('礼品领用');

    // Car: the vehicles process starts with the reception's data.
    const car = await sunli.post(`/api/reception/receptions/${receptionId}/arrange/car`, { startAt: bj('2026-12-03', '08:30'), endAt: bj('2026-12-03', '10:00'), destination: '杭州东站', direction: '东北', distanceKm: 18 });
    expect(car.status, JSON.stringify(car.body)).toBe(200);
    const carInstance = car.body.links.car.instanceId as string;
    const carData = (await sunli.get(`/api/instances/${carInstance}`)).body.data;
    expect(carData).toMatchObject({ purpose: '接送公司宾客和来公司办事人员', passengers: 3, destination: '杭州东站' });
    expect(car.body.links.car.statusLabel).toBe('审批中');
    expect((await sunli.post(`/api/reception/receptions/${receptionId}/arrange/car`, { startAt: bj('2026-12-03', '08:30'), endAt: bj('2026-12-03', '10:00'), destination: 'x', direction: '东', distanceKm: 1 })).status).toBe(409);

    // Room: an overlapping booking is refused (MTG-1), a free one is booked.
    const now = env().clock.now().toISOString();
    const roomId = newId();
    await env().services.db.insertInto('meeting_room').values({ id: roomId, name: '一号会议室', capacity: 12, equipment: '投影仪', location: '三楼', active: 1, created_at: now, updated_at: now }).execute();
    const room = await sunli.post(`/api/reception/receptions/${receptionId}/arrange/room`, { roomId, start: bj('2026-12-03', '10:00'), end: bj('2026-12-03', '11:30') });
    expect(room.status, JSON.stringify(room.body)).toBe(200);
    expect(room.body.links.room).toMatchObject({ roomName: '一号会议室', status: 'active' });

    // Gifts: 12 packs → 常务副总 signs.
    const gifts = await sunli.post(`/api/reception/receptions/${receptionId}/arrange/gifts`, {});
    expect(gifts.status, JSON.stringify(gifts.body)).toBe(200);
    expect(gifts.body.links.gifts).toMatchObject({ tier: 'vp', packs: 12, status: 'pending' });
    expect((await todo(vp, gifts.body.links.gifts.instanceId)).stepId).toBe('vp');

    // Nobody may link a second issue to the reception (nor relink it) through the gifts API.
    const relink = await (await env().as('lina')).post('/api/gifts/issues', { purpose: 'x', receptionId, lines: [{ itemId: await zhonghua(), quantity: 1 }] });
    expect(relink.status).toBe(409);
    expect(relink.body.code).toBe('reception.alreadyArranged');
    // Employees may not arrange.
    expect((await tm.post(`/api/reception/receptions/${receptionId}/arrange/gifts`, {})).status).toBe(403);

    const done = await sunli.post(`/api/reception/receptions/${receptionId}/arrange/done`, {});
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.status).toBe('settling');
    const linked = await counts(env());

    // Settlement: bad lines refused, nothing changed.
    expect((await sunli.post(`/api/reception/receptions/${receptionId}/settle`, { lines: [] })).status).toBe(400);
    expect((await sunli.post(`/api/reception/receptions/${receptionId}/settle`, { lines: [{ category: '烟酒', actualFen: 1 }] })).status).toBe(400);
    expect((await sunli.post(`/api/reception/receptions/${receptionId}/settle`, { lines: [{ category: '餐费', actualFen: -1 }] })).status).toBe(400);
    expect((await tm.post(`/api/reception/receptions/${receptionId}/summary`, { summary: '太早' })).status).toBe(409);
    expect(await counts(env())).toEqual(linked);
    const settled = await sunli.post(`/api/reception/receptions/${receptionId}/settle`, { lines: [{ category: '餐费', actualFen: 462_000, note: '晚宴' }, { category: '礼品', actualFen: 78_000 }, { category: '其他', actualFen: 5_000 }] });
    expect(settled.status, JSON.stringify(settled.body)).toBe(200);
    expect(settled.body.status).toBe('summarizing');
    expect(settled.body.expenses).toEqual([
      { category: '餐费', budgetFen: 450_000, actualFen: 462_000, note: '晚宴' },
      { category: '礼品', budgetFen: 78_000, actualFen: 78_000, note: '' },
      { category: '其他', budgetFen: 0, actualFen: 5_000, note: '' },
    ]);
    expect(settled.body.totals).toEqual({ budgetFen: 528_000, actualFen: 545_000, overFen: 17_000 });

    const summary = await tm.post(`/api/reception/receptions/${receptionId}/summary`, { summary: '考察顺利，对方对售后体系评价较高。' });
    expect(summary.status, JSON.stringify(summary.body)).toBe(200);
    expect(summary.body).toMatchObject({ status: 'finished', actualFen: 545_000, summary: '考察顺利，对方对售后体系评价较高。' });
    expect((await tm.get(`/api/instances/${instanceId}`)).body.status).toBe('completed');

    // The register shows it to admin staff and leaders; an unrelated employee sees only his own.
    const reg = (await sunli.get('/api/reception/receptions?month=2026-12')).body as { id: string }[];
    expect(reg.some((r) => r.id === receptionId)).toBe(true);
    expect(((await (await env().as('lina')).get('/api/reception/receptions')).body as { id: string }[]).some((r) => r.id === receptionId)).toBe(false);
    expect((await (await env().as('lina')).get(`/api/reception/receptions/${receptionId}`)).status).toBe(404);
    const x = await vp.get('/api/reception/receptions.xlsx');
    expect(x.status).toBe(200);
    expect(String(x.headers['content-type'])).toContain('spreadsheetml');
  });

  it('RCP-1 a general reception within the budget limit needs 部长 only; refused ends as rejected', async () => {
    const tm = await env().as('tangming');
    const r = await tm.post('/api/reception/receptions', await request({ level: 'general', needs: { meals: true }, giftLines: [], budgetLines: [{ category: '餐费', amountFen: 80_000 }] }));
    expect(r.body.approvalTier).toBe('manager');
    const lf = await env().as('liufang');
    await lf.post(`/api/tasks/${(await todo(lf, r.body.instanceId)).taskId}/actions/approve`, {});
    expect((await todo(await env().as('sunli'), r.body.instanceId)).stepId).toBe('arrange');
    const r2 = await tm.post('/api/reception/receptions', await request({ level: 'general', needs: {}, giftLines: [], budgetLines: [] }));
    await lf.post(`/api/tasks/${(await todo(lf, r2.body.instanceId)).taskId}/actions/reject`, { comment: '不需要' });
    expect((await tm.get(`/api/reception/receptions/${r2.body.receptionId}`)).body.status).toBe('rejected');
  });
});

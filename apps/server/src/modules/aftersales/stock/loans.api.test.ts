import { expect, it } from 'vitest';
import { describeApi, type TestClient, type TestEnv } from '../../../test/harness.js';
import { runDueJobs } from '../../../platform/jobs/jobs.js';
import { remindOverdueLoans } from './loans.service.js';
import { stockScheduled } from './stock.jobs.js';

async function snapshot(env: TestEnv) {
  const db = env.services.db;
  const n = async (t: 'aftersales_part_loan' | 'aftersales_stock_movement') => Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const items = await db.selectFrom('aftersales_stock_item').select(['code', 'quantity']).orderBy('code').execute();
  const small = await db.selectFrom('aftersales_small_stock').select(['technician_id', 'item_id', 'quantity']).orderBy('technician_id').orderBy('item_id').execute();
  const loans = await db.selectFrom('aftersales_part_loan').select(['id', 'status']).orderBy('id').execute();
  return { loans: await n('aftersales_part_loan'), movements: await n('aftersales_stock_movement'), items: items.map((i) => `${i.code}:${Number(i.quantity)}`), small: small.map((x) => `${x.technician_id}/${x.item_id}:${Number(x.quantity)}`), states: loans.map((l) => `${l.id}:${l.status}`) };
}

describeApi('aftersales stock: part loans and small stocks (ASV-4, ASV-10)', (env) => {
  const item = async (c: TestClient, code: string) => ((await c.get('/api/aftersales/stock/items')).body.items as { id: string; code: string; quantity: number }[]).find((i) => i.code === code)!;
  const myJob = async (c: TestClient) => ((await c.get('/api/aftersales/jobs/mine')).body.items as { id: string; jobNo: string }[])[0]!;
  const login = async () => ({ zw: await env().as('zhangwei'), lina: await env().as('lina'), guolei: await env().as('guolei'), fengtao: await env().as('fengtao') });

  it('ASV-4 the technician asks on his job, the clerk records, the keeper issues: the warehouse goes down, never below zero', async () => {
    env().clock.set('2026-11-30T02:00:00.000Z'); // Monday after the demo data
    const { zw, lina, guolei, fengtao } = await login();
    const job = await myJob(zw);
    expect(job).toBeTruthy();
    const valve = await item(guolei, 'PJ-006');
    expect(valve.quantity).toBe(4);

    const asked = await zw.post(`/api/aftersales/stock/jobs/${job.id}/loans`, { itemId: valve.id, quantity: 2, note: '四通阀串气' });
    expect(asked.status).toBe(201);
    const loanId = asked.body.id as string;
    // Requested only: the keeper cannot issue before the clerk records it.
    expect((await guolei.post(`/api/aftersales/stock/loans/${loanId}/issue`, {})).status).toBe(409);
    expect((await lina.post(`/api/aftersales/stock/loans/${loanId}/record`, {})).status).toBe(200);
    // Only the keeper issues.
    expect((await zw.post(`/api/aftersales/stock/loans/${loanId}/issue`, {})).status).toBe(403);
    expect((await lina.post(`/api/aftersales/stock/loans/${loanId}/issue`, {})).status).toBe(403);
    const issued = await guolei.post(`/api/aftersales/stock/loans/${loanId}/issue`, {});
    expect(issued.status).toBe(200);
    expect(issued.body.status).toBe('issued');
    expect((await item(guolei, 'PJ-006')).quantity).toBe(2);
    const mv = (await guolei.get(`/api/aftersales/stock/movements?itemId=${valve.id}`)).body.items;
    expect(mv[0]).toMatchObject({ kind: 'loan_issue', delta: -2, balance: 2, jobNo: job.jobNo });

    // The clerk records a second loan of 3; only 2 are left: refused naming the item and the quantity.
    const zwId = (await env().services.db.selectFrom('app_user').select('id').where('username', '=', 'zhangwei').executeTakeFirstOrThrow()).id;
    const second = await lina.post('/api/aftersales/stock/loans', { technicianId: zwId, jobId: job.id, itemId: valve.id, quantity: 3 });
    expect(second.status).toBe(201);
    const before = await snapshot(env());
    const short = await guolei.post(`/api/aftersales/stock/loans/${second.body.id}/issue`, {});
    expect(short.status).toBe(409);
    expect(short.body.detail).toContain('四通阀');
    expect(short.body.detail).toContain('可用 2');
    // Bad input and strangers: 4xx, nothing changed.
    expect((await zw.post(`/api/aftersales/stock/jobs/${job.id}/loans`, { itemId: valve.id, quantity: 0 })).status).toBe(400);
    expect((await zw.post(`/api/aftersales/stock/jobs/${job.id}/loans`, { itemId: valve.id, quantity: 1, extra: 1 })).status).toBe(400);
    expect((await zw.post(`/api/aftersales/stock/jobs/${job.id}/loans`, { itemId: 'nope', quantity: 1 })).status).toBe(400);
    expect((await zw.post('/api/aftersales/stock/jobs/nope/loans', { itemId: valve.id, quantity: 1 })).status).toBe(404);
    expect((await fengtao.post(`/api/aftersales/stock/jobs/${job.id}/loans`, { itemId: valve.id, quantity: 1 })).status).toBe(403);
    expect((await lina.post(`/api/aftersales/stock/jobs/${job.id}/loans`, { itemId: valve.id, quantity: 1 })).status).toBe(403);
    expect((await guolei.post(`/api/aftersales/stock/items/${valve.id}/movements`, { kind: 'out', quantity: 3 })).status).toBe(409);
    expect(await snapshot(env())).toEqual(before);

    // Record rule: a technician sees only his own loans; the clerk sees all.
    const mine = (await zw.get('/api/aftersales/stock/loans')).body.items as { technicianName: string }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((l) => l.technicianName === '张伟')).toBe(true);
    const theirs = (await fengtao.get('/api/aftersales/stock/loans')).body.items as { loanNo: string }[];
    expect(theirs.some((l) => mine.some((m) => (m as unknown as { loanNo: string }).loanNo === l.loanNo))).toBe(false);
    const all = (await lina.get('/api/aftersales/stock/loans')).body.items as { technicianName: string }[];
    expect(new Set(all.map((l) => l.technicianName)).size).toBeGreaterThan(1);

    // The phone section shows the job's loans with their state.
    const parts = (await zw.get(`/api/aftersales/stock/jobs/${job.id}/parts`)).body;
    expect(parts.loans.map((l: { status: string; quantity: number }) => [l.status, l.quantity])).toEqual(expect.arrayContaining([['issued', 2], ['recorded', 3]]));
    expect((await fengtao.get(`/api/aftersales/stock/jobs/${job.id}/parts`)).status).toBe(403);
  });

  it('ASV-4 parts used on the job come out of the technician\'s own small stock, never below zero', async () => {
    const { zw, fengtao } = await login();
    const job = await myJob(zw);
    const filter = await item(zw, 'PJ-002');
    const small = async (c: TestClient) => ((await c.get('/api/aftersales/stock/small')).body.items as { itemId: string; quantity: number; technicianName: string }[]);
    const have = (await small(zw)).find((x) => x.itemId === filter.id)!.quantity;
    expect((await small(zw)).every((x) => x.technicianName === '张伟')).toBe(true);
    const used = await zw.post(`/api/aftersales/stock/jobs/${job.id}/uses`, { itemId: filter.id, quantity: 1 });
    expect(used.status).toBe(201);
    expect((await small(zw)).find((x) => x.itemId === filter.id)!.quantity).toBe(have - 1);
    expect((await item(zw, 'PJ-002')).quantity).toBe(filter.quantity); // the warehouse is untouched
    const before = await snapshot(env());
    const tooMany = await zw.post(`/api/aftersales/stock/jobs/${job.id}/uses`, { itemId: filter.id, quantity: have });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.detail).toContain('滤芯');
    expect((await fengtao.post(`/api/aftersales/stock/jobs/${job.id}/uses`, { itemId: filter.id, quantity: 1 })).status).toBe(403);
    expect(await snapshot(env())).toEqual(before);
    const parts = (await zw.get(`/api/aftersales/stock/jobs/${job.id}/parts`)).body;
    expect(parts.uses).toEqual([expect.objectContaining({ itemName: '滤芯', quantity: 1 })]);
  });

  it('ASV-10 loans reconciled within 3 days: booked out in time is done; 4 days later it is flagged overdue, reminded on the next workday, and done late when returned', async () => {
    env().clock.set('2026-12-01T02:00:00.000Z'); // Tuesday 10:00 Beijing
    const { zw, lina, guolei } = await login();
    const job = await myJob(zw);
    const cap = await item(guolei, 'PJ-005');
    const borrow = async () => {
      const r = await zw.post(`/api/aftersales/stock/jobs/${job.id}/loans`, { itemId: cap.id, quantity: 1 });
      expect(r.status).toBe(201);
      expect((await lina.post(`/api/aftersales/stock/loans/${r.body.id}/record`, {})).status).toBe(200);
      expect((await guolei.post(`/api/aftersales/stock/loans/${r.body.id}/issue`, {})).status).toBe(200);
      return r.body.id as string;
    };
    const inTime = await borrow();
    const late = await borrow();
    expect((await item(guolei, 'PJ-005')).quantity).toBe(cap.quantity - 2);
    const loan = async (c: TestClient, id: string) => ((await c.get('/api/aftersales/stock/loans')).body.items as { id: string; overdue: boolean; dueOn: string; reconcileState: string; daysLate: number; status: string }[]).find((l) => l.id === id)!;
    expect(await loan(lina, inTime)).toMatchObject({ dueOn: '2026-12-03', reconcileState: 'open', overdue: false });

    // Day 3 (Thursday): booked out on the job, in time.
    env().clock.set('2026-12-03T08:00:00.000Z');
    const lina3 = await env().as('lina');
    expect((await lina3.post(`/api/aftersales/stock/loans/${inTime}/book`, {})).status).toBe(200);
    expect(await loan(lina3, inTime)).toMatchObject({ status: 'booked', reconcileState: 'done', daysLate: 0 });
    expect((await item(lina3, 'PJ-005')).quantity).toBe(cap.quantity - 2); // booked out: it stays out
    // Booking twice is refused.
    expect((await lina3.post(`/api/aftersales/stock/loans/${inTime}/book`, {})).status).toBe(409);

    // 4 days after borrowing (Saturday): the other is overdue, flagged and reminded once a day.
    env().clock.set('2026-12-05T02:00:00.000Z');
    const lina4 = await env().as('lina');
    expect(await loan(lina4, late)).toMatchObject({ status: 'issued', reconcileState: 'overdue', overdue: true, daysLate: 2 });
    const overdue = (await lina4.get('/api/aftersales/stock/loans?overdue=true')).body.items as { id: string }[];
    expect(overdue.map((l) => l.id)).toContain(late);
    expect(overdue.map((l) => l.id)).not.toContain(inTime);
    const notes = async (u: string) => (await env().services.db.selectFrom('notification').innerJoin('app_user', 'app_user.id', 'notification.user_id').select('notification.title').where('app_user.username', '=', u).execute()).map((n) => n.title);
    // The reminder runs on workdays at 09:00 Beijing: not this Saturday, on Monday.
    expect(await runDueJobs(env().services, stockScheduled)).toEqual([]);
    env().clock.set('2026-12-07T01:30:00.000Z');
    expect(await runDueJobs(env().services, stockScheduled)).toEqual(['aftersales.loansOverdue']);
    const loanNo = (await env().services.db.selectFrom('aftersales_part_loan').select('loan_no').where('id', '=', late).executeTakeFirstOrThrow()).loan_no;
    expect(await notes('lina')).toContain(`借件逾期未核销：${loanNo}`);
    expect(await notes('zhangwei')).toContain(`借件逾期未核销：${loanNo}`);
    expect(await remindOverdueLoans(env().services)).toBe(0); // once a day
    const lina5 = await env().as('lina');
    expect(await loan(lina5, late)).toMatchObject({ overdue: true, daysLate: 4 });
    const x = await lina5.get('/api/aftersales/stock/loans.xlsx?overdue=true');
    expect(x.status).toBe(200);
    expect(String(x.headers['content-type'])).toContain('spreadsheetml');

    // Returned late: the warehouse gets it back, the loan is done late.
    expect((await lina5.post(`/api/aftersales/stock/loans/${late}/return`, {})).status).toBe(200);
    expect(await loan(lina5, late)).toMatchObject({ status: 'returned', reconcileState: 'done_late', overdue: false, daysLate: 4 });
    expect((await item(lina5, 'PJ-005')).quantity).toBe(cap.quantity - 1);
  });

  it('ASV-10 small stocks replenished: the suggestion lists items below their minimum; 补库 moves warehouse → small stock', async () => {
    const { zw, guolei } = await login();
    const zwId = (await env().services.db.selectFrom('app_user').select('id').where('username', '=', 'zhangwei').executeTakeFirstOrThrow()).id;
    const filter = await item(guolei, 'PJ-002');
    const sugg = (await guolei.get('/api/aftersales/stock/replenish/suggestions')).body.items as { technicianId: string; itemId: string; suggested: number; quantity: number; min: number }[];
    const mine = sugg.find((x) => x.technicianId === zwId && x.itemId === filter.id)!;
    expect(mine.min).toBe(5);
    expect(mine.suggested).toBe(5 - mine.quantity);
    const r = await guolei.post('/api/aftersales/stock/replenish', { technicianId: zwId, itemId: filter.id, quantity: mine.suggested });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ balance: filter.quantity - mine.suggested, smallBalance: 5 });
    const after = (await guolei.get('/api/aftersales/stock/replenish/suggestions')).body.items as { technicianId: string; itemId: string }[];
    expect(after.some((x) => x.technicianId === zwId && x.itemId === filter.id)).toBe(false);
    const mv = (await zw.get('/api/aftersales/stock/movements?kind=replenish')).body.items as { technicianName: string; smallDelta: number; delta: number }[];
    expect(mv[0]).toMatchObject({ technicianName: '张伟', smallDelta: mine.suggested, delta: -mine.suggested });

    const before = await snapshot(env());
    expect((await zw.post('/api/aftersales/stock/replenish', { technicianId: zwId, itemId: filter.id, quantity: 1 })).status).toBe(403);
    const tooMuch = await guolei.post('/api/aftersales/stock/replenish', { technicianId: zwId, itemId: filter.id, quantity: 100_000 });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.detail).toContain('滤芯');
    const lina = await env().as('lina');
    const linaId = (await env().services.db.selectFrom('app_user').select('id').where('username', '=', 'lina').executeTakeFirstOrThrow()).id;
    expect((await guolei.post('/api/aftersales/stock/replenish', { technicianId: linaId, itemId: filter.id, quantity: 1 })).status).toBe(400);
    expect((await lina.post('/api/aftersales/stock/replenish', { technicianId: zwId, itemId: filter.id, quantity: 1 })).status).toBe(403);
    expect(await snapshot(env())).toEqual(before);
  });
});

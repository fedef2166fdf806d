import { expect, it } from 'vitest';
import { newId } from '../../../ports/ids.js';
import { describeApi } from '../../../test/harness.js';
import { clerks, createReminderTasks } from './care.reminders.service.js';

describeApi('aftersales care: reminders and callback tasks (ASV-15)', (env) => {
  /** A customer's new equipment whose warranty ends in 10 days, with a filter past its service life. */
  async function seed() {
    env().clock.set('2026-11-23T02:00:00.000Z');
    const db = env().services.db;
    const customer = await db.selectFrom('aftersales_customer').select('id').where('name', '=', '周芳').executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    const equipmentId = newId();
    // Installed 2025-12-03 with 12 months → last day 2026-12-02, 9 days after 2026-11-23.
    await db.insertInto('aftersales_equipment').values({ id: equipmentId, customer_id: customer.id, site_id: null, name: '净水器', model: 'TEST-1', serial: null, installed_on: '2025-12-03', warranty_months: 12, notes: '', created_at: now, updated_at: now }).execute();
    const partId = newId();
    await db.insertInto('aftersales_equipment_part').values({ id: partId, equipment_id: equipmentId, name: 'PP 棉滤芯', service_life_months: 6, installed_on: '2025-12-03', sort: 0 }).execute();
    return { db, customerId: customer.id, equipmentId, partId };
  }

  it('ASV-15 warranty ending within 30 days and a part at end of life → one callback task each, once, assigned to a clerk who is told', async () => {
    const t = await seed();
    const made = await createReminderTasks(env().services);
    expect(made).toBeGreaterThanOrEqual(2);
    const tasks = await t.db.selectFrom('aftersales_care_task').selectAll().where('equipment_id', '=', t.equipmentId).orderBy('reason').execute();
    expect(tasks.map((x) => [x.reason, x.part_id, x.period, x.due_on, x.status])).toEqual([
      ['part_life', t.partId, '2026-06-03', '2026-11-23', 'open'],
      ['warranty', null, '2026-12-02', '2026-12-02', 'open'],
    ]);
    const staff = (await clerks(t.db)).map((c) => c.id);
    expect(tasks.every((x) => staff.includes(x.assignee_id))).toBe(true);
    const notes = await t.db.selectFrom('notification').select(['user_id', 'body']).where('title', 'like', '新回访任务%').execute();
    expect(notes.some((n) => n.body.includes('周芳') && tasks.some((x) => x.assignee_id === n.user_id))).toBe(true);
    // Again the same day and the next: nothing new for the same periods.
    expect(await createReminderTasks(env().services)).toBe(0);
    env().clock.set('2026-11-24T02:00:00.000Z');
    await createReminderTasks(env().services);
    expect(await t.db.selectFrom('aftersales_care_task').select('id').where('equipment_id', '=', t.equipmentId).execute()).toHaveLength(2);
    // A replaced part (new installation date) is a new period: one more task when it is due again.
    await t.db.updateTable('aftersales_equipment_part').set({ installed_on: '2026-05-25' }).where('id', '=', t.partId).execute();
    await createReminderTasks(env().services);
    expect(await t.db.selectFrom('aftersales_care_task').select('period').where('part_id', '=', t.partId).orderBy('period').execute()).toEqual([{ period: '2026-06-03' }, { period: '2026-11-25' }]);
  });

  it('ASV-15 the clerk records outcomes: "sale made" records a second sale; other outcomes do not; bad input changes nothing', async () => {
    const t = await seed();
    await createReminderTasks(env().services);
    const tasks = await t.db.selectFrom('aftersales_care_task').selectAll().where('equipment_id', '=', t.equipmentId).orderBy('reason').execute();
    const partTask = tasks[0]!;
    const warrantyTask = tasks[1]!;
    const users = await t.db.selectFrom('app_user').select(['id', 'username']).execute();
    const clerk = await env().as(users.find((u) => u.id === partTask.assignee_id)!.username);
    const list = (await clerk.get('/api/aftersales/care/tasks?mine=true&status=open')).body;
    const row = list.items.find((i: { id: string }) => i.id === partTask.id);
    expect([row.customerName, row.partName, row.phones.length > 0, row.overdue]).toEqual(['周芳', 'PP 棉滤芯', true, false]);

    const sales = () => t.db.selectFrom('aftersales_care_sale').selectAll().where('customer_id', '=', t.customerId).execute();
    const missing = await clerk.post(`/api/aftersales/care/tasks/${partTask.id}/outcome`, { outcome: 'sale_made' });
    expect(missing.status).toBe(400);
    expect(missing.body.detail).toContain('已成交');
    const negative = await clerk.post(`/api/aftersales/care/tasks/${partTask.id}/outcome`, { outcome: 'sale_made', sale: { item: 'PP 棉滤芯 ×2', category: 'parts', quantity: 2, amountFen: -1 } });
    expect(negative.status).toBe(400);
    expect(negative.body.detail).toContain('金额“-1”无效');
    expect(await sales()).toEqual([]);
    expect((await t.db.selectFrom('aftersales_care_task').select('status').where('id', '=', partTask.id).executeTakeFirstOrThrow()).status).toBe('open');

    const ok = await clerk.post(`/api/aftersales/care/tasks/${partTask.id}/outcome`, { outcome: 'sale_made', note: '客户同意更换', sale: { item: 'PP 棉滤芯 ×2', category: 'parts', quantity: 2, amountFen: 16_000 } });
    expect(ok.status).toBe(200);
    const s = await sales();
    expect(s.map((x) => [x.source, x.task_id, x.equipment_id, x.item, Number(x.amount_fen), x.salesperson_id, x.sold_on])).toEqual([['reminder', partTask.id, t.equipmentId, 'PP 棉滤芯 ×2', 16_000, partTask.assignee_id, '2026-11-23']]);
    expect(ok.body.saleId).toBe(s[0]!.id);
    expect((await clerk.post(`/api/aftersales/care/tasks/${partTask.id}/outcome`, { outcome: 'contacted' })).status).toBe(409);

    const lina = await env().as('lina');
    expect((await lina.post(`/api/aftersales/care/tasks/${warrantyTask.id}/outcome`, { outcome: 'not_interested', note: '暂不需要' })).status).toBe(200);
    expect(await sales()).toHaveLength(1);
    const done = (await lina.get('/api/aftersales/care/tasks?status=done')).body.items.find((i: { id: string }) => i.id === warrantyTask.id);
    expect([done.outcome, done.note]).toEqual(['not_interested', '暂不需要']);
    // The register shows the sale with its source; a technician may not open tasks.
    const reg = (await lina.get('/api/aftersales/care/sales?source=reminder')).body.items;
    expect(reg.some((i: { taskId: string; customerName: string }) => i.taskId === partTask.id && i.customerName === '周芳')).toBe(true);
    expect((await (await env().as('zhangwei')).get('/api/aftersales/care/tasks')).status).toBe(403);
    expect((await lina.post('/api/aftersales/care/tasks/nope/outcome', { outcome: 'contacted' })).status).toBe(404);
  });
});

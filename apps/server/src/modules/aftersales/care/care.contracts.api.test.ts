import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { runDueJobs } from '../../../platform/jobs/jobs.js';
import { describeApi, type TestClient } from '../../../test/harness.js';
import { careScheduled } from './care.jobs.js';
import { createDueVisitJobs } from './care.visits.service.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function todo(c: TestClient, instanceId: string) {
  const d = (await c.get(`/api/instances/${instanceId}`)).body;
  const t = d.myActions?.tasks?.[0];
  if (!t) throw new Error(`no task for this user; current steps ${JSON.stringify(d.currentSteps)}`);
  return t as { taskId: string };
}
const act = (c: TestClient, taskId: string, data: Record<string, unknown>) => c.post(`/api/tasks/${taskId}/actions/complete`, { data });

describeApi('aftersales care: maintenance agreements (ASV-13)', (env) => {
  async function setup() {
    // Monday 2026-11-23, 10:00 Beijing.
    env().clock.set('2026-11-23T02:00:00.000Z');
    const lina = await env().as('lina');
    const db = env().services.db;
    const users = await db.selectFrom('app_user').select(['id', 'username']).execute();
    const uid = (u: string) => users.find((x) => x.username === u)!.id;
    const c = (await lina.get(`/api/aftersales/customers?q=${encodeURIComponent('王建国')}`)).body.items[0];
    const full = (await lina.get(`/api/aftersales/customers/${c.id}`)).body;
    const equipmentId = (full.equipment ?? full.customer?.equipment)[0].id as string;
    return { lina, db, uid, customerId: c.id as string, equipmentId };
  }
  const body = (t: Awaited<ReturnType<typeof setup>>, o: Record<string, unknown> = {}) => ({
    customerId: t.customerId, equipmentIds: [t.equipmentId], startOn: '2026-11-25', endOn: '2027-11-24', visitsPerYear: 4, feeFen: 600_000,
    salespersonId: t.uid('lina'), technicianId: t.uid('zhangwei'), ...o,
  });

  it('ASV-13 ASV-12 agreement → quarterly visits → the daily run makes the 派工单 once → completed visit → 维保提成表, not also the repair commission', async () => {
    const t = await setup();
    const created = await t.lina.post('/api/aftersales/care/contracts', body(t));
    expect(created.status).toBe(201);
    expect(created.body.number).toMatch(/^WB-2026-\d{3}$/);
    const id = created.body.id as string;
    let d = (await t.lina.get(`/api/aftersales/care/contracts/${id}`)).body;
    expect(d.visits.map((v: { visitOn: string }) => v.visitOn)).toEqual(['2026-11-25', '2027-02-25', '2027-05-25', '2027-08-25']);
    expect(d.visits.every((v: { status: string }) => v.status === 'planned')).toBe(true);
    // It is also a 维保协议 in the customer base.
    const k = await t.db.selectFrom('aftersales_contract').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect([k.type, k.start_on, k.end_on, Number(k.amount_fen)]).toEqual(['maintenance', '2026-11-25', '2027-11-24', 600_000]);

    // 08:30 Beijing on a workday: the scheduled job runs and makes the visit of the 25th (within 7 days).
    env().clock.set('2026-11-24T00:30:00.000Z');
    expect(await runDueJobs(env().services, careScheduled)).toContain('aftersales.care.visitJobs');
    expect(await createDueVisitJobs(env().services)).toBe(0);
    const visitJobs = await t.db.selectFrom('aftersales_care_visit').selectAll().where('contract_id', '=', id).where('status', '=', 'jobbed').execute();
    expect(visitJobs.map((v) => v.visit_on)).toEqual(['2026-11-25']);
    const jobs = await t.db.selectFrom('aftersales_job').selectAll().where('id', '=', visitJobs[0]!.job_id!).execute();
    expect(jobs).toHaveLength(1);
    const job = jobs[0]!;
    expect([job.status, job.technician_id, job.job_type, job.customer_id, job.equipment_id]).toEqual(['schedule', t.uid('zhangwei'), 'maintenance', t.customerId, t.equipmentId]);
    expect(job.problem).toContain('第 1 次定期保养');
    d = (await (await env().as('lina')).get(`/api/aftersales/care/contracts/${id}`)).body;
    expect(d.visits[0].jobNo).toBe(job.job_no);

    // The technician does the visit; the clerk checks and calls back; the job closes.
    const zw = await env().as('zhangwei');
    const lina = await env().as('lina');
    expect((await act(zw, (await todo(zw, job.instance_id)).taskId, { appointmentAt: '2026-11-25T01:00:00.000Z' })).status).toBe(200);
    const photo = (await zw.upload('/api/attachments', '保养.png', PNG)).body.id;
    expect((await act(zw, (await todo(zw, job.instance_id)).taskId, { finished: true, workDone: '清洗滤网、检查冷媒', photos: [photo], feeFen: 0 })).status).toBe(200);
    expect((await act(lina, (await todo(lina, job.instance_id)).taskId, { feeConfirmed: true })).status).toBe(200);
    expect((await act(lina, (await todo(lina, job.instance_id)).taskId, { satisfaction: '满意', timely: true, conductOk: true })).status).toBe(200);
    expect((await t.db.selectFrom('aftersales_job').select('status').where('id', '=', job.id).executeTakeFirstOrThrow()).status).toBe('closed');

    // 维保提成表 of November: 50.00 per completed visit (default setting) for zhangwei.
    const m = (await lina.get('/api/aftersales/care/maintenance-commission?month=2026-11')).body;
    const mine = m.lines.filter((l: { contractId: string }) => l.contractId === id);
    expect(mine).toHaveLength(1);
    expect([mine[0].userId, mine[0].commissionFen, mine[0].jobNo, mine[0].visitOn]).toEqual([t.uid('zhangwei'), 5_000, job.job_no, '2026-11-25']);
    expect(m.people.find((p: { userId: string }) => p.userId === t.uid('zhangwei')).commissionFen).toBeGreaterThanOrEqual(5_000);
    // The technician is paid for the visit by the 维保提成表 only: the month end has no repair
    // commission line for it (the clerk keeps her per-job line: she checked and called back).
    const me = (await lina.get('/api/aftersales/monthend?month=2026-11')).body;
    expect(me.lines.filter((l: { jobId: string }) => l.jobId === job.id).map((l: { role: string }) => l.role)).toEqual(['clerk']);
    // The technician sees only his own lines; the register is closed to him.
    const own = (await zw.get('/api/aftersales/care/maintenance-commission/mine?month=2026-11')).body;
    expect(own.lines.every((l: { userId: string }) => l.userId === t.uid('zhangwei'))).toBe(true);
    expect(own.lines.some((l: { contractId: string }) => l.contractId === id)).toBe(true);
    expect((await zw.get('/api/aftersales/care/maintenance-commission?month=2026-11')).status).toBe(403);
    expect((await zw.get('/api/aftersales/care/contracts')).status).toBe(403);
    // xlsx
    const x = await lina.get('/api/aftersales/care/maintenance-commission/export.xlsx?month=2026-11');
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.raw as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('维保人员');
    expect(ws.getColumn(7).values).toContain(50);

    // A setting of % of the fee: 10% × 6000.00 / 4 visits = 150.00.
    const admin = await env().as('admin');
    expect((await admin.put('/api/aftersales/care/settings', { maintenanceMode: 'feePercent' })).status).toBe(200);
    const m2 = (await lina.get('/api/aftersales/care/maintenance-commission?month=2026-11')).body;
    expect(m2.lines.find((l: { contractId: string }) => l.contractId === id).commissionFen).toBe(15_000);
    await admin.put('/api/aftersales/care/settings', { maintenanceMode: 'perVisit' });
  });

  it('ASV-13 edit reschedules planned visits; terminate cancels the later ones; a terminated agreement makes no jobs', async () => {
    const t = await setup();
    const id = (await t.lina.post('/api/aftersales/care/contracts', body(t, { startOn: '2027-01-10', endOn: '2027-12-31', visitsPerYear: 2 }))).body.id as string;
    const visits = async () => (await t.lina.get(`/api/aftersales/care/contracts/${id}`)).body.visits.map((v: { visitOn: string; status: string }) => `${v.visitOn}:${v.status}`);
    expect(await visits()).toEqual(['2027-01-10:planned', '2027-07-10:planned']);
    expect((await t.lina.put(`/api/aftersales/care/contracts/${id}`, body(t, { startOn: '2027-01-10', endOn: '2027-12-31', visitsPerYear: null, intervalMonths: 4 }))).status).toBe(200);
    expect(await visits()).toEqual(['2027-01-10:planned', '2027-05-10:planned', '2027-09-10:planned']);
    expect((await t.lina.post(`/api/aftersales/care/contracts/${id}/terminate`, { on: '2027-06-30', reason: '客户搬迁' })).status).toBe(200);
    expect(await visits()).toEqual(['2027-01-10:planned', '2027-05-10:planned', '2027-09-10:cancelled']);
    env().clock.set('2027-01-04T01:00:00.000Z');
    await createDueVisitJobs(env().services);
    const lina = await env().as('lina');
    expect((await lina.get(`/api/aftersales/care/contracts/${id}`)).body.visits[0].status).toBe('planned');
    const again = await lina.put(`/api/aftersales/care/contracts/${id}`, body(t));
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('已于 2027-06-30 终止');
  });

  it('ASV-13 bad input → 4xx with a Chinese message naming the value, nothing stored', async () => {
    const t = await setup();
    const count = async () => Number((await t.db.selectFrom('aftersales_contract').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ startOn: '2027-01-01', endOn: '2026-12-31' }, 400, '结束日 2026-12-31 早于开始日 2027-01-01'],
      [{ feeFen: -100 }, 400, '金额“-100”无效'],
      [{ customerId: 'nobody' }, 400, '客户“nobody”不在客户档案中'],
      [{ visitsPerYear: 5 }, 400, '每年保养次数“5”无效'],
      [{ technicianId: t.uid('lina') }, 400, '不是售后维修人员'],
      [{ startOn: '2026-02-30' }, 400, '日期“2026-02-30”无效'],
      [{ commissionMode: 'feePercent', commissionValue: 120 }, 400, '维保提成规则无效'],
    ];
    for (const [o, status, text] of cases) {
      const r = await t.lina.post('/api/aftersales/care/contracts', body(t, o));
      expect(r.status, JSON.stringify(o)).toBe(status);
      expect(r.body.detail).toContain(text);
    }
    expect((await t.lina.post('/api/aftersales/care/contracts', { ...body(t), extra: 1 })).status).toBe(400);
    expect(await count()).toBe(before);
    // The customer base may delete the contract row: no error, and the agreement leaves the list.
    const gone = (await t.lina.post('/api/aftersales/care/contracts', body(t, { startOn: '2027-03-01', endOn: '2027-08-31' }))).body.id as string;
    expect((await t.lina.delete(`/api/aftersales/contracts/${gone}`)).status).toBe(200);
    expect((await t.lina.get('/api/aftersales/care/contracts')).body.items.some((c: { id: string }) => c.id === gone)).toBe(false);
    expect((await t.lina.get(`/api/aftersales/care/contracts/${gone}`)).status).toBe(404);
    expect((await t.lina.post('/api/aftersales/care/schedule-preview', { startOn: '2026-01-31', endOn: '2026-03-31', intervalMonths: 1 })).body.dates).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });
});

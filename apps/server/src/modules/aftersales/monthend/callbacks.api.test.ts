import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { newId } from '../../../ports/ids.js';
import { describeApi, type TestClient } from '../../../test/harness.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function todo(c: TestClient, instanceId: string) {
  const t = (await c.get(`/api/instances/${instanceId}`)).body.myActions?.tasks?.[0];
  if (!t) throw new Error('no task for this user');
  return t as { taskId: string };
}
const act = (c: TestClient, taskId: string, data: Record<string, unknown>) => c.post(`/api/tasks/${taskId}/actions/complete`, { data });

describeApi('aftersales callbacks (回访记录表, ASV-16)', (env) => {
  /** One real job through the process (no fee → straight to the callback), closed with a callback. */
  async function closedJob() {
    env().clock.set('2026-11-23T02:00:00.000Z');
    const lina = await env().as('lina');
    const zw = await env().as('zhangwei');
    const users = await env().services.db.selectFrom('app_user').select(['id', 'username']).execute();
    const uid = (u: string) => users.find((x) => x.username === u)!.id;
    const c = (await lina.get(`/api/aftersales/customers?q=${encodeURIComponent('何俊')}`)).body.items[0];
    const r = await lina.post('/api/instances', { processKey: 'aftersales.job', data: { customerId: c.id, problem: '不制冷', address: c.address, contactPhone: '13900000000', jobType: 'repair' } });
    expect(r.status).toBe(201);
    const id = r.body.instanceId as string;
    await act(lina, (await todo(lina, id)).taskId, { technicianId: uid('zhangwei') });
    await act(zw, (await todo(zw, id)).taskId, { appointmentAt: '2026-11-23T06:00:00.000Z' });
    const photo = (await zw.upload('/api/attachments', '完工.png', PNG)).body.id;
    expect((await act(zw, (await todo(zw, id)).taskId, { finished: true, workDone: '更换电容', photos: [photo], feeFen: 0, receiptNo: '' })).status).toBe(200);
    for (let i = 0; i < 3; i++) {
      const row = await env().services.db.selectFrom('aftersales_job').selectAll().where('instance_id', '=', id).executeTakeFirstOrThrow();
      if (row.status === 'closed') break;
      if (row.status === 'callback') await act(lina, (await todo(lina, id)).taskId, { satisfaction: '不满意', timely: false, conductOk: true, callbackNotes: '等待时间长' });
      else await act(lina, (await todo(lina, id)).taskId, { feeConfirmed: true });
    }
    const job = await env().services.db.selectFrom('aftersales_job').selectAll().where('instance_id', '=', id).executeTakeFirstOrThrow();
    expect(job.status).toBe('closed');
    return { job, uid };
  }

  /** A copy of `job` closed at `completedAt` with callback data `data` (month report figures). */
  async function copyJob(job: Awaited<ReturnType<typeof closedJob>>['job'], n: number, technicianId: string, completedAt: string, data: Record<string, unknown>) {
    const db = env().services.db;
    const inst = await db.selectFrom('process_instance').selectAll().where('id', '=', job.instance_id).executeTakeFirstOrThrow();
    const instanceId = newId();
    await db.insertInto('process_instance').values({ ...inst, id: instanceId, data: JSON.stringify(data) }).execute();
    await db.insertInto('aftersales_job').values({ ...job, id: newId(), instance_id: instanceId, job_no: `PG2025100${n}`, technician_id: technicianId, completed_at: completedAt }).execute();
  }

  it('ASV-16 the callback register lists the closed job with satisfaction, timeliness and conduct; xlsx export', async () => {
    const { job } = await closedJob();
    const liufang = await env().as('liufang');
    const list = (await liufang.get('/api/aftersales/callbacks?month=2026-11')).body.items;
    const mine = list.find((x: { jobNo: string }) => x.jobNo === job.job_no);
    expect(mine).toMatchObject({ satisfaction: '不满意', timely: false, conductOk: true, notes: '等待时间长', workDone: '更换电容', technicianName: expect.any(String) });
    const x = await liufang.get('/api/aftersales/callbacks/export.xlsx?month=2026-11');
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.raw as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(6).value).toBe('满意度');
    const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.some((r) => r.includes(job.job_no) && r.includes('不满意') && r.includes('否'))).toBe(true);
  });

  it('ASV-16 monthly callback report: satisfaction and timeliness counts and rates per technician', async () => {
    const { job, uid } = await closedJob();
    // October 2025 (Beijing), apart from the demo jobs: 3 jobs for zhangwei, 1 for fengtao.
    const zw = uid('zhangwei');
    const ft = uid('fengtao');
    await copyJob(job, 1, zw, '2025-10-10T02:00:00.000Z', { satisfaction: '非常满意', timely: true, conductOk: true });
    await copyJob(job, 2, zw, '2025-10-20T02:00:00.000Z', { satisfaction: '一般', timely: true, conductOk: false });
    await copyJob(job, 3, zw, '2025-10-31T15:59:00.000Z', { satisfaction: '满意', timely: false, conductOk: true });
    await copyJob(job, 4, ft, '2025-10-05T02:00:00.000Z', { satisfaction: '不满意', timely: false, conductOk: true });
    // 2025-10-31T16:00Z is 1 November in Beijing: not in the October report.
    await copyJob(job, 5, ft, '2025-10-31T16:00:00.000Z', { satisfaction: '满意', timely: true, conductOk: true });
    const gm = await env().as('chenzhiqiang');
    const rep = (await gm.get('/api/aftersales/callbacks/report?month=2025-10')).body;
    expect(rep.total).toMatchObject({ callbacks: 4, satisfied: 2, timely: 2, conductOk: 3, satisfactionRate: 50, timelyRate: 50, conductRate: 75 });
    expect(rep.total.bySatisfaction).toEqual({ 非常满意: 1, 一般: 1, 满意: 1, 不满意: 1 });
    const line = (id: string) => rep.lines.find((l: { technicianId: string }) => l.technicianId === id);
    expect(line(zw)).toMatchObject({ callbacks: 3, satisfied: 2, timely: 2, satisfactionRate: 66.7, timelyRate: 66.7 });
    expect(line(ft)).toMatchObject({ callbacks: 1, satisfied: 0, timely: 0, satisfactionRate: 0 });
    expect(rep.checklist.map((c: { code: string }) => c.code)).toEqual(['appointment', 'uniform', 'appearance']);
  });

  it('ASV-16 a bad month is a 400; a technician may not read the report', async () => {
    const liufang = await env().as('liufang');
    expect((await liufang.get('/api/aftersales/callbacks/report?month=2026-13')).status).toBe(400);
    expect((await liufang.get('/api/aftersales/callbacks?month=2026-11&x=1')).status).toBe(400);
    expect((await (await env().as('zhangwei')).get('/api/aftersales/callbacks/report?month=2026-11')).status).toBe(403);
  });
});

/** Helpers of the reports API tests: run 派工单 through the engine as the demo users do. */
import { expect } from 'vitest';
import type { TestClient, TestEnv } from '../../../test/harness.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

export async function todo(c: TestClient, instanceId: string) {
  const d = (await c.get(`/api/instances/${instanceId}`)).body;
  const t = d.myActions?.tasks?.[0];
  if (!t) throw new Error(`no task for this user; current steps ${JSON.stringify(d.currentSteps)}`);
  return t as { taskId: string; stepId: string };
}
export const act = (c: TestClient, taskId: string, data: Record<string, unknown>) => c.post(`/api/tasks/${taskId}/actions/complete`, { data });

export async function uidOf(e: TestEnv, username: string): Promise<string> {
  return (await e.services.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}

/** A customer with equipment from the demo base. */
export async function customer(lina: TestClient, q = '何俊') {
  const c = (await lina.get(`/api/aftersales/customers?q=${encodeURIComponent(q)}`)).body.items[0];
  const full = (await lina.get(`/api/aftersales/customers/${c.id}`)).body;
  return { id: c.id as string, equipmentId: (full.equipment ?? full.customer?.equipment)[0].id as string, address: c.address as string };
}

export async function startJob(lina: TestClient, c: { id: string; equipmentId: string; address: string }, problem = '不制冷') {
  const r = await lina.post('/api/instances', { processKey: 'aftersales.job', data: { customerId: c.id, equipmentId: c.equipmentId, problem, address: c.address, contactPhone: '13900000000', jobType: 'repair' } });
  expect(r.status).toBe(201);
  return r.body.instanceId as string;
}

/** intake → dispatched to `tech` → visit booked (status onsite). */
export async function dispatched(e: TestEnv, lina: TestClient, tech: TestClient, techId: string, problem = '不制冷', q = '何俊') {
  const id = await startJob(lina, await customer(lina, q), problem);
  expect((await act(lina, (await todo(lina, id)).taskId, { technicianId: techId })).status).toBe(200);
  expect((await act(tech, (await todo(tech, id)).taskId, { appointmentAt: new Date(e.clock.now().getTime() + 3_600_000).toISOString() })).status).toBe(200);
  return id;
}

/** The technician reports the job finished with a fee (status feeCheck). */
export async function finish(tech: TestClient, id: string, feeFen: number) {
  const photo = (await tech.upload('/api/attachments', '完工.png', PNG)).body.id;
  const r = await act(tech, (await todo(tech, id)).taskId, { finished: true, workDone: '更换电容', photos: [photo], feeFen, receiptNo: 'SJ0001' });
  expect(r.status).toBe(200);
}

export const jobRow = (e: TestEnv, instanceId: string) => e.services.db.selectFrom('aftersales_job').selectAll().where('instance_id', '=', instanceId).executeTakeFirstOrThrow();

export async function notices(e: TestEnv, username: string, titlePart: string) {
  const rows = await e.services.db.selectFrom('notification').innerJoin('app_user', 'app_user.id', 'notification.user_id')
    .select(['notification.title', 'notification.body', 'notification.link']).where('app_user.username', '=', username).execute();
  return rows.filter((r) => r.title.includes(titlePart));
}

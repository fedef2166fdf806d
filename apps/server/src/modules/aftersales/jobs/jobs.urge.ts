/**
 * ASV-7 催缴: the customer-service clerk urges the technician to hand a job's collected cash to
 * finance. Each urge is recorded with its time (it decides the clerk's 5% penalty) and the
 * technician is notified.
 */
import type { Services } from '../../../app.types.js';
import { conflict, notFound } from '../../../http/errors.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { notify } from '../../../platform/notifications/notifications.service.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { newId } from '../../../ports/ids.js';

export async function urgeCash(s: Services, actor: Actor, jobId: string, note: string) {
  const job = await s.db.selectFrom('aftersales_job').selectAll().where('id', '=', jobId).executeTakeFirst();
  if (!job) throw notFound('aftersales.job.notFound', { id: jobId });
  // Only cash that was collected and is not at finance yet can be urged.
  if (Number(job.fee_fen) <= 0 || job.collected_at === null || job.handed_to_finance_at !== null || job.technician_id === null) {
    throw conflict('aftersales.job.urgeNotNeeded', { jobNo: job.job_no });
  }
  const now = s.clock.now().toISOString();
  const id = newId();
  const clean = note.trim();
  await changeWithAudit(s, actor, async (trx) => {
    await trx.insertInto('aftersales_job_urge').values({ id, job_id: job.id, clerk_id: actor.id, urged_at: now, note: clean }).execute();
    await notify(s, trx, [job.technician_id!], {
      title: `请尽快交营业款：${job.job_no}`,
      body: `派工单 ${job.job_no} 收取的营业款 ${(Number(job.fee_fen) / 100).toFixed(2)} 元须在 ${job.cash_due_on ?? ''} 前交财务部${clean ? `（${clean}）` : ''}`,
      link: '/aftersales/my-jobs',
    });
    return { result: null, audit: { action: 'aftersales.job.urge', entity: 'aftersales_job', entityId: job.id, data: { jobNo: job.job_no, note: clean } } };
  });
  return { id, jobId: job.id, urgedAt: now };
}

/** The urges of one job, newest first. */
export async function listUrges(s: Services, jobId: string) {
  if (!(await s.db.selectFrom('aftersales_job').select('id').where('id', '=', jobId).executeTakeFirst())) throw notFound('aftersales.job.notFound', { id: jobId });
  const rows = await s.db.selectFrom('aftersales_job_urge as u').innerJoin('app_user as k', 'k.id', 'u.clerk_id')
    .select(['u.id', 'u.urged_at', 'u.note', 'k.name as clerk_name']).where('u.job_id', '=', jobId).orderBy('u.urged_at', 'desc').execute();
  return { items: rows.map((r) => ({ id: r.id, urgedAt: r.urged_at, note: r.note, clerkName: r.clerk_name })) };
}

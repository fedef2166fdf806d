/**
 * Engine hooks of 派工单: 受理登记 (ASV-1/2: customer and equipment from the base, the warranty
 * status at intake, the gapless job number, the mirror row), 收费核对计算 (ASV-6 fee check, ASV-7
 * cash deadline), and the mirror's status, technician, fee and cash hand-in on the way.
 */
import type { EngineHooks, InstanceRef } from '@guanjia/engine';
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import { notify } from '../../../platform/notifications/notifications.service.js';
import { beijingDateOf, cashDeadline, checkFee, warrantyStatus } from '../aftersales.rules.js';
import { aftersalesSettings } from '../customers/customers.service.js';
import { FEE_CHECK_HOOK, INTAKE_HOOK, JOB_PROCESS_KEY } from './jobs.process.js';
import type { JobStatus } from './jobs.table.js';

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** 派工单号 PG + Beijing date + 4 digits, gapless per day (the start transaction holds the count). */
export async function nextJobNo(db: Db, nowMs: number): Promise<string> {
  const prefix = `PG${beijingDateOf(nowMs).replaceAll('-', '')}`;
  const rows = await db.selectFrom('aftersales_job').select('job_no').where('job_no', 'like', `${prefix}%`).execute();
  const max = rows.reduce((m, r) => Math.max(m, Number(r.job_no.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(max + 1).padStart(4, '0')}`;
}

/** Whether `userId` is an active user with the technician role (ASV-3 dispatch target). */
export async function isTechnician(db: Db, userId: string): Promise<boolean> {
  const r = await db.selectFrom('user_role').innerJoin('role', 'role.id', 'user_role.role_id').innerJoin('app_user', 'app_user.id', 'user_role.user_id')
    .select('user_role.user_id').where('user_role.user_id', '=', userId).where('role.key', '=', 'technician').where('app_user.active', '=', 1).executeTakeFirst();
  return !!r;
}

async function intake(db: Db, s: Services, ctx: InstanceRef): Promise<Record<string, unknown>> {
  const d = ctx.data;
  const customerId = str(d.customerId);
  const customer = await db.selectFrom('aftersales_customer').select(['id', 'name']).where('id', '=', customerId).executeTakeFirst();
  if (!customer) throw badRequest('aftersales.job.customerUnknown', { id: customerId });
  const equipmentId = str(d.equipmentId) || null;
  const eq = equipmentId ? await db.selectFrom('aftersales_equipment').selectAll().where('id', '=', equipmentId).where('customer_id', '=', customerId).executeTakeFirst() : undefined;
  if (equipmentId && !eq) throw badRequest('aftersales.job.equipmentUnknown', { id: equipmentId });
  const settings = await aftersalesSettings(db);
  const nowMs = s.clock.now().getTime();
  // ASV-2: computed here, server side, and kept in the instance data as it was at intake.
  const w = warrantyStatus(eq?.installed_on ?? null, eq?.warranty_months ?? null, beijingDateOf(nowMs), settings.warrantyReminderDays);
  const jobNo = await nextJobNo(db, nowMs);
  const id = newId();
  const now = s.clock.now().toISOString();
  await db.insertInto('aftersales_job').values({
    id, instance_id: ctx.instanceId, job_no: jobNo, customer_id: customerId, equipment_id: eq?.id ?? null, clerk_id: ctx.initiatorId,
    technician_id: null, engineer_called: 0, engineer_id: null, problem: str(d.problem), address: str(d.address), contact_phone: str(d.contactPhone),
    skill: str(d.skill) || eq?.name || '', job_type: str(d.jobType) || 'repair', warranty_state: w.state, status: 'dispatch', appointment_at: null,
    fee_fen: 0, receipt_no: '', fee_verdict: null, fee_diff_fen: null, collected_at: null, cash_due_on: null, cash_late_from: null,
    handed_to_finance_at: null, penalty_posted_at: null, unfinished_reason: '', completed_at: null, dispatched_at: null, finished_at: null, satisfaction: null,
    created_at: now, updated_at: now,
  }).execute();
  return { jobId: id, jobNo, customerName: customer.name, equipmentName: eq?.name ?? '', warrantyState: w.state, inWarranty: w.inWarranty, warrantyLastDay: w.lastDay ?? '' };
}

async function feeCheckStep(db: Db, s: Services, ctx: InstanceRef): Promise<Record<string, unknown>> {
  const d = ctx.data;
  const settings = await aftersalesSettings(db);
  const feeFen = typeof d.feeFen === 'number' ? d.feeFen : 0;
  const check = checkFee({ jobType: str(d.jobType) || 'repair', chargedFen: feeFen, partsFen: typeof d.partsFen === 'number' ? d.partsFen : 0, inWarranty: d.inWarranty === true }, settings.feeStandard);
  const now = s.clock.now();
  const job = await db.selectFrom('aftersales_job').select(['id', 'collected_at']).where('instance_id', '=', ctx.instanceId).executeTakeFirstOrThrow();
  // The collection is the first time the technician reports the fee; a resubmission keeps it.
  const collectedAt = feeFen > 0 ? (job.collected_at ?? now.toISOString()) : null;
  const deadline = collectedAt ? cashDeadline(Date.parse(collectedAt), settings) : null;
  await db.updateTable('aftersales_job').set({
    fee_fen: feeFen, receipt_no: str(d.receiptNo), fee_verdict: check.verdict, fee_diff_fen: check.diffFen, collected_at: collectedAt,
    cash_due_on: deadline?.dueOn ?? null, cash_late_from: deadline?.lateFrom ?? null, updated_at: now.toISOString(),
  }).where('id', '=', job.id).execute();
  return { feeVerdict: check.verdict, expectedFen: check.expectedFen ?? 0, diffFen: check.diffFen ?? 0, cashDueOn: deadline?.dueOn ?? '' };
}

export function jobsEngineHooks(s: Services): EngineHooks {
  const mine = (i: { processKey: string }) => i.processKey === JOB_PROCESS_KEY;
  return {
    auto: {
      [INTAKE_HOOK]: async (trx, ctx) => intake(trx as Db, s, ctx),
      [FEE_CHECK_HOOK]: async (trx, ctx) => feeCheckStep(trx as Db, s, ctx),
    },
    onEnterStep: async (trx, ctx) => {
      if (!mine(ctx) || ctx.stepId === 'intake' || ctx.stepId === 'end') return;
      const db = trx as Db;
      const d = ctx.data;
      const job = await db.selectFrom('aftersales_job').selectAll().where('instance_id', '=', ctx.instanceId).executeTakeFirst();
      if (!job) return;
      const now = s.clock.now().toISOString();
      const technicianId = str(d.technicianId) || null;
      const engineerCalled = d.engineerCalled === true;
      const engineerId = engineerCalled ? str(d.engineerId) || null : null;
      if (ctx.stepId === 'schedule') {
        if (!technicianId || !(await isTechnician(db, technicianId))) throw badRequest('aftersales.job.notTechnician', { id: technicianId ?? '' });
        if (engineerCalled && !engineerId) throw badRequest('aftersales.job.engineerMissing');
        // ASV-9: coming back from 上门服务 unfinished needs the reason told to the customer.
        if (job.status === 'onsite' && !str(d.unfinishedReason)) throw badRequest('aftersales.job.unfinishedReason');
      }
      if (ctx.stepId === 'feeCalc') {
        if (engineerCalled && !engineerId) throw badRequest('aftersales.job.engineerMissing');
        const missing = [...(Array.isArray(d.photos) && d.photos.length > 0 ? [] : ['维修结果照片']), ...(typeof d.feeFen === 'number' && d.feeFen > 0 && !str(d.receiptNo) ? ['收费票据号'] : []), ...(typeof d.feeFen === 'number' ? [] : ['收取维修费用'])];
        if (missing.length) throw badRequest('aftersales.job.finishedIncomplete', { missing: missing.join('、') });
      }
      const patch: Partial<Record<string, unknown>> = {
        status: ctx.stepId as JobStatus, technician_id: technicianId, engineer_called: engineerCalled ? 1 : 0, engineer_id: engineerId,
        appointment_at: str(d.appointmentAt) || null, unfinished_reason: job.status === 'onsite' && ctx.stepId === 'schedule' ? str(d.unfinishedReason) : job.unfinished_reason,
        skill: str(d.skill) || job.skill, job_type: str(d.jobType) || job.job_type, updated_at: now,
      };
      // ASV-7: the cashier's confirmation is when the cash reached finance.
      if (ctx.stepId === 'callback' && job.status === 'cash') patch.handed_to_finance_at = now;
      // ASV-9: the first dispatch and the first finish are what the daily check and the KPI count.
      if (ctx.stepId === 'schedule' && job.dispatched_at === null) patch.dispatched_at = now;
      if (ctx.stepId === 'feeCalc' && job.finished_at === null) patch.finished_at = now;
      await db.updateTable('aftersales_job').set(patch).where('id', '=', job.id).execute();
      // ASV-3: the technician learns on the phone whether the job is chargeable and how much.
      if (ctx.stepId === 'schedule' && job.status === 'dispatch' && technicianId) {
        await notify(s, db, [technicianId], {
          title: `新派工单：${job.job_no}`,
          body: `${str(d.customerName)} ${job.address}，${job.problem}；${d.inWarranty === true ? '保修期内' : '保修期外，需收费'}${str(d.chargeNote) ? `：${str(d.chargeNote)}` : ''}`,
          link: '/aftersales/my-jobs',
        });
      }
    },
    onCompleted: async (trx, i) => {
      if (!mine(i)) return;
      const now = s.clock.now().toISOString();
      // ASV-8: the callback's satisfaction kept as a column for the reports' SQL aggregates.
      const satisfaction = typeof i.data.satisfaction === 'string' && i.data.satisfaction !== '' ? i.data.satisfaction : null;
      await (trx as Db).updateTable('aftersales_job').set({ status: i.status === 'rejected' ? 'cancelled' : 'closed', completed_at: now, updated_at: now, satisfaction }).where('instance_id', '=', i.instanceId).execute();
    },
    onCancelled: async (trx, i) => {
      if (!mine(i)) return;
      const now = s.clock.now().toISOString();
      await (trx as Db).updateTable('aftersales_job').set({ status: 'cancelled', updated_at: now }).where('instance_id', '=', i.instanceId).execute();
    },
  };
}

/**
 * ASV-4 part loans (借件登记): the technician asks on his job (requested), the clerk records it
 * (recorded — or records it directly), the keeper issues it (issued: the warehouse stock goes
 * down). ASV-10: each issued loan is reconciled — booked out on the job (出库核销) or returned —
 * within 3 days (loanReconciliation); late ones are flagged and reminded daily. ASV-11: installation
 * goods are never lent (mayBorrow). Parts used from the small stock are recorded on the job.
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest, conflict, forbidden, notFound } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { notify } from '../../../platform/notifications/notifications.service.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { beijingDateOf, loanReconciliation, mayBorrow, type LoanState } from '../aftersales.rules.js';
import { aftersalesSettings } from '../customers/customers.service.js';
import { activeItem, assertTechnician, moveStock, nextNumber } from './stock.core.js';
import { seesAll } from './stock.service.js';
import type { PartLoanStatus } from './stock.table.js';

export const LOAN_STATUS_LABELS: Record<PartLoanStatus, string> = { requested: '已申请', recorded: '已登记', issued: '已发放', booked: '已出库核销', returned: '已归还', cancelled: '已取消' };
const CLOSED_JOB = ['closed', 'cancelled'];

async function loadJob(db: Db, jobId: string) {
  const job = await db.selectFrom('aftersales_job').select(['id', 'job_no', 'technician_id', 'engineer_id', 'status']).where('id', '=', jobId).executeTakeFirst();
  if (!job) throw notFound('aftersales.stock.jobNotFound', { id: jobId });
  return job;
}

/** The job's technician (or the engineer called in), or someone who sees all; else 403. */
async function jobForActor(db: Db, actor: Actor, jobId: string) {
  const job = await loadJob(db, jobId);
  if (!seesAll(actor) && job.technician_id !== actor.id && job.engineer_id !== actor.id) throw forbidden('aftersales.stock.notYourJob', { jobNo: job.job_no });
  return job;
}

async function borrowable(db: Db, itemId: string) {
  const item = await activeItem(db, itemId);
  // ASV-11 "安装人员不得借领": installation goods go out only through 安装出库.
  if (!mayBorrow(item.is_install_goods === 1 || item.is_set === 1 ? 'installation_goods' : 'repair_part')) throw badRequest('aftersales.stock.installGoodsNoLoan', { item: item.name });
  return item;
}

async function loanNo(db: Db, nowMs: number): Promise<string> {
  const prefix = `JJ${beijingDateOf(nowMs).replaceAll('-', '')}`;
  const rows = await db.selectFrom('aftersales_part_loan').select('loan_no').where('loan_no', 'like', `${prefix}%`).execute();
  return nextNumber(prefix, rows.map((r) => r.loan_no));
}

interface NewLoan { technicianId: string; jobId: string | null; itemId: string; quantity: number; note?: string }

async function insertLoan(db: Db, s: Services, actor: Actor, l: NewLoan, status: PartLoanStatus) {
  const now = s.clock.now();
  const id = newId();
  const no = await loanNo(db, now.getTime());
  const iso = now.toISOString();
  await db.insertInto('aftersales_part_loan').values({
    id, loan_no: no, job_id: l.jobId, technician_id: l.technicianId, item_id: l.itemId, quantity: l.quantity, status, note: (l.note ?? '').trim().slice(0, 500),
    requested_by: actor.id, recorded_by: status === 'recorded' ? actor.id : null, recorded_at: status === 'recorded' ? iso : null, issued_by: null, issued_at: null,
    borrowed_on: null, reconciled_by: null, reconciled_on: null, reminded_on: null, created_at: iso, updated_at: iso,
  }).execute();
  return { id, loanNo: no };
}

/** ASV-4 the technician asks for a part on his job from the phone (小库没有的配件). */
export async function requestLoan(s: Services, actor: Actor, jobId: string, input: { itemId: string; quantity: number; note?: string }) {
  return changeWithAudit(s, actor, async (trx) => {
    const job = await jobForActor(trx, actor, jobId);
    if (CLOSED_JOB.includes(job.status)) throw conflict('aftersales.stock.jobClosed', { jobNo: job.job_no });
    const item = await borrowable(trx, input.itemId);
    const technicianId = job.technician_id === actor.id || job.engineer_id === actor.id ? actor.id : (job.technician_id ?? actor.id);
    await assertTechnician(trx, technicianId);
    const r = await insertLoan(trx, s, actor, { technicianId, jobId, ...input }, 'requested');
    // The clerk keeps the record of parts borrowed (客服应做好售后人员向库管借领配件记录).
    const clerk = await trx.selectFrom('aftersales_job').select('clerk_id').where('id', '=', jobId).executeTakeFirstOrThrow();
    await notify(s, trx, [clerk.clerk_id], { title: `借件申请：${job.job_no}`, body: `${item.name} ${input.quantity}${item.unit}，请登记并通知库管发放`, link: '/aftersales/stock/loans' });
    return { result: r, audit: { action: 'aftersales.loan.request', entity: 'aftersales_part_loan', entityId: r.id, data: { jobId, ...input } } };
  });
}

/** ASV-4 the clerk records a loan directly (借件登记). */
export async function createLoan(s: Services, actor: Actor, input: NewLoan) {
  return changeWithAudit(s, actor, async (trx) => {
    await assertTechnician(trx, input.technicianId);
    if (input.jobId) {
      const job = await loadJob(trx, input.jobId);
      if (CLOSED_JOB.includes(job.status)) throw conflict('aftersales.stock.jobClosed', { jobNo: job.job_no });
    }
    await borrowable(trx, input.itemId);
    const r = await insertLoan(trx, s, actor, input, 'recorded');
    return { result: r, audit: { action: 'aftersales.loan.create', entity: 'aftersales_part_loan', entityId: r.id, data: { ...input } } };
  });
}

async function loadLoan(db: Db, id: string) {
  const l = await db.selectFrom('aftersales_part_loan').selectAll().where('id', '=', id).executeTakeFirst();
  if (!l) throw notFound('aftersales.stock.loanNotFound', { id });
  return { ...l, quantity: Number(l.quantity) };
}

const stateError = (l: { loan_no: string; status: PartLoanStatus }, action: string) => conflict('aftersales.stock.loanState', { loanNo: l.loan_no, status: LOAN_STATUS_LABELS[l.status], action });

export type LoanAction = 'record' | 'issue' | 'book' | 'return' | 'cancel';
const ACTION_LABELS: Record<LoanAction, string> = { record: '登记', issue: '发放', book: '出库核销', return: '归还', cancel: '取消' };

/**
 * One step of a loan. record: requested → recorded (clerk); issue: recorded → issued, stock goes
 * down (keeper); book: issued → booked, used on the job (出库核销); return: issued → returned,
 * stock goes back up; cancel: requested/recorded → cancelled (the clerk, or the technician his own).
 */
export async function actOnLoan(s: Services, actor: Actor, id: string, action: LoanAction, note?: string) {
  return changeWithAudit(s, actor, async (trx) => {
    const l = await loadLoan(trx, id);
    const now = s.clock.now();
    const iso = now.toISOString();
    const today = beijingDateOf(now.getTime());
    const need = (from: PartLoanStatus[]) => {
      if (!from.includes(l.status)) throw stateError(l, ACTION_LABELS[action]);
    };
    const can = (perm: string) => {
      if (!actor.can(perm)) throw forbidden('auth.forbidden');
    };
    let patch: Record<string, unknown> = {};
    if (action === 'record') {
      can('aftersales:loans');
      need(['requested']);
      patch = { status: 'recorded', recorded_by: actor.id, recorded_at: iso };
    } else if (action === 'issue') {
      can('aftersales:stock');
      need(['recorded']);
      await borrowable(trx, l.item_id);
      await moveStock(trx, actor.id, iso, { itemId: l.item_id, kind: 'loan_issue', delta: -l.quantity, technicianId: l.technician_id, jobId: l.job_id, loanId: l.id, note: note ?? `借件发放 ${l.loan_no}` });
      patch = { status: 'issued', issued_by: actor.id, issued_at: iso, borrowed_on: today };
    } else if (action === 'book' || action === 'return') {
      if (!actor.can('aftersales:loans') && !actor.can('aftersales:stock')) throw forbidden('auth.forbidden');
      need(['issued']);
      await moveStock(trx, actor.id, iso, {
        itemId: l.item_id, kind: action === 'book' ? 'loan_book' : 'loan_return', delta: action === 'book' ? 0 : l.quantity, technicianId: l.technician_id, jobId: l.job_id, loanId: l.id,
        note: note ?? `${ACTION_LABELS[action]} ${l.loan_no}`,
      });
      patch = { status: action === 'book' ? 'booked' : 'returned', reconciled_by: actor.id, reconciled_on: today };
    } else {
      if (!actor.can('aftersales:loans') && l.technician_id !== actor.id) throw forbidden('aftersales.stock.notYourLoan', { loanNo: l.loan_no });
      need(['requested', 'recorded']);
      patch = { status: 'cancelled' };
    }
    await trx.updateTable('aftersales_part_loan').set({ ...patch, updated_at: iso }).where('id', '=', id).where('status', '=', l.status).execute();
    return { result: { ok: true, status: patch.status as PartLoanStatus }, audit: { action: `aftersales.loan.${action}`, entity: 'aftersales_part_loan', entityId: id, data: { loanNo: l.loan_no, note: note ?? '' } } };
  });
}

export interface LoanFilter {
  status?: PartLoanStatus;
  technicianId?: string;
  jobId?: string;
  overdue?: boolean;
  open?: boolean;
}

/** 借件登记表: loans with their ASV-10 reconciliation state; a technician sees his own. */
export async function listLoans(s: Services, actor: Actor, f: LoanFilter) {
  let q = s.db.selectFrom('aftersales_part_loan as l').innerJoin('aftersales_stock_item as i', 'i.id', 'l.item_id').innerJoin('app_user as t', 't.id', 'l.technician_id')
    .leftJoin('aftersales_job as j', 'j.id', 'l.job_id').leftJoin('app_user as rb', 'rb.id', 'l.recorded_by').leftJoin('app_user as ib', 'ib.id', 'l.issued_by')
    .selectAll('l').select(['i.code', 'i.name as item_name', 'i.unit', 'i.unit_cost_fen', 't.name as technician_name', 'j.job_no', 'rb.name as recorded_by_name', 'ib.name as issued_by_name']);
  if (!seesAll(actor)) q = q.where('l.technician_id', '=', actor.id);
  if (f.status) q = q.where('l.status', '=', f.status);
  if (f.technicianId) q = q.where('l.technician_id', '=', f.technicianId);
  if (f.jobId) q = q.where('l.job_id', '=', f.jobId);
  if (f.open) q = q.where('l.status', 'in', ['requested', 'recorded', 'issued']);
  const rows = await q.orderBy('l.created_at', 'desc').limit(2000).execute();
  const settings = await aftersalesSettings(s.db);
  const today = beijingDateOf(s.clock.now().getTime());
  const items = rows.map((r) => {
    const rec = r.borrowed_on && (r.status === 'issued' || r.status === 'booked' || r.status === 'returned')
      ? loanReconciliation({ id: r.id, borrowedOn: r.borrowed_on, reconciledOn: r.reconciled_on }, today, settings) : null;
    return {
      id: r.id, loanNo: r.loan_no, jobId: r.job_id, jobNo: r.job_no ?? '', technicianId: r.technician_id, technicianName: r.technician_name, itemId: r.item_id, code: r.code,
      itemName: r.item_name, unit: r.unit, quantity: Number(r.quantity), valueFen: Number(r.quantity) * Number(r.unit_cost_fen), status: r.status, statusLabel: LOAN_STATUS_LABELS[r.status], note: r.note,
      recordedByName: r.recorded_by_name ?? '', issuedByName: r.issued_by_name ?? '', createdAt: r.created_at, issuedAt: r.issued_at, borrowedOn: r.borrowed_on,
      reconciledOn: r.reconciled_on, dueOn: rec?.dueOn ?? null, reconcileState: (rec?.state ?? null) as LoanState | null, daysLate: rec?.daysLate ?? 0, overdue: rec?.state === 'overdue',
    };
  });
  return { items: f.overdue ? items.filter((i) => i.overdue) : items };
}

/** The parts of one job for the phone: loans, parts used from the small stock, his small stock. */
export async function jobParts(s: Services, actor: Actor, jobId: string) {
  const job = await jobForActor(s.db, actor, jobId);
  const { items: loans } = await listLoans(s, { ...actor, can: () => true }, { jobId });
  const uses = await s.db.selectFrom('aftersales_stock_movement as m').innerJoin('aftersales_stock_item as i', 'i.id', 'm.item_id')
    .select(['m.id', 'm.item_id', 'm.small_delta', 'm.occurred_at', 'i.name', 'i.unit']).where('m.job_id', '=', jobId).where('m.kind', '=', 'use').orderBy('m.occurred_at').execute();
  const techId = job.technician_id === actor.id || job.engineer_id === actor.id ? actor.id : job.technician_id;
  const small = techId ? await s.db.selectFrom('aftersales_small_stock as ss').innerJoin('aftersales_stock_item as i', 'i.id', 'ss.item_id')
    .select(['ss.item_id', 'ss.quantity', 'i.name', 'i.unit']).where('ss.technician_id', '=', techId).where('ss.quantity', '>', 0).orderBy('i.code').execute() : [];
  return {
    jobId, jobNo: job.job_no, closed: CLOSED_JOB.includes(job.status), loans,
    uses: uses.map((u) => ({ id: u.id, itemId: u.item_id, itemName: u.name, unit: u.unit, quantity: -Number(u.small_delta), occurredAt: u.occurred_at })),
    smallStock: small.map((x) => ({ itemId: x.item_id, itemName: x.name, unit: x.unit, quantity: Number(x.quantity) })),
  };
}

/** ASV-4 a part used on the job from the technician's own small stock (never below zero). */
export async function usePart(s: Services, actor: Actor, jobId: string, input: { itemId: string; quantity: number; note?: string }) {
  return changeWithAudit(s, actor, async (trx) => {
    const job = await jobForActor(trx, actor, jobId);
    if (CLOSED_JOB.includes(job.status)) throw conflict('aftersales.stock.jobClosed', { jobNo: job.job_no });
    const techId = job.technician_id === actor.id || job.engineer_id === actor.id ? actor.id : job.technician_id;
    if (!techId) throw forbidden('aftersales.stock.notYourJob', { jobNo: job.job_no });
    const r = await moveStock(trx, actor.id, s.clock.now().toISOString(), { itemId: input.itemId, kind: 'use', delta: 0, technicianId: techId, smallDelta: -input.quantity, jobId, note: input.note ?? `派工单 ${job.job_no} 使用` });
    return { result: r, audit: { action: 'aftersales.stock.use', entity: 'aftersales_job', entityId: jobId, data: { ...input, ...r } } };
  });
}

/**
 * ASV-10 daily: loans issued and not reconciled by the end of the third day are reminded to the
 * clerk who recorded them and the technician, once a day (reminded_on).
 */
export async function remindOverdueLoans(s: Services): Promise<number> {
  const settings = await aftersalesSettings(s.db);
  const today = beijingDateOf(s.clock.now().getTime());
  const open = await s.db.selectFrom('aftersales_part_loan as l').innerJoin('aftersales_stock_item as i', 'i.id', 'l.item_id').innerJoin('app_user as t', 't.id', 'l.technician_id')
    .leftJoin('aftersales_job as j', 'j.id', 'l.job_id')
    .select(['l.id', 'l.loan_no', 'l.technician_id', 'l.recorded_by', 'l.requested_by', 'l.borrowed_on', 'l.reminded_on', 'l.quantity', 'i.name', 'i.unit', 't.name as tech', 'j.clerk_id'])
    .where('l.status', '=', 'issued').where('l.borrowed_on', 'is not', null).execute();
  let n = 0;
  for (const l of open) {
    if (l.reminded_on === today) continue;
    const r = loanReconciliation({ id: l.id, borrowedOn: l.borrowed_on!, reconciledOn: null }, today, settings);
    if (r.state !== 'overdue') continue;
    const clerk = l.recorded_by ?? l.clerk_id ?? l.requested_by;
    await s.db.transaction().execute(async (trx) => {
      await notify(s, trx, [...new Set([clerk, l.technician_id])], {
        title: `借件逾期未核销：${l.loan_no}`,
        body: `${l.tech} 借 ${l.name} ${Number(l.quantity)}${l.unit}，应于 ${r.dueOn} 前出库核销或归还，已逾期 ${r.daysLate} 天`,
        link: '/aftersales/stock/loans',
      });
      await trx.updateTable('aftersales_part_loan').set({ reminded_on: today }).where('id', '=', l.id).execute();
    });
    n++;
  }
  return n;
}

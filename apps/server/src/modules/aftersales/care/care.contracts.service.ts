/**
 * ASV-13 维保协议: create, edit and terminate a maintenance agreement (a row of the customer
 * base's contracts with type 'maintenance' plus its care details), and its visit schedule kept in
 * aftersales_care_visit (one row per date; planned dates follow edits, dates with a job stay).
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest, conflict, notFound } from '../../../http/errors.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { newId } from '../../../ports/ids.js';
import { assertDate, assertFen } from '../aftersales.rules.dates.js';
import { todayOf } from '../customers/customers.service.js';
import { isTechnician } from '../jobs/jobs.hooks.js';
import { intervalMonthsOf, visitSchedule } from './care.rules.js';
import type { CommissionMode } from './care.table.js';

export interface ContractInput {
  customerId: string;
  number?: string;
  equipmentIds: string[];
  startOn: string;
  endOn: string;
  signedOn?: string;
  visitsPerYear?: number | null;
  intervalMonths?: number | null;
  feeFen: number;
  salespersonId?: string | null;
  technicianId: string;
  commissionMode?: CommissionMode;
  commissionValue?: number;
  notes?: string;
}

const json = (t: string): string[] => {
  try {
    const v = JSON.parse(t) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

async function activeUser(db: Db, id: string, field: string): Promise<void> {
  const u = await db.selectFrom('app_user').select('id').where('id', '=', id).where('active', '=', 1).executeTakeFirst();
  if (!u) throw badRequest('aftersales.care.userUnknown', { id, field });
}

/** Validated row values of an agreement; throws a named 4xx before anything is written. */
async function validate(db: Db, input: ContractInput) {
  const customer = await db.selectFrom('aftersales_customer').select(['id', 'name']).where('id', '=', input.customerId).executeTakeFirst();
  if (!customer) throw badRequest('aftersales.care.customerUnknown', { id: input.customerId });
  const equipmentIds = [...new Set(input.equipmentIds)];
  if (equipmentIds.length) {
    const eq = await db.selectFrom('aftersales_equipment').select('id').where('customer_id', '=', customer.id).where('id', 'in', equipmentIds).execute();
    const missing = equipmentIds.find((id) => !eq.some((e) => e.id === id));
    if (missing) throw badRequest('aftersales.care.equipmentUnknown', { id: missing });
  }
  assertFen(input.feeFen, 'feeFen');
  const interval = intervalMonthsOf(input);
  // Checks the dates and the period's order too.
  const schedule = visitSchedule(input.startOn, input.endOn, interval);
  const signedOn = input.signedOn ?? input.startOn;
  assertDate(signedOn, 'signedOn');
  if (!(await isTechnician(db, input.technicianId))) throw badRequest('aftersales.care.notTechnician', { id: input.technicianId });
  if (input.salespersonId) await activeUser(db, input.salespersonId, 'salespersonId');
  const mode = input.commissionMode ?? 'default';
  const value = mode === 'default' ? 0 : input.commissionValue ?? -1;
  if (!Number.isSafeInteger(value) || value < 0 || (mode === 'feePercent' && value > 100)) throw badRequest('aftersales.care.badCommission', { mode, value: String(input.commissionValue ?? '') });
  return { customer, equipmentIds, interval, schedule, signedOn, mode, value };
}

async function nextNumber(db: Db, today: string): Promise<string> {
  const prefix = `WB-${today.slice(0, 4)}-`;
  const rows = await db.selectFrom('aftersales_contract').select('number').where('number', 'like', `${prefix}%`).execute();
  const max = rows.reduce((m, r) => Math.max(m, Number(r.number.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

/** Planned visits follow the schedule; visits that have a job (or are being made one) stay. */
async function syncVisits(trx: Db, contractId: string, schedule: string[], nowIso: string): Promise<void> {
  const existing = await trx.selectFrom('aftersales_care_visit').select(['id', 'visit_on', 'status']).where('contract_id', '=', contractId).execute();
  const stale = existing.filter((v) => v.status === 'planned' && !schedule.includes(v.visit_on)).map((v) => v.id);
  if (stale.length) await trx.deleteFrom('aftersales_care_visit').where('id', 'in', stale).execute();
  for (const [i, d] of schedule.entries()) {
    const cur = existing.find((v) => v.visit_on === d);
    if (cur) {
      await trx.updateTable('aftersales_care_visit').set({ seq: i + 1, ...(cur.status === 'cancelled' ? { status: 'planned' } : {}), updated_at: nowIso }).where('id', '=', cur.id).execute();
    } else {
      await trx.insertInto('aftersales_care_visit').values({ id: newId(), contract_id: contractId, visit_on: d, seq: i + 1, status: 'planned', job_id: null, instance_id: null, created_at: nowIso, updated_at: nowIso })
        .onConflict((oc) => oc.columns(['contract_id', 'visit_on']).doNothing()).execute();
    }
  }
}

export async function createContract(s: Services, actor: Actor, input: ContractInput): Promise<{ id: string; number: string }> {
  const today = todayOf(s);
  return changeWithAudit(s, actor, async (trx) => {
    const v = await validate(trx, input);
    const number = input.number?.trim() || (await nextNumber(trx, today));
    if (await trx.selectFrom('aftersales_contract').select('id').where('number', '=', number).executeTakeFirst()) throw conflict('aftersales.care.numberTaken', { number });
    const id = newId();
    const now = s.clock.now().toISOString();
    await trx.insertInto('aftersales_contract').values({ id, customer_id: v.customer.id, number, type: 'maintenance', start_on: input.startOn, end_on: input.endOn, amount_fen: input.feeFen, notes: input.notes?.trim() ?? '', created_at: now, updated_at: now }).execute();
    await trx.insertInto('aftersales_care_contract').values({
      contract_id: id, equipment_ids: JSON.stringify(v.equipmentIds), interval_months: v.interval, visits_per_year: input.visitsPerYear ?? null,
      salesperson_id: input.salespersonId ?? null, technician_id: input.technicianId, clerk_id: actor.id === 'system' ? input.technicianId : actor.id,
      commission_mode: v.mode, commission_value: v.value, signed_on: v.signedOn, status: 'active', terminated_on: null, terminate_reason: '', created_at: now, updated_at: now,
    }).execute();
    await syncVisits(trx, id, v.schedule, now);
    return { result: { id, number }, audit: { action: 'aftersales.care.contract.create', entity: 'aftersales_contract', entityId: id, data: { ...input, number } } };
  });
}

async function loadContract(db: Db, id: string) {
  const c = await db.selectFrom('aftersales_care_contract as cc').innerJoin('aftersales_contract as k', 'k.id', 'cc.contract_id').selectAll('cc')
    .select(['k.number', 'k.customer_id', 'k.start_on', 'k.end_on', 'k.amount_fen', 'k.notes']).where('cc.contract_id', '=', id).executeTakeFirst();
  if (!c) throw notFound('aftersales.care.contractNotFound', { id });
  return c;
}

export async function updateContract(s: Services, actor: Actor, id: string, input: ContractInput): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const cur = await loadContract(trx, id);
    if (cur.status === 'terminated') throw conflict('aftersales.care.contractTerminated', { number: cur.number, on: cur.terminated_on ?? '' });
    const v = await validate(trx, input);
    const number = input.number?.trim() || cur.number;
    if (number !== cur.number && (await trx.selectFrom('aftersales_contract').select('id').where('number', '=', number).executeTakeFirst())) throw conflict('aftersales.care.numberTaken', { number });
    const now = s.clock.now().toISOString();
    await trx.updateTable('aftersales_contract').set({ customer_id: v.customer.id, number, start_on: input.startOn, end_on: input.endOn, amount_fen: input.feeFen, notes: input.notes?.trim() ?? cur.notes, updated_at: now }).where('id', '=', id).execute();
    await trx.updateTable('aftersales_care_contract').set({
      equipment_ids: JSON.stringify(v.equipmentIds), interval_months: v.interval, visits_per_year: input.visitsPerYear ?? null, salesperson_id: input.salespersonId ?? null,
      technician_id: input.technicianId, commission_mode: v.mode, commission_value: v.value, signed_on: v.signedOn, updated_at: now,
    }).where('contract_id', '=', id).execute();
    await syncVisits(trx, id, v.schedule, now);
    return { result: undefined, audit: { action: 'aftersales.care.contract.update', entity: 'aftersales_contract', entityId: id, data: { ...input, number } } };
  });
}

/** Terminates on `on` (default today): planned visits after that day are cancelled; jobs made stay. */
export async function terminateContract(s: Services, actor: Actor, id: string, input: { on?: string; reason: string }): Promise<void> {
  const on = input.on ?? todayOf(s);
  assertDate(on, 'on');
  await changeWithAudit(s, actor, async (trx) => {
    const cur = await loadContract(trx, id);
    if (cur.status === 'terminated') throw conflict('aftersales.care.contractTerminated', { number: cur.number, on: cur.terminated_on ?? '' });
    if (on < cur.start_on || (cur.end_on && on > cur.end_on)) throw badRequest('aftersales.care.terminateOutside', { on, from: cur.start_on, to: cur.end_on ?? '' });
    const now = s.clock.now().toISOString();
    await trx.updateTable('aftersales_care_contract').set({ status: 'terminated', terminated_on: on, terminate_reason: input.reason.trim(), updated_at: now }).where('contract_id', '=', id).execute();
    await trx.updateTable('aftersales_care_visit').set({ status: 'cancelled', updated_at: now }).where('contract_id', '=', id).where('status', '=', 'planned').where('visit_on', '>', on).execute();
    return { result: undefined, audit: { action: 'aftersales.care.contract.terminate', entity: 'aftersales_contract', entityId: id, data: { on, reason: input.reason } } };
  });
}

const baseQuery = (db: Db) => db.selectFrom('aftersales_care_contract as cc').innerJoin('aftersales_contract as k', 'k.id', 'cc.contract_id')
  .innerJoin('aftersales_customer as c', 'c.id', 'k.customer_id').leftJoin('app_user as t', 't.id', 'cc.technician_id').leftJoin('app_user as sp', 'sp.id', 'cc.salesperson_id')
  .selectAll('cc').select(['k.number', 'k.customer_id', 'k.start_on', 'k.end_on', 'k.amount_fen', 'k.notes', 'c.name as customer_name', 't.name as technician_name', 'sp.name as salesperson_name']);

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;
const shape = (r: Row) => ({
  id: r.contract_id, number: r.number, customerId: r.customer_id, customerName: r.customer_name, equipmentIds: json(r.equipment_ids), startOn: r.start_on, endOn: r.end_on,
  signedOn: r.signed_on, intervalMonths: r.interval_months, visitsPerYear: r.visits_per_year, feeFen: Number(r.amount_fen), salespersonId: r.salesperson_id, salespersonName: r.salesperson_name ?? '',
  technicianId: r.technician_id, technicianName: r.technician_name ?? '', commissionMode: r.commission_mode, commissionValue: Number(r.commission_value), status: r.status,
  terminatedOn: r.terminated_on, terminateReason: r.terminate_reason, notes: r.notes,
});

export async function listContracts(s: Services, f: { status?: 'active' | 'terminated'; q?: string }) {
  let q = baseQuery(s.db);
  if (f.status) q = q.where('cc.status', '=', f.status);
  if (f.q?.trim()) {
    const like = `%${f.q.trim()}%`;
    q = q.where((eb) => eb.or([eb('k.number', 'like', like), eb('c.name', 'like', like)]));
  }
  const rows = await q.orderBy('k.start_on', 'desc').limit(500).execute();
  const visits = rows.length === 0 ? [] : await s.db.selectFrom('aftersales_care_visit').select(['contract_id', 'visit_on', 'status']).where('contract_id', 'in', rows.map((r) => r.contract_id)).execute();
  const today = todayOf(s);
  return {
    items: rows.map((r) => {
      const mine = visits.filter((v) => v.contract_id === r.contract_id && v.status !== 'cancelled');
      const next = mine.filter((v) => v.status === 'planned' && v.visit_on >= today).map((v) => v.visit_on).sort()[0] ?? null;
      return { ...shape(r), visitCount: mine.length, jobbedCount: mine.filter((v) => v.status === 'jobbed').length, nextVisitOn: next };
    }),
  };
}

export async function getContract(s: Services, id: string) {
  const r = await baseQuery(s.db).where('cc.contract_id', '=', id).executeTakeFirst();
  if (!r) throw notFound('aftersales.care.contractNotFound', { id });
  const visits = await s.db.selectFrom('aftersales_care_visit as v').leftJoin('aftersales_job as j', 'j.id', 'v.job_id').leftJoin('app_user as t', 't.id', 'j.technician_id')
    .select(['v.id', 'v.visit_on', 'v.seq', 'v.status', 'v.job_id', 'v.instance_id', 'j.job_no', 'j.status as job_status', 'j.completed_at', 't.name as technician_name'])
    .where('v.contract_id', '=', id).orderBy('v.visit_on').execute();
  const c = shape(r);
  const equipment = c.equipmentIds.length ? await s.db.selectFrom('aftersales_equipment').select(['id', 'name', 'model']).where('id', 'in', c.equipmentIds).execute() : [];
  return {
    ...c, equipment,
    visits: visits.map((v) => ({ id: v.id, visitOn: v.visit_on, seq: v.seq, status: v.status, jobId: v.job_id, instanceId: v.instance_id, jobNo: v.job_no ?? null, jobStatus: v.job_status ?? null, completedAt: v.completed_at ?? null, technicianName: v.technician_name ?? '' })),
  };
}

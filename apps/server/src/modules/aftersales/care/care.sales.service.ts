/**
 * ASV-15 二次销售业务记录表 and ASV-12 员工销售提成表: sales to existing customers (from a callback
 * task, a job's callback or otherwise) and, per Beijing month, each salesperson's commission on
 * them and on the 维保协议 he signed in the month (care settings: % per category).
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest, notFound } from '../../../http/errors.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { newId } from '../../../ports/ids.js';
import { assertDate, assertFen } from '../aftersales.rules.dates.js';
import { todayOf } from '../customers/customers.service.js';
import { salesCommissionLines, totalsPerUser } from './care.rules.js';
import { careSettings, MAINTENANCE_CONTRACT_CATEGORY } from './care.settings.js';
import type { SaleSource } from './care.table.js';

export interface SaleInput {
  soldOn?: string;
  customerId: string;
  equipmentId?: string | null;
  item: string;
  category: string;
  quantity?: number;
  amountFen: number;
  salespersonId?: string;
  source: SaleSource;
  taskId?: string | null;
  jobId?: string | null;
  notes?: string;
}

async function validSale(db: Db, s: Services, actor: Actor, input: SaleInput) {
  const soldOn = input.soldOn ?? todayOf(s);
  assertDate(soldOn, 'soldOn');
  assertFen(input.amountFen, 'amountFen');
  if (!(await db.selectFrom('aftersales_customer').select('id').where('id', '=', input.customerId).executeTakeFirst())) throw badRequest('aftersales.care.customerUnknown', { id: input.customerId });
  if (input.equipmentId && !(await db.selectFrom('aftersales_equipment').select('id').where('id', '=', input.equipmentId).where('customer_id', '=', input.customerId).executeTakeFirst())) {
    throw badRequest('aftersales.care.equipmentUnknown', { id: input.equipmentId });
  }
  const { salesCategories } = await careSettings(db);
  if (!salesCategories.some((c) => c.code === input.category)) throw badRequest('aftersales.care.unknownCategory', { value: input.category });
  const salespersonId = input.salespersonId ?? actor.id;
  if (!(await db.selectFrom('app_user').select('id').where('id', '=', salespersonId).where('active', '=', 1).executeTakeFirst())) throw badRequest('aftersales.care.userUnknown', { id: salespersonId, field: 'salespersonId' });
  if (input.jobId && !(await db.selectFrom('aftersales_job').select('id').where('id', '=', input.jobId).executeTakeFirst())) throw badRequest('aftersales.care.jobUnknown', { id: input.jobId });
  return {
    sold_on: soldOn, customer_id: input.customerId, equipment_id: input.equipmentId ?? null, item: input.item.trim(), category: input.category, quantity: input.quantity ?? 1,
    amount_fen: input.amountFen, salesperson_id: salespersonId, source: input.source, task_id: input.taskId ?? null, job_id: input.jobId ?? null, notes: input.notes?.trim() ?? '',
  };
}

/** Inserts a sale inside the caller's transaction (the callback outcome uses it too). */
export async function insertSale(trx: Db, s: Services, actor: Actor, input: SaleInput): Promise<string> {
  const row = await validSale(trx, s, actor, input);
  const id = newId();
  const now = s.clock.now().toISOString();
  await trx.insertInto('aftersales_care_sale').values({ id, ...row, created_by: actor.id, created_at: now, updated_at: now }).execute();
  return id;
}

export async function createSale(s: Services, actor: Actor, input: SaleInput): Promise<{ id: string }> {
  return changeWithAudit(s, actor, async (trx) => {
    const id = await insertSale(trx, s, actor, input);
    return { result: { id }, audit: { action: 'aftersales.care.sale.create', entity: 'aftersales_care_sale', entityId: id, data: input } };
  });
}

export async function updateSale(s: Services, actor: Actor, id: string, input: SaleInput): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('aftersales_care_sale').select(['id', 'task_id']).where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('aftersales.care.saleNotFound', { id });
    const row = await validSale(trx, s, actor, { ...input, taskId: cur.task_id });
    await trx.updateTable('aftersales_care_sale').set({ ...row, updated_at: s.clock.now().toISOString() }).where('id', '=', id).execute();
    return { result: undefined, audit: { action: 'aftersales.care.sale.update', entity: 'aftersales_care_sale', entityId: id, data: input } };
  });
}

export interface SaleFilter { from?: string; to?: string; salespersonId?: string; source?: SaleSource; q?: string }

export async function listSales(s: Services, actor: Actor, f: SaleFilter) {
  let q = s.db.selectFrom('aftersales_care_sale as x').innerJoin('aftersales_customer as c', 'c.id', 'x.customer_id').leftJoin('aftersales_equipment as e', 'e.id', 'x.equipment_id')
    .innerJoin('app_user as u', 'u.id', 'x.salesperson_id').leftJoin('aftersales_job as j', 'j.id', 'x.job_id')
    .selectAll('x').select(['c.name as customer_name', 'e.name as equipment_name', 'u.name as salesperson_name', 'j.job_no']);
  // Whoever may not see the register sees his own sales only.
  if (!actor.can('aftersales:care')) q = q.where('x.salesperson_id', '=', actor.id);
  if (f.from) q = q.where('x.sold_on', '>=', f.from);
  if (f.to) q = q.where('x.sold_on', '<=', f.to);
  if (f.salespersonId) q = q.where('x.salesperson_id', '=', f.salespersonId);
  if (f.source) q = q.where('x.source', '=', f.source);
  if (f.q?.trim()) {
    const like = `%${f.q.trim()}%`;
    q = q.where((eb) => eb.or([eb('c.name', 'like', like), eb('x.item', 'like', like)]));
  }
  const rows = await q.orderBy('x.sold_on', 'desc').orderBy('x.created_at', 'desc').limit(2000).execute();
  const { salesCategories } = await careSettings(s.db);
  return {
    items: rows.map((r) => ({
      id: r.id, soldOn: r.sold_on, customerId: r.customer_id, customerName: r.customer_name, equipmentId: r.equipment_id, equipmentName: r.equipment_name ?? '', item: r.item,
      category: r.category, categoryName: salesCategories.find((c) => c.code === r.category)?.name ?? r.category, quantity: r.quantity, amountFen: Number(r.amount_fen),
      salespersonId: r.salesperson_id, salespersonName: r.salesperson_name, source: r.source, taskId: r.task_id, jobId: r.job_id, jobNo: r.job_no ?? null, notes: r.notes,
    })),
  };
}

/** ASV-12 员工销售提成表 of a month (YYYY-MM): second sales + 维保协议 signed, per salesperson. */
export async function salesCommission(s: Services, month: string) {
  const from = `${month}-01`;
  const to = `${month}-31`;
  const { salesCategories } = await careSettings(s.db);
  const sales = await s.db.selectFrom('aftersales_care_sale as x').innerJoin('aftersales_customer as c', 'c.id', 'x.customer_id')
    .select(['x.id', 'x.sold_on', 'x.item', 'x.quantity', 'x.category', 'x.amount_fen', 'x.salesperson_id', 'c.name as customer_name'])
    .where('x.sold_on', '>=', from).where('x.sold_on', '<=', to).execute();
  const contracts = await s.db.selectFrom('aftersales_care_contract as cc').innerJoin('aftersales_contract as k', 'k.id', 'cc.contract_id').innerJoin('aftersales_customer as c', 'c.id', 'k.customer_id')
    .select(['cc.contract_id', 'cc.signed_on', 'cc.salesperson_id', 'k.number', 'k.amount_fen', 'c.name as customer_name'])
    .where('cc.signed_on', '>=', from).where('cc.signed_on', '<=', to).where('cc.salesperson_id', 'is not', null).execute();
  const users = new Map((await s.db.selectFrom('app_user').select(['id', 'name']).execute()).map((u) => [u.id, u.name]));
  const raw = [
    ...sales.map((x) => ({ id: x.id, kind: 'sale' as const, date: x.sold_on, userId: x.salesperson_id, customerName: x.customer_name, item: x.item, quantity: x.quantity, category: x.category, amountFen: Number(x.amount_fen) })),
    ...contracts.map((k) => ({ id: k.contract_id, kind: 'contract' as const, date: k.signed_on, userId: k.salesperson_id!, customerName: k.customer_name, item: `维保协议 ${k.number}`, quantity: 1, category: MAINTENANCE_CONTRACT_CATEGORY, amountFen: Number(k.amount_fen) })),
  ].sort((a, b) => (users.get(a.userId) ?? '').localeCompare(users.get(b.userId) ?? '', 'zh-CN') || a.date.localeCompare(b.date));
  const lines = salesCommissionLines(raw, salesCategories).map((l) => ({ ...l, userName: users.get(l.userId) ?? l.userId, categoryName: salesCategories.find((c) => c.code === l.category)?.name ?? l.category }));
  const people = totalsPerUser(lines).map((p) => ({ ...p, userName: users.get(p.userId) ?? p.userId }));
  return { month, lines, people, totalAmountFen: lines.reduce((a, l) => a + l.amountFen, 0), totalFen: lines.reduce((a, l) => a + l.commissionFen, 0), categories: salesCategories };
}

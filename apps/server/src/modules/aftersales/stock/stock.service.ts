/**
 * ASV-4/10 stock: the catalog (配件/商品, whole sets), warehouse movements (入库/出库/盘点调整),
 * the movement register, technicians' small stocks (小库; a technician sees his own) and 补库
 * (transfer warehouse → small stock) with the suggestion from each item's minimum.
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest, conflict, notFound } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { activeItem, assertTechnician, findStockItem, moveStock } from './stock.core.js';
import { replenishmentSuggestions } from './stock.rules.js';
import type { StockMovementKind } from './stock.table.js';

export interface ItemInput {
  code?: string;
  name?: string;
  model?: string;
  unit?: string;
  isInstallGoods?: boolean;
  unitCostFen?: number;
  smallMin?: number;
  active?: boolean;
  /** Components of a whole set; an item with lines is a set (安装物品). */
  setLines?: { itemId: string; qty: number }[];
}

/** Whether the actor sees every technician's small stock and loans (clerk, keeper, admin). */
export const seesAll = (actor: Actor): boolean => actor.can('aftersales:stock') || actor.can('aftersales:loans');

export async function listItems(s: Services, f: { q?: string; installGoods?: boolean; includeInactive?: boolean } = {}) {
  let q = s.db.selectFrom('aftersales_stock_item').selectAll();
  if (!f.includeInactive) q = q.where('active', '=', 1);
  if (f.installGoods !== undefined) q = q.where('is_install_goods', '=', f.installGoods ? 1 : 0);
  if (f.q) {
    const like = `%${f.q.trim()}%`;
    q = q.where((eb) => eb.or([eb('code', 'like', like), eb('name', 'like', like), eb('model', 'like', like)]));
  }
  const rows = await q.orderBy('code').execute();
  const lines = await s.db.selectFrom('aftersales_stock_set_line').selectAll().execute();
  const name = new Map(rows.map((r) => [r.id, r.name]));
  return {
    items: rows.map((r) => ({
      id: r.id, code: r.code, name: r.name, model: r.model, unit: r.unit, isInstallGoods: r.is_install_goods === 1, isSet: r.is_set === 1,
      unitCostFen: Number(r.unit_cost_fen), quantity: Number(r.quantity), smallMin: Number(r.small_min), active: r.active === 1,
      setLines: lines.filter((l) => l.set_id === r.id).map((l) => ({ itemId: l.item_id, itemName: name.get(l.item_id) ?? l.item_id, qty: Number(l.qty) })),
      stockValueFen: Number(r.quantity) * Number(r.unit_cost_fen),
    })),
  };
}

async function checkSetLines(db: Db, setName: string, lines: { itemId: string; qty: number }[], selfId?: string) {
  if (lines.length === 0) return;
  const seen = new Set<string>();
  for (const l of lines) {
    if (l.itemId === selfId) throw badRequest('aftersales.stock.setLinesInvalid', { item: setName, reason: '不能包含自身' });
    if (seen.has(l.itemId)) throw badRequest('aftersales.stock.setLinesInvalid', { item: setName, reason: '物品重复' });
    seen.add(l.itemId);
    const it = await activeItem(db, l.itemId);
    if (it.is_set === 1) throw badRequest('aftersales.stock.setLinesInvalid', { item: setName, reason: `“${it.name}”本身是套装` });
    if (it.is_install_goods !== 1) throw badRequest('aftersales.stock.setLinesInvalid', { item: setName, reason: `“${it.name}”不是安装物品` });
  }
}

export async function createItem(s: Services, actor: Actor, input: ItemInput & { code: string; name: string; quantity?: number }) {
  return changeWithAudit(s, actor, async (trx) => {
    const code = input.code.trim().toUpperCase();
    if (await trx.selectFrom('aftersales_stock_item').select('id').where('code', '=', code).executeTakeFirst()) throw conflict('aftersales.stock.codeTaken', { code });
    const lines = input.setLines ?? [];
    const isSet = lines.length > 0;
    await checkSetLines(trx, input.name, lines);
    const id = newId();
    const now = s.clock.now().toISOString();
    await trx.insertInto('aftersales_stock_item').values({
      id, code, name: input.name.trim(), model: input.model?.trim() ?? '', unit: input.unit?.trim() || (isSet ? '套' : '个'), is_install_goods: input.isInstallGoods || isSet ? 1 : 0,
      is_set: isSet ? 1 : 0, unit_cost_fen: input.unitCostFen ?? 0, quantity: 0, small_min: input.smallMin ?? 0, active: 1, created_at: now, updated_at: now,
    }).execute();
    if (isSet) await trx.insertInto('aftersales_stock_set_line').values(lines.map((l) => ({ set_id: id, item_id: l.itemId, qty: l.qty }))).execute();
    if (!isSet && input.quantity) await moveStock(trx, actor.id, now, { itemId: id, kind: 'in', delta: input.quantity, note: '期初入库' });
    return { result: { id, code }, audit: { action: 'aftersales.stock.item.create', entity: 'aftersales_stock_item', entityId: id, data: { ...input, code } } };
  });
}

export async function updateItem(s: Services, actor: Actor, id: string, input: ItemInput) {
  await changeWithAudit(s, actor, async (trx) => {
    const cur = await findStockItem(trx, id);
    if (!cur) throw notFound('aftersales.stock.itemNotFound', { id });
    const now = s.clock.now().toISOString();
    if (input.setLines !== undefined) {
      if (cur.is_set !== 1 && input.setLines.length > 0) throw badRequest('aftersales.stock.setLinesInvalid', { item: cur.name, reason: '普通物品不能改为套装' });
      if (cur.is_set === 1) {
        if (input.setLines.length === 0) throw badRequest('aftersales.stock.setLinesInvalid', { item: cur.name, reason: '套装至少一项' });
        await checkSetLines(trx, cur.name, input.setLines, id);
        await trx.deleteFrom('aftersales_stock_set_line').where('set_id', '=', id).execute();
        await trx.insertInto('aftersales_stock_set_line').values(input.setLines.map((l) => ({ set_id: id, item_id: l.itemId, qty: l.qty }))).execute();
      }
    }
    await trx.updateTable('aftersales_stock_item').set({
      name: input.name?.trim() ?? cur.name, model: input.model?.trim() ?? cur.model, unit: input.unit?.trim() ?? cur.unit,
      is_install_goods: cur.is_set === 1 ? 1 : input.isInstallGoods === undefined ? cur.is_install_goods : input.isInstallGoods ? 1 : 0,
      unit_cost_fen: input.unitCostFen ?? cur.unit_cost_fen, small_min: input.smallMin ?? cur.small_min, active: input.active === undefined ? cur.active : input.active ? 1 : 0, updated_at: now,
    }).where('id', '=', id).execute();
    return { result: undefined, audit: { action: 'aftersales.stock.item.update', entity: 'aftersales_stock_item', entityId: id, data: { ...input } } };
  });
  return { ok: true };
}

/** 入库 / 出库 / 盘点调整 of the warehouse, never below zero. */
export async function addWarehouseMovement(s: Services, actor: Actor, itemId: string, input: { kind: 'in' | 'out' | 'adjust'; quantity: number; note?: string }) {
  return changeWithAudit(s, actor, async (trx) => {
    const item = await findStockItem(trx, itemId);
    if (!item) throw notFound('aftersales.stock.itemNotFound', { id: itemId });
    if (input.kind !== 'adjust' && input.quantity <= 0) throw badRequest('aftersales.stock.invalidQuantity', { item: item.name, quantity: String(input.quantity) });
    const delta = input.kind === 'out' ? -input.quantity : input.quantity;
    const r = await moveStock(trx, actor.id, s.clock.now().toISOString(), { itemId, kind: input.kind, delta, note: input.note });
    return { result: { balance: r.balance }, audit: { action: `aftersales.stock.${input.kind}`, entity: 'aftersales_stock_item', entityId: itemId, data: { delta, balance: r.balance, note: input.note ?? '' } } };
  });
}

export interface MovementFilter {
  itemId?: string;
  kind?: StockMovementKind;
  technicianId?: string;
  from?: string;
  to?: string;
}

export const MOVEMENT_REGISTER = '售后库存出入库登记';
export const MOVEMENT_KIND_LABELS: Record<StockMovementKind, string> = {
  in: '入库', out: '出库', adjust: '盘点调整', replenish: '补库（调拨至小库）', small_adjust: '小库盘点', loan_issue: '借件发放', loan_return: '借件归还',
  loan_book: '借件出库核销', use: '小库配件使用', install_out: '安装出库',
};

export async function listMovements(s: Services, actor: Actor, f: MovementFilter) {
  let q = s.db.selectFrom('aftersales_stock_movement as m').innerJoin('aftersales_stock_item as i', 'i.id', 'm.item_id')
    .leftJoin('app_user as t', 't.id', 'm.technician_id').leftJoin('app_user as a', 'a.id', 'm.actor_id').leftJoin('aftersales_job as j', 'j.id', 'm.job_id')
    .leftJoin('aftersales_part_loan as l', 'l.id', 'm.loan_id').leftJoin('aftersales_install_out as o', 'o.id', 'm.install_out_id')
    .selectAll('m').select(['i.code', 'i.name as item_name', 'i.unit', 't.name as technician_name', 'a.name as actor_name', 'j.job_no', 'l.loan_no', 'o.out_no']);
  if (!seesAll(actor)) q = q.where('m.technician_id', '=', actor.id);
  if (f.itemId) q = q.where('m.item_id', '=', f.itemId);
  if (f.kind) q = q.where('m.kind', '=', f.kind);
  if (f.technicianId) q = q.where('m.technician_id', '=', f.technicianId);
  if (f.from) q = q.where('m.occurred_at', '>=', f.from);
  if (f.to) q = q.where('m.occurred_at', '<=', `${f.to}T99`);
  const rows = await q.orderBy('m.occurred_at', 'desc').orderBy('m.id', 'desc').limit(2000).execute();
  return rows.map((r) => ({
    id: r.id, itemId: r.item_id, code: r.code, itemName: r.item_name, unit: r.unit, kind: r.kind, kindLabel: MOVEMENT_KIND_LABELS[r.kind], delta: Number(r.delta), balance: Number(r.balance),
    technicianId: r.technician_id, technicianName: r.technician_name ?? '', smallDelta: Number(r.small_delta), smallBalance: r.small_balance === null ? null : Number(r.small_balance),
    jobId: r.job_id, jobNo: r.job_no ?? '', loanNo: r.loan_no ?? '', outNo: r.out_no ?? '', note: r.note, actorName: r.actor_name ?? '', occurredAt: r.occurred_at,
  }));
}

/** Small stocks (小库): every technician's for the clerk and keeper, his own for a technician. */
export async function listSmallStocks(s: Services, actor: Actor, f: { technicianId?: string }) {
  let q = s.db.selectFrom('aftersales_small_stock as ss').innerJoin('aftersales_stock_item as i', 'i.id', 'ss.item_id').innerJoin('app_user as u', 'u.id', 'ss.technician_id')
    .select(['ss.technician_id', 'ss.item_id', 'ss.quantity', 'ss.updated_at', 'i.code', 'i.name', 'i.model', 'i.unit', 'i.small_min', 'u.name as technician_name']);
  const techId = seesAll(actor) ? f.technicianId : actor.id;
  if (techId) q = q.where('ss.technician_id', '=', techId);
  const rows = await q.orderBy('u.username').orderBy('i.code').execute();
  return {
    items: rows.map((r) => ({
      technicianId: r.technician_id, technicianName: r.technician_name, itemId: r.item_id, code: r.code, itemName: r.name, model: r.model, unit: r.unit,
      quantity: Number(r.quantity), min: Number(r.small_min), belowMin: Number(r.quantity) < Number(r.small_min), updatedAt: r.updated_at,
    })),
  };
}

/** Active users with the technician role. */
export async function stockTechnicians(db: Db) {
  return db.selectFrom('user_role').innerJoin('role', 'role.id', 'user_role.role_id').innerJoin('app_user as u', 'u.id', 'user_role.user_id')
    .select(['u.id', 'u.name', 'u.username']).where('role.key', '=', 'technician').where('u.active', '=', 1).orderBy('u.username').execute();
}

/** ASV-10 the suggested 补库 list: each technician's items below the item's minimum. */
export async function replenishSuggestions(s: Services) {
  const techs = await stockTechnicians(s.db);
  const items = await s.db.selectFrom('aftersales_stock_item').selectAll().where('active', '=', 1).where('is_set', '=', 0).where('small_min', '>', 0).orderBy('code').execute();
  const small = await s.db.selectFrom('aftersales_small_stock').selectAll().execute();
  const rows = techs.flatMap((t) => items.filter((i) => i.is_install_goods !== 1).map((i) => ({
    technicianId: t.id, itemId: i.id, min: Number(i.small_min),
    quantity: Number(small.find((x) => x.technician_id === t.id && x.item_id === i.id)?.quantity ?? 0),
  })));
  const r = replenishmentSuggestions(rows, new Map(items.map((i) => [i.id, Number(i.quantity)])));
  return {
    items: r.map((x) => {
      const it = items.find((i) => i.id === x.itemId)!;
      return { ...x, technicianName: techs.find((t) => t.id === x.technicianId)!.name, code: it.code, itemName: it.name, unit: it.unit, warehouse: Number(it.quantity) };
    }),
  };
}

/** 补库: the keeper transfers `quantity` from the warehouse to a technician's small stock (调拨). */
export async function replenish(s: Services, actor: Actor, input: { technicianId: string; itemId: string; quantity: number; note?: string }) {
  return changeWithAudit(s, actor, async (trx) => {
    const name = await assertTechnician(trx, input.technicianId);
    const item = await activeItem(trx, input.itemId);
    if (item.is_install_goods === 1) throw badRequest('aftersales.stock.installGoodsNoLoan', { item: item.name });
    const r = await moveStock(trx, actor.id, s.clock.now().toISOString(), {
      itemId: input.itemId, kind: 'replenish', delta: -input.quantity, technicianId: input.technicianId, smallDelta: input.quantity, note: input.note ?? `补库：${name}`,
    });
    return { result: r, audit: { action: 'aftersales.stock.replenish', entity: 'aftersales_stock_item', entityId: input.itemId, data: { ...input, ...r } } };
  });
}

/** 小库盘点: the keeper corrects a technician's small stock (never below zero). */
export async function adjustSmallStock(s: Services, actor: Actor, input: { technicianId: string; itemId: string; delta: number; note?: string }) {
  return changeWithAudit(s, actor, async (trx) => {
    await assertTechnician(trx, input.technicianId);
    const r = await moveStock(trx, actor.id, s.clock.now().toISOString(), { itemId: input.itemId, kind: 'small_adjust', delta: 0, technicianId: input.technicianId, smallDelta: input.delta, note: input.note });
    return { result: r, audit: { action: 'aftersales.stock.smallAdjust', entity: 'aftersales_stock_item', entityId: input.itemId, data: { ...input, ...r } } };
  });
}

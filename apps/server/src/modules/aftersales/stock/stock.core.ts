/**
 * Stock inside the caller's transaction: one warehouse movement and one small-stock movement,
 * both never below zero (refused naming the item and the available quantity, before writing).
 */
import type { Db } from '../../../db/create-db.js';
import { badRequest, conflict } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import type { StockMovementKind } from './stock.table.js';
import { quantityAfter } from './stock.rules.js';

export interface StockMove {
  itemId: string;
  kind: StockMovementKind;
  /** Change of the warehouse quantity (0 for small-stock-only movements). */
  delta: number;
  technicianId?: string | null;
  /** Change of the technician's small stock. */
  smallDelta?: number;
  jobId?: string | null;
  loanId?: string | null;
  installOutId?: string | null;
  note?: string;
}

export async function findStockItem(db: Db, id: string) {
  const it = await db.selectFrom('aftersales_stock_item').selectAll().where('id', '=', id).executeTakeFirst();
  return it ? { ...it, unit_cost_fen: Number(it.unit_cost_fen), quantity: Number(it.quantity) } : undefined;
}

/** An active item or 400 naming the id. */
export async function activeItem(db: Db, id: string) {
  const it = await findStockItem(db, id);
  if (!it || it.active !== 1) throw badRequest('aftersales.stock.itemNotFound', { id });
  return it;
}

async function userName(db: Db, id: string): Promise<string> {
  return (await db.selectFrom('app_user').select('name').where('id', '=', id).executeTakeFirst())?.name ?? id;
}

/** Writes one movement; returns the warehouse balance and the small-stock balance (if any). */
export async function moveStock(db: Db, actorId: string, nowIso: string, m: StockMove): Promise<{ balance: number; smallBalance: number | null }> {
  const item = await activeItem(db, m.itemId);
  if (item.is_set === 1) throw badRequest('aftersales.stock.setHasNoStock', { item: item.name });
  const smallDelta = m.smallDelta ?? 0;
  if (!Number.isSafeInteger(m.delta) || !Number.isSafeInteger(smallDelta)) throw badRequest('aftersales.stock.invalidQuantity', { item: item.name, quantity: String(m.delta) });
  const balance = quantityAfter(item.quantity, m.delta);
  if (balance === null) throw conflict('aftersales.stock.insufficient', { item: item.name, quantity: -m.delta, stock: item.quantity, unit: item.unit });
  let smallBalance: number | null = null;
  if (m.technicianId && smallDelta !== 0) {
    const cur = await db.selectFrom('aftersales_small_stock').select('quantity').where('technician_id', '=', m.technicianId).where('item_id', '=', item.id).executeTakeFirst();
    const have = Number(cur?.quantity ?? 0);
    smallBalance = quantityAfter(have, smallDelta);
    if (smallBalance === null) throw conflict('aftersales.stock.smallInsufficient', { technician: await userName(db, m.technicianId), item: item.name, quantity: -smallDelta, stock: have, unit: item.unit });
    if (cur) {
      const r = await db.updateTable('aftersales_small_stock').set({ quantity: smallBalance, updated_at: nowIso })
        .where('technician_id', '=', m.technicianId).where('item_id', '=', item.id).where('quantity', '=', have).executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw conflict('aftersales.stock.stockChanged', { item: item.name });
    } else {
      await db.insertInto('aftersales_small_stock').values({ technician_id: m.technicianId, item_id: item.id, quantity: smallBalance, updated_at: nowIso }).execute();
    }
  }
  if (m.delta !== 0) {
    // Guarded update: a concurrent movement cannot push the stock below zero either.
    const r = await db.updateTable('aftersales_stock_item').set({ quantity: balance, updated_at: nowIso }).where('id', '=', item.id).where('quantity', '=', item.quantity).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw conflict('aftersales.stock.stockChanged', { item: item.name });
  }
  await db.insertInto('aftersales_stock_movement').values({
    id: newId(), item_id: item.id, kind: m.kind, delta: m.delta, balance, technician_id: m.technicianId ?? null, small_delta: smallDelta, small_balance: smallBalance,
    job_id: m.jobId ?? null, loan_id: m.loanId ?? null, install_out_id: m.installOutId ?? null, note: (m.note ?? '').slice(0, 500), actor_id: actorId, occurred_at: nowIso,
  }).execute();
  return { balance, smallBalance };
}

/** Whether `userId` is an active technician (role technician). */
export async function assertTechnician(db: Db, userId: string): Promise<string> {
  const r = await db.selectFrom('user_role').innerJoin('role', 'role.id', 'user_role.role_id').innerJoin('app_user as u', 'u.id', 'user_role.user_id')
    .select(['u.id', 'u.name']).where('u.id', '=', userId).where('role.key', '=', 'technician').where('u.active', '=', 1).executeTakeFirst();
  if (!r) throw badRequest('aftersales.stock.notTechnician', { id: userId });
  return r.name;
}

/** Next number `prefix` + Beijing yyyymmdd + 3 digits among `existing` numbers. */
export function nextNumber(prefix: string, existing: string[]): string {
  const max = existing.reduce((m, n) => Math.max(m, Number(n.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

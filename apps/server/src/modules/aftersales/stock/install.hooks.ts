/**
 * Engine hooks of 安装出库 (ASV-11): 新增订货合同 (channel, whole sets, the customer — picked or
 * created through the customers service — the order contract and the mirror row), the mirror's
 * status on the way, availability when the keeper's check passes, and the stock going out when
 * the keeper confirms (in the engine's transaction: a shortage refuses the confirmation).
 */
import type { EngineHooks, InstanceRef } from '@guanjia/engine';
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest, conflict } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import { makeActor } from '../../../platform/auth/actor.js';
import { aftersalesShipsInstallation, beijingDateOf, checkWholeSet } from '../aftersales.rules.js';
import { insertCustomer } from '../customers/customers.service.js';
import { activeItem, findStockItem, moveStock, nextNumber } from './stock.core.js';
import { INSTALL_CONTRACT_HOOK, INSTALL_OUT_KEY } from './install.process.js';
import type { InstallOutStatus } from './stock.table.js';

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

export interface OutLine { itemId: string; qty: number }

/**
 * The request as component lines: a set item is expanded into its components; every line must be
 * installation goods, and the components of each set must make whole sets (checkWholeSet),
 * otherwise 400 naming the set and what is off.
 */
export async function resolveOutLines(db: Db, raw: unknown): Promise<{ lines: (OutLine & { name: string; unit: string })[]; text: string }> {
  if (!Array.isArray(raw) || raw.length === 0) throw badRequest('aftersales.stock.noLines');
  const qty = new Map<string, number>();
  const add = (id: string, n: number) => qty.set(id, (qty.get(id) ?? 0) + n);
  const setLines = await db.selectFrom('aftersales_stock_set_line').selectAll().execute();
  for (const l of raw as { itemId?: unknown; qty?: unknown }[]) {
    const item = await activeItem(db, str(l?.itemId));
    const n = Number(l?.qty);
    if (!Number.isSafeInteger(n) || n <= 0) throw badRequest('aftersales.stock.invalidQuantity', { item: item.name, quantity: String(l?.qty) });
    if (item.is_install_goods !== 1) throw badRequest('aftersales.stock.notInstallGoods', { item: item.name });
    if (item.is_set === 1) for (const c of setLines.filter((x) => x.set_id === item.id)) add(c.item_id, Number(c.qty) * n);
    else add(item.id, n);
  }
  const names = new Map<string, { name: string; unit: string }>();
  for (const id of qty.keys()) {
    const it = (await findStockItem(db, id))!;
    names.set(id, { name: it.name, unit: it.unit });
  }
  // ASV-11 "整套物品": every set whose components are asked for must be asked for whole.
  const sets = [...new Set(setLines.filter((l) => qty.has(l.item_id)).map((l) => l.set_id))];
  for (const setId of sets) {
    const comp = setLines.filter((l) => l.set_id === setId);
    const set = (await findStockItem(db, setId))!;
    if (set.active !== 1) continue;
    const r = checkWholeSet(comp.map((c) => ({ sku: c.item_id, qty: Number(c.qty) })), comp.map((c) => ({ sku: c.item_id, qty: qty.get(c.item_id) ?? 0 })));
    if (!r.ok) {
      const parts: string[] = [];
      for (const p of r.problems) parts.push(`${names.get(p.sku)?.name ?? (await findStockItem(db, p.sku))?.name ?? p.sku} ${p.requested}/${p.expected}`);
      const problems = parts.join('、');
      throw badRequest('aftersales.stock.partialSet', { set: set.name, problems });
    }
  }
  const lines = [...qty].map(([itemId, n]) => ({ itemId, qty: n, ...names.get(itemId)! }));
  return { lines, text: lines.map((l) => `${l.name} ${l.qty}${l.unit}`).join('；') };
}

/** Every line is in the warehouse now (409 naming the first short item). */
export async function assertAvailable(db: Db, lines: OutLine[]): Promise<void> {
  for (const l of lines) {
    const it = (await findStockItem(db, l.itemId))!;
    if (it.quantity < l.qty) throw conflict('aftersales.stock.insufficient', { item: it.name, quantity: l.qty, stock: it.quantity, unit: it.unit });
  }
}

async function contractStep(db: Db, s: Services, ctx: InstanceRef): Promise<Record<string, unknown>> {
  const d = ctx.data;
  const source = str(d.source);
  if (!aftersalesShipsInstallation(source)) throw badRequest('aftersales.stock.excludedChannel', { source });
  const { lines, text } = await resolveOutLines(db, d.lines);
  const now = s.clock.now();
  const iso = now.toISOString();
  let customerId = str(d.customerId);
  let customerName: string;
  if (customerId) {
    const c = await db.selectFrom('aftersales_customer').select(['id', 'name']).where('id', '=', customerId).executeTakeFirst();
    if (!c) throw badRequest('aftersales.stock.customerNotFound', { id: customerId });
    customerName = c.name;
  } else {
    // "如无客户信息的需新建客户信息": through the customers service (validation, duplicates).
    if (!str(d.newCustomerName) || !str(d.newCustomerPhone)) throw badRequest('aftersales.stock.customerRequired');
    const actor = makeActor({ id: ctx.initiatorId, username: '', name: '', departmentId: null, headOfDepartmentIds: [], permissions: new Set(), via: 'system' });
    const c = await insertCustomer(db, s, actor, { name: str(d.newCustomerName), phones: [str(d.newCustomerPhone)], address: str(d.newCustomerAddress), type: 'project', notes: '安装出库新建' });
    customerId = c.id;
    customerName = str(d.newCustomerName);
  }
  const number = str(d.contractNo).toUpperCase();
  if (await db.selectFrom('aftersales_contract').select('id').where('number', '=', number).executeTakeFirst()) throw conflict('aftersales.contractNumberTaken', { number });
  const amount = typeof d.contractAmountFen === 'number' ? d.contractAmountFen : 0;
  const contractId = newId();
  await db.insertInto('aftersales_contract').values({
    id: contractId, customer_id: customerId, number, type: 'order', start_on: beijingDateOf(now.getTime()), end_on: null, amount_fen: amount,
    notes: `安装出库：${text}`.slice(0, 500), created_at: iso, updated_at: iso,
  }).execute();
  const prefix = `AZ${beijingDateOf(now.getTime()).replaceAll('-', '')}`;
  const outNo = nextNumber(prefix, (await db.selectFrom('aftersales_install_out').select('out_no').where('out_no', 'like', `${prefix}%`).execute()).map((r) => r.out_no));
  const outId = newId();
  await db.insertInto('aftersales_install_out').values({
    id: outId, instance_id: ctx.instanceId, out_no: outNo, customer_id: customerId, contract_id: contractId, source, status: 'check', lines_text: text,
    requested_by: ctx.initiatorId, confirmed_by: null, confirmed_at: null, created_at: iso, updated_at: iso,
  }).execute();
  await db.insertInto('aftersales_install_out_line').values(lines.map((l) => ({ out_id: outId, item_id: l.itemId, qty: l.qty }))).execute();
  return { outId, outNo, customerId, customerName, contractId, linesText: text, lines: lines.map((l) => ({ itemId: l.itemId, qty: l.qty })) };
}

export function installEngineHooks(s: Services): EngineHooks {
  const mine = (i: { processKey: string }) => i.processKey === INSTALL_OUT_KEY;
  const outOf = (db: Db, instanceId: string) => db.selectFrom('aftersales_install_out').selectAll().where('instance_id', '=', instanceId).executeTakeFirst();
  const linesOf = async (db: Db, outId: string) => (await db.selectFrom('aftersales_install_out_line').selectAll().where('out_id', '=', outId).execute()).map((l) => ({ itemId: l.item_id, qty: Number(l.qty) }));
  return {
    auto: { [INSTALL_CONTRACT_HOOK]: async (trx, ctx) => contractStep(trx as Db, s, ctx) },
    onEnterStep: async (trx, ctx) => {
      if (!mine(ctx) || ctx.stepId === 'contract' || ctx.stepId === 'end') return;
      const db = trx as Db;
      const out = await outOf(db, ctx.instanceId);
      if (!out) return;
      // The keeper passes the check only when every line is in the warehouse.
      if (ctx.stepId === 'receipt' && out.status === 'check') await assertAvailable(db, await linesOf(db, out.id));
      if (ctx.stepId === 'ship' && !(Array.isArray(ctx.data.receiptFiles) && ctx.data.receiptFiles.length > 0)) throw badRequest('aftersales.stock.receiptRequired');
      await db.updateTable('aftersales_install_out').set({ status: ctx.stepId as InstallOutStatus, updated_at: s.clock.now().toISOString() }).where('id', '=', out.id).execute();
    },
    onCompleted: async (trx, i) => {
      if (!mine(i)) return;
      const db = trx as Db;
      const out = await outOf(db, i.instanceId);
      if (!out) return;
      const now = s.clock.now().toISOString();
      if (i.status === 'rejected' || out.status !== 'confirm') {
        await db.updateTable('aftersales_install_out').set({ status: 'cancelled', updated_at: now }).where('id', '=', out.id).execute();
        return;
      }
      const keeper = await db.selectFrom('process_task').select('completed_by').where('instance_id', '=', i.instanceId).where('step_id', '=', 'confirm').where('status', '=', 'done')
        .orderBy('completed_at', 'desc').executeTakeFirst();
      const actorId = keeper?.completed_by ?? i.initiatorId;
      // ASV-11 ⑤ 确认所领货品出库: the stock goes down now, refused naming the item when short.
      for (const l of await linesOf(db, out.id)) {
        await moveStock(db, actorId, now, { itemId: l.itemId, kind: 'install_out', delta: -l.qty, installOutId: out.id, note: `安装出库 ${out.out_no}` });
      }
      await db.updateTable('aftersales_install_out').set({ status: 'done', confirmed_by: actorId, confirmed_at: now, updated_at: now }).where('id', '=', out.id).execute();
    },
    onCancelled: async (trx, i) => {
      if (!mine(i)) return;
      await (trx as Db).updateTable('aftersales_install_out').set({ status: 'cancelled', updated_at: s.clock.now().toISOString() }).where('instance_id', '=', i.instanceId).execute();
    },
  };
}

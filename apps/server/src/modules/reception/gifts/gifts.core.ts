/**
 * Gift stock inside the caller's transaction: one movement (never below zero, GIFT-1) and the
 * reading of an issue's lines with its GIFT-2 tier. Both throw 4xx errors before writing.
 */
import type { Db } from '../../../db/create-db.js';
import { badRequest, conflict } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import { receptionSettings } from '../reception.settings.js';
import { CIGARETTE_CATEGORY, giftTier, GIFT_TIER_LABELS, stockAfter, toPacks, type QuantityUnit, type TierResult } from './gifts.rules.js';
import type { GiftMovementKind } from './gifts.table.js';

export interface Movement {
  itemId: string;
  kind: GiftMovementKind;
  delta: number;
  note?: string;
  issueId?: string | null;
  receptionId?: string | null;
  unitPriceFen?: number;
}

export async function findItem(db: Db, id: string) {
  const item = await db.selectFrom('gift_item').selectAll().where('id', '=', id).executeTakeFirst();
  return item ? { ...item, unit_price_fen: Number(item.unit_price_fen), quantity: Number(item.quantity) } : undefined;
}

/** Writes one movement and the new stock; refuses (409) a stock below zero, naming item and quantity. */
export async function moveStock(db: Db, actorId: string, nowIso: string, m: Movement): Promise<number> {
  const item = await findItem(db, m.itemId);
  if (!item) throw badRequest('gifts.itemNotFound', { id: m.itemId });
  if (!Number.isSafeInteger(m.delta) || m.delta === 0) throw badRequest('gifts.invalidQuantity', { item: item.name, quantity: String(m.delta) });
  const balance = stockAfter(item.quantity, m.delta);
  if (balance === null) throw conflict('gifts.insufficientStock', { item: item.name, quantity: -m.delta, stock: item.quantity, unit: item.unit });
  // Guarded update: a concurrent movement cannot push the stock below zero either.
  const r = await db.updateTable('gift_item').set({ quantity: balance, updated_at: nowIso }).where('id', '=', item.id).where('quantity', '=', item.quantity).executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw conflict('gifts.stockChanged', { item: item.name });
  await db
    .insertInto('gift_movement')
    .values({
      id: newId(), item_id: item.id, kind: m.kind, delta: m.delta, balance, unit_price_fen: m.unitPriceFen ?? item.unit_price_fen,
      issue_id: m.issueId ?? null, reception_id: m.receptionId ?? null, note: m.note ?? '', actor_id: actorId, occurred_at: nowIso,
    })
    .execute();
  return balance;
}

export interface IssueLineInput {
  itemId: string;
  quantity: number;
  unit?: QuantityUnit;
}

export interface ReadIssue extends TierResult {
  lines: { itemId: string; name: string; category: string; unit: string; quantity: number; unitPriceFen: number }[];
  tierLabel: string;
  linesText: string;
}

/**
 * The lines of an issue in the items' units (cigarettes in packs), checked against the stock, and
 * the GIFT-2 tier from the current settings.
 */
export async function readIssue(db: Db, input: IssueLineInput[]): Promise<ReadIssue> {
  if (!Array.isArray(input) || input.length === 0) throw badRequest('gifts.noLines');
  const { gifts: settings } = await receptionSettings(db);
  const byItem = new Map<string, ReadIssue['lines'][number]>();
  for (const l of input) {
    const item = await findItem(db, String(l.itemId ?? ''));
    if (!item || !item.active) throw badRequest('gifts.itemNotFound', { id: String(l.itemId ?? '') });
    const unit = l.unit ?? 'pack';
    if (!Number.isSafeInteger(l.quantity) || l.quantity <= 0) throw badRequest('gifts.invalidQuantity', { item: item.name, quantity: String(l.quantity) });
    if (unit === 'carton' && item.category !== CIGARETTE_CATEGORY) throw badRequest('gifts.cartonOnlyForCigarettes', { item: item.name });
    const quantity = toPacks(l.quantity, unit, settings.packsPerCarton);
    const prev = byItem.get(item.id);
    if (prev) prev.quantity += quantity;
    else byItem.set(item.id, { itemId: item.id, name: item.name, category: item.category, unit: item.unit, quantity, unitPriceFen: item.unit_price_fen });
  }
  const lines = [...byItem.values()];
  for (const l of lines) {
    const item = (await findItem(db, l.itemId))!;
    if (l.quantity > item.quantity) throw conflict('gifts.insufficientStock', { item: item.name, quantity: l.quantity, stock: item.quantity, unit: item.unit });
  }
  const t = giftTier(lines, settings);
  return { ...t, lines, tierLabel: GIFT_TIER_LABELS[t.tier], linesText: lines.map((l) => `${l.name} ${l.quantity}${l.unit}`).join('；') };
}

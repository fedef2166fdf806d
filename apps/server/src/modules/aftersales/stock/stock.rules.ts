/**
 * Pure stock rules of after-sales: a quantity never goes below zero (warehouse and small stocks),
 * and the ASV-10 small-stock replenishment suggestion (小库配件备库).
 */

/** The quantity after `delta`, or null when it would go below zero (or is not a whole number). */
export function quantityAfter(current: number, delta: number): number | null {
  if (!Number.isSafeInteger(current) || !Number.isSafeInteger(delta)) return null;
  const next = current + delta;
  return next < 0 ? null : next;
}

export interface ReplenishInput {
  technicianId: string;
  itemId: string;
  /** Current small-stock quantity of the technician (0 when he has none). */
  quantity: number;
  /** The item's minimum per technician (小库最低数量); 0 means not kept in small stocks. */
  min: number;
}

export interface ReplenishSuggestion {
  technicianId: string;
  itemId: string;
  quantity: number;
  min: number;
  /** Quantity to bring the small stock back to its minimum. */
  suggested: number;
  /** Part of `suggested` the warehouse can give now (shared out in the order given). */
  available: number;
}

/**
 * ASV-10 "做好小库配件备库工作": every technician's item below its minimum is suggested up to the
 * minimum; the warehouse quantity is shared out in the order of the input (callers sort by
 * technician), so the keeper sees what can go now and what must be bought first.
 */
export function replenishmentSuggestions(rows: ReplenishInput[], warehouse: Map<string, number>): ReplenishSuggestion[] {
  const left = new Map(warehouse);
  const out: ReplenishSuggestion[] = [];
  for (const r of rows) {
    if (r.min <= 0 || r.quantity >= r.min) continue;
    const suggested = r.min - Math.max(0, r.quantity);
    const have = Math.max(0, left.get(r.itemId) ?? 0);
    const available = Math.min(have, suggested);
    left.set(r.itemId, have - available);
    out.push({ technicianId: r.technicianId, itemId: r.itemId, quantity: r.quantity, min: r.min, suggested, available });
  }
  return out;
}

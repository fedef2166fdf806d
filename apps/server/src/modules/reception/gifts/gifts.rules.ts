/**
 * GIFT-1/2 pure rules: unit conversion of cigarettes (1 条 = 10 包), the approver tier of an issue
 * (cigarettes by packs, other gifts by value) and the never-negative stock. Thresholds come from
 * the settings (reception.settings.ts); defaults are the documents' 接待礼品管理业务流程 note:
 * "5包以下烟由部长助理审核签字;5包以上1条以下由部长审核签字;1条以上由常务副总审核签字".
 */

/** assistant = 部长助理, manager = 综合部部长, vp = 常务副总 (ordered: a higher index signs more). */
export const GIFT_TIERS = ['assistant', 'manager', 'vp'] as const;
export type GiftTier = (typeof GIFT_TIERS)[number];
export const GIFT_TIER_LABELS: Record<GiftTier, string> = { assistant: '部长助理', manager: '综合部部长', vp: '常务副总' };

export const CIGARETTE_CATEGORY = '香烟';
export const GIFT_CATEGORIES = ['香烟', '酒', '茶叶', '纪念品', '其他'] as const;

export interface GiftTierSettings {
  /** 1 条 = 10 包. */
  packsPerCarton: number;
  /** Up to `assistantMax` packs → 部长助理; up to `managerMax` → 部长; more → 常务副总. */
  cigarettePacks: { assistantMax: number; managerMax: number };
  /** Other gifts by total value (fen): same shape. No figures in the documents (decision). */
  valueFen: { assistantMax: number; managerMax: number };
}

export const defaultGiftTierSettings: GiftTierSettings = {
  packsPerCarton: 10,
  cigarettePacks: { assistantMax: 5, managerMax: 10 },
  valueFen: { assistantMax: 50_000, managerMax: 200_000 },
};

export type QuantityUnit = 'pack' | 'carton';

/** A quantity as entered → packs (1 条 = packsPerCarton 包). */
export function toPacks(quantity: number, unit: QuantityUnit, packsPerCarton: number): number {
  return unit === 'carton' ? quantity * packsPerCarton : quantity;
}

const rank = (t: GiftTier) => GIFT_TIERS.indexOf(t);
export const higherTier = (a: GiftTier, b: GiftTier): GiftTier => (rank(a) >= rank(b) ? a : b);

function byThreshold(n: number, t: { assistantMax: number; managerMax: number }): GiftTier {
  if (n <= t.assistantMax) return 'assistant';
  if (n <= t.managerMax) return 'manager';
  return 'vp';
}

export const tierForPacks = (packs: number, s: GiftTierSettings): GiftTier => byThreshold(packs, s.cigarettePacks);
export const tierForValue = (valueFen: number, s: GiftTierSettings): GiftTier => byThreshold(valueFen, s.valueFen);

/** One line of an issue, already in the item's unit (cigarettes in packs). */
export interface TierLine {
  category: string;
  quantity: number;
  unitPriceFen: number;
}

export interface TierResult {
  tier: GiftTier;
  /** Cigarette packs in the issue. */
  packs: number;
  /** Value of the other (non-cigarette) gifts. */
  otherValueFen: number;
  /** Value of everything. */
  valueFen: number;
}

/**
 * GIFT-2: the signer of an issue. Cigarettes by packs; other gifts by their total value; a mixed
 * issue takes the higher of the two. An issue without cigarettes or without other gifts is routed
 * by the part it has.
 */
export function giftTier(lines: TierLine[], s: GiftTierSettings): TierResult {
  let packs = 0;
  let otherValueFen = 0;
  let valueFen = 0;
  for (const l of lines) {
    const v = l.quantity * l.unitPriceFen;
    valueFen += v;
    if (l.category === CIGARETTE_CATEGORY) packs += l.quantity;
    else otherValueFen += v;
  }
  const hasCig = lines.some((l) => l.category === CIGARETTE_CATEGORY);
  const hasOther = lines.some((l) => l.category !== CIGARETTE_CATEGORY);
  let tier: GiftTier = 'assistant';
  if (hasCig) tier = higherTier(tier, tierForPacks(packs, s));
  if (hasOther) tier = higherTier(tier, tierForValue(otherValueFen, s));
  return { tier, packs, otherValueFen, valueFen };
}

/** GIFT-1: stock after a movement, or null when it would go below zero (refused). */
export function stockAfter(stock: number, delta: number): number | null {
  const next = stock + delta;
  return next < 0 ? null : next;
}

/** Names of invalid fields of the tier settings (empty when usable). */
export function invalidGiftTierSettings(s: GiftTierSettings): string[] {
  const bad: string[] = [];
  const nonNeg = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  if (!(typeof s.packsPerCarton === 'number' && Number.isInteger(s.packsPerCarton) && s.packsPerCarton > 0)) bad.push('packsPerCarton');
  for (const k of ['cigarettePacks', 'valueFen'] as const) {
    const t = s[k];
    if (!t || !nonNeg(t.assistantMax) || !nonNeg(t.managerMax) || t.managerMax < t.assistantMax) bad.push(k);
  }
  return bad;
}

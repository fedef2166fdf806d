import { describe, expect, it } from 'vitest';
import { defaultGiftTierSettings as d, giftTier, invalidGiftTierSettings, stockAfter, tierForPacks, toPacks, type GiftTier } from './gifts.rules.js';
import { defaultReceptionApprovalSettings as a, receptionTier, settlementTotals } from '../reception.rules.js';

const cig = (quantity: number) => ({ category: '香烟', quantity, unitPriceFen: 6_500 });

describe('GIFT-2 cigarette signer by packs (5包以下 部长助理; 5包以上1条以下 部长; 1条以上 常务副总)', () => {
  const cases: [number, GiftTier][] = [
    [1, 'assistant'], [3, 'assistant'], [5, 'assistant'], // boundary 5/6
    [6, 'manager'], [10, 'manager'], // one carton is still 部长; boundary 10/11
    [11, 'vp'], [12, 'vp'], [50, 'vp'],
  ];
  for (const [packs, tier] of cases) {
    it(`GIFT-2 ${packs} packs → ${tier}`, () => {
      expect(tierForPacks(packs, d)).toBe(tier);
      expect(giftTier([cig(packs)], d).tier).toBe(tier);
      expect(giftTier([cig(packs)], d).packs).toBe(packs);
    });
  }

  it('GIFT-2 cartons are normalized to packs (1 条 = 10 包): 1 carton → 部长, 2 cartons → 常务副总', () => {
    expect(toPacks(1, 'carton', 10)).toBe(10);
    expect(toPacks(12, 'pack', 10)).toBe(12);
    expect(giftTier([cig(toPacks(1, 'carton', 10))], d).tier).toBe('manager');
    expect(giftTier([cig(toPacks(2, 'carton', 10))], d).tier).toBe('vp');
    // 1 carton + 1 pack of the same issue: 11 packs.
    expect(giftTier([cig(toPacks(1, 'carton', 10)), cig(1)], d)).toMatchObject({ tier: 'vp', packs: 11 });
  });

  it('GIFT-2 changed tiers take effect (thresholds are settings)', () => {
    const s = { ...d, cigarettePacks: { assistantMax: 2, managerMax: 20 } };
    expect(tierForPacks(3, s)).toBe('manager');
    expect(tierForPacks(12, s)).toBe('manager');
    expect(tierForPacks(21, s)).toBe('vp');
  });
});

describe('GIFT-2 other gifts by value (decision: ≤500 元 部长助理, ≤2000 元 部长, more 常务副总)', () => {
  const tea = (n: number) => ({ category: '茶叶', quantity: n, unitPriceFen: 25_000 });
  const cases: [number, GiftTier][] = [[1, 'assistant'], [2, 'assistant'], [3, 'manager'], [8, 'manager'], [9, 'vp']];
  for (const [n, tier] of cases) it(`GIFT-2 ${n} × 250 元 tea (${n * 250} 元) → ${tier}`, () => expect(giftTier([tea(n)], d).tier).toBe(tier));

  it('GIFT-2 a mixed issue takes the higher tier; cigarettes do not count in the value tier', () => {
    expect(giftTier([cig(3), tea(3)], d)).toMatchObject({ tier: 'manager', packs: 3, otherValueFen: 75_000, valueFen: 3 * 6_500 + 75_000 });
    expect(giftTier([cig(12), tea(1)], d).tier).toBe('vp');
    // 10 packs are worth 650 元 but are judged by count only.
    expect(giftTier([cig(5)], { ...d, valueFen: { assistantMax: 0, managerMax: 0 } }).tier).toBe('assistant');
  });
});

describe('GIFT-1 stock never negative', () => {
  const cases: [number, number, number | null][] = [[10, 5, 15], [10, -10, 0], [10, -11, null], [0, -1, null], [3, 0, 3]];
  for (const [stock, delta, after] of cases) it(`GIFT-1 stock ${stock} ${delta >= 0 ? '+' : ''}${delta} → ${after ?? 'refused'}`, () => expect(stockAfter(stock, delta)).toBe(after));
});

describe('GIFT-2 settings validation', () => {
  it('GIFT-2 rejects a manager limit below the assistant limit and a carton of 0', () => {
    expect(invalidGiftTierSettings(d)).toEqual([]);
    expect(invalidGiftTierSettings({ ...d, packsPerCarton: 0, cigarettePacks: { assistantMax: 10, managerMax: 5 } })).toEqual(['packsPerCarton', 'cigarettePacks']);
  });
});

describe('RCP-1 reception approval tier and settlement', () => {
  const cases: [Parameters<typeof receptionTier>[0], number, 'manager' | 'leader'][] = [
    ['general', 0, 'manager'], ['general', 500_000, 'manager'], ['general', 500_001, 'leader'], ['important', 300_000, 'manager'], ['vip', 0, 'leader'],
  ];
  for (const [level, fen, tier] of cases) it(`RCP-1 ${level} with budget ${fen / 100} 元 → ${tier}`, () => expect(receptionTier(level, fen, a)).toBe(tier));

  it('RCP-1 settlement totals: actual vs budget per line', () => {
    expect(settlementTotals([{ category: '餐费', budgetFen: 120_000, actualFen: 108_600 }, { category: '礼品', budgetFen: 70_000, actualFen: 80_000 }, { category: '其他', budgetFen: 0, actualFen: null }]))
      .toEqual({ budgetFen: 190_000, actualFen: 188_600, overFen: -1_400 });
  });
});

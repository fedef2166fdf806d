import { describe, expect, it } from 'vitest';
import { carsNotWashed, carsWithoutCheck, licenceHeldOn, purchaseQuotesOk, reimbursedLate, standingWarnings } from './incidents.rules.js';

describe('vehicles incidents rules', () => {
  it.each([
    ['2026-11-09', false],
    ['2026-11-10', true],
    ['2026-11-20', true],
    ['2026-11-21', false],
  ])('VEH-17 licence held period is inclusive: %s → %s', (date, held) => {
    expect(licenceHeldOn([{ from: '2026-11-10', to: '2026-11-20' }, { from: null, to: null }], date)).toBe(held);
  });

  it.each([
    { warnings: [], washes: [], on: '2026-11-27', standing: 0, why: 'first time: nothing stands' },
    { warnings: ['2026-11-20'], washes: [], on: '2026-11-27', standing: 1, why: 'warned, never washed' },
    { warnings: ['2026-11-20'], washes: ['2026-11-20'], on: '2026-11-27', standing: 0, why: 'washed on the day of the warning' },
    { warnings: ['2026-11-20'], washes: ['2026-11-19'], on: '2026-11-27', standing: 1, why: 'washed before the warning' },
    { warnings: ['2026-11-20', '2026-11-24'], washes: ['2026-11-22'], on: '2026-11-27', standing: 1, why: 'only the warning after the wash' },
    { warnings: ['2026-11-28'], washes: [], on: '2026-11-27', standing: 0, why: 'later warnings do not count' },
  ])('VEH-15 standing dirty-car warnings: $why', ({ warnings, washes, on, standing }) => {
    expect(standingWarnings(warnings, washes, on)).toBe(standing);
  });

  it('VEH-15 cars without today\'s check and cars not washed for 7 days', () => {
    const cars = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(carsWithoutCheck(cars, new Set(['b'])).map((c) => c.id)).toEqual(['a', 'c']);
    const last = new Map([['a', '2026-11-20'], ['b', '2026-11-21']]);
    expect(carsNotWashed(cars, last, '2026-11-27')).toEqual([{ id: 'a', daysSince: 7 }, { id: 'c', daysSince: null }]);
  });

  it.each([
    { category: 'regular' as const, quotes: [], ok: true },
    { category: 'special' as const, quotes: ['甲', '乙'], ok: false },
    { category: 'special' as const, quotes: ['甲', '乙', '乙 '], ok: false },
    { category: 'special' as const, quotes: ['甲', '乙', '丙'], ok: true },
  ])('VEH-22 special items need three suppliers: $category $quotes → $ok', ({ category, quotes, ok }) => {
    expect(purchaseQuotesOk(category, quotes.map((supplier) => ({ supplier }))).ok).toBe(ok);
  });

  it.each([
    ['2026-11-26', '2026-11-26', '2026-11-27', false],
    ['2026-11-26', '2026-11-27', '2026-11-27', true],
    ['2026-11-26', null, '2026-11-26', false],
    ['2026-11-26', null, '2026-11-27', true],
  ])('VEH-22 receipts reimbursed the same day: bought %s, reimbursed %s, today %s → late %s', (bought, reimbursed, today, late) => {
    expect(reimbursedLate(bought, reimbursed, today)).toBe(late);
  });
});

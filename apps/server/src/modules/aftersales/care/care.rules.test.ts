import { describe, expect, it } from 'vitest';
import { intervalMonthsOf, maintenanceCommissionFen, salesCommissionFen, salesCommissionLines, taskDueOn, totalsPerUser, visitSchedule } from './care.rules.js';
import { careSettingsFrom, defaultCareSettings } from './care.settings.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return null;
};

describe('ASV-13 visit schedule', () => {
  it.each([
    ['12 months quarterly → 4 dates', '2026-01-01', '2026-12-31', 3, ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']],
    ['12 months half-yearly → 2 dates', '2026-03-15', '2027-03-14', 6, ['2026-03-15', '2026-09-15']],
    ['monthly from Jan 31 clamps to Feb 28, then back to Mar 31', '2026-01-31', '2026-04-30', 1, ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']],
    ['leap year: Jan 31 + 1 month → Feb 29', '2028-01-31', '2028-02-29', 1, ['2028-01-31', '2028-02-29']],
    ['the last day of the period is included', '2026-01-01', '2026-07-01', 6, ['2026-01-01', '2026-07-01']],
    ['a date one day after the end is not', '2026-01-01', '2026-06-30', 6, ['2026-01-01']],
    ['one-day period → one visit', '2026-05-05', '2026-05-05', 12, ['2026-05-05']],
    ['120 monthly visits is the most allowed', '2026-01-01', '2035-12-01', 1, Array.from({ length: 120 }, (_, i) => `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`)],
    ['yearly over two years', '2026-02-28', '2028-02-28', 12, ['2026-02-28', '2027-02-28', '2028-02-28']],
  ])('ASV-13 %s', (_name, from, to, months, expected) => {
    expect(visitSchedule(from, to, months)).toEqual(expected);
  });

  it.each([
    ['end before start', () => visitSchedule('2026-12-31', '2026-01-01', 3), 'aftersales.care.periodReversed'],
    ['not a real date', () => visitSchedule('2026-02-30', '2026-12-31', 3), 'aftersales.invalidDate'],
    ['zero interval', () => visitSchedule('2026-01-01', '2026-12-31', 0), 'aftersales.care.badInterval'],
    ['a typo of a century, monthly', () => visitSchedule('2026-01-01', '2126-01-01', 1), 'aftersales.care.tooManyVisits'],
  ])('ASV-13 rejects %s', (_n, fn, expected) => {
    expect(code(fn)).toBe(expected);
  });

  it.each([
    [{ visitsPerYear: 4 }, 3], [{ visitsPerYear: 12 }, 1], [{ visitsPerYear: 1 }, 12], [{ intervalMonths: 2 }, 2], [{ visitsPerYear: null, intervalMonths: 6 }, 6],
  ])('ASV-13 interval of %o is %i months', (input, months) => {
    expect(intervalMonthsOf(input)).toBe(months);
  });
  it('ASV-13 visits per year must divide the year; an interval must be 1–60 months', () => {
    expect(code(() => intervalMonthsOf({ visitsPerYear: 5 }))).toBe('aftersales.care.badVisitsPerYear');
    expect(code(() => intervalMonthsOf({}))).toBe('aftersales.care.badInterval');
    expect(code(() => intervalMonthsOf({ intervalMonths: 61 }))).toBe('aftersales.care.badInterval');
  });
});

describe('ASV-13 maintenance commission per completed visit', () => {
  const s = { maintenanceMode: 'perVisit' as const, maintenancePerVisitFen: 5_000, maintenanceFeePercent: 10 };
  it.each([
    ['default per visit → the setting', { feeFen: 600_000, visitCount: 4, mode: 'default' as const, value: 0 }, s, 5_000],
    ['default, settings say % of fee: 10% × 6000.00 / 4 = 150.00', { feeFen: 600_000, visitCount: 4, mode: 'default' as const, value: 0 }, { ...s, maintenanceMode: 'feePercent' as const }, 15_000],
    ['the contract’s own fixed amount', { feeFen: 600_000, visitCount: 4, mode: 'perVisit' as const, value: 8_800 }, s, 8_800],
    ['the contract’s own %: 7% × 1000.01 / 3 = 23.33 (23.3356 half-up)', { feeFen: 100_001, visitCount: 3, mode: 'feePercent' as const, value: 7 }, s, 2_333],
    ['half-up at exactly .5 fen: 5% × 0.30 / 1 = 1.5 fen → 2', { feeFen: 30, visitCount: 1, mode: 'feePercent' as const, value: 5 }, s, 2],
    ['no visits → 0', { feeFen: 600_000, visitCount: 0, mode: 'feePercent' as const, value: 10 }, s, 0],
  ])('ASV-13 %s', (_n, c, settings, expected) => {
    expect(maintenanceCommissionFen(c, settings)).toBe(expected);
  });
});

describe('ASV-12 employee sales commission', () => {
  it.each([
    [36_000, 5, 1_800],
    [12_345, 3, 370], // 370.35 → 370
    [10_050, 5, 503], // 502.5 → 503 (half-up)
    [99, 3.5, 3], // 3.465 → 3
    [1_000_00, 2.25, 2_250],
    [0, 5, 0],
    [1, 50, 1], // 0.5 → 1
  ])('ASV-12 %i fen × %f%% = %i fen (half-up to the fen)', (amount, percent, expected) => {
    expect(salesCommissionFen(amount, percent)).toBe(expected);
  });
  it('ASV-12 rejects a negative amount and a percent with three decimals', () => {
    expect(code(() => salesCommissionFen(-1, 5))).toBe('aftersales.invalidAmount');
    expect(code(() => salesCommissionFen(100, 1.005))).toBe('aftersales.care.badPercent');
  });
  it('ASV-12 lines take their category’s percent (unknown → 0) and totals add up per person', () => {
    const lines = salesCommissionLines([
      { id: 'a', userId: 'u1', category: 'parts', amountFen: 36_000 },
      { id: 'b', userId: 'u2', category: 'maintenance_contract', amountFen: 600_000 },
      { id: 'c', userId: 'u1', category: 'equipment', amountFen: 480_000 },
      { id: 'd', userId: 'u1', category: 'gone', amountFen: 10_000 },
    ], defaultCareSettings.salesCategories);
    expect(lines.map((l) => [l.id, l.percent, l.commissionFen])).toEqual([['a', 5, 1_800], ['b', 3, 18_000], ['c', 3, 14_400], ['d', 0, 0]]);
    expect(totalsPerUser(lines)).toEqual([
      { userId: 'u1', count: 3, amountFen: 526_000, commissionFen: 16_200 },
      { userId: 'u2', count: 1, amountFen: 600_000, commissionFen: 18_000 },
    ]);
  });
  it('ASV-12 settings: defaults valid; a duplicate category or a bad percent is named', () => {
    expect(careSettingsFrom({}).salesCategories.length).toBe(4);
    expect(code(() => careSettingsFrom({ salesCategories: [{ code: 'a', name: 'A', percent: 1 }, { code: 'a', name: 'B', percent: 2 }] }))).toBe('aftersales.care.invalidSettings');
    expect(code(() => careSettingsFrom({ visitLeadDays: -1 }))).toBe('aftersales.care.invalidSettings');
  });
});

describe('ASV-15 callback task due date', () => {
  it.each([
    ['warranty ends in 20 days → that day', '2026-12-17', '2026-11-27', '2026-12-17'],
    ['part already past its life → today', '2026-06-01', '2026-11-27', '2026-11-27'],
    ['ends today → today', '2026-11-27', '2026-11-27', '2026-11-27'],
  ])('ASV-15 %s', (_n, period, today, expected) => {
    expect(taskDueOn(period, today)).toBe(expected);
  });
});

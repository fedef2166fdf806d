import { describe, expect, it } from 'vitest';
import { AppError } from '../../../http/errors.js';
import { defaultVehicleSettings } from '../vehicles.settings.js';
import { analyseFuel, beijingMonth, monthMinus, monthRangeUtc, monthsBetween, per100, type FuelEntry } from './reports.rules.js';

const entry = (id: string, day: number, odometerKm: number | null, liters: number, payment = 'card', storedReasons: string[] = []): FuelEntry => ({
  id, vehicleId: 'car', fueledAt: `2025-03-${String(day).padStart(2, '0')}T02:00:00.000Z`, liters, amountFen: liters * 750, payment, odometerKm, storedReasons,
});

describe('vehicle report rules', () => {
  it('VEH-5 each fueling covers the km since the previous reading; the usual is the median of the car\'s other intervals', () => {
    const a = analyseFuel([entry('f3', 3, 11_000, 60), entry('f0', 1, 10_000, 40), entry('f1', 2, 10_500, 40), entry('f4', 4, 11_500, 40)], defaultVehicleSettings);
    expect(a.get('f0')).toMatchObject({ km: null, per100Km: null, reasons: [] });
    expect(a.get('f1')).toMatchObject({ km: 500, per100Km: 8, usualPer100Km: 10, reasons: [] }); // others: 12 and 8 L/100 km
    expect(a.get('f3')).toMatchObject({ km: 500, per100Km: 12, usualPer100Km: 8, reasons: ['consumptionHigh'] });
    expect(a.get('f4')!.reasons).toEqual([]);
    const gap = analyseFuel([entry('x', 1, 10_000, 40), entry('y', 2, 10_500, 40), entry('z', 3, 11_000, 40), entry('g', 4, 25_000, 40)], defaultVehicleSettings);
    expect(gap.get('g')).toMatchObject({ km: 14_000, reasons: ['consumptionLow'], usualPer100Km: 8 });
  });

  it.each([
    { title: 'cash is always flagged', e: [entry('a', 1, null, 30, 'cash')], want: ['cashFueling'] },
    { title: 'one interval has no usual to compare with', e: [entry('x', 1, 10_000, 40), entry('a', 2, 10_100, 40)], want: [] },
    { title: 'far below the usual', e: [entry('x', 1, 10_000, 40), entry('y', 2, 10_500, 40), entry('z', 3, 11_000, 40), entry('a', 4, 11_500, 20)], want: ['consumptionLow'] },
    { title: 'exactly 25 % above is not an anomaly', e: [entry('x', 1, 10_000, 40), entry('y', 2, 10_500, 40), entry('a', 3, 11_000, 50)], want: [] },
    { title: 'a reading going backwards gives no distance', e: [entry('x', 1, 10_000, 40), entry('y', 2, 10_500, 40), entry('a', 3, 10_400, 90)], want: [] },
    { title: 'a long gap (a missed record) is flagged itself and does not drag the usual away', e: [entry('x', 1, 10_000, 40), entry('y', 2, 10_500, 40), entry('z', 3, 11_000, 40), entry('gap', 4, 25_000, 40), entry('a', 5, 25_500, 40)], want: [] },
    { title: 'reasons recorded at entry are kept', e: [entry('a', 1, null, 30, 'card', ['consumptionHigh', 'bogus'])], want: ['consumptionHigh'] },
  ])('VEH-5 $title', ({ e, want }) => {
    expect(analyseFuel(e, defaultVehicleSettings).get('a')!.reasons).toEqual(want);
  });

  it('months are Beijing months; ranges are checked', () => {
    expect(beijingMonth('2025-03-31T16:30:00.000Z')).toBe('2025-04'); // 00:30 on 04-01 in Beijing
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthMinus('2026-11', 11)).toBe('2025-12');
    expect(monthRangeUtc('2025-03', '2025-03')).toEqual({ startIso: '2025-02-28T16:00:00.000Z', endIso: '2025-03-31T16:00:00.000Z' });
    for (const [from, to, code] of [['2025-13', '2025-12', 'vehicles.reports.invalidMonth'], ['2025-05', '2025-04', 'vehicles.reports.invalidRange'], ['2020-01', '2023-01', 'vehicles.reports.rangeTooLong']] as const) {
      try {
        monthsBetween(from, to);
        expect.unreachable();
      } catch (err) {
        expect((err as AppError).code).toBe(code);
      }
    }
    expect(per100(90, 67_500, 1_000)).toEqual({ litersPer100Km: 9, fuelFenPer100Km: 6_750 });
    expect(per100(10, 100, 0)).toEqual({ litersPer100Km: null, fuelFenPer100Km: null });
  });
});

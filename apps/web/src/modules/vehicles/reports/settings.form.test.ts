import { describe, expect, it } from 'vitest';
import type { VehicleSettings } from './api';
import { toBody, toForm } from './settings.form';

const settings: VehicleSettings = {
  urbanRadiusKm: 10, urbanTripSubsidyFen: 1_000, suburbTripSubsidyFen: 3_000, suburbMaxKm: 50, motorcycleMonthlyAllowanceFen: 22_000,
  motorcycleTripsEarnPerUseSubsidy: false, privateBorrowFuelFenPerKm: 100, workdayStart: '08:30', workdayEnd: '17:30', handoverFineFen: 10_000,
  dirtyCarFineFen: 1_000, dirtyCarWarningsBeforeFine: 1, repairGmThresholdFen: 20_000, violationDriverPercentDriverFault: 30,
  violationDriverPercentVehicleCause: 0, accidentDriverPercent: { minor: 5, equal: 10, major: 20, unauthorized: 100 }, expiryReminderDays: [30, 7, 1],
  fuelAnomalyTolerancePercent: 25, longTripKm: 100, carpoolWindowMinutes: 30, carpoolMaxBearingDiffDeg: 30,
};

describe('vehicles settings form', () => {
  it('VEH-9 VEH-16 money shows in yuan and goes back as whole fen; percentages stay percent', () => {
    const form = toForm(settings);
    expect(form.urbanTripSubsidyFen).toBe(10);
    expect(form.repairGmThresholdFen).toBe(200);
    expect(form['accident.major']).toBe(20);
    const body = toBody({ ...form, urbanTripSubsidyFen: 10.07, suburbTripSubsidyFen: 0.29, 'accident.major': 25 });
    expect(body.urbanTripSubsidyFen).toBe(1_007); // not 1007.0000000000001
    expect(body.suburbTripSubsidyFen).toBe(29);
    expect(body.accidentDriverPercent).toEqual({ minor: 5, equal: 10, major: 25, unauthorized: 100 });
    expect(body).not.toHaveProperty('workdayEnd');
  });

  it('VEH-1 reminder days are de-duplicated and sorted, furthest first', () => {
    expect(toBody({ ...toForm(settings), expiryReminderDays: [7, 30, 7, 15, 1] }).expiryReminderDays).toEqual([30, 15, 7, 1]);
  });

  it('a round trip changes nothing', () => {
    const { workdayStart: _a, workdayEnd: _b, ...rest } = settings;
    expect(toBody(toForm(settings))).toEqual(rest);
  });
});

import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/errors.js';
import { calendarFromRows, type CalendarData } from '../../platform/calendar/calendar.rules.js';
import { chineseDaysRows, SEEDED_YEARS } from '../../platform/calendar/calendar.seed.js';
import { vehiclesMessages } from './vehicles.messages.js';
import {
  accidentSplit,
  bearingDeg,
  carpoolGroups,
  checkFuel,
  checkOdometer,
  checkReturn,
  defaultVehicleSettings,
  dirtyCarFineFen,
  dispatchOrder,
  endOfWorkdayInstant,
  expiryReminders,
  findOverlappingBooking,
  fuelAnomaly,
  fuelConsumptionPer100Km,
  gmApprovalReasons,
  handoverFineFen,
  hiredTransportReimbursable,
  invalidVehicleSettings,
  isAllowedUse,
  keysNotReturned,
  longTripPassengerAdvice,
  monthlyMotorcycleAllowanceFen,
  normalizePlate,
  privateBorrowFuelChargeFen,
  repairNeedsGm,
  splitByDriverPercent,
  tripSubsidyFen,
  USE_PURPOSE_LABELS,
  USE_PURPOSES,
  useNeedsGmApproval,
  vehicleSettingsFrom,
  violationSplit,
  type CarpoolRequest,
  type UsePurpose,
  type VehicleSettings,
} from './vehicles.rules.js';

const s = defaultVehicleSettings;
const cal: CalendarData = calendarFromRows(chineseDaysRows(), SEEDED_YEARS);

/** Runs fn and returns the AppError it throws (fails the test if it does not throw one). */
function appErrorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError');
}

describe('vehicle settings', () => {
  it.each([
    ['VEH-9 urban subsidy 10 yuan per use (城区内每次补贴10元)', s.urbanTripSubsidyFen, 1_000],
    ['VEH-9 suburb subsidy 30 yuan per use (城郊10公里外50公里内每次补助30元)', s.suburbTripSubsidyFen, 3_000],
    ['VEH-9 suburb band ends at 50 km', s.suburbMaxKm, 50],
    ['VEH-9 motorcycle allowance 220 yuan (交通补助提高至220元)', s.motorcycleMonthlyAllowanceFen, 22_000],
    ['VEH-2 urban radius 10 km (城区远郊(10公里外))', s.urbanRadiusKm, 10],
    ['VEH-10 private borrowing fuel 1 yuan per km (default, configurable)', s.privateBorrowFuelFenPerKm, 100],
    ['VEH-14 hand-over fine 100 yuan', s.handoverFineFen, 10_000],
    ['VEH-15 dirty-car fine 10 yuan per time', s.dirtyCarFineFen, 1_000],
    ['VEH-15 one warning before the fine', s.dirtyCarWarningsBeforeFine, 1],
    ['VEH-16 repair threshold 200 yuan', s.repairGmThresholdFen, 20_000],
    ['VEH-17 driver pays 30% when at fault', s.violationDriverPercentDriverFault, 30],
    ['VEH-17 driver pays 0% when the car is the cause', s.violationDriverPercentVehicleCause, 0],
    ['VEH-5 fuel anomaly tolerance 25%', s.fuelAnomalyTolerancePercent, 25],
    ['VEH-7 long trip over 100 km', s.longTripKm, 100],
  ])('%s: default %d = %d', (_title, actual, expected) => {
    expect(actual).toBe(expected);
    expect(Number.isInteger(actual)).toBe(true);
  });

  it('VEH-19 accident shares default to 5/10/20/100 for the driver; VEH-1 reminders 30/7/1 days; VEH-11 08:30–17:30', () => {
    expect(s.accidentDriverPercent).toEqual({ minor: 5, equal: 10, major: 20, unauthorized: 100 });
    expect(s.expiryReminderDays).toEqual([30, 7, 1]);
    expect([s.workdayStart, s.workdayEnd]).toEqual(['08:30', '17:30']);
    expect(invalidVehicleSettings(s)).toEqual([]);
  });

  it.each([
    ['urbanTripSubsidyFen', { urbanTripSubsidyFen: 10.5 }],
    ['suburbMaxKm', { suburbMaxKm: 5 }],
    ['violationDriverPercentDriverFault', { violationDriverPercentDriverFault: 101 }],
    ['accidentDriverPercent', { accidentDriverPercent: { minor: -1 } }],
    ['workdayEnd', { workdayStart: '18:00', workdayEnd: '17:30' }],
    ['workdayStart', { workdayStart: '8:30' }],
    ['expiryReminderDays', { expiryReminderDays: [30, 0] }],
  ])('VEH-9 configurable settings: a bad %s is refused', (field, stored) => {
    const err = appErrorOf(() => vehicleSettingsFrom(stored));
    expect(err.status).toBe(400);
    expect(err.code).toBe('vehicles.invalidSettings');
    expect(err.params.field).toBe(field);
  });

  it('VEH-9 configurable settings: stored values override the defaults, the rest stays', () => {
    const custom = vehicleSettingsFrom({ urbanTripSubsidyFen: 1_500, accidentDriverPercent: { minor: 10 } });
    expect(custom.urbanTripSubsidyFen).toBe(1_500);
    expect(custom.suburbTripSubsidyFen).toBe(3_000);
    expect(custom.accidentDriverPercent).toEqual({ minor: 10, equal: 10, major: 20, unauthorized: 100 });
    expect(tripSubsidyFen({ distanceKm: 3, vehicle: 'car' }, custom).amountFen).toBe(1_500);
    expect(vehicleSettingsFrom(null)).toEqual(s);
  });
});

describe('money rules', () => {
  it.each([
    { distanceKm: 0, amountFen: 1_000, needsAdminApproval: false, reason: 'urban' },
    { distanceKm: 9.9, amountFen: 1_000, needsAdminApproval: false, reason: 'urban' },
    { distanceKm: 10, amountFen: 1_000, needsAdminApproval: false, reason: 'urban' },
    { distanceKm: 10.1, amountFen: 3_000, needsAdminApproval: false, reason: 'suburb' },
    { distanceKm: 50, amountFen: 3_000, needsAdminApproval: false, reason: 'suburb' },
    { distanceKm: 50.1, amountFen: null, needsAdminApproval: true, reason: 'overSuburbLimit' },
  ])('VEH-9 private car subsidy at $distanceKm km → $amountFen fen ($reason)', ({ distanceKm, ...expected }) => {
    expect(tripSubsidyFen({ distanceKm, vehicle: 'car' }, s)).toEqual(expected);
  });

  it('VEH-9 over 50 km the admin manager sets the amount (Decision)', () => {
    expect(tripSubsidyFen({ distanceKm: 120, vehicle: 'car', adminSetAmountFen: 8_000 })).toEqual({
      amountFen: 8_000,
      needsAdminApproval: true,
      reason: 'overSuburbLimit',
    });
  });

  it.each([
    { registered: true, expected: 22_000 },
    { registered: false, expected: null },
  ])('VEH-9 monthly motorcycle allowance, registered=$registered → $expected', ({ registered, expected }) => {
    expect(monthlyMotorcycleAllowanceFen(registered, s)).toBe(expected);
  });

  it('VEH-9 a motorcycle use earns the monthly allowance, not a per-use subsidy (unless configured)', () => {
    expect(tripSubsidyFen({ distanceKm: 30, vehicle: 'motorcycle' })).toEqual({ amountFen: 0, needsAdminApproval: false, reason: 'motorcycleMonthlyAllowance' });
    const perUse: VehicleSettings = { ...s, motorcycleTripsEarnPerUseSubsidy: true };
    expect(tripSubsidyFen({ distanceKm: 30, vehicle: 'motorcycle' }, perUse).amountFen).toBe(3_000);
  });

  it.each([
    { input: { distanceKm: -1, vehicle: 'car' as const }, code: 'vehicles.invalidDistance' },
    { input: { distanceKm: Number.NaN, vehicle: 'car' as const }, code: 'vehicles.invalidDistance' },
    { input: { distanceKm: 60, vehicle: 'car' as const, adminSetAmountFen: 12.5 }, code: 'vehicles.invalidAmount' },
  ])('VEH-9 bad subsidy input is refused with $code', ({ input, code }) => {
    expect(appErrorOf(() => tripSubsidyFen(input)).code).toBe(code);
  });

  it.each([
    { km: 0, fen: 0 },
    { km: 37, fen: 3_700 },
    { km: 12.345, fen: 1_235 },
    { km: 12.3444, fen: 1_234 },
  ])('VEH-10 private borrowing fuel charge for $km km → $fen fen (half-up to the fen)', ({ km, fen }) => {
    expect(privateBorrowFuelChargeFen(km, s)).toBe(fen);
  });

  it.each([
    { approved: false, fen: 10_000 },
    { approved: true, fen: 0 },
  ])('VEH-14 hand-over fine, approved by the admin manager=$approved → $fen fen', ({ approved, fen }) => {
    expect(handoverFineFen(approved, s)).toBe(fen);
  });

  it.each([
    { warningsBefore: 0, fen: 0 },
    { warningsBefore: 1, fen: 1_000 },
    { warningsBefore: 3, fen: 1_000 },
  ])('VEH-15 dirty car after $warningsBefore warning(s) → $fen fen', ({ warningsBefore, fen }) => {
    expect(dirtyCarFineFen(warningsBefore, s)).toBe(fen);
  });

  it('VEH-15 a negative or fractional warning count is refused', () => {
    expect(appErrorOf(() => dirtyCarFineFen(-1)).code).toBe('vehicles.invalidCount');
    expect(appErrorOf(() => dirtyCarFineFen(1.5)).code).toBe('vehicles.invalidCount');
  });

  it.each([
    { amountFen: 0, gm: false },
    { amountFen: 19_999, gm: false },
    { amountFen: 20_000, gm: false },
    { amountFen: 20_001, gm: true },
    { amountFen: 150_000, gm: true },
  ])('VEH-16 repair of $amountFen fen needs the GM first: $gm', ({ amountFen, gm }) => {
    expect(repairNeedsGm(amountFen, s)).toBe(gm);
  });

  it('VEH-16 a repair amount that is not whole fen is refused', () => {
    expect(appErrorOf(() => repairNeedsGm(200.005)).code).toBe('vehicles.invalidAmount');
  });

  it.each([
    { fineFen: 20_000, cause: 'driver' as const, driverFen: 6_000, companyFen: 14_000 },
    { fineFen: 20_000, cause: 'vehicle' as const, driverFen: 0, companyFen: 20_000 },
    { fineFen: 33_333, cause: 'driver' as const, driverFen: 10_000, companyFen: 23_333 },
    { fineFen: 5, cause: 'driver' as const, driverFen: 2, companyFen: 3 },
    { fineFen: 0, cause: 'driver' as const, driverFen: 0, companyFen: 0 },
  ])('VEH-17 violation fine $fineFen fen, cause $cause → driver $driverFen / company $companyFen', ({ fineFen, cause, driverFen, companyFen }) => {
    const r = violationSplit(fineFen, cause, s);
    expect(r).toEqual({ driverFen, companyFen, pointsBorneBy: 'driver' });
    expect(r.driverFen + r.companyFen).toBe(fineFen);
  });

  it.each([
    { resp: 'minor' as const, cost: 100_000, driverFen: 5_000, companyFen: 95_000 },
    { resp: 'equal' as const, cost: 100_000, driverFen: 10_000, companyFen: 90_000 },
    { resp: 'major' as const, cost: 100_000, driverFen: 20_000, companyFen: 80_000 },
    { resp: 'unauthorized' as const, cost: 100_000, driverFen: 100_000, companyFen: 0 },
    { resp: 'minor' as const, cost: 33_333, driverFen: 1_667, companyFen: 31_666 },
    { resp: 'equal' as const, cost: 33_333, driverFen: 3_333, companyFen: 30_000 },
    { resp: 'major' as const, cost: 33_333, driverFen: 6_667, companyFen: 26_666 },
    { resp: 'unauthorized' as const, cost: 33_333, driverFen: 33_333, companyFen: 0 },
    { resp: 'minor' as const, cost: 33_350, driverFen: 1_668, companyFen: 31_682 },
  ])('VEH-19 accident split after insurance: $resp, $cost fen → driver $driverFen / company $companyFen', ({ resp, cost, driverFen, companyFen }) => {
    const r = accidentSplit(cost, resp, s);
    expect(r).toEqual({ driverFen, companyFen });
    expect(r.driverFen + r.companyFen).toBe(cost);
  });

  it('VEH-19 accident split after insurance: major 80/20', () => {
    expect(accidentSplit(50_000, 'major')).toEqual({ driverFen: 10_000, companyFen: 40_000 });
  });

  it('VEH-19 splits sum exactly for every amount 0…1000 fen and every share', () => {
    for (let total = 0; total <= 1_000; total++) {
      for (const pct of [0, 5, 10, 20, 30, 33, 100]) {
        const r = splitByDriverPercent(total, pct);
        expect(r.driverFen + r.companyFen).toBe(total);
        expect(Math.abs(r.driverFen - (total * pct) / 100)).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it.each([
    { cost: -1, code: 'vehicles.invalidAmount' },
    { cost: 1.5, code: 'vehicles.invalidAmount' },
  ])('VEH-19 a cost of $cost fen is refused with $code', ({ cost, code }) => {
    expect(appErrorOf(() => accidentSplit(cost, 'minor')).code).toBe(code);
  });
});

describe('allowed uses and long trips', () => {
  const base = { withGoods: false, adminStaff: false };
  it.each<{ purpose: UsePurpose; ctx: { withGoods: boolean; distanceKm?: number; adminStaff: boolean }; allowed: boolean; code?: string }>([
    { purpose: 'businessTrip', ctx: base, allowed: true },
    { purpose: 'purchasing', ctx: base, allowed: true },
    { purpose: 'goodsTransport', ctx: { ...base, withGoods: true }, allowed: true },
    { purpose: 'installRepair', ctx: { ...base, distanceKm: 25 }, allowed: true },
    { purpose: 'installRepair', ctx: { ...base, distanceKm: 10 }, allowed: false, code: 'vehicles.use.noGoods' },
    { purpose: 'installRepair', ctx: { ...base, withGoods: true, distanceKm: 5 }, allowed: true },
    { purpose: 'installRepair', ctx: base, allowed: false, code: 'vehicles.use.distanceRequired' },
    { purpose: 'adminBusiness', ctx: { ...base, adminStaff: true }, allowed: true },
    { purpose: 'adminBusiness', ctx: base, allowed: false, code: 'vehicles.use.noGoods' },
    { purpose: 'guestReception', ctx: base, allowed: true },
    { purpose: 'injuredEmployee', ctx: base, allowed: true },
    { purpose: 'loanToOrganization', ctx: base, allowed: true },
    { purpose: 'otherEmergency', ctx: base, allowed: true },
    { purpose: 'other', ctx: base, allowed: false, code: 'vehicles.use.noGoods' },
    { purpose: 'other', ctx: { ...base, withGoods: true }, allowed: true },
    { purpose: 'businessTrip', ctx: { ...base, distanceKm: 300 }, allowed: false, code: 'vehicles.use.longTripNoCar' },
    { purpose: 'businessTrip', ctx: { ...base, distanceKm: 100 }, allowed: true },
    { purpose: 'guestReception', ctx: { ...base, distanceKm: 300 }, allowed: true },
    { purpose: 'goodsTransport', ctx: { ...base, withGoods: true, distanceKm: 300 }, allowed: true, code: 'vehicles.use.longTripGoodsOnly' },
  ])('VEH-2 use $purpose with $ctx → allowed $allowed', ({ purpose, ctx, allowed, code }) => {
    const r = isAllowedUse(purpose, ctx, s);
    expect(r.allowed).toBe(allowed);
    expect(r.code).toBe(code);
    if (code) expect(r.suggestion).toEqual(code === 'vehicles.use.noGoods' ? vehiclesMessages[code]!.zh : expect.stringMatching(/[\u4e00-\u9fff]/));
    else expect(r.suggestion).toBeUndefined();
  });

  it('VEH-2 a refused request suggests public transport or one’s own vehicle, in Chinese', () => {
    const r = isAllowedUse('other', { withGoods: false, adminStaff: false });
    expect(r.suggestion).toContain('公共交通');
    expect(r.suggestion).toContain('自备交通工具');
  });

  it('VEH-2 every purpose has a Chinese label; an unknown purpose is refused', () => {
    expect(USE_PURPOSES).toHaveLength(10);
    for (const p of USE_PURPOSES) expect(USE_PURPOSE_LABELS[p]).toMatch(/[\u4e00-\u9fff]/);
    expect(appErrorOf(() => isAllowedUse('toString' as UsePurpose, { withGoods: false, adminStaff: false })).code).toBe('vehicles.invalidPurpose');
  });

  it.each([
    { distanceKm: 80, withGoods: false, longTrip: false, carAllowed: true },
    { distanceKm: 100, withGoods: false, longTrip: false, carAllowed: true },
    { distanceKm: 100.5, withGoods: false, longTrip: true, carAllowed: false },
    { distanceKm: 250, withGoods: true, longTrip: true, carAllowed: true },
  ])('VEH-7 long trip $distanceKm km with goods=$withGoods → long $longTrip, car $carAllowed', ({ distanceKm, withGoods, longTrip, carAllowed }) => {
    const r = longTripPassengerAdvice({ distanceKm, withGoods }, s);
    expect([r.longTrip, r.carAllowed]).toEqual([longTrip, carAllowed]);
    if (longTrip) expect(r.advice).toContain('公共交通工具');
    else expect(r.advice).toBeUndefined();
  });
});

describe('dispatch order and carpools', () => {
  const req = (id: string, urgent: boolean, withGoods: boolean, start = '2026-10-09T09:00:00+08:00', createdAt = '2026-10-08T10:00:00+08:00') => ({
    id,
    urgent,
    withGoods,
    requestedStart: start,
    createdAt,
  });

  it.each([
    { title: 'urgent passenger before normal goods', input: [req('goods', false, true), req('urgentPax', true, false)], order: ['urgentPax', 'goods'] },
    { title: 'normal goods before normal passenger', input: [req('pax', false, false), req('goods', false, true)], order: ['goods', 'pax'] },
    { title: 'urgent goods before urgent passenger', input: [req('pax', true, false), req('goods', true, true)], order: ['goods', 'pax'] },
    {
      title: 'then the earlier requested start',
      input: [req('late', false, false, '2026-10-09T11:00:00+08:00'), req('early', false, false, '2026-10-09T01:30:00Z')],
      order: ['early', 'late'],
    },
    {
      title: 'then the earlier created request',
      input: [req('second', false, false, undefined, '2026-10-08T12:00:00+08:00'), req('first', false, false, undefined, '2026-10-08T08:00:00+08:00')],
      order: ['first', 'second'],
    },
    { title: 'full ties keep the input order (stable)', input: [req('a', false, false), req('b', false, false), req('c', false, false)], order: ['a', 'b', 'c'] },
  ])('VEH-6 dispatch order: $title', ({ input, order }) => {
    const copy = [...input];
    expect(dispatchOrder(input).map((r) => r.id)).toEqual(order);
    expect(input).toEqual(copy);
  });

  it('VEH-6 先急后缓、先货后人 over a mixed list', () => {
    const list = [req('n-pax', false, false), req('u-pax', true, false), req('n-goods', false, true), req('u-goods', true, true)];
    expect(dispatchOrder(list).map((r) => r.id)).toEqual(['u-goods', 'u-pax', 'n-goods', 'n-pax']);
  });

  it('VEH-6 a request with a bad time is refused', () => {
    expect(appErrorOf(() => dispatchOrder([req('x', false, false, '2026-10-09 09:00')])).code).toBe('vehicles.invalidDateTime');
  });

  const pool = (id: string, area: string, start: string, extra: Partial<CarpoolRequest> = {}): CarpoolRequest => ({
    id,
    destinationArea: area,
    urgent: false,
    withGoods: false,
    requestedStart: `2026-10-09T${start}:00+08:00`,
    createdAt: '2026-10-08T10:00:00+08:00',
    ...extra,
  });
  const ids = (groups: CarpoolRequest[][]) => groups.map((g) => g.map((r) => r.id));

  it.each([
    {
      title: 'same area within the window → one offer, urgent goods leads',
      input: [pool('pax', '高新区', '09:20'), pool('goods', '高新区', '09:00', { urgent: true, withGoods: true })],
      expected: [['goods', 'pax']],
    },
    { title: 'same area outside the window → no offer', input: [pool('a', '高新区', '09:00'), pool('b', '高新区', '09:31')], expected: [] },
    { title: 'window boundary (30 min) is inside', input: [pool('a', '高新区', '09:00'), pool('b', ' 高新区 ', '09:30')], expected: [['a', 'b']] },
    { title: 'different areas without bearings → no offer', input: [pool('a', '高新区', '09:00'), pool('b', '经开区', '09:05')], expected: [] },
    {
      title: 'different areas, bearings 20° apart → offer',
      input: [pool('a', '高新区', '09:00', { bearingDeg: 350 }), pool('b', '机场', '09:05', { bearingDeg: 10 })],
      expected: [['a', 'b']],
    },
    {
      title: 'same area, bearings 90° apart → bearings win, no offer',
      input: [pool('a', '郊县', '09:00', { bearingDeg: 0 }), pool('b', '郊县', '09:05', { bearingDeg: 90 })],
      expected: [],
    },
    {
      title: 'no chaining: A~B and B~C but A≁C',
      input: [pool('a', 'x', '09:00', { bearingDeg: 0 }), pool('b', 'x', '09:05', { bearingDeg: 25 }), pool('c', 'x', '09:10', { bearingDeg: 50 })],
      expected: [['a', 'b']],
    },
    {
      title: 'two separate groups',
      input: [pool('a', '东区', '09:00'), pool('b', '西区', '09:00'), pool('c', '东区', '09:10'), pool('d', '西区', '09:15'), pool('e', '南区', '09:00')],
      expected: [['a', 'c'], ['b', 'd']],
    },
  ])('VEH-7 carpool: $title', ({ input, expected }) => {
    expect(ids(carpoolGroups(input, { windowMinutes: 30, maxBearingDiffDeg: 30 }, s))).toEqual(expected);
  });

  it('VEH-7 carpool by destination points: bearing computed from the company', () => {
    const origin = { lat: 30.0, lng: 120.0 };
    expect(Math.round(bearingDeg(origin, { lat: 30.5, lng: 120.0 }))).toBe(0);
    expect(Math.round(bearingDeg(origin, { lat: 30.0, lng: 120.5 }))).toBe(90);
    const input = [
      pool('north1', 'A镇', '09:00', { destination: { lat: 30.4, lng: 120.02 } }),
      pool('north2', 'B镇', '09:10', { destination: { lat: 30.6, lng: 119.98 } }),
      pool('east', 'C镇', '09:05', { destination: { lat: 30.0, lng: 120.6 } }),
    ];
    expect(ids(carpoolGroups(input, { windowMinutes: 30, origin }))).toEqual([['north1', 'north2']]);
  });
});

describe('hired transport', () => {
  it.each([
    { invoice: { start: '公司', end: '火车站货场', purpose: '拉运设备' }, missing: [] },
    { invoice: { start: '公司', end: '火车站货场' }, missing: ['purpose'] },
    { invoice: { start: ' ', end: '货场', purpose: '拉货' }, missing: ['start'] },
    { invoice: {}, missing: ['start', 'end', 'purpose'] },
  ])('VEH-8 hired transport invoice $invoice → missing $missing', ({ invoice, missing }) => {
    const r = hiredTransportReimbursable(invoice);
    expect(r.missing).toEqual(missing);
    expect(r.reimbursable).toBe(missing.length === 0);
  });

  it('VEH-8 refusal names what the invoice lacks, in Chinese', () => {
    expect(hiredTransportReimbursable({ end: '货场' }).message).toBe('发票未注明始点、所办事宜，不予报销');
  });
});

describe('GM approval on holidays and after hours', () => {
  it.each([
    { title: '调休 Saturday 2026-10-10 in working hours', start: '2026-10-10T09:00:00+08:00', end: '2026-10-10T11:00:00+08:00', gm: false, reasons: [] },
    { title: '国庆 2026-10-03', start: '2026-10-03T09:00:00+08:00', end: '2026-10-03T11:00:00+08:00', gm: true, reasons: ['nonWorkday'] },
    { title: 'after hours 2026-10-09 19:30 Beijing', start: '2026-10-09T19:30:00+08:00', end: '2026-10-09T21:00:00+08:00', gm: true, reasons: ['outsideWorkingHours'] },
    { title: 'same after-hours trip written in UTC', start: '2026-10-09T11:30:00Z', end: '2026-10-09T13:00:00Z', gm: true, reasons: ['outsideWorkingHours'] },
    { title: 'exactly 08:30–17:30 on a workday', start: '2026-10-09T08:30:00+08:00', end: '2026-10-09T17:30:00+08:00', gm: false, reasons: [] },
    { title: 'starting 08:29', start: '2026-10-09T08:29:00+08:00', end: '2026-10-09T10:00:00+08:00', gm: true, reasons: ['outsideWorkingHours'] },
    { title: 'returning 17:31', start: '2026-10-09T15:00:00+08:00', end: '2026-10-09T17:31:00+08:00', gm: true, reasons: ['outsideWorkingHours'] },
    { title: 'ordinary Sunday 2026-10-11', start: '2026-10-11T10:00:00+08:00', end: '2026-10-11T11:00:00+08:00', gm: true, reasons: ['nonWorkday'] },
    {
      title: 'over the night from a workday into 国庆',
      start: '2026-09-30T16:00:00+08:00',
      end: '2026-10-01T10:00:00+08:00',
      gm: true,
      reasons: ['nonWorkday', 'outsideWorkingHours'],
    },
  ])('VEH-11 $title → GM approval $gm', ({ start, end, gm, reasons }) => {
    expect(useNeedsGmApproval(start, end, cal, s)).toBe(gm);
    expect(gmApprovalReasons(start, end, cal, s).reasons).toEqual(reasons);
  });

  it('VEH-11 names the non-workdays a trip touches', () => {
    expect(gmApprovalReasons('2026-10-02T09:00:00+08:00', '2026-10-04T17:00:00+08:00', cal).nonWorkdays).toEqual(['2026-10-02', '2026-10-03', '2026-10-04']);
  });

  it('VEH-11 working hours are configurable', () => {
    const late: VehicleSettings = { ...s, workdayStart: '10:00', workdayEnd: '20:00' };
    expect(useNeedsGmApproval('2026-10-09T19:30:00+08:00', '2026-10-09T19:45:00+08:00', cal, late)).toBe(false);
    expect(useNeedsGmApproval('2026-10-09T09:00:00+08:00', '2026-10-09T11:00:00+08:00', cal, late)).toBe(true);
  });

  it.each([
    { start: '2026-10-09T12:00:00+08:00', end: '2026-10-09T11:00:00+08:00', status: 400, code: 'vehicles.endBeforeStart' },
    { start: '2026-10-09T12:00:00', end: '2026-10-09T13:00:00+08:00', status: 400, code: 'vehicles.invalidDateTime' },
    { start: '2027-03-01T09:00:00+08:00', end: '2027-03-01T10:00:00+08:00', status: 422, code: 'calendar.yearMissing' },
  ])('VEH-11 refuses $code ($start → $end)', ({ start, end, status, code }) => {
    const err = appErrorOf(() => useNeedsGmApproval(start, end, cal, s));
    expect([err.status, err.code]).toEqual([status, code]);
  });
});

describe('input checks', () => {
  it.each([
    { prev: null, next: 0, code: null },
    { prev: 12_000, next: 12_000, code: null },
    { prev: 12_000, next: 12_150.5, code: null },
    { prev: 12_000, next: 11_999, code: 'vehicles.odometerBackwards', message: '里程表读数 11999 公里低于该车上次登记的 12000 公里，请核对' },
    { prev: null, next: -5, code: 'vehicles.odometerInvalid', message: '里程表读数“-5”无效，应为不小于 0 的数' },
    { prev: 100, next: Number.NaN, code: 'vehicles.odometerInvalid', message: '里程表读数“NaN”无效，应为不小于 0 的数' },
  ])('VEH-5 odometer $prev → $next: $code', ({ prev, next, code, message }) => {
    const r = checkOdometer(prev, next);
    expect(r.ok).toBe(code === null);
    expect(r.errors.map((e) => e.code)).toEqual(code ? [code] : []);
    if (message) expect(r.errors[0]).toMatchObject({ path: 'odometerKm', message });
  });

  it.each([
    { dep: '2026-10-09T09:00:00+08:00', ret: '2026-10-09T12:00:00+08:00', codes: [] },
    { dep: '2026-10-09T09:00:00+08:00', ret: '2026-10-09T09:00:00+08:00', codes: [] },
    { dep: '2026-10-09T09:00:00+08:00', ret: '2026-10-09T08:59:00+08:00', codes: ['vehicles.returnBeforeDeparture'] },
    { dep: 'yesterday', ret: '2026-10-09T08:59:00+08:00', codes: ['vehicles.invalidDateTime'] },
  ])('VEH-4 return $ret after departure $dep: $codes', ({ dep, ret, codes }) => {
    const r = checkReturn(dep, ret);
    expect(r.ok).toBe(codes.length === 0);
    expect(r.errors.map((e) => e.code)).toEqual(codes);
  });

  it('VEH-5 return before departure explains both times in Beijing time', () => {
    const r = checkReturn('2026-10-09T01:00:00Z', '2026-10-09T00:30:00Z');
    expect(r.errors[0]?.message).toBe('回车时间 2026-10-09 08:30 早于出车时间 2026-10-09 09:00');
  });

  it.each([
    { liters: 40, amountFen: 30_000, codes: [] },
    { liters: 0.5, amountFen: 0, codes: [] },
    { liters: -3, amountFen: 30_000, codes: ['vehicles.fuelNegative'], message: '加油量不能为负数（-3 升）' },
    { liters: 0, amountFen: 30_000, codes: ['vehicles.fuelLitersInvalid'], message: '加油量“0”无效，应大于 0 升' },
    { liters: 40, amountFen: -100, codes: ['vehicles.fuelAmountInvalid'], message: '加油金额“-100”无效，应为不小于 0 的金额' },
    { liters: 40, amountFen: 299.5, codes: ['vehicles.fuelAmountInvalid'] },
    { liters: -1, amountFen: -1, codes: ['vehicles.fuelNegative', 'vehicles.fuelAmountInvalid'] },
  ])('VEH-5 fuel $liters L for $amountFen fen: $codes', ({ liters, amountFen, codes, message }) => {
    const r = checkFuel(liters, amountFen);
    expect(r.ok).toBe(codes.length === 0);
    expect(r.errors.map((e) => e.code)).toEqual(codes);
    if (message) expect(r.errors[0]?.message).toBe(message);
  });

  it.each([
    ['京A·12345', '京A12345'],
    [' 京a 12345 ', '京A12345'],
    ['京Ａ-１２３４５', '京A12345'],
  ])('VEH-1 plate %s normalizes to %s for the duplicate check', (plate, expected) => {
    expect(normalizePlate(plate)).toBe(expected);
  });

  it.each([
    { start: '10:00', end: '12:00', conflict: 'b1' },
    { start: '07:00', end: '09:00', conflict: null },
    { start: '11:00', end: '13:00', conflict: 'b2' },
    { start: '08:00', end: '09:30', conflict: 'b1' },
  ])('VEH-3 a car booked $start–$end overlaps: $conflict', ({ start, end, conflict }) => {
    const t = (hm: string) => `2026-10-09T${hm}:00+08:00`;
    const existing = [
      { id: 'b1', start: t('09:00'), end: t('11:00') },
      { id: 'b2', start: t('12:30'), end: t('14:00') },
    ];
    expect(findOverlappingBooking(existing, { start: t(start), end: t(end) })?.id ?? null).toBe(conflict);
  });
});

describe('fuel monitoring', () => {
  it.each([
    { liters: 40, km: 500, per100: 8 },
    { liters: 33.3, km: 412, per100: 8.08 },
    { liters: 10, km: 0, per100: null },
  ])('VEH-5 fuel consumption $liters L over $km km → $per100 L/100 km', ({ liters, km, per100 }) => {
    expect(fuelConsumptionPer100Km(liters, km)).toBe(per100);
  });

  it.each([
    { entry: { liters: 40, km: 500, payment: 'card' as const }, usual: 8, reasons: [] },
    { entry: { liters: 40, km: 500, payment: 'cash' as const }, usual: 8, reasons: ['cashFueling'] },
    { entry: { liters: 10, km: 100, payment: 'card' as const }, usual: 8, reasons: [] },
    { entry: { liters: 10.1, km: 100, payment: 'card' as const }, usual: 8, reasons: ['consumptionHigh'] },
    { entry: { liters: 6, km: 100, payment: 'card' as const }, usual: 8, reasons: [] },
    { entry: { liters: 5.9, km: 100, payment: 'card' as const }, usual: 8, reasons: ['consumptionLow'] },
    { entry: { liters: 60, km: 300, payment: 'cash' as const }, usual: 8, reasons: ['cashFueling', 'consumptionHigh'] },
    { entry: { liters: 60, km: 300, payment: 'card' as const }, usual: null, reasons: [] },
  ])('VEH-5 fuel anomaly $entry vs usual $usual → $reasons', ({ entry, usual, reasons }) => {
    const r = fuelAnomaly(entry, usual, s);
    expect(r.reasons).toEqual(reasons);
    expect(r.anomalous).toBe(reasons.length > 0);
  });
});

describe('expiry reminders and keys', () => {
  const items = [
    { id: 'ins', kind: 'insurance' as const, dueDate: '2026-11-08' },
    { id: 'insp', kind: 'inspection' as const, dueDate: '2026-10-16' },
    { id: 'pass', kind: 'cityPass' as const, dueDate: '2026-10-10' },
    { id: 'old', kind: 'insurance' as const, dueDate: '2026-10-01' },
    { id: 'today', kind: 'cityPass' as const, dueDate: '2026-10-09' },
    { id: 'quiet', kind: 'inspection' as const, dueDate: '2026-10-20' },
  ];
  it.each([
    { id: 'ins', daysLeft: 30, stage: 'before' },
    { id: 'insp', daysLeft: 7, stage: 'before' },
    { id: 'pass', daysLeft: 1, stage: 'before' },
    { id: 'old', daysLeft: -8, stage: 'overdue' },
    { id: 'today', daysLeft: 0, stage: 'dueToday' },
    { id: 'quiet', daysLeft: null, stage: null },
  ])('VEH-1 on 2026-10-09 the reminder for $id: $stage ($daysLeft days)', ({ id, daysLeft, stage }) => {
    const r = expiryReminders(items, '2026-10-09', s).find((x) => x.item.id === id);
    expect(r ? [r.daysLeft, r.stage] : [null, null]).toEqual([daysLeft, stage]);
  });

  it('VEH-1 reminder days are configurable; a bad date is refused', () => {
    const r = expiryReminders([{ kind: 'insurance', dueDate: '2026-10-23' }], '2026-10-09', { ...s, expiryReminderDays: [14] });
    expect(r).toHaveLength(1);
    expect(appErrorOf(() => expiryReminders([{ kind: 'insurance', dueDate: '2026-02-30' }], '2026-10-09')).code).toBe('calendar.invalidDate');
  });

  it('VEH-12 end of the workday is 17:30 Beijing', () => {
    expect(endOfWorkdayInstant('2026-10-09', s)).toBe('2026-10-09T09:30:00.000Z');
  });

  const eod = '2026-10-09T17:30:00+08:00';
  it.each([
    { title: 'returned before the end of the day', h: { returnedAt: '2026-10-09T17:00:00+08:00' }, flagged: false },
    { title: 'not returned', h: { returnedAt: null }, flagged: true },
    { title: 'returned after the check', h: { returnedAt: '2026-10-09T19:00:00+08:00' }, flagged: true },
    { title: 'returned exactly at the check', h: { returnedAt: eod }, flagged: false },
    { title: 'out for an approved after-hours use', h: { afterHoursApproved: true }, flagged: false },
    { title: 'issued after the check time', h: { issuedAt: '2026-10-09T18:00:00+08:00' }, flagged: false },
  ])('VEH-12 key $title → flagged $flagged', ({ h, flagged }) => {
    const holding = { vehicleId: 'v1', holderId: 'driver1', issuedAt: '2026-10-09T08:40:00+08:00', ...h };
    expect(keysNotReturned([holding], eod)).toHaveLength(flagged ? 1 : 0);
  });
});

describe('messages', () => {
  it('VEH-5 every message code has zh and en texts with the same placeholders', () => {
    for (const [code, { zh, en }] of Object.entries(vehiclesMessages)) {
      expect(code.startsWith('vehicles.')).toBe(true);
      const ph = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(ph(zh), code).toEqual(ph(en));
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

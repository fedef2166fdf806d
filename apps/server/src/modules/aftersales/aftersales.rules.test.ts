import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/errors.js';
import {
  aftersalesShipsInstallation, aftersalesSettingsFrom, cashDeadline, cashLatePenalties, cashLateness, checkFee, checkWholeSet, completionRate,
  completionRateBy, defaultAftersalesSettings, duplicateReason, findDuplicate, invalidAftersalesSettings, loanReconciliation, mayBorrow,
  normalizePhone, partLifeStatus, rankTechnicians, splitPhones, splitRepairCommission, warrantyLastDay, warrantyStatus,
} from './aftersales.rules.js';

/** Epoch ms of a Beijing wall-clock time 'YYYY-MM-DD HH:MM'. */
const bj = (t: string) => Date.parse(`${t.replace(' ', 'T')}:00+08:00`);

describe('ASV-2 warranty status from installation date and warranty months', () => {
  it.each([
    // installed,   months, today,        state,         inWarranty, lastDay
    ['2025-03-15', 12, '2026-03-14', 'expiring', true, '2026-03-14'], // the last day is in warranty
    ['2025-03-15', 12, '2026-03-15', 'expired', false, '2026-03-14'], // the day after is not
    ['2025-03-15', 12, '2025-03-15', 'in_warranty', true, '2026-03-14'], // the installation day is
    ['2025-03-15', 12, '2026-02-12', 'expiring', true, '2026-03-14'], // 30 days left → reminder
    ['2025-03-15', 12, '2026-02-11', 'in_warranty', true, '2026-03-14'], // 31 days left
    ['2024-01-31', 1, '2024-02-28', 'expiring', true, '2024-02-28'], // clamped to Feb 29, last day Feb 28
    ['2024-01-31', 1, '2024-02-29', 'expired', false, '2024-02-28'],
    ['2023-11-27', 36, '2026-11-26', 'expiring', true, '2026-11-26'],
    ['2026-11-27', 0, '2026-11-27', 'expired', false, '2026-11-26'], // no warranty at all
  ] as const)('ASV-2 installed %s + %i months, on %s → %s', (installed, months, today, state, inWarranty, lastDay) => {
    const w = warrantyStatus(installed, months, today);
    expect(w).toMatchObject({ state, inWarranty, lastDay });
  });

  it('ASV-2 unknown installation date or months → unknown (ask the customer), never "in warranty"', () => {
    expect(warrantyStatus(null, 12, '2026-11-27')).toEqual({ state: 'unknown', inWarranty: false, lastDay: null, daysLeft: null });
    expect(warrantyStatus('2025-01-01', null, '2026-11-27').state).toBe('unknown');
    expect(warrantyStatus('2025-01-01', 24, '2026-11-27').daysLeft).toBe(34);
  });

  it.each([['2025-02-30', 12], ['2025-01-01', -1], ['2025-01-01', 1.5], ['yesterday', 12]] as const)('ASV-2 bad input %s / %s is a 400', (d, m) => {
    expect(() => warrantyLastDay(d, m)).toThrow(AppError);
  });

  it.each([
    ['2026-06-01', 6, '2026-11-27', 'due_soon', '2026-12-01'],
    ['2026-06-01', 6, '2026-12-01', 'due', '2026-12-01'],
    ['2026-06-01', 12, '2026-11-27', 'ok', '2027-06-01'],
    [null, 12, '2026-11-27', 'unknown', null],
  ] as const)('ASV-15 part installed %s with a life of %i months, on %s → %s (due %s)', (installedOn, months, today, state, dueOn) => {
    expect(partLifeStatus({ name: '滤芯', installedOn, serviceLifeMonths: months }, today)).toMatchObject({ state, dueOn });
  });
});

describe('ASV-6 fee check against the fee standard (收费标准)', () => {
  const std = [{ code: 'repair', name: '上门维修', feeFen: 10_000 }, { code: 'inspection', name: '上门检测', feeFen: 5_000 }];
  it.each([
    // jobType,     charged, parts,  inWarranty, verdict,       expected, diff
    ['repair', 10_000, 0, false, 'ok', 10_000, 0],
    ['repair', 12_000, 0, false, 'over', 10_000, 2_000],
    ['repair', 8_000, 0, false, 'under', 10_000, -2_000],
    ['repair', 13_550, 3_550, false, 'ok', 13_550, 0], // parts at list price on top
    ['repair', 0, 3_550, true, 'ok', 0, 0], // 保修范围内维修: free, parts too
    ['repair', 5_000, 0, true, 'over', 0, 5_000], // charged in warranty
    ['inspection', 5_000, 0, false, 'ok', 5_000, 0],
    ['unknown', 5_000, 0, false, 'no_standard', null, null],
  ] as const)('ASV-6 %s charged %i (parts %i, warranty %s) → %s', (jobType, chargedFen, partsFen, inWarranty, verdict, expectedFen, diffFen) => {
    expect(checkFee({ jobType, chargedFen, partsFen, inWarranty }, std)).toMatchObject({ verdict, expectedFen, diffFen });
  });
  it('ASV-6 parts not covered by the warranty are still charged; negative amounts are refused', () => {
    expect(checkFee({ jobType: 'repair', chargedFen: 3_550, partsFen: 3_550, inWarranty: true, partsInWarranty: false }, std).verdict).toBe('ok');
    expect(() => checkFee({ jobType: 'repair', chargedFen: -1, inWarranty: false }, std)).toThrow(AppError);
  });
});

describe('ASV-7 cash to finance by the end of the third day; penalties 100% / 5%', () => {
  it.each([
    // collected (Beijing),  days, dueOn,        lateFrom (UTC)
    ['2026-11-23 10:00', 3, '2026-11-25', '2026-11-25T16:00:00.000Z'], // Monday → Wednesday 24:00
    ['2026-11-23 23:59', 3, '2026-11-25', '2026-11-25T16:00:00.000Z'],
    ['2026-11-24 00:01', 3, '2026-11-26', '2026-11-26T16:00:00.000Z'],
    ['2026-11-30 09:00', 3, '2026-12-02', '2026-12-02T16:00:00.000Z'], // across a month end
    ['2026-11-23 10:00', 1, '2026-11-23', '2026-11-23T16:00:00.000Z'], // setting: same day
  ] as const)('ASV-7 collected %s, %i days → due by %s', (at, days, dueOn, lateFrom) => {
    expect(cashDeadline(bj(at), { cashDueDays: days })).toMatchObject({ dueOn, lateFrom });
  });

  const collected = bj('2026-11-23 10:00');
  it.each([
    // hand-ins,                                         now,                 decided, lateFen
    [[{ at: '2026-11-25 23:59', fen: 30_000 }], '2026-11-27 09:00', true, 0], // Wednesday 23:59 is on time
    [[{ at: '2026-11-26 00:00', fen: 30_000 }], '2026-11-27 09:00', true, 30_000], // Thursday 00:00 is late
    [[{ at: '2026-11-24 09:00', fen: 20_000 }], '2026-11-27 09:00', true, 10_000], // part handed in
    [[], '2026-11-25 18:00', false, 0], // not decided before the deadline
    [[], '2026-11-26 00:00', true, 30_000],
  ] as const)('ASV-7 30000 fen, hand-ins %j, at %s → late %i', (handIns, now, decided, lateFen) => {
    const l = cashLateness(collected, 30_000, handIns.map((h) => ({ atMs: bj(h.at), amountFen: h.fen })), bj(now));
    expect(l).toMatchObject({ decided, lateFen });
  });

  const late = cashLateness(collected, 33_333, [], bj('2026-11-27 09:00'));
  it.each([
    // clerkUrged, clerk,  postings (user:source:fen)
    [false, 'clerk', ['tech:aftersales.cashLate:33333', 'clerk:aftersales.cashNotUrged:1667']], // 5% of 333.33 = 16.6665 → 16.67
    [true, 'clerk', ['tech:aftersales.cashLate:33333']], // the clerk urged: no clerk penalty
    [false, null, ['tech:aftersales.cashLate:33333']],
  ] as const)('ASV-7 penalties: clerk urged %s → %j', (clerkUrged, clerkId, expected) => {
    const p = cashLatePenalties({ jobId: 'j1', jobNo: 'PG-001', technicianId: 'tech', clerkId, clerkUrged, lateness: late });
    expect(p.map((x) => `${x.userId}:${x.source}:${x.amountFen}`)).toEqual(expected);
    for (const x of p) expect(x).toMatchObject({ kind: 'penalty', sourceId: 'j1', occurredOn: '2026-11-26' });
    expect(p[0]!.reason).toContain('333.33');
  });
  it('ASV-7 no penalty when on time or not yet decided; percentages are settings', () => {
    const onTime = cashLateness(collected, 30_000, [{ atMs: bj('2026-11-24 09:00'), amountFen: 30_000 }], bj('2026-11-27 09:00'));
    expect(cashLatePenalties({ jobId: 'j', jobNo: 'x', technicianId: 't', clerkId: 'c', clerkUrged: false, lateness: onTime })).toEqual([]);
    const custom = cashLatePenalties({ jobId: 'j', jobNo: 'x', technicianId: 't', clerkId: 'c', clerkUrged: false, lateness: late }, { technicianLatePenaltyPercent: 50, clerkNoUrgePenaltyPercent: 10 });
    expect(custom.map((x) => x.amountFen)).toEqual([16_667, 3_333]);
  });
});

describe('ASV-12 repair commission split (engineer called in 60 / technician 40; engineer alone 100)', () => {
  it.each([
    // total, technician, engineer, expected shares
    [10_000, 'tech', 'eng', { tech: 4_000, eng: 6_000 }],
    [33_333, 'tech', 'eng', { tech: 13_333, eng: 20_000 }], // 19999.8 → 20000; the rest to the technician
    [1, 'tech', 'eng', { tech: 0, eng: 1 }], // 0.6 → 1 fen
    [12_345, null, 'eng', { eng: 12_345 }], // engineer alone: 100%
    [12_345, 'tech', null, { tech: 12_345 }], // technician alone
    [0, 'tech', 'eng', { tech: 0, eng: 0 }],
  ] as const)('ASV-12 %i fen, technician %s, engineer %s → %j', (total, technicianId, engineerId, expected) => {
    const shares = splitRepairCommission(total, { technicianId, engineerId });
    expect(Object.fromEntries(shares.map((s) => [s.userId, s.amountFen]))).toEqual(expected);
    expect(shares.reduce((a, s) => a + s.amountFen, 0)).toBe(total);
  });
  it('ASV-12 the parts always sum to the total (every amount 0…2000 fen, 60%)', () => {
    for (let total = 0; total <= 2_000; total++) {
      const [t, e] = splitRepairCommission(total, { technicianId: 't', engineerId: 'e' });
      expect(t!.amountFen + e!.amountFen).toBe(total);
      expect(Math.abs(e!.amountFen - total * 0.6)).toBeLessThanOrEqual(0.5);
    }
    expect(() => splitRepairCommission(100, { technicianId: null, engineerId: null })).toThrow(AppError);
    expect(() => splitRepairCommission(-5, { technicianId: 't', engineerId: null })).toThrow(AppError);
  });
});

describe('ASV-9 completion rate KPI', () => {
  const jobs = [
    { who: 'a', dispatchedOn: '2026-11-27', completedOn: '2026-11-27' },
    { who: 'a', dispatchedOn: '2026-11-27', completedOn: '2026-11-28' },
    { who: 'b', dispatchedOn: '2026-11-27', completedOn: null },
    { who: 'b', dispatchedOn: '2026-11-26', completedOn: '2026-11-26' },
    { who: 'b', dispatchedOn: '2026-11-02', completedOn: '2026-11-03' },
  ];
  it.each([
    // period,                                                   dispatched, completed, rate
    [{ from: '2026-11-27', to: '2026-11-27' }, 3, 1, 33.3], // the daily check: done the same day
    [{ from: '2026-11-27', to: '2026-11-27', completedBy: '2026-11-28' }, 3, 2, 66.7],
    [{ from: '2026-11-01', to: '2026-11-30' }, 5, 4, 80],
    [{ from: '2026-12-01', to: '2026-12-31' }, 0, 0, null], // nothing dispatched: no rate, not 0%
  ] as const)('ASV-9 %j → %i dispatched, %i completed, %s%', (period, dispatched, completed, ratePercent) => {
    expect(completionRate(jobs, period)).toEqual({ dispatched, completed, ratePercent });
  });
  it('ASV-9 the rate per technician', () => {
    const by = completionRateBy(jobs, (j) => j.who, { from: '2026-11-01', to: '2026-11-30' });
    expect(by.get('a')).toEqual({ dispatched: 2, completed: 2, ratePercent: 100 });
    expect(by.get('b')).toEqual({ dispatched: 3, completed: 2, ratePercent: 66.7 });
  });
});

describe('ASV-10 borrowed parts reconciled within 3 days', () => {
  it.each([
    // borrowed,     reconciled,   today,        state,       dueOn,        daysLate
    ['2026-11-23', null, '2026-11-25', 'open', '2026-11-25', 0],
    ['2026-11-23', null, '2026-11-26', 'overdue', '2026-11-25', 1],
    ['2026-11-23', '2026-11-25', '2026-11-27', 'done', '2026-11-25', 0],
    ['2026-11-23', '2026-11-27', '2026-11-27', 'done_late', '2026-11-25', 2],
    ['2026-11-30', null, '2026-12-03', 'overdue', '2026-12-02', 1],
  ] as const)('ASV-10 borrowed %s, reconciled %s, on %s → %s', (borrowedOn, reconciledOn, today, state, dueOn, daysLate) => {
    expect(loanReconciliation({ id: 'l', borrowedOn, reconciledOn }, today)).toEqual({ state, dueOn, daysLate });
  });
});

describe('ASV-3 dispatch suggestion by skill and current load', () => {
  const techs = [
    { id: 'zw', name: '张伟', skills: ['空调', '新风'], openJobs: 3, available: true },
    { id: 'ft', name: '冯涛', skills: ['净水器'], openJobs: 0, available: true },
    { id: 'cy', name: '曹阳', skills: ['空调'], openJobs: 1, available: true },
    { id: 'xw', name: '许文博', skills: ['空调', '净水器'], openJobs: 5, available: true },
    { id: 'off', name: '休假者', skills: ['空调'], openJobs: 0, available: false },
  ];
  it.each([
    ['空调', ['cy', 'zw', 'xw', 'ft']], // skill first; 许文博 at the limit of 5 comes after the others with the skill
    ['净水器', ['ft', 'xw', 'cy', 'zw']],
    [null, ['ft', 'cy', 'zw', 'xw']], // no skill asked: by load
    ['地暖', ['ft', 'cy', 'zw', 'xw']], // nobody has it: by load, all flagged
  ] as const)('ASV-3 skill %s → %j', (skill, order) => {
    const r = rankTechnicians(skill, techs);
    expect(r.map((x) => x.id)).toEqual(order);
    expect(r.find((x) => x.id === 'off')).toBeUndefined();
  });
  it('ASV-3 the reason names skill, load and the limit', () => {
    const xw = rankTechnicians('空调', techs).find((x) => x.id === 'xw')!;
    expect(xw).toMatchObject({ skillMatch: true, overloaded: true });
    expect(xw.reason).toBe('擅长空调，在办 5 单，已达上限 5 单');
  });
});

describe('ASV-11 installation goods: whole sets only, not for the three channels, no borrowing', () => {
  const set = [{ sku: 'AC-IN', qty: 1 }, { sku: 'AC-OUT', qty: 1 }, { sku: 'PIPE', qty: 2 }];
  it.each([
    [[{ sku: 'AC-IN', qty: 1 }, { sku: 'AC-OUT', qty: 1 }, { sku: 'PIPE', qty: 2 }], true, 1],
    [[{ sku: 'AC-IN', qty: 2 }, { sku: 'AC-OUT', qty: 2 }, { sku: 'PIPE', qty: 4 }], true, 2],
    [[{ sku: 'AC-IN', qty: 1 }, { sku: 'PIPE', qty: 2 }], false, null], // outdoor unit missing
    [[{ sku: 'AC-IN', qty: 1 }, { sku: 'AC-OUT', qty: 1 }, { sku: 'PIPE', qty: 3 }], false, null],
    [[{ sku: 'AC-IN', qty: 1 }, { sku: 'AC-OUT', qty: 1 }, { sku: 'PIPE', qty: 2 }, { sku: 'REMOTE', qty: 1 }], false, null], // not of the set
  ] as const)('ASV-11 request %j → whole set %s (%s sets)', (req, ok, sets) => {
    const r = checkWholeSet(set, [...req]);
    expect(r.ok).toBe(ok);
    expect(r.sets).toBe(sets);
    if (!ok) expect(r.problems.length).toBeGreaterThan(0);
  });
  it.each([['项目集成部', false], ['e家软装生活馆', false], ['步阳4S店', false], ['零售', true], [null, true]] as const)('ASV-11 channel %s → after-sales ships: %s', (channel, ships) => {
    expect(aftersalesShipsInstallation(channel)).toBe(ships);
  });
  it('ASV-11 installers do not borrow installation goods; repair parts are borrowed (ASV-4)', () => {
    expect(mayBorrow('installation_goods')).toBe(false);
    expect(mayBorrow('repair_part')).toBe(true);
  });
});

describe('ASV-2 ASV-15 customer identity and duplicates (same phone, or same name and address)', () => {
  it.each([
    ['138 0000 0000', '13800000000'],
    ['+86 138-0000-0000', '13800000000'],
    ['8613800000000', '13800000000'],
    ['(0571) 8888-8888', '057188888888'],
    ['１３８００００００００', '13800000000'], // full-width digits
    ['12345', null],
    ['电话待补', null],
  ] as const)('ASV-2 phone %s → %s', (raw, digits) => {
    expect(normalizePhone(raw)).toBe(digits);
  });
  it('ASV-15 phones in one cell are split on 、 , ; /', () => {
    expect(splitPhones('13800000000、0571-88888888; 13900000000')).toEqual(['13800000000', '0571-88888888', '13900000000']);
  });
  const a = { phones: ['13800000000'], name: '杭州明远酒店', address: '杭州市西湖区文三路 100 号' };
  it.each([
    [{ phones: ['13800000000'], name: '别的名字', address: '' }, 'phone'],
    [{ phones: ['13900000000'], name: '杭州明远酒店 ', address: '杭州市西湖区文三路100号' }, 'name_address'],
    [{ phones: ['13900000000'], name: '杭州明远酒店', address: '杭州市西湖区文三路 200 号' }, null], // same name elsewhere: a branch
    [{ phones: ['13900000000'], name: '杭州明远宾馆', address: '杭州市西湖区文三路 100 号' }, null], // same address, other name
  ] as const)('ASV-15 %j duplicates the customer by %s', (b, reason) => {
    expect(duplicateReason(a, { ...b, phones: [...b.phones] })?.reason ?? null).toBe(reason);
  });
  it('ASV-15 same name with both addresses empty is not a duplicate (namesakes); findDuplicate names the match', () => {
    expect(duplicateReason({ phones: [], name: '王先生', address: '' }, { phones: [], name: '王先生', address: '' })).toBeNull();
    expect(findDuplicate({ phones: ['13800000000'], name: 'x', address: '' }, [{ ...a, id: 'c1' }])?.match.id).toBe('c1');
  });
});

describe('ASV settings', () => {
  it('ASV-7 ASV-12 defaults are the documents\' values; stored values override; bad ones are refused naming the field', () => {
    expect(defaultAftersalesSettings).toMatchObject({ cashDueDays: 3, technicianLatePenaltyPercent: 100, clerkNoUrgePenaltyPercent: 5, engineerSharePercent: 60, partsReconcileDays: 3, dailyCheckMinutesBeforeEnd: 30 });
    expect(invalidAftersalesSettings(defaultAftersalesSettings)).toEqual([]);
    expect(aftersalesSettingsFrom({ cashDueDays: 2 }).cashDueDays).toBe(2);
    expect(() => aftersalesSettingsFrom({ engineerSharePercent: 120 })).toThrow(/engineerSharePercent|invalidSettings/);
    expect(invalidAftersalesSettings({ ...defaultAftersalesSettings, feeStandard: [{ code: 'a', name: 'x', feeFen: 1 }, { code: 'a', name: 'y', feeFen: 2 }] })).toEqual(['feeStandard']);
  });
});

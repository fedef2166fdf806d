import { describe, expect, it } from 'vitest';
import { beijingMinute, compareTotals, monthMayBeHanded, parseSnapshot, reopenDecision, snapshotOf } from './handover.rules.js';

describe('ASV-14 hand-over rules', () => {
  it.each([
    ['2026-10', '2026-11', true],
    ['2026-11', '2026-11', true],
    ['2026-12', '2026-11', false],
    ['2027-01', '2026-12', false],
  ])('ASV-14 month %s may be handed over in %s: %s', (month, now, ok) => {
    expect(monthMayBeHanded(month, now)).toBe(ok);
  });

  it('ASV-14 snapshot: totals, and unconfirmed = never confirmed or confirmed another total', () => {
    const s = snapshotOf([
      { userId: 'a', userName: '张伟', totalFen: 3_000, confirmedAt: 't', confirmedTotalFen: 3_000 },
      { userId: 'b', userName: '冯涛', totalFen: 1_000, confirmedAt: null, confirmedTotalFen: null },
      { userId: 'c', userName: '李娜', totalFen: 400, confirmedAt: 't', confirmedTotalFen: 200 },
    ]);
    expect(s.totalFen).toBe(4_400);
    expect(s.people.filter((p) => !p.confirmed).map((p) => p.userId).sort()).toEqual(['b', 'c']);
    expect(parseSnapshot(JSON.stringify(s))).toEqual(s);
    expect(parseSnapshot('not json')).toEqual({ totalFen: 0, people: [] });
  });

  it('ASV-14 snapshot vs current: a changed person, a new person and the total are flagged', () => {
    const c = compareTotals({ totalFen: 4_000, people: [{ userId: 'a', userName: 'A', totalFen: 3_000, confirmed: true }, { userId: 'b', userName: 'B', totalFen: 1_000, confirmed: false }] },
      [{ userId: 'a', userName: 'A', totalFen: 3_000 }, { userId: 'b', userName: 'B', totalFen: 1_500 }, { userId: 'n', userName: 'N', totalFen: 200 }]);
    expect(c).toMatchObject({ handedTotalFen: 4_000, currentTotalFen: 4_700, changed: true });
    expect(c.rows.map((r) => [r.userId, r.handedFen, r.currentFen, r.changed])).toEqual([['a', 3_000, 3_000, false], ['b', 1_000, 1_500, true], ['n', 0, 200, true]]);
    expect(compareTotals({ totalFen: 100, people: [{ userId: 'a', userName: 'A', totalFen: 100, confirmed: true }] }, [{ userId: 'a', userName: 'A', totalFen: 100 }]).changed).toBe(false);
  });

  it.each([
    ['hander before receipt, no reason', 'handed', 'h', false, '', { ok: true, kind: 'withdraw' }],
    ['finance before receipt, with reason', 'handed', 'f', true, '错了', { ok: true, kind: 'return' }],
    ['finance after receipt, with reason', 'received', 'f', true, '错了', { ok: true, kind: 'return' }],
    ['finance without reason', 'received', 'f', true, '  ', { ok: false, status: 400, code: 'aftersales.monthend.reopenReason' }],
    ['hander after receipt', 'received', 'h', false, '要改', { ok: false, status: 403, code: 'aftersales.monthend.reopenReceived' }],
    ['someone else before receipt', 'handed', 'x', false, '要改', { ok: false, status: 403, code: 'aftersales.monthend.reopenNotHander' }],
    ['already reopened', 'reopened', 'h', true, '要改', { ok: false, status: 409, code: 'aftersales.monthend.notHanded' }],
  ] as const)('ASV-14 reopen: %s', (_t, status, actorId, isFinance, reason, expected) => {
    expect(reopenDecision({ status, handedBy: 'h' }, { id: actorId, isFinance }, reason)).toEqual(expected);
  });

  it('ASV-14 dates in messages are Beijing minutes', () => {
    expect(beijingMinute('2026-11-23T16:30:00.000Z')).toBe('2026-11-24 00:30');
  });
});

import { describe, expect, it } from 'vitest';
import { approverFor, dueDateProblem, lendProblem, overdueLoans } from './archives.rules.js';

describe('archives rules', () => {
  it.each([
    ['普通', 'manager'],
    ['秘密', 'gm'],
    ['机密', 'gm'],
  ] as const)('ARC-2 a %s item is approved by the %s', (secrecy, who) => {
    expect(approverFor(secrecy)).toBe(who);
  });

  it.each([
    ['2026-11-27', null],
    ['2026-12-27', null],
    ['2026-12-28', 'tooLong'],
    ['2026-11-26', 'past'],
  ] as const)('ARC-2 due date %s asked on 2026-11-27 with 30 days max → %s', (due, problem) => {
    expect(dueDateProblem(due, '2026-11-27', 30)).toBe(problem);
  });

  it.each([
    ['borrow', 'in', null],
    ['borrow', 'out', 'onLoan'],
    ['copy', 'out', null],
    ['copy', 'destroyed', 'destroyed'],
  ] as const)('ARC-2 %s of an item that is %s → %s', (kind, status, problem) => {
    expect(lendProblem(kind, status)).toBe(problem);
  });

  it('ARC-2 overdue: lent and due before today, not reminded today', () => {
    const loans = [
      { id: 'a', status: 'lent', due_on: '2026-11-26', last_reminded_on: null },
      { id: 'b', status: 'lent', due_on: '2026-11-27', last_reminded_on: null },
      { id: 'c', status: 'returned', due_on: '2026-11-01', last_reminded_on: null },
      { id: 'd', status: 'lent', due_on: '2026-11-20', last_reminded_on: '2026-11-27' },
      { id: 'e', status: 'lent', due_on: '2026-11-20', last_reminded_on: '2026-11-26' },
    ];
    expect(overdueLoans(loans, '2026-11-27').map((l) => [l.id, l.daysOverdue])).toEqual([['a', 1], ['e', 7]]);
  });
});

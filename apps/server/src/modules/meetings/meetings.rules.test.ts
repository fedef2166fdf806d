import { describe, expect, it } from 'vitest';
import { beijingText, budgetTotals, checkSpan, overlaps, spanText, topicsOpen } from './meetings.rules.js';

describe('meetings rules', () => {
  it.each([
    ['09:00', '10:00', '10:00', '11:00', false],
    ['09:00', '10:00', '08:00', '09:00', false],
    ['09:00', '10:00', '09:30', '10:30', true],
    ['09:00', '10:00', '08:00', '12:00', true],
    ['09:00', '10:00', '09:15', '09:45', true],
    ['09:00', '10:00', '09:00', '10:00', true],
  ])('MTG-1 overlap of [%s,%s) and [%s,%s) is %s (touching ends allowed)', (a, b, c, d, want) => {
    const t = (x: string) => `2026-11-27T${x}:00.000Z`;
    expect(overlaps(t(a), t(b), t(c), t(d))).toBe(want);
  });

  it('MTG-1 booking span: normalized to UTC; end after start; at most a week', () => {
    expect(checkSpan('2026-11-27T09:00:00+08:00', '2026-11-27T10:00:00+08:00')).toEqual({ start: '2026-11-27T01:00:00.000Z', end: '2026-11-27T02:00:00.000Z' });
    expect(checkSpan('2026-11-27T10:00:00Z', '2026-11-27T10:00:00Z')).toEqual({ problem: 'endNotAfterStart' });
    expect(checkSpan('2026-11-27T10:00:00Z', '2026-12-05T10:00:00Z')).toEqual({ problem: 'tooLong' });
    expect(checkSpan('nope', '2026-12-05T10:00:00Z')).toEqual({ problem: 'invalid' });
  });

  it('MTG-1 conflict text in Beijing time', () => {
    expect(beijingText('2026-11-27T01:00:00.000Z')).toBe('2026-11-27 09:00');
    expect(spanText('2026-11-27T01:00:00.000Z', '2026-11-27T02:30:00.000Z')).toBe('2026-11-27 09:00–10:30');
    expect(spanText('2026-11-27T15:00:00.000Z', '2026-11-27T17:00:00.000Z')).toBe('2026-11-27 23:00–2026-11-28 01:00');
  });

  it('MTG-3 budget totals: planned, actual and the difference in fen', () => {
    expect(budgetTotals([{ plannedFen: 100_00, actualFen: 120_50 }, { plannedFen: 50_00, actualFen: 0 }])).toEqual({ plannedFen: 150_00, actualFen: 120_50, diffFen: -29_50 });
    expect(budgetTotals([])).toEqual({ plannedFen: 0, actualFen: 0, diffFen: 0 });
  });

  it('MTG-2 topics are collected until the deadline only', () => {
    expect(topicsOpen('2026-11-27T10:00:00.000Z', '2026-11-27T10:00:00.000Z')).toBe(true);
    expect(topicsOpen('2026-11-27T10:00:00.000Z', '2026-11-27T10:00:01.000Z')).toBe(false);
    expect(topicsOpen(null, '2026-11-27T10:00:00.000Z')).toBe(false);
  });
});

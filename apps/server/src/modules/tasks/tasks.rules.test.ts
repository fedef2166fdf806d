import { describe, expect, it } from 'vitest';
import { closeOfBusinessAt } from '../../process/deadlines.js';
import { daysLeft, isDate, isOverdue, validPercent } from './tasks.rules.js';

describe('tasks rules', () => {
  it('TASK-1/ENG-8 a task is due at close of business (Beijing) of its 完成期限', () => {
    expect(closeOfBusinessAt('2026-12-04', 17.5)).toBe('2026-12-04T09:30:00.000Z');
    expect(closeOfBusinessAt('2026-12-04', 18)).toBe('2026-12-04T10:00:00.000Z');
  });

  it.each([
    ['assigned', '2026-12-04T09:31:00.000Z', true],
    ['in_progress', '2026-12-04T09:31:00.000Z', true],
    ['in_progress', '2026-12-04T09:30:00.000Z', false],
    ['closure_requested', '2026-12-05T09:31:00.000Z', false],
    ['closed', '2026-12-05T09:31:00.000Z', false],
    ['cancelled', '2026-12-05T09:31:00.000Z', false],
  ] as const)('TASK-1 %s at %s overdue=%s', (status, now, want) => {
    expect(isOverdue({ status, due_at: '2026-12-04T09:30:00.000Z' }, now)).toBe(want);
  });

  it('TASK-1 input checks: real dates, whole percents 0–100, days left in Beijing dates', () => {
    expect(isDate('2026-02-28')).toBe(true);
    expect(isDate('2026-02-30')).toBe(false);
    expect(isDate('2026-2-3')).toBe(false);
    expect(validPercent(0)).toBe(true);
    expect(validPercent(100)).toBe(true);
    expect(validPercent(101)).toBe(false);
    expect(validPercent(50.5)).toBe(false);
    expect(daysLeft('2026-11-30', '2026-11-27T17:00:00.000Z')).toBe(2); // 01:00 on the 28th in Beijing
    expect(daysLeft('2026-11-25', '2026-11-27T02:00:00.000Z')).toBe(-2);
  });
});

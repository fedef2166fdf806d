import { describe, expect, it } from 'vitest';
import { beijingMonthBounds, callbackFigures, callbackReport, type CallbackRecord } from './callbacks.rules.js';

const r = (technicianId: string | null, satisfaction: string | null, timely: boolean | null, conductOk: boolean | null): CallbackRecord => ({ technicianId, satisfaction, timely, conductOk });

describe('callback report rules', () => {
  it.each([
    { name: 'none', records: [], callbacks: 0, satisfied: 0, timely: 0, sRate: null, tRate: null },
    { name: 'all satisfied and timely', records: [r('a', '非常满意', true, true), r('a', '满意', true, true)], callbacks: 2, satisfied: 2, timely: 2, sRate: 100, tRate: 100 },
    { name: '一般 and 不满意 are not satisfied', records: [r('a', '满意', true, true), r('a', '一般', false, true), r('b', '不满意', true, false)], callbacks: 3, satisfied: 1, timely: 2, sRate: 33.3, tRate: 66.7 },
    { name: 'a job without a rating was not called back', records: [r('a', '满意', true, true), r('a', null, null, null)], callbacks: 1, satisfied: 1, timely: 1, sRate: 100, tRate: 100 },
  ])('ASV-16 callback figures: $name', ({ records, callbacks, satisfied, timely, sRate, tRate }) => {
    const f = callbackFigures(records);
    expect([f.callbacks, f.satisfied, f.timely, f.satisfactionRate, f.timelyRate]).toEqual([callbacks, satisfied, timely, sRate, tRate]);
  });

  it('ASV-16 callback report per technician with counts per rating and conduct rate', () => {
    const rep = callbackReport([r('a', '满意', true, true), r('a', '不满意', false, false), r('b', '非常满意', true, true)]);
    expect(rep.total.callbacks).toBe(3);
    expect(rep.total.bySatisfaction).toEqual({ 满意: 1, 不满意: 1, 非常满意: 1 });
    expect(rep.byTechnician.get('a')).toMatchObject({ callbacks: 2, satisfied: 1, timely: 1, conductOk: 1, satisfactionRate: 50, conductRate: 50 });
    expect(rep.byTechnician.get('b')).toMatchObject({ callbacks: 1, satisfactionRate: 100 });
  });

  it('ASV-16 a month is the Beijing calendar month', () => {
    expect(beijingMonthBounds('2026-11')).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' });
    expect(beijingMonthBounds('2026-12')).toEqual({ from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' });
  });
});

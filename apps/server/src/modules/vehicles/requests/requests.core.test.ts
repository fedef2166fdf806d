import { describe, expect, it } from 'vitest';
import { AppError } from '../../../http/errors.js';
import { readRequestData } from './requests.core.js';

const base = {
  purpose: '外出公差', urgent: true, cargo: '货物和人员', passengers: 2, startAt: '2026-10-12T09:00:00+08:00', endAt: '2026-10-12T11:00:00+08:00',
  destination: ' 萧山 ', direction: '东南', distanceKm: 20,
};

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  throw new Error('no error');
}

describe('VEH-2 VEH-6 VEH-7 reading the 派车申请 form', () => {
  it('VEH-6 VEH-7 maps the documents\' wording to rule values: purpose key, goods (goods and people count as goods), bearing, UTC times', () => {
    const f = readRequestData(base);
    expect(f).toMatchObject({ purpose: 'businessTrip', urgent: true, cargo: 'both', passengers: 2, destination: '萧山', bearingDeg: 135, distanceKm: 20 });
    expect(f.startAt).toBe('2026-10-12T01:00:00.000Z');
  });

  it.each([
    { title: 'every compass point has its bearing', direction: '西北', bearing: 315 },
    { title: 'north is 0', direction: '北', bearing: 0 },
    { title: 'an unknown direction leaves the bearing out (carpools fall back to the destination)', direction: '上', bearing: null },
  ])('VEH-7 $title', ({ direction, bearing }) => {
    expect(readRequestData({ ...base, direction }).bearingDeg).toBe(bearing);
  });

  it.each([
    { title: 'an unknown purpose', data: { purpose: '私事' }, code: 'vehicles.invalidPurpose' },
    { title: 'no cargo choice', data: { cargo: '' }, code: 'vehicles.req.fieldRequired' },
    { title: 'a return before the start', data: { endAt: '2026-10-12T08:00:00+08:00' }, code: 'vehicles.req.startAfterEnd' },
    { title: 'a bad time', data: { startAt: 'tomorrow' }, code: 'vehicles.invalidDateTime' },
    { title: 'a negative distance', data: { distanceKm: -1 }, code: 'vehicles.invalidDistance' },
    { title: 'a blank destination', data: { destination: '  ' }, code: 'vehicles.req.fieldRequired' },
  ])('VEH-2 refuses $title with a 4xx code', ({ data, code }) => {
    expect(codeOf(() => readRequestData({ ...base, ...data }))).toBe(code);
  });
});

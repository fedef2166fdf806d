import { describe, expect, it } from 'vitest';
import { monthlyByDepartment, monthsBetween } from './mail.rules.js';

describe('mail rules', () => {
  it('MAIL-1 monthly cost per department: business and personal kept apart', () => {
    const rows = monthlyByDepartment([
      { sentOn: '2026-10-05', departmentId: 'd1', departmentName: '客服部', costFen: 1200, personal: false },
      { sentOn: '2026-10-31', departmentId: 'd1', departmentName: '客服部', costFen: 2300, personal: true },
      { sentOn: '2026-11-01', departmentId: 'd1', departmentName: '客服部', costFen: 1000, personal: false },
      { sentOn: '2026-10-10', departmentId: 'd2', departmentName: '办公室', costFen: 800, personal: false },
    ]);
    expect(rows).toEqual([
      { month: '2026-10', departmentId: 'd2', departmentName: '办公室', count: 1, businessFen: 800, personalFen: 0 },
      { month: '2026-10', departmentId: 'd1', departmentName: '客服部', count: 2, businessFen: 1200, personalFen: 2300 },
      { month: '2026-11', departmentId: 'd1', departmentName: '客服部', count: 1, businessFen: 1000, personalFen: 0 },
    ]);
  });

  it.each([
    ['2026-11', '2027-02', ['2026-11', '2026-12', '2027-01', '2027-02']],
    ['2026-11', '2026-11', ['2026-11']],
    ['2026-11', '2026-10', null],
  ] as const)('MAIL-1 months %s..%s', (from, to, months) => {
    expect(monthsBetween(from, to)).toEqual(months);
  });
});

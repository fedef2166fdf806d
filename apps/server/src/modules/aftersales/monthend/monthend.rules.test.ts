import { describe, expect, it } from 'vitest';
import { commissionLines, commissionTableFrom, defaultCommissionTable, jobCommissionFen, totalsByUser } from './monthend.rules.js';

const S = { engineerSharePercent: 60 };
const job = (jobId: string, jobType: string, feeFen: number, technicianId: string | null, engineerId: string | null, engineerCalled = engineerId !== null) => ({ jobId, jobType, feeFen, technicianId, engineerId, engineerCalled });

describe('month-end commission rules', () => {
  it.each([
    { type: 'repair', fee: 12_000, want: 2_000 + 1_200 },
    { type: 'repair', fee: 0, want: 2_000 },
    { type: 'inspection', fee: 5_000, want: 1_000 },
    { type: 'other', fee: 3_333, want: 1_000 + 333 },
  ])('ASV-12 commission of a $type job with fee $fee is $want fen', ({ type, fee, want }) => {
    expect(jobCommissionFen({ jobType: type, feeFen: fee }, defaultCommissionTable)).toBe(want);
  });

  it('ASV-12 engineer called in gets 60%, technician 40%; alone gets 100%', () => {
    const lines = commissionLines([job('j1', 'repair', 10_000, 't', 'e'), job('j2', 'install', 0, 't', null), job('j3', 'install', 0, null, 'e'), job('j4', 'install', 0, 't', 'e', false)], defaultCommissionTable, S);
    expect(lines.map((l) => [l.jobId, l.userId, l.role, l.amountFen])).toEqual([
      ['j1', 't', 'technician', 1_200], ['j1', 'e', 'engineer', 1_800],
      ['j2', 't', 'technician', 3_000], ['j3', 'e', 'engineer', 3_000], ['j4', 't', 'technician', 3_000],
    ]);
    expect(Object.fromEntries(totalsByUser(lines))).toEqual({ t: 7_200, e: 4_800 });
  });

  it('ASV-12 a bad commission table is refused, naming the line', () => {
    expect(() => commissionTableFrom({ rates: [{ jobType: 'repair', fixedFen: -1, feePercent: 0 }] })).toThrow(/invalidCommissionTable/);
    expect(commissionTableFrom({}).clerkPerJobFen).toBe(200);
  });
});

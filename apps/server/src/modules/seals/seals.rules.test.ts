import { describe, expect, it } from 'vitest';
import { DEFAULT_SEAL_SETTINGS, useNeedsGm, useProblem } from './seals.rules.js';

describe('seals rules', () => {
  it.each([
    ['公章', 'document', false, false],
    ['公章', 'contract', false, true],
    ['合同章', 'contract', false, true],
    ['财务章', 'document', false, false],
    ['法人章', 'document', false, true],
    ['公章', 'document', true, true],
  ] as const)('SEAL-2 %s on a %s, taken out %s → GM %s', (sealType, docKind, takeOut, gm) => {
    expect(useNeedsGm({ sealType, docKind, takeOut }, DEFAULT_SEAL_SETTINGS)).toBe(gm);
  });

  it('SEAL-2 the GM types are configurable: 财务章 added, contracts no longer', () => {
    const st = { gmTypes: ['法人章', '财务章'], contractNeedsGm: false, takeOutNeedsGm: true };
    expect(useNeedsGm({ sealType: '财务章', docKind: 'document', takeOut: false }, st)).toBe(true);
    expect(useNeedsGm({ sealType: '合同章', docKind: 'contract', takeOut: false }, st)).toBe(false);
  });

  it.each([
    ['in_office', null],
    ['out', 'out'],
    ['disabled', 'disabled'],
  ] as const)('SEAL-2 a seal %s → %s', (status, problem) => {
    expect(useProblem(status)).toBe(problem);
  });
});

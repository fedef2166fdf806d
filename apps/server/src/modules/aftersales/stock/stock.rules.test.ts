import { describe, expect, it } from 'vitest';
import { quantityAfter, replenishmentSuggestions } from './stock.rules.js';

describe('ASV-4 ASV-10 stock never below zero', () => {
  it.each([
    [5, -5, 0],
    [5, -6, null],
    [0, 3, 3],
    [2, 0.5, null],
    [0, -1, null],
  ] as const)('ASV-4 %i %+i → %s', (cur, delta, after) => {
    expect(quantityAfter(cur, delta)).toBe(after);
  });
});

describe('ASV-10 small stocks replenished up to their minimum', () => {
  it.each([
    // small stock, min, warehouse → suggested, available
    [0, 2, 10, 2, 2],
    [1, 2, 10, 1, 1],
    [2, 2, 10, null, null], // at the minimum: nothing to suggest
    [5, 2, 10, null, null],
    [0, 0, 10, null, null], // not kept in small stocks
    [0, 3, 1, 3, 1], // the warehouse has only 1: buy the rest first
    [0, 3, 0, 3, 0],
  ] as const)('ASV-10 has %i, min %i, warehouse %i → suggest %s (available %s)', (quantity, min, wh, suggested, available) => {
    const r = replenishmentSuggestions([{ technicianId: 't', itemId: 'i', quantity, min }], new Map([['i', wh]]));
    if (suggested === null) expect(r).toEqual([]);
    else expect(r).toEqual([{ technicianId: 't', itemId: 'i', quantity, min, suggested, available }]);
  });
  it('ASV-10 the warehouse quantity is shared out in order, never counted twice', () => {
    const r = replenishmentSuggestions([
      { technicianId: 'a', itemId: 'i', quantity: 0, min: 2 },
      { technicianId: 'b', itemId: 'i', quantity: 0, min: 2 },
      { technicianId: 'c', itemId: 'i', quantity: 1, min: 2 },
    ], new Map([['i', 3]]));
    expect(r.map((x) => [x.technicianId, x.suggested, x.available])).toEqual([['a', 2, 2], ['b', 2, 1], ['c', 1, 0]]);
  });
});

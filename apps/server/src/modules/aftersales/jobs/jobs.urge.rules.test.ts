import { describe, expect, it } from 'vitest';
import { cashLatePenalties, cashLateness } from '../aftersales.rules.js';
import { clerkUrgedInTime } from './jobs.urge.rules.js';

const collected = '2026-11-23T02:00:00.000Z'; // Mon 10:00 Beijing
const lateFrom = '2026-11-25T16:00:00.000Z'; // Thu 00:00 Beijing: due by Wed 24:00

describe('ASV-7 the clerk urged (催缴) before the cash deadline', () => {
  it.each([
    // urges, expected
    [[], false],
    [['2026-11-24T01:00:00.000Z'], true], // Tue
    [['2026-11-25T15:59:59.999Z'], true], // the last instant of Wednesday
    [['2026-11-25T16:00:00.000Z'], false], // already late
    [['2026-11-23T01:59:00.000Z'], false], // before the collection: not about this cash
    [['2026-11-26T01:00:00.000Z', '2026-11-24T01:00:00.000Z'], true],
    [['not a time'], false],
  ] as const)('ASV-7 urges %j → urged in time %s', (urges, expected) => {
    expect(clerkUrgedInTime(urges, collected, lateFrom)).toBe(expected);
  });

  it('ASV-7 no collection or no deadline → not urged', () => {
    expect(clerkUrgedInTime(['2026-11-24T01:00:00.000Z'], null, lateFrom)).toBe(false);
    expect(clerkUrgedInTime(['2026-11-24T01:00:00.000Z'], collected, null)).toBe(false);
  });

  it.each([
    [['2026-11-24T01:00:00.000Z'], ['tech:aftersales.cashLate:20000']],
    [['2026-11-26T01:00:00.000Z'], ['tech:aftersales.cashLate:20000', 'clerk:aftersales.cashNotUrged:1000']],
    [[], ['tech:aftersales.cashLate:20000', 'clerk:aftersales.cashNotUrged:1000']],
  ] as const)('ASV-7 urges %j → penalties %j (technician 100%, clerk 5% only without a timely urge)', (urges, expected) => {
    const lateness = cashLateness(Date.parse(collected), 20_000, [], Date.parse('2026-11-27T02:00:00.000Z'));
    const p = cashLatePenalties({ jobId: 'j', jobNo: 'PG1', technicianId: 'tech', clerkId: 'clerk', clerkUrged: clerkUrgedInTime(urges, collected, lateness.lateFrom), lateness });
    expect(p.map((x) => `${x.userId}:${x.source}:${x.amountFen}`)).toEqual(expected);
  });
});

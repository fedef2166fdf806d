import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/errors.js';
import { beijingYear, checkDate, incomingRegNo, outgoingNumber } from './documents.core.js';
import { beijingDate } from '../../platform/calendar/beijing.js';

describe('DOC-2 文号 and DOC-1 收文编号 formats', () => {
  it.each([
    ['步阳综', 2026, 12, '步阳综〔2026〕12号'],
    ['步阳人', 2027, 1, '步阳人〔2027〕1号'],
  ])('DOC-2 %s %i seq %i → %s', (prefix, year, seq, text) => {
    expect(outgoingNumber(prefix, year, seq)).toBe(text);
  });
  it('DOC-1 收文编号 per year', () => {
    expect(incomingRegNo(2026, 3)).toBe('收〔2026〕3号');
  });
  it('DOC-2 the numbering year is the Beijing year (31 Dec 16:30 UTC is already 1 Jan in Beijing)', () => {
    expect(beijingYear(new Date('2026-12-31T15:59:00Z'))).toBe(2026);
    expect(beijingYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(beijingDate(new Date('2026-11-26T16:00:00Z'))).toBe('2026-11-27');
  });
});

describe('DOC-1/DOC-3 dates', () => {
  it.each([
    ['2026-11-27', null],
    ['2026-01-01', null],
    ['2026-02-30', 'documents.dateInvalid'],
    ['2026-11-27T00:00', 'documents.dateInvalid'],
    ['27/11/2026', 'documents.dateInvalid'],
    ['2026-11-28', 'documents.dateInFuture'],
  ])('DOC-1 %s → %s', (value, code) => {
    let err: unknown = null;
    try {
      checkDate(value, '收文日期', '2026-11-27');
    } catch (e) {
      err = e;
    }
    if (code === null) expect(err).toBeNull();
    else {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe(code);
    }
  });
});

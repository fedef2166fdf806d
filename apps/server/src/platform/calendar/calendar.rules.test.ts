import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/errors.js';
import { registerMessages, translate } from '../../http/messages.js';
import { calendarMessages } from './calendar.messages.js';
import {
  addWorkdays,
  addWorkingTime,
  assertYearCovered,
  calendarFromRows,
  isWorkday,
  workdaysBetween,
  type CalendarData,
} from './calendar.rules.js';
import { chineseDaysRows, SEEDED_YEARS } from './calendar.seed.js';

const rows = chineseDaysRows();
const cal: CalendarData = calendarFromRows(rows, SEEDED_YEARS);

/** Runs fn and returns the AppError it throws (fails the test if it does not throw one). */
function appErrorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError');
}

describe('ENG-8 workday calendar', () => {
  it('ENG-8 workdays: 2026-10-01…07 are holidays (国庆节)', () => {
    for (let d = 1; d <= 7; d++) {
      const date = `2026-10-0${d}`;
      expect(isWorkday(cal, date), date).toBe(false);
      expect(cal.days.get(date)).toEqual({ kind: 'holiday', name: '国庆节' });
    }
    expect(isWorkday(cal, '2026-10-08')).toBe(true); // Thursday after the break
  });

  it('ENG-8 2026-10-10 (Sat) and 2026-09-20 (Sun) are adjusted workdays (调休)', () => {
    expect(isWorkday(cal, '2026-10-10')).toBe(true);
    expect(isWorkday(cal, '2026-09-20')).toBe(true);
    expect(cal.days.get('2026-10-10')).toEqual({ kind: 'workday', name: '国庆节调休' });
    // An ordinary weekend without an entry stays a rest day; an ordinary weekday stays a workday.
    expect(isWorkday(cal, '2026-10-17')).toBe(false);
    expect(isWorkday(cal, '2026-11-27')).toBe(true);
  });

  it('ENG-8 addWorkdays(1) from 2026-09-30 is 2026-10-08 (the data: 10-08 is a workday)', () => {
    expect(addWorkdays(cal, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkdays(cal, '2026-09-30', 2)).toBe('2026-10-09');
    expect(addWorkdays(cal, '2026-09-30', 3)).toBe('2026-10-10'); // Saturday 调休
    expect(addWorkdays(cal, '2026-09-30', 4)).toBe('2026-10-12');
  });

  it('ENG-8 addWorkdays(0) is the day itself when a workday, else the next workday', () => {
    expect(addWorkdays(cal, '2026-09-30', 0)).toBe('2026-09-30');
    expect(addWorkdays(cal, '2026-10-01', 0)).toBe('2026-10-08');
    expect(addWorkdays(cal, '2026-10-10', 0)).toBe('2026-10-10');
  });

  it('ENG-8 workdaysBetween counts both ends: 18 workdays in 2026-10 (incl. the 调休 Saturday 10-10)', () => {
    // chinese-days' getWorkdaysInRange(…, false) gives 17 because it drops weekend 调休 days;
    // 10-08, 10-09, 10-10 and 15 ordinary weekdays are 18 days of work.
    expect(workdaysBetween(cal, '2026-10-01', '2026-10-31')).toBe(18);
    expect(workdaysBetween(cal, '2026-09-30', '2026-10-08')).toBe(2);
    expect(workdaysBetween(cal, '2026-10-03', '2026-10-03')).toBe(0);
    expect(appErrorOf(() => workdaysBetween(cal, '2026-10-08', '2026-10-01')).code).toBe('calendar.invalidRange');
  });

  it('ENG-8 2027 is reported missing, not guessed', () => {
    const e = appErrorOf(() => isWorkday(cal, '2027-01-01'));
    expect(e.status).toBe(422);
    expect(e.code).toBe('calendar.yearMissing');
    expect(e.params).toEqual({ year: 2027 });
    // Crossing into the missing year is refused too, whatever the function.
    expect(appErrorOf(() => addWorkdays(cal, '2026-12-31', 1)).code).toBe('calendar.yearMissing');
    expect(appErrorOf(() => workdaysBetween(cal, '2026-12-01', '2027-01-31')).code).toBe('calendar.yearMissing');
    expect(appErrorOf(() => addWorkingTime(cal, '2026-12-31T09:00:00.000Z', 8)).code).toBe('calendar.yearMissing');
    expect(appErrorOf(() => assertYearCovered(cal, 2027)).code).toBe('calendar.yearMissing');
    expect(appErrorOf(() => isWorkday(cal, '2003-12-31')).code).toBe('calendar.yearMissing');
    expect(() => assertYearCovered(cal, 2026)).not.toThrow();
  });

  it('ENG-8 a year becomes usable once its schedule is recorded (admin entry)', () => {
    const withNext = calendarFromRows(
      [...rows, { date: '2027-01-01', kind: 'holiday', name: '元旦' }],
      [...SEEDED_YEARS, 2027],
    );
    expect(isWorkday(withNext, '2027-01-01')).toBe(false);
    expect(addWorkdays(withNext, '2026-12-31', 1)).toBe('2027-01-04');
  });

  it('ENG-8 the yearMissing message tells the admin what to do', () => {
    registerMessages(calendarMessages);
    expect(translate('calendar.yearMissing', 'zh-CN', { year: 2027 })).toBe(
      '2027 年的节假日安排尚未录入，无法计算工作日；请管理员在“节假日日历”中录入或导入该年数据',
    );
    expect(translate('calendar.yearMissing', 'en', { year: 2027 })).toContain('2027');
  });

  it('ENG-8 addWorkingTime skips the National Day holiday (UTC+8, company hours 08:30–17:30)', () => {
    // 2026-09-30 16:00 Shanghai + 4 h = 1.5 h on 09-30, then 10-08 08:30 + 2.5 h = 11:00 Shanghai.
    expect(addWorkingTime(cal, '2026-09-30T08:00:00.000Z', 4)).toBe('2026-10-08T03:00:00.000Z');
    // Same instant written with a +08:00 offset.
    expect(addWorkingTime(cal, '2026-09-30T16:00:00+08:00', 4)).toBe('2026-10-08T03:00:00.000Z');
  });

  it('ENG-8 addWorkingTime skips a weekend and uses an adjusted Saturday', () => {
    // Fri 2026-11-27 17:00 Shanghai + 2 h → 0.5 h Friday, 1.5 h from Mon 08:30 → Mon 10:00.
    expect(addWorkingTime(cal, '2026-11-27T09:00:00.000Z', 2)).toBe('2026-11-30T02:00:00.000Z');
    // Fri 2026-10-09 17:00 + 2 h → Sat 2026-10-10 10:00 (调休 workday).
    expect(addWorkingTime(cal, '2026-10-09T09:00:00.000Z', 2)).toBe('2026-10-10T02:00:00.000Z');
    // Exactly filling the day ends at 17:30 that day.
    expect(addWorkingTime(cal, '2026-11-27T09:00:00.000Z', 0.5)).toBe('2026-11-27T09:30:00.000Z');
    // 9 h = one full working day: Mon 08:30 → Mon 17:30; 18 h → Tue 17:30.
    expect(addWorkingTime(cal, '2026-11-30T00:30:00.000Z', 9)).toBe('2026-11-30T09:30:00.000Z');
    expect(addWorkingTime(cal, '2026-11-30T00:30:00.000Z', 18)).toBe('2026-12-01T09:30:00.000Z');
  });

  it('ENG-8 addWorkingTime from outside working hours starts at the next working moment', () => {
    // Sat 2026-11-28 10:00 + 0 h → Mon 08:30; + 1 h → Mon 09:30.
    expect(addWorkingTime(cal, '2026-11-28T02:00:00.000Z', 0)).toBe('2026-11-30T00:30:00.000Z');
    expect(addWorkingTime(cal, '2026-11-28T02:00:00.000Z', 1)).toBe('2026-11-30T01:30:00.000Z');
    // Mon 07:00 (before 08:30) + 1 h → Mon 09:30; Mon 20:00 + 1 h → Tue 09:30.
    expect(addWorkingTime(cal, '2026-11-29T23:00:00.000Z', 1)).toBe('2026-11-30T01:30:00.000Z');
    expect(addWorkingTime(cal, '2026-11-30T12:00:00.000Z', 1)).toBe('2026-12-01T01:30:00.000Z');
    // Other hours may be passed (a company that changes its schedule): 09:00–18:00.
    const opts = { dayStartHour: 9, dayEndHour: 18, tz: 'Asia/Shanghai' as const };
    expect(addWorkingTime(cal, '2026-11-28T02:00:00.000Z', 1, opts)).toBe('2026-11-30T02:00:00.000Z');
  });

  it('ENG-8 bad input is a 400 with a code, never a guess', () => {
    expect(appErrorOf(() => isWorkday(cal, '2026-02-30')).code).toBe('calendar.invalidDate');
    expect(appErrorOf(() => isWorkday(cal, '2026/10/01')).code).toBe('calendar.invalidDate');
    expect(appErrorOf(() => addWorkdays(cal, '2026-10-01', -1)).code).toBe('calendar.invalidAmount');
    expect(appErrorOf(() => addWorkdays(cal, '2026-10-01', 1.5)).code).toBe('calendar.invalidAmount');
    // A time without a zone would depend on the server's TZ.
    expect(appErrorOf(() => addWorkingTime(cal, '2026-10-01T09:00:00', 1)).code).toBe('calendar.invalidDateTime');
    expect(appErrorOf(() => addWorkingTime(cal, '2026-10-01T09:00:00Z', -1)).code).toBe('calendar.invalidAmount');
    const bad = { dayStartHour: 18, dayEndHour: 9, tz: 'Asia/Shanghai' as const };
    expect(appErrorOf(() => addWorkingTime(cal, '2026-10-01T09:00:00Z', 1, bad)).code).toBe('calendar.invalidWorkingHours');
    for (const e of [
      'calendar.invalidDate',
      'calendar.invalidDateTime',
      'calendar.invalidAmount',
      'calendar.invalidRange',
      'calendar.invalidWorkingHours',
    ]) {
      expect(calendarMessages[e], e).toBeDefined();
    }
  });
});

describe('ENG-8 calendar seed from chinese-days', () => {
  it('ENG-8 the seed covers every year 2004–2026 with entries', () => {
    expect(SEEDED_YEARS[0]).toBe(2004);
    expect(SEEDED_YEARS[SEEDED_YEARS.length - 1]).toBe(2026);
    expect(SEEDED_YEARS).toHaveLength(23);
    const perYear = new Map<number, number>();
    for (const r of rows) perYear.set(Number(r.date.slice(0, 4)), (perYear.get(Number(r.date.slice(0, 4))) ?? 0) + 1);
    for (const y of SEEDED_YEARS) expect(perYear.get(y) ?? 0, String(y)).toBeGreaterThan(0);
    expect([...perYear.keys()].every((y) => y >= 2004 && y <= 2026)).toBe(true);
  });

  it('ENG-8 seed rows are valid, unique, sorted and named in Chinese', () => {
    const dates = rows.map((r) => r.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const r of rows) {
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.name).toMatch(/[\u4e00-\u9fff]/);
      if (r.kind === 'workday') {
        expect(r.name.endsWith('调休')).toBe(true);
        // 调休 only turns a weekend into a workday.
        expect([0, 6]).toContain(new Date(`${r.date}T00:00:00Z`).getUTCDay());
      }
    }
    const names = new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.name));
    for (const n of ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']) expect(names.has(n), n).toBe(true);
    expect(cal.days.get('2026-02-17')).toEqual({ kind: 'holiday', name: '春节' });
    expect(cal.days.get('2026-09-25')).toEqual({ kind: 'holiday', name: '中秋节' });
  });
});

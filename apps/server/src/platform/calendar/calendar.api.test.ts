import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeApi } from '../../test/harness.js';
import { addWorkdays, isWorkday } from './calendar.rules.js';
import { loadCalendar } from './calendar.service.js';

describeApi('holiday calendar', (env) => {
  it('ENG-8 the holiday table is seeded from chinese-days: 2026-10-01…07 off, 10-10 and 09-20 worked', async () => {
    const cal = await loadCalendar(env().services.db, 2026, 2026);
    for (let d = 1; d <= 7; d++) expect(isWorkday(cal, `2026-10-0${d}`)).toBe(false);
    expect(isWorkday(cal, '2026-10-10')).toBe(true);
    expect(isWorkday(cal, '2026-09-20')).toBe(true);
    expect(addWorkdays(cal, '2026-09-30', 1)).toBe('2026-10-08');
    const c = await env().as('admin');
    const y = (await c.get('/api/calendar/days?year=2026')).body;
    expect(y.covered).toBe(true);
    expect(y.days.find((d: { date: string }) => d.date === '2026-10-01')).toMatchObject({ kind: 'holiday', name: '国庆节' });
    const years = (await c.get('/api/calendar/years')).body.years.map((x: { year: number }) => x.year);
    expect(years[0]).toBe(2004);
    expect(years.at(-1)).toBe(2026);
  });

  it('ENG-8 2027 is reported missing until entered, never guessed', async () => {
    const cal = await loadCalendar(env().services.db, 2027, 2027);
    expect(() => isWorkday(cal, '2027-01-04')).toThrowError(expect.objectContaining({ code: 'calendar.yearMissing' }));
    const c = await env().as('admin');
    expect((await c.get('/api/calendar/days?year=2027')).body).toMatchObject({ covered: false, workdayCount: null });
  });

  it('ENG-8 admins override a day and import a year from xlsx (all rows valid, or nothing)', async () => {
    const c = await env().as('zhaomin'); // admin staff maintain the calendar
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('2027');
    ws.addRow(['日期', '类型', '名称']);
    ws.addRow(['2027-01-01', '休', '元旦']);
    ws.addRow(['2027-02-06', '休', '春节']);
    ws.addRow(['2027-13-01', '休', '坏日期']);
    ws.addRow(['2026-12-31', '班', '不在本年']);
    const bad = await c.upload('/api/calendar/import?year=2027', 'x.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(bad.status).toBe(200);
    expect(bad.body.dryRun).toBe(true);
    expect(bad.body.errors.map((e: { rowNumber: number }) => e.rowNumber)).toEqual([4, 5]);
    expect((await c.get('/api/calendar/days?year=2027')).body.covered).toBe(false);
    const fixed = new ExcelJS.Workbook();
    const fs = fixed.addWorksheet('2027');
    fs.addRows([['日期', '类型', '名称'], ['2027-01-01', '休', '元旦'], ['2027-02-06', '休', '春节'], ['2027-02-20', '班', '春节调休']]);
    const good = await c.upload('/api/calendar/import?year=2027', 'x.xlsx', Buffer.from(await fixed.xlsx.writeBuffer()));
    expect(good.body).toMatchObject({ dryRun: false, created: 3, errors: [] });
    const cal = await loadCalendar(env().services.db, 2027, 2027);
    expect(isWorkday(cal, '2027-01-01')).toBe(false);
    expect(isWorkday(cal, '2027-02-20')).toBe(true);
    expect(isWorkday(cal, '2027-01-04')).toBe(true);

    expect((await c.put('/api/calendar/days/2027-05-06', { kind: 'holiday', name: '公司庆典' })).status).toBe(200);
    expect(isWorkday(await loadCalendar(env().services.db, 2027, 2027), '2027-05-06')).toBe(false);
    expect((await c.delete('/api/calendar/days/2027-05-06')).status).toBe(200);
    expect(isWorkday(await loadCalendar(env().services.db, 2027, 2027), '2027-05-06')).toBe(true);
    expect((await c.put('/api/calendar/days/2027-02-30', { kind: 'holiday', name: 'x' })).status).toBe(400);
  });

  it('ENG-8 employees read the calendar but cannot change it', async () => {
    const c = await env().as('zhouqiang');
    expect((await c.put('/api/calendar/days/2026-05-06', { kind: 'holiday', name: 'x' })).status).toBe(403);
  });
});

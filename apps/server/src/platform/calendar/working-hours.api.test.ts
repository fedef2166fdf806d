import { expect, it } from 'vitest';
import { vehicleSettings } from '../../modules/vehicles/vehicles.service.js';
import { dueAt } from '../../process/deadlines.js';
import { describeApi } from '../../test/harness.js';

describeApi('company working hours', (env) => {
  it('ENG-8 VEH-11 one company setting: 08:30–17:30 by default, read by workday deadlines and by the vehicles rules', async () => {
    const { services: s } = env();
    const c = await env().as('sunli');
    expect((await c.get('/api/calendar/working-hours')).body).toEqual({ start: '08:30', end: '17:30' });
    const v = await vehicleSettings(s.db);
    expect([v.workdayStart, v.workdayEnd]).toEqual(['08:30', '17:30']);
    expect(await dueAt(s.db, '2026-11-30T02:00:00.000Z', { amount: 1, unit: 'workdays' })).toBe('2026-12-01T09:30:00.000Z');
  });

  it('ENG-8 VEH-11 VEH-12 changing the hours moves the close of business of deadlines and the vehicles workday together; audited', async () => {
    const { services: s } = env();
    const admin = await env().as('admin');
    const r = await admin.put('/api/calendar/working-hours', { start: '09:00', end: '18:00' });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ start: '09:00', end: '18:00' });
    expect(await dueAt(s.db, '2026-11-30T02:00:00.000Z', { amount: 1, unit: 'workdays' })).toBe('2026-12-01T10:00:00.000Z');
    const v = await vehicleSettings(s.db);
    expect([v.workdayStart, v.workdayEnd]).toEqual(['09:00', '18:00']);
    const audit = await admin.get('/api/audit?entity=setting&pageSize=50');
    expect(JSON.stringify(audit.body)).toContain('company.workingHours');
    // Back to the documents' hours for the other tests of this file.
    expect((await admin.put('/api/calendar/working-hours', { start: '08:30', end: '17:30' })).status).toBe(200);
  });

  it('ENG-8 bad hours are refused with a message naming them; nothing changes; employees cannot change them', async () => {
    const admin = await env().as('admin');
    for (const body of [{ start: '18:00', end: '08:30' }, { start: '8:30', end: '17:30' }, { start: '08:30', end: '24:00' }]) {
      const r = await admin.put('/api/calendar/working-hours', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.code).toBe('calendar.invalidCompanyHours');
      expect(r.body.detail).toContain(body.start);
    }
    expect((await admin.put('/api/calendar/working-hours', { start: '08:30', end: '17:30', tz: 'UTC' })).status).toBe(400);
    expect((await admin.get('/api/calendar/working-hours')).body).toEqual({ start: '08:30', end: '17:30' });
    const employee = await env().as('hubin');
    expect((await employee.put('/api/calendar/working-hours', { start: '09:00', end: '18:00' })).status).toBe(403);
  });
});

import { expect, it } from 'vitest';
import { describeApi } from '../../../test/harness.js';
import { vehicleSettings } from '../vehicles.service.js';

describeApi('vehicles settings', (env) => {
  it('VEH-9 VEH-16 VEH-17 VEH-19 the settings show the documents values as defaults, with the company working hours read-only', async () => {
    const c = await env().as('zhouqiang'); // vehicles:read
    const r = await c.get('/api/vehicles/settings');
    expect(r.status).toBe(200);
    expect(r.body.settings).toMatchObject({
      urbanTripSubsidyFen: 1_000, suburbTripSubsidyFen: 3_000, repairGmThresholdFen: 20_000, handoverFineFen: 10_000,
      violationDriverPercentDriverFault: 30, accidentDriverPercent: { minor: 5, equal: 10, major: 20, unauthorized: 100 },
      expiryReminderDays: [30, 7, 1], workdayStart: '08:30', workdayEnd: '17:30',
    });
    expect(r.body.workingHours).toEqual({ start: '08:30', end: '17:30' });
    expect(r.body.defaults.urbanTripSubsidyFen).toBe(1_000);
  });

  it('VEH-9 VEH-1 the admin specialist changes amounts and reminder days; the rules read them; audited', async () => {
    const c = await env().as('sunli');
    const r = await c.put('/api/vehicles/settings', { urbanTripSubsidyFen: 1_500, expiryReminderDays: [30, 15, 7, 1], accidentDriverPercent: { minor: 5, equal: 10, major: 25, unauthorized: 100 } });
    expect(r.status).toBe(200);
    expect(r.body.settings).toMatchObject({ urbanTripSubsidyFen: 1_500, suburbTripSubsidyFen: 3_000, expiryReminderDays: [30, 15, 7, 1] });
    const s = await vehicleSettings(env().services.db);
    expect(s.urbanTripSubsidyFen).toBe(1_500);
    expect(s.accidentDriverPercent.major).toBe(25);
    expect(s.expiryReminderDays).toEqual([30, 15, 7, 1]);
    // A partial update keeps the other stored values.
    expect((await c.put('/api/vehicles/settings', { dirtyCarFineFen: 2_000 })).body.settings).toMatchObject({ urbanTripSubsidyFen: 1_500, dirtyCarFineFen: 2_000 });
    const audit = await (await env().as('admin')).get('/api/audit?entity=setting&pageSize=50');
    expect(JSON.stringify(audit.body)).toContain('vehicle.settings.update');
  });

  it('VEH-9 bad settings are refused naming the field, and nothing changes; the working day is not a vehicles setting; drivers cannot change settings', async () => {
    const c = await env().as('sunli');
    const before = (await c.get('/api/vehicles/settings')).body.settings;
    const bad = await c.put('/api/vehicles/settings', { suburbMaxKm: 5 }); // not beyond the 10 km urban radius
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('vehicles.invalidSettings');
    expect(bad.body.detail).toContain('suburbMaxKm');
    expect((await c.put('/api/vehicles/settings', { violationDriverPercentDriverFault: 130 })).status).toBe(400);
    expect((await c.put('/api/vehicles/settings', { urbanTripSubsidyFen: 10.5 })).status).toBe(400);
    expect((await c.put('/api/vehicles/settings', { workdayEnd: '18:00' })).status).toBe(400);
    expect((await c.put('/api/vehicles/settings', { expiryReminderDays: [] })).status).toBe(400);
    expect((await c.get('/api/vehicles/settings')).body.settings).toEqual(before);
    const driver = await env().as('zhouqiang');
    expect((await driver.put('/api/vehicles/settings', { urbanTripSubsidyFen: 1 })).status).toBe(403);
    expect((await (await env().as('hubin')).get('/api/vehicles/settings')).status).toBe(403);
  });
});

import { expect, it } from 'vitest';
import { describeApi } from '../../test/harness.js';
import { getSetting, putSetting } from '../settings/settings.service.js';
import { installBuiltInRoles } from './roles.install.js';

describeApi('built-in roles across upgrades', (env) => {
  it('ORG-4 a permission newly added to a built-in role reaches existing installations; one an admin removed stays removed', async () => {
    const s = env().services;
    const perms = async (key: string) => JSON.parse((await s.db.selectFrom('role').select('permissions').where('key', '=', key).executeTakeFirstOrThrow()).permissions) as string[];
    // Simulate an installation made before `process:start` was a default of `employee`.
    const offered = await getSetting<Record<string, string[]>>(s.db, 'roles.offered', {});
    await putSetting(s.db, 'roles.offered', { ...offered, employee: offered.employee!.filter((p) => p !== 'process:start') }, s.clock.now().toISOString(), null);
    await s.db.updateTable('role').set({ permissions: JSON.stringify((await perms('employee')).filter((p) => p !== 'process:start')) }).where('key', '=', 'employee').execute();
    // An administrator took calendar:read away from drivers… (not a default of driver: nothing to do)
    // …and org:read from technicians, which is a default.
    await s.db.updateTable('role').set({ permissions: JSON.stringify([]) }).where('key', '=', 'technician').execute();
    await installBuiltInRoles(s);
    expect(await perms('employee')).toContain('process:start');
    expect(await perms('technician')).toEqual([]);
    expect(await perms('admin')).toEqual(['*']);
  });
});

import type { Services } from '../../app.types.js';
import { newId } from '../../ports/ids.js';
import { builtInRoles } from './catalog.js';

/**
 * Installs missing built-in roles at start. Existing ones keep the grants admins gave them,
 * except `admin`, which always grants everything.
 */
export async function installBuiltInRoles(s: Services): Promise<void> {
  const existing = new Set((await s.db.selectFrom('role').select('key').execute()).map((r) => r.key));
  const now = s.clock.now().toISOString();
  for (const r of builtInRoles) {
    if (existing.has(r.key)) continue;
    await s.db
      .insertInto('role')
      .values({ id: newId(), key: r.key, name: r.name, description: r.description, permissions: JSON.stringify(r.permissions), built_in: 1, created_at: now })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }
  await s.db.updateTable('role').set({ permissions: JSON.stringify(['*']) }).where('key', '=', 'admin').execute();
}

import type { Services } from '../../app.types.js';
import { newId } from '../../ports/ids.js';
import { getSetting, putSetting } from '../settings/settings.service.js';
import { builtInRoles } from './catalog.js';

const OFFERED_KEY = 'roles.offered';

/**
 * Installs missing built-in roles at start, and adds to existing ones the permissions that were
 * added to their defaults since (a new module's grants, say). A permission an administrator took
 * away is not given back: we remember what was offered before. `admin` always grants everything.
 */
export async function installBuiltInRoles(s: Services): Promise<void> {
  const now = s.clock.now().toISOString();
  const offered = await getSetting<Record<string, string[]>>(s.db, OFFERED_KEY, {});
  const existing = new Map((await s.db.selectFrom('role').select(['id', 'key', 'permissions']).execute()).map((r) => [r.key, r]));
  for (const r of builtInRoles) {
    const row = existing.get(r.key);
    if (!row) {
      await s.db
        .insertInto('role')
        .values({ id: newId(), key: r.key, name: r.name, description: r.description, permissions: JSON.stringify(r.permissions), built_in: 1, created_at: now })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
    } else {
      const before = new Set(offered[r.key] ?? r.permissions);
      const fresh = r.permissions.filter((p) => !before.has(p));
      if (fresh.length) {
        const perms = [...new Set([...(JSON.parse(row.permissions) as string[]), ...fresh])].sort();
        await s.db.updateTable('role').set({ permissions: JSON.stringify(perms) }).where('id', '=', row.id).execute();
      }
    }
    offered[r.key] = [...new Set([...(offered[r.key] ?? []), ...r.permissions])];
  }
  await putSetting(s.db, OFFERED_KEY, offered, now, null);
  await s.db.updateTable('role').set({ permissions: JSON.stringify(['*']) }).where('key', '=', 'admin').execute();
}

/**
 * Fills a new database with the demo company: its departments, positions with the documents'
 * duty texts, and users who all share the documented demo password. Runs only when demo mode is
 * on and the database has no users yet, so it never touches a real installation.
 */
import type { Services } from '../../app.types.js';
import { newId } from '../../ports/ids.js';
import { systemActor } from '../auth/actor.js';
import { hashPassword } from '../auth/passwords.js';
import { recordAudit } from '../audit/audit.service.js';
import { getSetting, putSetting } from '../settings/settings.service.js';
import { modules } from '../../modules/index.js';
import { DEMO_COMPANY_NAME, demoDepartmentHeads, demoDepartments, demoPositions, demoUsers } from './demo-company.js';

export const DEMO_PASSWORD = 'demo1234';
export const DEMO_SEEDED_KEY = 'demo.seeded';

export async function isDatabaseEmpty(s: Services): Promise<boolean> {
  return !(await s.db.selectFrom('app_user').select('id').limit(1).executeTakeFirst());
}

export async function seedDemo(s: Services): Promise<{ users: number }> {
  // One hash for all demo users: they share a documented password anyway, and 39 argon2 runs
  // would add seconds to every first start and every test database.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = s.clock.now().toISOString();
  await s.db.transaction().execute(async (trx) => {
    const deptId = new Map<string, string>();
    for (const d of demoDepartments) deptId.set(d.code, newId());
    for (const d of demoDepartments) {
      await trx
        .insertInto('department')
        .values({ id: deptId.get(d.code)!, parent_id: d.parentCode ? deptId.get(d.parentCode)! : null, code: d.code, name: d.name, functions: d.functions, head_user_id: null, sort: d.sort, created_at: now, updated_at: now })
        .execute();
    }
    const posId = new Map<string, string>();
    for (const p of demoPositions) {
      const id = newId();
      posId.set(p.code, id);
      await trx
        .insertInto('position')
        .values({ id, department_id: deptId.get(p.departmentCode)!, code: p.code, name: p.name, duty: p.duty, sort: p.sort, created_at: now, updated_at: now })
        .execute();
    }
    const roles = new Map((await trx.selectFrom('role').select(['id', 'key']).execute()).map((r) => [r.key, r.id]));
    const userId = new Map<string, string>();
    for (const u of demoUsers) userId.set(u.username, newId());
    for (const u of demoUsers) {
      const id = userId.get(u.username)!;
      await trx
        .insertInto('app_user')
        .values({ id, username: u.username, name: u.name, phone: u.phone, email: u.email, department_id: deptId.get(u.departmentCode)!, supervisor_id: null, active: 1, password_hash: passwordHash, must_change_password: 0, created_at: now, updated_at: now })
        .execute();
      if (u.positionCodes.length) await trx.insertInto('user_position').values(u.positionCodes.map((c) => ({ user_id: id, position_id: posId.get(c)! }))).execute();
      const roleIds = [...new Set(u.roleKeys)].map((k) => roles.get(k)).filter((x): x is string => !!x);
      if (roleIds.length) await trx.insertInto('user_role').values(roleIds.map((role_id) => ({ user_id: id, role_id }))).execute();
    }
    for (const u of demoUsers) {
      if (u.supervisorUsername) await trx.updateTable('app_user').set({ supervisor_id: userId.get(u.supervisorUsername)! }).where('id', '=', userId.get(u.username)!).execute();
    }
    for (const [code, username] of Object.entries(demoDepartmentHeads)) {
      await trx.updateTable('department').set({ head_user_id: userId.get(username)! }).where('id', '=', deptId.get(code)!).execute();
    }
    await putSetting(trx, 'company.name', DEMO_COMPANY_NAME, now, null);
    await putSetting(trx, DEMO_SEEDED_KEY, true, now, null);
    await recordAudit(trx, s.clock, systemActor, { action: 'demo.seed', entity: 'company', data: { departments: demoDepartments.length, positions: demoPositions.length, users: demoUsers.length } });
  });
  for (const m of modules) if (m.seedDemo) await m.seedDemo(s);
  return { users: demoUsers.length };
}

export async function isDemoSeeded(s: Services): Promise<boolean> {
  return getSetting(s.db, DEMO_SEEDED_KEY, false);
}

/** The logins printed at start and shown on the login page in demo mode: one per kind of user. */
export function demoLogins(): { username: string; name: string; role: string }[] {
  const pick = (pred: (u: (typeof demoUsers)[number]) => boolean, role: string) => {
    const u = demoUsers.find(pred);
    return u ? [{ username: u.username, name: u.name, role }] : [];
  };
  const posName = (code: string) => demoPositions.find((p) => p.code === code)?.name ?? '';
  const firstPos = (u: (typeof demoUsers)[number]) => posName(u.positionCodes[0] ?? '');
  return [
    ...pick((u) => u.username === 'admin', '系统管理员'),
    ...['leader', 'dept_head', 'admin_staff', 'hr', 'driver', 'technician', 'customer_service', 'warehouse'].flatMap((k) =>
      pick((u) => u.roleKeys.includes(k as never) && u.username !== 'admin', ''),
    ),
  ].map((l) => {
    const u = demoUsers.find((x) => x.username === l.username)!;
    return { ...l, role: l.role || firstPos(u) };
  });
}

/**
 * X-2 for the users register (人员名册): export with Chinese headers and re-import. Rows refer
 * to departments, positions, supervisors and roles by name / username / key, as people write them.
 */
import { z } from 'zod';
import type { Services } from '../../app.types.js';
import { badRequest } from '../../http/errors.js';
import type { Lang } from '../../http/messages.js';
import type { Actor } from '../auth/actor.js';
import { hashPassword } from '../auth/passwords.js';
import { exportXlsx } from '../xlsx/xlsx-export.js';
import { importXlsx } from '../xlsx/xlsx-import.js';
import { recordAudit } from '../audit/audit.service.js';
import { listUsers, type UserFilter } from './users.repository.js';
import { createUser, updateUser } from './users.service.js';

const columns = [
  { key: 'username', header: '用户名', width: 14, type: 'text' as const },
  { key: 'name', header: '姓名', width: 10, type: 'text' as const },
  { key: 'phone', header: '手机', width: 14, type: 'text' as const },
  { key: 'email', header: '邮箱', width: 26, type: 'text' as const },
  { key: 'department', header: '部门', width: 14, type: 'text' as const },
  { key: 'positions', header: '岗位', width: 24, type: 'text' as const },
  { key: 'supervisor', header: '直接上级(用户名)', width: 16, type: 'text' as const },
  { key: 'roles', header: '角色', width: 24, type: 'text' as const },
  { key: 'active', header: '在职', width: 6, type: 'bool' as const },
];
const SEP = /[、,，;；]/;

export async function exportUsers(s: Services, filter: UserFilter): Promise<Buffer> {
  const users = await listUsers(s.db, filter);
  return exportXlsx({
    sheetName: '人员名册',
    columns,
    rows: users.map((u) => ({
      username: u.username,
      name: u.name,
      phone: u.phone ?? '',
      email: u.email ?? '',
      department: u.departmentName ?? '',
      positions: u.positions.map((p) => p.name).join('、'),
      supervisor: u.supervisorUsername ?? '',
      roles: u.roles.map((r) => r.key).join('、'),
      active: u.active,
    })),
  });
}

const importColumns = [
  ...columns.map((c) => ({ key: c.key, header: c.header, type: c.type, required: ['username', 'name'].includes(c.key) })),
  { key: 'password', header: '初始密码', type: 'text' as const, required: false },
];

const opt = z.string().optional().transform((v) => (v && v.trim() ? v.trim() : undefined));
const rowSchema = z.object({
  username: z.string().trim().min(2).max(64).regex(/^[a-zA-Z0-9._-]+$/),
  name: z.string().trim().min(1).max(50),
  phone: opt,
  email: opt.pipe(z.string().email().optional()),
  department: opt,
  positions: opt,
  supervisor: opt,
  roles: opt,
  active: z.boolean().optional(),
  password: opt.pipe(z.string().min(8).max(200).optional()),
});
type Row = z.infer<typeof rowSchema>;

interface RowError { rowNumber: number; column?: string; message: string }

/**
 * Validates every row against the database (names must resolve) before writing anything. In
 * `all` mode nothing is written while any row is invalid; `valid-only` writes the valid rows.
 * Unchanged rows are counted as skipped, so re-importing an export changes nothing.
 */
export async function importUsers(s: Services, actor: Actor, buffer: Buffer, mode: 'validate' | 'all' | 'valid-only', lang: Lang) {
  const parsed = await importXlsx(buffer, { columns: importColumns, rowSchema, lang });
  const errors: RowError[] = parsed.errors.map((e) => ({ rowNumber: e.rowNumber, column: e.column, message: e.message }));
  const en = lang === 'en';
  const [depts, positions, roles, users] = await Promise.all([
    s.db.selectFrom('department').select(['id', 'name']).execute(),
    s.db.selectFrom('position').select(['id', 'name', 'department_id']).execute(),
    s.db.selectFrom('role').select(['id', 'key', 'name']).execute(),
    listUsers(s.db, { active: 'all' }),
  ]);
  const byUsername = new Map(users.map((u) => [u.username, u]));
  const importedUsernames = new Set(parsed.rows.map((r) => r.value.username.toLowerCase()));
  type Plan = { rowNumber: number; row: Row; existing?: (typeof users)[number]; input: { departmentId: string | null; positionIds: string[]; roleIds: string[]; supervisorUsername: string | null } };
  const plans: Plan[] = [];
  for (const { rowNumber, value: row } of parsed.rows) {
    const bad = (column: string, message: string) => errors.push({ rowNumber, column, message });
    const before = errors.length;
    const username = row.username.toLowerCase();
    let departmentId: string | null = null;
    if (row.department) {
      const m = depts.filter((d) => d.name === row.department);
      if (m.length !== 1) bad('部门', m.length ? (en ? `department "${row.department}" is ambiguous` : `部门“${row.department}”重名，无法确定`) : en ? `no department "${row.department}"` : `部门“${row.department}”不存在`);
      else departmentId = m[0]!.id;
    }
    const positionIds: string[] = [];
    for (const name of (row.positions ?? '').split(SEP).map((x) => x.trim()).filter(Boolean)) {
      const inDept = positions.filter((p) => p.name === name && p.department_id === departmentId);
      const any = positions.filter((p) => p.name === name);
      const pick = inDept.length === 1 ? inDept[0] : any.length === 1 ? any[0] : undefined;
      if (!pick) bad('岗位', en ? `position "${name}" not found or ambiguous` : `岗位“${name}”不存在或重名`);
      else positionIds.push(pick.id);
    }
    const roleIds: string[] = [];
    for (const k of (row.roles ?? '').split(SEP).map((x) => x.trim()).filter(Boolean)) {
      const r = roles.find((x) => x.key === k || x.name === k);
      if (!r) bad('角色', en ? `role "${k}" not found` : `角色“${k}”不存在`);
      else roleIds.push(r.id);
    }
    const sup = row.supervisor?.toLowerCase() ?? null;
    if (sup && !byUsername.has(sup) && !importedUsernames.has(sup)) bad('直接上级(用户名)', en ? `no user "${sup}"` : `上级用户“${sup}”不存在`);
    if (sup === username) bad('直接上级(用户名)', en ? 'a user cannot supervise himself' : '不能把本人设为上级');
    const existing = byUsername.get(username);
    if (!existing && !row.password) bad('初始密码', en ? 'a new user needs an initial password (8+ characters)' : '新用户需要填写初始密码（至少 8 位）');
    if (errors.length === before) plans.push({ rowNumber, row, existing, input: { departmentId, positionIds, roleIds, supervisorUsername: sup } });
  }
  errors.sort((a, b) => a.rowNumber - b.rowNumber);
  const changed = (p: Plan) => {
    const e = p.existing!;
    const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
    return !(
      e.name === p.row.name &&
      (e.phone ?? undefined) === p.row.phone &&
      (e.email ?? undefined) === p.row.email &&
      e.departmentId === p.input.departmentId &&
      same(e.positions.map((x) => x.id), p.input.positionIds) &&
      same(e.roles.map((x) => x.id), p.input.roleIds) &&
      (e.supervisorUsername ?? null) === p.input.supervisorUsername &&
      (p.row.active === undefined || p.row.active === e.active)
    );
  };
  const toCreate = plans.filter((p) => !p.existing);
  const toUpdate = plans.filter((p) => p.existing && changed(p));
  const skipped = plans.length - toCreate.length - toUpdate.length;
  const summary = { created: toCreate.length, updated: toUpdate.length, skipped, errors };
  if (mode === 'validate' || (mode === 'all' && errors.length > 0) || parsed.missingHeaders.length > 0) {
    return { dryRun: true, ...summary };
  }
  const hashes = new Map<number, string>();
  for (const p of toCreate) hashes.set(p.rowNumber, await hashPassword(p.row.password!));
  await s.db.transaction().execute(async (trx) => {
    const idOf = new Map(users.map((u) => [u.username, u.id]));
    // Create first without supervisors (they may be other new rows), then set every link.
    for (const p of toCreate) {
      const id = await createUser(
        s,
        actor,
        { username: p.row.username, name: p.row.name, phone: p.row.phone ?? null, email: p.row.email ?? null, departmentId: p.input.departmentId, positionIds: p.input.positionIds, roleIds: p.input.roleIds, password: '' },
        { passwordHash: hashes.get(p.rowNumber), trx },
      );
      idOf.set(p.row.username.toLowerCase(), id);
    }
    for (const p of [...toCreate, ...toUpdate]) {
      const id = idOf.get(p.row.username.toLowerCase())!;
      await updateUser(
        s,
        actor,
        id,
        {
          name: p.row.name,
          phone: p.row.phone ?? null,
          email: p.row.email ?? null,
          departmentId: p.input.departmentId,
          positionIds: p.input.positionIds,
          roleIds: p.input.roleIds,
          supervisorId: p.input.supervisorUsername ? (idOf.get(p.input.supervisorUsername) ?? null) : null,
        },
        trx,
      );
      if (p.row.active !== undefined && p.existing && p.row.active !== p.existing.active) {
        await trx.updateTable('app_user').set({ active: p.row.active ? 1 : 0 }).where('id', '=', id).execute();
        if (!p.row.active) await trx.deleteFrom('session').where('user_id', '=', id).execute();
      }
    }
    await recordAudit(trx, s.clock, actor, { action: 'user.import', entity: 'user', data: { created: toCreate.length, updated: toUpdate.length, skipped } });
  });
  return { dryRun: false, ...summary };
}

export function assertFile(buf: Buffer | null): Buffer {
  if (!buf || buf.length === 0) throw badRequest('org.fileRequired');
  return buf;
}

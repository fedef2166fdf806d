import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gj-cli-'));
const db = join(dir, 'cli.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const r = await exec(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'apps/server/src/cli.ts'), ...args], {
      cwd: dir,
      env: { ...process.env, DATABASE_URL: `sqlite:${db}`, LOG_LEVEL: 'silent' },
    });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

describe('CLI (npm run cli -- …)', () => {
  it('migrate creates the schema and is idempotent', async () => {
    const first = await cli('migrate');
    expect(first.code).toBe(0);
    expect(first.out).toContain('2026-11-27-001-platform');
    const second = await cli('migrate');
    expect(second.out).toContain('up to date');
  });

  it('create-admin makes a user with the admin role; seed-demo refuses a non-empty database', async () => {
    const r = await cli('create-admin', '--username', 'boss', '--name', '老板', '--password', 'Secret123');
    expect(r.code).toBe(0);
    const s = new SqliteDatabase(db, { readonly: true });
    const row = s.prepare("select r.key from app_user u join user_role ur on ur.user_id = u.id join role r on r.id = ur.role_id where u.username = 'boss'").get() as { key: string };
    s.close();
    expect(row.key).toBe('admin');
    expect((await cli('create-admin', '--username', 'boss', '--password', 'Secret123')).code).toBe(1);
    const demo = await cli('seed-demo');
    expect(demo.code).toBe(1);
    expect(demo.out).toContain('already has users');
  });

  it('reset-password sets a password that must be changed at next login', async () => {
    expect((await cli('reset-password', '--username', 'boss', '--password', 'Another123')).code).toBe(0);
    const s = new SqliteDatabase(db, { readonly: true });
    const u = s.prepare("select must_change_password from app_user where username = 'boss'").get() as { must_change_password: number };
    s.close();
    expect(u.must_change_password).toBe(1);
    expect((await cli('reset-password', '--username', 'nobody', '--password', 'Another123')).code).toBe(1);
  });

  it('X-7 audit verify exits 0 on an intact chain', async () => {
    const r = await cli('audit', 'verify');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/audit chain OK: \d+ entries/);
  });

  it('backup writes a consistent SQLite copy that opens and holds the data', async () => {
    const out = join(dir, 'backup.db');
    const r = await cli('backup', '--out', out);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const s = new SqliteDatabase(out, { readonly: true });
    expect((s.prepare("select count(*) as n from app_user where username = 'boss'").get() as { n: number }).n).toBe(1);
    s.close();
  });

  it('unknown commands print the usage and exit 2', async () => {
    const r = await cli('frobnicate');
    expect(r.code).toBe(2);
    expect(r.out).toContain('usage');
  });
});

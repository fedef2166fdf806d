import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeApi } from '../../test/harness.js';
import { verifyAudit } from './audit.service.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../../../', import.meta.url));

describeApi('audit log', (env) => {
  it('X-7 every change writes an audit entry in the same transaction; the chain verifies', async () => {
    const admin = await env().as('admin');
    const depts = (await admin.get('/api/org/departments')).body;
    const root = depts.find((d: { parentId: string | null }) => d.parentId === null);
    const created = await admin.post('/api/org/departments', { parentId: root.id, name: '审计测试部' });
    const page = await admin.get('/api/audit?entity=department');
    expect(page.body.items[0]).toMatchObject({ action: 'department.create', entityId: created.body.id, actorName: '系统管理员' });
    expect(page.body.items[0].data).toMatchObject({ name: '审计测试部' });
    const v = await admin.get('/api/audit/verify');
    expect(v.body).toMatchObject({ ok: true, firstBroken: null });
    expect(v.body.checked).toBeGreaterThan(1);
  });

  it('X-7 a refused change leaves no audit entry', async () => {
    const admin = await env().as('admin');
    const before = (await admin.get('/api/audit')).body.total;
    const depts = (await admin.get('/api/org/departments')).body;
    const gad = depts.find((d: { name: string }) => d.name === '综合管理部');
    expect((await admin.delete(`/api/org/departments/${gad.id}`)).status).toBe(409);
    expect((await admin.get('/api/audit')).body.total).toBe(before);
  });

  it('X-7 concurrent changes keep one unbroken chain', async () => {
    const admin = await env().as('admin');
    const depts = (await admin.get('/api/org/departments')).body;
    const root = depts.find((d: { parentId: string | null }) => d.parentId === null);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => admin.post('/api/org/departments', { parentId: root.id, name: `并发部门${i}` })),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const v = await verifyAudit(env().services.db);
    expect(v.ok).toBe(true);
  });

  it('X-7 editing a row in the database breaks verification, which names the first broken entry (API and CLI)', async () => {
    const { db } = env().services;
    const admin = await env().as('admin');
    const target = await db.selectFrom('audit_log').selectAll().where('action', '=', 'department.create').orderBy('seq').executeTakeFirstOrThrow();
    await sql`update audit_log set data = ${target.data.replace('审计测试部', '篡改部')} where seq = ${target.seq}`.execute(db);
    const v = await admin.get('/api/audit/verify');
    expect(v.body.ok).toBe(false);
    expect(v.body.firstBroken).toMatchObject({ seq: Number(target.seq), id: target.id });
    expect(v.body.checked).toBe(Number(target.seq) - 1);

    const cli = await run(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, `${root}apps/server/src/cli.ts`, 'audit', 'verify'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: env().databaseUrl, DEMO_MODE: 'false', LOG_LEVEL: 'silent' },
    }).then(
      () => ({ code: 0, out: '' }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
    );
    expect(cli, 'the CLI should report the broken entry').toMatchObject({ code: 1, out: expect.stringContaining('BROKEN') });
    expect(cli.out).toContain(`seq=${Number(target.seq)}`);
    expect(cli.out).toContain(target.id);

    await sql`update audit_log set data = ${target.data} where seq = ${target.seq}`.execute(db);
    expect((await verifyAudit(db)).ok).toBe(true);
    const ok = await run(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, `${root}apps/server/src/cli.ts`, 'audit', 'verify'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: env().databaseUrl, DEMO_MODE: 'false', LOG_LEVEL: 'silent' },
    });
    expect(ok.stdout).toContain('audit chain OK');
  });

  it('X-7 deleting the last entries is detected too', async () => {
    const { db } = env().services;
    const last = await db.selectFrom('audit_log').select(['seq', 'id']).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    const saved = await db.selectFrom('audit_log').selectAll().where('seq', '=', last.seq).executeTakeFirstOrThrow();
    await db.deleteFrom('audit_log').where('seq', '=', last.seq).execute();
    const v = await verifyAudit(db);
    expect(v.ok).toBe(false);
    expect(v.firstBroken?.seq).toBe(Number(last.seq));
    await db.insertInto('audit_log').values(saved).execute();
    expect((await verifyAudit(db)).ok).toBe(true);
  });
});

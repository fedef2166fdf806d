/**
 * `npm run cli -- <command>`: migrate, create-admin, reset-password, audit verify, backup, seed-demo.
 * Uses the same config (DATABASE_URL …) as the server.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bootstrap } from './bootstrap.js';
import { loadConfig } from './config.js';
import { systemActor } from './platform/auth/actor.js';
import { verifyAudit } from './platform/audit/audit.service.js';
import { isDatabaseEmpty, seedDemo } from './platform/demo/demo.seed.js';
import { createUser, resetPassword } from './platform/org/users.service.js';

const USAGE = `usage: npm run cli -- <command> [options]
  migrate                                   apply pending migrations
  create-admin --username U --name N --password P
                                            create a user with the admin role
  reset-password --username U --password P  set a new password (must be changed at next login)
  audit verify                              check the audit log's hash chain (exit 1 when broken)
  backup [--out FILE]                       SQLite: online backup to FILE; PostgreSQL: print the pg_dump command
  seed-demo                                 create the demo company in an empty database`;

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { username: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, out: { type: 'string' } },
  });
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const config = { ...loadConfig(), logLevel: 'silent' };
  const { services: s, handle, migrated } = await bootstrap(config, { seedDemoData: false });
  try {
    switch (command) {
      case 'migrate':
        console.log(migrated.length ? `applied: ${migrated.join(', ')}` : 'database is up to date');
        return 0;
      case 'create-admin': {
        const { username, name, password } = values;
        if (!username || !password) throw new Error('create-admin needs --username and --password');
        if (password.length < 8) throw new Error('password must have at least 8 characters');
        const role = await s.db.selectFrom('role').select('id').where('key', '=', 'admin').executeTakeFirstOrThrow();
        const id = await createUser(s, systemActor, { username, name: name ?? username, password, roleIds: [role.id] }, { mustChangePassword: false });
        console.log(`created admin ${username} (${id})`);
        return 0;
      }
      case 'reset-password': {
        const { username, password } = values;
        if (!username || !password) throw new Error('reset-password needs --username and --password');
        if (password.length < 8) throw new Error('password must have at least 8 characters');
        const u = await s.db.selectFrom('app_user').select('id').where('username', '=', username.toLowerCase()).executeTakeFirst();
        if (!u) throw new Error(`no user ${username}`);
        await resetPassword(s, systemActor, u.id, password);
        console.log(`password of ${username} reset; it must be changed at next login`);
        return 0;
      }
      case 'audit': {
        if (positionals[0] !== 'verify') throw new Error('usage: audit verify');
        const r = await verifyAudit(s.db);
        if (r.ok) {
          console.log(`audit chain OK: ${r.checked} entries verified`);
          return 0;
        }
        console.log(`audit chain BROKEN at entry seq=${r.firstBroken!.seq} id=${r.firstBroken!.id}: ${r.firstBroken!.reason} (${r.checked} entries before it are intact)`);
        return 1;
      }
      case 'backup': {
        if (handle.dialect === 'postgres') {
          console.log(`PostgreSQL: run\n  pg_dump --format=custom --file=guanjia-$(date +%Y%m%d-%H%M).dump "$DATABASE_URL"\nand restore with pg_restore --clean --dbname "$DATABASE_URL" <file>`);
          return 0;
        }
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const out = resolve(values.out ?? `data/backup-${stamp}.db`);
        // better-sqlite3's online backup copies a consistent snapshot while the server keeps running.
        await handle.sqlite!.backup(out);
        console.log(`backup written to ${out}`);
        return 0;
      }
      case 'seed-demo': {
        if (!(await isDatabaseEmpty(s))) throw new Error('the database already has users; demo data goes only into an empty database');
        const r = await seedDemo(s);
        console.log(`demo company created: ${r.users} users, password demo1234`);
        return 0;
      }
      default:
        console.error(`unknown command ${command}\n${USAGE}`);
        return 2;
    }
  } finally {
    await handle.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);

/**
 * Opens the database named by the config: SQLite (better-sqlite3) or PostgreSQL (pg), both behind
 * Kysely. Refuses to run SQLite without the durability settings the design relies on.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { CompiledQuery, type DatabaseConnection, type Driver, Kysely, PostgresDialect, SqliteDialect, type SqliteDialectConfig, SqliteDriver, sql } from 'kysely';
import type { Database } from './schema.js';
import { withGroupCommit } from './group-commit.js';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

// PostgreSQL returns int8 (count, bigint fen) as strings; our amounts stay below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export interface DbHandle {
  db: Db;
  dialect: Dialect;
  /** The underlying better-sqlite3 handle (backups), when SQLite. */
  sqlite?: SqliteDatabase.Database;
  close(): Promise<void>;
}

export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export function openSqlite(file: string): SqliteDatabase.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const s = new SqliteDatabase(file);
  s.pragma('journal_mode = WAL');
  s.pragma('synchronous = FULL');
  s.pragma('foreign_keys = ON');
  s.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  return s;
}

/**
 * SQLite transactions start with BEGIN IMMEDIATE: they take the write lock up front (waiting up to
 * the busy timeout) instead of failing with SQLITE_BUSY when a read transaction later tries to
 * write while another process (the CLI, a backup) holds the lock.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly cfg: SqliteDialectConfig) {
    super(cfg);
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.cfg);
  }
}

/**
 * Kysely prepares every query anew; better-sqlite3 statements are reusable, and preparing costs
 * about as much as running a small query. Cache them by SQL text (bounded). Kysely runs each
 * statement to completion synchronously, so one statement is never used by two queries at once.
 */
function withStatementCache(db: SqliteDatabase.Database, max = 1000): SqliteDatabase.Database {
  const cache = new Map<string, SqliteDatabase.Statement>();
  const prepare = (source: string) => {
    let st = cache.get(source);
    if (!st) {
      if (cache.size >= max) cache.clear();
      st = db.prepare(source);
      cache.set(source, st);
    }
    return st;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') return prepare;
      const v = Reflect.get(target, prop);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

export async function createDb(databaseUrl: string, opts: { poolMax?: number } = {}): Promise<DbHandle> {
  if (databaseUrl.startsWith('sqlite:')) {
    const file = databaseUrl.slice('sqlite:'.length);
    const sqlite = openSqlite(file);
    const raw = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) });
    return { db: withGroupCommit(raw), dialect: 'sqlite', sqlite, close: () => raw.destroy() };
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: opts.poolMax ?? 10 });
  // An idle pooled connection that the server ends (restart, failover, a test dropping its
  // database) emits 'error' on the pool; unheard, it would crash the whole process. The pool
  // discards that client and opens a new one on the next query, so a warning is enough.
  pool.on('error', (err) => process.emitWarning(`PostgreSQL idle connection lost: ${err.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/**
 * Reads back the settings that make a committed change survive a power cut and lets several
 * requests wait for the write lock instead of failing. Throws, naming each one, when any is off.
 */
export async function checkDurability(h: DbHandle): Promise<void> {
  const problems: string[] = [];
  if (h.dialect === 'sqlite' && h.sqlite) {
    const s = h.sqlite;
    const mode = String(s.pragma('journal_mode', { simple: true })).toLowerCase();
    const memory = s.name === ':memory:' || s.memory;
    if (!memory && mode !== 'wal') problems.push(`journal_mode=${mode} (need wal)`);
    const sync = Number(s.pragma('synchronous', { simple: true }));
    if (sync < 2) problems.push(`synchronous=${sync} (need 2 = FULL)`);
    if (Number(s.pragma('foreign_keys', { simple: true })) !== 1) problems.push('foreign_keys=off');
    if (Number(s.pragma('busy_timeout', { simple: true })) <= 0) problems.push('busy_timeout=0');
  } else {
    for (const name of ['fsync', 'synchronous_commit', 'full_page_writes']) {
      const r = await sql<{ v: string }>`select current_setting(${name}) as v`.execute(h.db);
      const v = r.rows[0]?.v;
      if (v === 'off') problems.push(`${name}=off`);
    }
  }
  if (problems.length) {
    throw new Error(`Refusing to start: database durability settings are off: ${problems.join(', ')}`);
  }
}

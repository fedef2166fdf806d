/**
 * Portable DDL helpers: the only place migrations branch on the dialect.
 */
import type { ColumnDataType, Kysely } from 'kysely';
import { PostgresAdapter } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

export function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Binary column: blob on SQLite, bytea on PostgreSQL. */
export const binaryType = (db: AnyDb): ColumnDataType => (isPostgres(db) ? 'bytea' : 'blob');

/** Integer wide enough for fen and sequence numbers: integer (64-bit) on SQLite, bigint on PostgreSQL. */
export const bigIntType = (db: AnyDb): ColumnDataType => (isPostgres(db) ? 'bigint' : 'integer');

import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { EngineDatabase } from '../tables.js';
import type { DeadlineCalendar, Directory, EngineClock, EngineHooks, EngineSettings } from '../ports.js';

export type Tx = Kysely<EngineDatabase>;

export interface EngineContext {
  db: Kysely<EngineDatabase>;
  dialect: 'sqlite' | 'postgres';
  clock: EngineClock;
  directory: Directory;
  calendar: DeadlineCalendar;
  hooks: EngineHooks;
  settings: EngineSettings;
}

/** Who acts. `processAdmin` may cancel any instance and see all. */
export interface EngineActor {
  id: string;
  processAdmin?: boolean;
}

let lastMs = 0;
let counter = 0;

/**
 * UUIDv7 (RFC 9562), monotonic within this process: ids made in the same millisecond use the
 * 12-bit rand_a field as a counter (method 1 of §6.2), so sorting by id keeps creation order even
 * when a fake clock stands still.
 */
export function newId(nowMs: number = Date.now()): string {
  if (nowMs > lastMs) {
    lastMs = nowMs;
    counter = Math.floor(Math.random() * 0x400);
  } else if (++counter > 0xfff) {
    lastMs++;
    counter = 0;
  }
  const b = randomBytes(16);
  b.writeUIntBE(lastMs, 0, 6);
  b[6] = 0x70 | (counter >> 8);
  b[7] = counter & 0xff;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Serializes actions on one instance: on PostgreSQL a row lock held to commit; on SQLite the
 * transaction already holds the database write lock.
 */
export async function lockInstance(trx: Tx, dialect: EngineContext['dialect'], instanceId: string): Promise<void> {
  if (dialect === 'postgres') {
    await sql`select id from process_instance where id = ${instanceId} for update`.execute(trx);
  }
}

export const nowIso = (ctx: EngineContext) => ctx.clock.now().toISOString();

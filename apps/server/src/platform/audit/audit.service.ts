/**
 * the append-only, hash-chained audit log. `record` must be called with the transaction
 * that makes the change, so the change and its entry commit (or roll back) together.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { newId } from '../../ports/ids.js';
import type { Clock } from '../../ports/clock.js';
import type { Actor } from '../auth/actor.js';
import { GENESIS_HASH, canonicalJson, chainHash } from './audit.canonical.js';

export interface AuditInput {
  action: string; // e.g. user.create
  entity: string; // e.g. user
  entityId?: string | null;
  data?: unknown; // what changed; never passwords
}

export async function recordAudit(
  trx: Kysely<Database>,
  clock: Clock,
  actor: Pick<Actor, 'id'> | null,
  input: AuditInput,
): Promise<void> {
  // Taking the head row first serializes concurrent writers: on PostgreSQL the UPDATE holds the
  // row lock until commit; on SQLite the transaction holds the database write lock.
  const head = await trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const fields = {
    seq: Number(head.seq),
    id: newId(clock.now().getTime()),
    at: clock.now().toISOString(),
    actorId: actor?.id ?? null,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId ?? null,
    data: canonicalJson(input.data ?? {}),
  };
  const hash = chainHash(head.hash, fields);
  await trx
    .insertInto('audit_log')
    .values({
      seq: fields.seq,
      id: fields.id,
      at: fields.at,
      actor_id: fields.actorId,
      action: fields.action,
      entity: fields.entity,
      entity_id: fields.entityId,
      data: fields.data,
      prev_hash: head.hash,
      hash,
    })
    .execute();
  await trx.updateTable('audit_head').set({ hash }).where('id', '=', 1).execute();
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; id: string; reason: string } | null;
}

/**
 * Walks the chain in order, recomputing every hash. Reports the first entry whose stored hash,
 * previous hash or sequence does not match, and a head that points past the last entry
 * (deleted tail).
 */
export async function verifyAudit(db: Kysely<Database>, batchSize = 1000): Promise<VerifyResult> {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let lastSeq = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', lastSeq)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      const seq = Number(r.seq);
      const broken = (reason: string) => ({ ok: false, checked, firstBroken: { seq, id: r.id, reason } });
      if (seq !== expectedSeq) return broken(`sequence gap: expected ${expectedSeq}`);
      if (r.prev_hash !== prev) return broken('previous hash does not match');
      const h = chainHash(prev, {
        seq,
        id: r.id,
        at: r.at,
        actorId: r.actor_id,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        data: r.data,
      });
      if (h !== r.hash) return broken('content does not match its hash');
      prev = r.hash;
      expectedSeq++;
      checked++;
      lastSeq = seq;
    }
  }
  const head = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
  if (head && (Number(head.seq) !== lastSeq || head.hash !== prev)) {
    return {
      ok: false,
      checked,
      firstBroken: { seq: lastSeq + 1, id: '-', reason: `entries after seq ${lastSeq} are missing` },
    };
  }
  return { ok: true, checked, firstBroken: null };
}

/**
 * HR-8 penalties-and-subsidies ledger: other modules post subsidies and penalties here inside
 * their own transaction (`postLedgerEntry(trx, …)`); HR reads a month per employee and exports it
 * for payroll. Posting is idempotent per (source, sourceId, user, kind): posting the same fine twice
 * returns the first entry. Entries are never deleted; a wrong one is voided with a reason.
 */
import type { Db } from '../../db/create-db.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import type { Clock } from '../../ports/clock.js';
import type { LedgerKind } from './ledger.table.js';

export interface LedgerPosting {
  userId: string;
  kind: LedgerKind;
  amountFen: number;
  source: string;
  sourceId: string;
  reason: string;
  /** Beijing date 'YYYY-MM-DD' of what happened; the payroll month is taken from it unless given. */
  occurredOn: string;
  month?: string;
}

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Posts (or finds) the entry; returns its id. Runs in the caller's transaction. */
export async function postLedgerEntry(trx: Db, clock: Clock, actorId: string | null, p: LedgerPosting): Promise<string> {
  if (!Number.isSafeInteger(p.amountFen) || p.amountFen <= 0) throw badRequest('ledger.invalidAmount', { value: String(p.amountFen) });
  if (!DATE_RE.test(p.occurredOn)) throw badRequest('ledger.invalidDate', { value: p.occurredOn });
  const month = p.month ?? p.occurredOn.slice(0, 7);
  if (!MONTH_RE.test(month)) throw badRequest('ledger.invalidMonth', { value: month });
  const existing = await trx
    .selectFrom('ledger_entry')
    .select(['id', 'voided_at'])
    .where('source', '=', p.source)
    .where('source_id', '=', p.sourceId)
    .where('user_id', '=', p.userId)
    .where('kind', '=', p.kind)
    .executeTakeFirst();
  if (existing) {
    if (existing.voided_at !== null) throw conflict('ledger.alreadyVoided', { source: p.source });
    return existing.id;
  }
  const id = newId();
  await trx
    .insertInto('ledger_entry')
    .values({
      id, user_id: p.userId, month, kind: p.kind, amount_fen: p.amountFen, source: p.source, source_id: p.sourceId,
      reason: p.reason, occurred_on: p.occurredOn, created_at: clock.now().toISOString(), created_by: actorId,
      voided_at: null, voided_by: null, void_reason: null,
    })
    .execute();
  return id;
}

/** Voids an entry (kept for the record, left out of totals and payroll). */
export async function voidLedgerEntry(trx: Db, clock: Clock, actorId: string, id: string, reason: string): Promise<void> {
  if (reason.trim() === '') throw badRequest('ledger.voidReasonRequired');
  const res = await trx
    .updateTable('ledger_entry')
    .set({ voided_at: clock.now().toISOString(), voided_by: actorId, void_reason: reason.trim() })
    .where('id', '=', id)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) {
    const row = await trx.selectFrom('ledger_entry').select('id').where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('ledger.notFound');
    throw conflict('ledger.alreadyVoided', { source: id });
  }
}

/** The live (not voided) entries posted by one source record, e.g. to show a fine's postings. */
export async function entriesOfSource(db: Db, source: string, sourceId: string) {
  return db.selectFrom('ledger_entry').selectAll().where('source', '=', source).where('source_id', '=', sourceId).where('voided_at', 'is', null).execute();
}

import type { Services } from '../app.types.js';
import type { Db } from '../db/create-db.js';
import type { Actor } from './auth/actor.js';
import { recordAudit, type AuditInput } from './audit/audit.service.js';

/**
 * Runs a change and its audit entry in one transaction. `fn` returns the result and the audit
 * entry describing what it did; a thrown error rolls both back.
 */
export async function changeWithAudit<T>(
  s: Services,
  actor: Actor,
  fn: (trx: Db) => Promise<{ result: T; audit: AuditInput }>,
  /** Join a transaction the caller already holds (e.g. an import writing many rows at once). */
  within?: Db,
): Promise<T> {
  const run = async (trx: Db) => {
    const { result, audit } = await fn(trx);
    await recordAudit(trx, s.clock, actor, audit);
    return result;
  };
  return within ? run(within) : s.db.transaction().execute(run);
}

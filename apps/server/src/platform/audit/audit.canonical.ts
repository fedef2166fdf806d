import { createHash } from 'node:crypto';

/** JSON with keys sorted at every level: the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v as object).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out;
  }
  return v;
}

export interface AuditFields {
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  data: string; // canonical JSON of the payload
}

/** hash = SHA-256(previous hash + canonical entry). Changing any field, or the order, breaks it. */
export function chainHash(prevHash: string, e: AuditFields): string {
  const entry = canonicalJson({
    seq: e.seq,
    id: e.id,
    at: e.at,
    actorId: e.actorId,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    data: e.data,
  });
  return createHash('sha256').update(prevHash).update(entry).digest('hex');
}

export const GENESIS_HASH = '0'.repeat(64);

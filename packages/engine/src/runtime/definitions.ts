/**
 * Stored, versioned definitions (ENG-1). Built-ins install at start and get a new version only
 * when their content changed; admins publish new versions. Instances keep the version they
 * started on.
 */
import { createHash } from 'node:crypto';
import { EngineError } from '../errors.js';
import { type ProcessDefinition, type ProcessDefinitionInput } from '../definition.js';
import { validateDefinition } from '../validate.js';
import { type EngineContext, type Tx, newId, nowIso } from './context.js';

export interface StoredDefinition {
  id: string;
  key: string;
  version: number;
  def: ProcessDefinition;
  createdAt: string;
  source: string;
}

function canonical(v: unknown): string {
  const sort = (x: unknown): unknown =>
    Array.isArray(x) ? x.map(sort) : x && typeof x === 'object' ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sort((x as Record<string, unknown>)[k])])) : x;
  return JSON.stringify(sort(v));
}

export function parseDefinition(input: unknown): ProcessDefinition {
  const r = validateDefinition(input);
  if (!r.ok) {
    const where = (e: { step?: string; field: string }) => `${e.step ? `[${e.step}] ` : ''}${e.field}`;
    throw new EngineError(
      400,
      'engine.invalidDefinition',
      { detail: r.errors.map((e) => `${where(e)}: ${e.message}`).join('；'), detailEn: r.errors.map((e) => `${where(e)}: ${e.messageEn}`).join('; ') },
      r.errors.map((e) => ({ path: e.step ? `steps.${e.step}.${e.field}` : e.field, code: 'invalid', message: e.message, messageEn: e.messageEn })),
    );
  }
  return r.def;
}

const toStored = (r: { id: string; key: string; version: number; definition: string; created_at: string; source: string }): StoredDefinition => ({
  id: r.id,
  key: r.key,
  version: r.version,
  def: JSON.parse(r.definition) as ProcessDefinition,
  createdAt: r.created_at,
  source: r.source,
});

export async function latestDefinition(db: Tx, key: string): Promise<StoredDefinition | null> {
  const r = await db.selectFrom('process_definition').selectAll().where('key', '=', key).orderBy('version', 'desc').limit(1).executeTakeFirst();
  return r ? toStored(r) : null;
}

export async function definitionVersion(db: Tx, key: string, version: number): Promise<StoredDefinition | null> {
  const r = await db.selectFrom('process_definition').selectAll().where('key', '=', key).where('version', '=', version).executeTakeFirst();
  return r ? toStored(r) : null;
}

// A stored version never changes (a new version gets a new id), so parsed definitions can be
// kept for the life of the process without any risk of serving stale content.
const byId = new Map<string, StoredDefinition>();

export async function definitionById(db: Tx, id: string): Promise<StoredDefinition> {
  const hit = byId.get(id);
  if (hit) return hit;
  const r = await db.selectFrom('process_definition').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const d = toStored(r);
  if (byId.size > 500) byId.clear();
  byId.set(id, d);
  return d;
}

export async function listLatestDefinitions(db: Tx): Promise<StoredDefinition[]> {
  const rows = await db.selectFrom('process_definition').selectAll().orderBy('key').orderBy('version', 'desc').execute();
  const seen = new Set<string>();
  const out: StoredDefinition[] = [];
  for (const r of rows) {
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    out.push(toStored(r));
  }
  return out;
}

/**
 * Stores `input` as the next version of its key unless the latest version has the same content.
 * Returns the version in force and whether a new one was written.
 */
export async function saveDefinition(
  ctx: EngineContext,
  trx: Tx,
  input: ProcessDefinitionInput | unknown,
  source: 'builtin' | 'admin',
  by: string | null,
): Promise<{ version: number; changed: boolean; id: string }> {
  const def = parseDefinition(input);
  const { version: _ignored, ...content } = def;
  const hash = createHash('sha256').update(canonical(content)).digest('hex');
  const latest = await latestDefinition(trx, def.key);
  if (latest) {
    const row = await trx.selectFrom('process_definition').select('content_hash').where('id', '=', latest.id).executeTakeFirstOrThrow();
    if (row.content_hash === hash) return { version: latest.version, changed: false, id: latest.id };
  }
  if (latest && source === 'builtin') {
    // A built-in definition replaces the versions in force only when the shipped content itself
    // changed since it was last installed; otherwise an administrator's published edit stands.
    const lastBuiltin = await trx
      .selectFrom('process_definition')
      .select('content_hash')
      .where('key', '=', def.key)
      .where('source', '=', 'builtin')
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (lastBuiltin?.content_hash === hash) return { version: latest.version, changed: false, id: latest.id };
  }
  const version = (latest?.version ?? 0) + 1;
  const id = newId();
  await trx
    .insertInto('process_definition')
    .values({ id, key: def.key, version, name: def.name, definition: JSON.stringify({ ...content, version }), content_hash: hash, source, created_at: nowIso(ctx), created_by: by })
    .execute();
  return { version, changed: true, id };
}

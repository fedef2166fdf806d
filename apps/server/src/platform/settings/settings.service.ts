/** Key/value settings (JSON values) kept in the database so every server process sees the same. */
import type { Db } from '../../db/create-db.js';

export async function getSetting<T>(db: Db, key: string, fallback: T): Promise<T> {
  const r = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst();
  return r ? (JSON.parse(r.value) as T) : fallback;
}

export async function putSetting(db: Db, key: string, value: unknown, nowIso: string, by: string | null): Promise<void> {
  const v = JSON.stringify(value);
  await db
    .insertInto('setting')
    .values({ key, value: v, updated_at: nowIso, updated_by: by })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: v, updated_at: nowIso, updated_by: by }))
    .execute();
}

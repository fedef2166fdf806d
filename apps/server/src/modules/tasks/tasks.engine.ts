/**
 * The engine inside a caller's transaction. `s.engine` opens its own transaction, which cannot
 * join one already open (on SQLite the single connection would wait on itself). Here the engine
 * runs over the caller's `trx`: its "transaction" is that one, so the instance, its tasks and the
 * module's rows commit or roll back together.
 */
import type { Engine } from '@guanjia/engine';
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { createServerEngine } from '../../process/create-engine.js';

export function engineWithin(s: Services, trx: Db): Engine {
  const db = new Proxy(trx, {
    get(target, prop) {
      if (prop === 'transaction') return () => ({ execute: <T>(fn: (t: Db) => Promise<T>) => fn(target) });
      const v = Reflect.get(target, prop) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  const { engine: _ignored, ...base } = s;
  return createServerEngine({ ...base, db });
}

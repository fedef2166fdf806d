/**
 * Group commit for SQLite. With `synchronous=FULL` every COMMIT waits for an fsync (milliseconds
 * on real disks), and SQLite runs one write transaction at a time, so under concurrent load the
 * fsyncs — not the SQL — set the pace. Here logical transactions still run strictly one after
 * another (same isolation as before), each inside its own SAVEPOINT so it commits or rolls back
 * alone; but transactions that queue up meanwhile share one physical COMMIT. A caller's promise
 * settles only after the physical COMMIT that made its work durable — nothing is acknowledged
 * before it is on disk.
 */
import { type Kysely, type Transaction, sql } from 'kysely';

interface Job {
  cb: (trx: Transaction<any>) => Promise<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

/** Transactions folded into one physical commit at most. */
export const MAX_GROUP = 64;

export function withGroupCommit<DB>(db: Kysely<DB>): Kysely<DB> {
  const queue: Job[] = [];
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    try {
      while (queue.length) {
        const done: { job: Job; value: unknown }[] = [];
        let firstFailed: { job: Job; err: unknown } | null = null;
        try {
          await db.transaction().execute(async (trx) => {
            // The first job needs no savepoint: if it fails, the physical transaction holds
            // nothing else, so rolling it back whole is exact (and saves two statements).
            const first = queue.shift()!;
            try {
              done.push({ job: first, value: await first.cb(trx as Transaction<any>) });
            } catch (err) {
              firstFailed = { job: first, err };
              throw err;
            }
            let n = 1;
            while (queue.length && n < MAX_GROUP) {
              const job = queue.shift()!;
              n++;
              await sql`savepoint gc`.execute(trx);
              try {
                const value = await job.cb(trx as Transaction<any>);
                await sql`release gc`.execute(trx);
                done.push({ job, value });
              } catch (err) {
                await sql`rollback to gc`.execute(trx);
                await sql`release gc`.execute(trx);
                job.reject(err); // nothing of it was kept, so it may fail at once
              }
            }
          });
        } catch (err) {
          if (firstFailed) {
            const f = firstFailed as { job: Job; err: unknown };
            f.job.reject(f.err);
          } else for (const d of done) d.job.reject(err); // the physical commit failed: none is durable
          continue;
        }
        for (const d of done) d.job.resolve(d.value);
      }
    } finally {
      running = false;
    }
  }

  const transaction = () => ({
    execute<T>(cb: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ cb: cb as Job['cb'], resolve: resolve as Job['resolve'], reject });
        if (!running) void drain();
      });
    },
    setIsolationLevel() {
      return this;
    },
    setAccessMode() {
      return this;
    },
  });

  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'transaction') return transaction;
      const v = Reflect.get(target, prop);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

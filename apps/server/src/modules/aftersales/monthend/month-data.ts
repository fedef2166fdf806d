/**
 * The process data of many 派工单 at once (month end, 回访记录表): read by instance id in sorted
 * chunks rather than joined to the jobs, so SQLite walks the instance table in key order — a join
 * in the jobs' index order jumps around it, and at 100k jobs a month that no longer fits the page
 * cache and grew faster than the number of jobs.
 */
import type { Db } from '../../../db/create-db.js';

const parse = (text: string): Record<string, unknown> => {
  try {
    const v = JSON.parse(text) as unknown;
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

/** Parsed `process_instance.data` by instance id ({} when unreadable). */
export async function instanceData(db: Db, instanceIds: string[]): Promise<Map<string, Record<string, unknown>>> {
  const ids = [...new Set(instanceIds)].sort();
  const out = new Map<string, Record<string, unknown>>();
  for (let k = 0; k < ids.length; k += 500) {
    for (const r of await db.selectFrom('process_instance').select(['id', 'data']).where('id', 'in', ids.slice(k, k + 500)).execute()) out.set(r.id, parse(r.data));
  }
  return out;
}

export const byJobNo = (a: { job_no: string }, b: { job_no: string }): number => (a.job_no < b.job_no ? -1 : a.job_no > b.job_no ? 1 : 0);

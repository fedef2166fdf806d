/** Shared pieces of the documents module: numbering, prefixes, org look-ups, labels. */
import { sql } from 'kysely';
import type { Db } from '../../db/create-db.js';
import { badRequest } from '../../http/errors.js';
import { loadActor } from '../../platform/auth/actor.repository.js';
import { getSetting, putSetting } from '../../platform/settings/settings.service.js';
import { beijingDate } from '../../platform/calendar/beijing.js';

export const beijingYear = (d: Date) => Number(beijingDate(d).slice(0, 4));

export const URGENCY = ['普通', '急', '特急'] as const;
export const SECRECY = ['普通', '秘密', '机密'] as const;

export const INCOMING_STATUS: Record<string, string> = {
  registered: '已登记', closed: '已办结（常规）', proposing: '拟办', instructing: '待批示', handling: '承办中', archiving: '待归档', archived: '已归档',
};
export const OUTGOING_STATUS: Record<string, string> = {
  dept_review: '部门审核', legal_review: '法务审核', signing: '待签发', numbering: '待编号', sealing: '待用印', dispatching: '待分发', archiving: '待归档', archived: '已归档', rejected: '未通过', cancelled: '已作废',
};

/** 收文编号 counter key: not a 文号 prefix a user can configure (those never start with #). */
export const INCOMING_COUNTER = '#收文';
export const incomingRegNo = (year: number, seq: number) => `收〔${year}〕${seq}号`;
export const outgoingNumber = (prefix: string, year: number, seq: number) => `${prefix}〔${year}〕${seq}号`;

/**
 * The next sequence of (prefix, year), in the caller's transaction. The counter row's UPDATE takes
 * the row lock on PostgreSQL until commit (a second numbering waits, then sees the new value);
 * SQLite runs one write transaction at a time. So no gap (the number and the document commit or
 * roll back together) and no duplicate (plus a unique index on the documents).
 */
export async function takeNumber(trx: Db, prefix: string, year: number): Promise<number> {
  await trx.insertInto('doc_number_counter').values({ prefix, year, next_seq: 1 }).onConflict((oc) => oc.columns(['prefix', 'year']).doNothing()).execute();
  const r = await trx
    .updateTable('doc_number_counter')
    .set({ next_seq: sql<number>`next_seq + 1` })
    .where('prefix', '=', prefix)
    .where('year', '=', year)
    .returning('next_seq')
    .executeTakeFirstOrThrow();
  return Number(r.next_seq) - 1;
}

const PREFIXES_KEY = 'documents.numberPrefixes';
export const DEFAULT_PREFIXES = ['步阳综', '步阳办', '步阳人'];
export const numberPrefixes = (db: Db) => getSetting<string[]>(db, PREFIXES_KEY, DEFAULT_PREFIXES);
export async function saveNumberPrefixes(db: Db, prefixes: string[], nowIso: string, by: string): Promise<void> {
  const clean = prefixes.map((p) => p.trim());
  for (const p of clean) if (!/^[\p{L}\p{N}]{1,20}$/u.test(p) || clean.indexOf(p) !== clean.lastIndexOf(p)) throw badRequest('documents.prefixInvalid', { prefix: p });
  await putSetting(db, PREFIXES_KEY, clean, nowIso, by);
}

export async function userName(db: Db, id: string | null | undefined): Promise<string> {
  if (!id) return '';
  const u = await db.selectFrom('app_user').select('name').where('id', '=', id).executeTakeFirst();
  return u?.name ?? '';
}

export async function userNames(db: Db, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const want = [...new Set(ids.filter((x): x is string => !!x))];
  if (want.length === 0) return new Map();
  const rows = await db.selectFrom('app_user').select(['id', 'name']).where('id', 'in', want).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A company leader (总经理, 常务副总 …) is whoever holds `documents:sign`. */
export async function assertLeader(db: Db, userId: unknown, what: string): Promise<void> {
  const id = typeof userId === 'string' ? userId : '';
  const u = id ? await db.selectFrom('app_user').select(['id', 'name', 'active']).where('id', '=', id).executeTakeFirst() : undefined;
  if (!u || !u.active) throw badRequest('documents.userUnknown', { id: id || '—' });
  const a = await loadActor(db, id, 'system');
  if (!a?.actor.can('documents:sign')) throw badRequest('documents.notLeader', { name: u.name, what });
}

/** The head of a department, or of the nearest parent that has one (行政部 → 综合部部长). */
export async function departmentHead(db: Db, departmentId: string): Promise<{ name: string; headUserId: string | null } | null> {
  const start = await db.selectFrom('department').select(['id', 'name', 'parent_id', 'head_user_id']).where('id', '=', departmentId).executeTakeFirst();
  if (!start) return null;
  let cur: typeof start | undefined = start;
  for (let i = 0; cur && i < 20; i++) {
    if (cur.head_user_id) return { name: start.name, headUserId: cur.head_user_id };
    cur = cur.parent_id ? await db.selectFrom('department').select(['id', 'name', 'parent_id', 'head_user_id']).where('id', '=', cur.parent_id).executeTakeFirst() : undefined;
  }
  return { name: start.name, headUserId: null };
}

export const parseIds = (json: string): string[] => {
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

export function checkDate(value: string, field: string, today: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw badRequest('documents.dateInvalid', { value });
  if (value > today) throw badRequest('documents.dateInFuture', { field, value });
}

/** Attachments must exist and be the actor's own uploads (so linking them cannot leak others' files). */
export async function assertOwnAttachments(db: Db, actorId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const own = await db.selectFrom('attachment').select('id').where('id', 'in', ids).where('created_by', '=', actorId).execute();
  for (const id of ids) if (!own.some((o) => o.id === id)) throw badRequest('documents.attachmentUnknown', { id });
}

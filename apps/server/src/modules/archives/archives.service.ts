/**
 * ARC-1 the archive catalog (档案目录) and ARC-2 the borrow/copy register. Holders of archives:read
 * see the whole catalog; other employees see the 普通 items (to find what to borrow) without the
 * scans, and only their own requests.
 */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import { linkAttachments } from '../../platform/attachments/attachments.service.js';
import type { Actor } from '../../platform/auth/actor.js';
import { changeWithAudit } from '../../platform/tx.js';
import type { ArchiveItemStatus } from './archives.table.js';
import type { Secrecy } from './archives.rules.js';
import { validDate } from './archives.hooks.js';

export interface ItemInput {
  number: string;
  title: string;
  category: string;
  year: number;
  retention: string;
  secrecy: Secrecy;
  cabinet: string;
  shelf: string;
  pages: number;
  scanAttachmentId?: string | null;
  notes?: string;
}

export interface ItemQuery {
  q?: string;
  category?: string;
  year?: number;
  secrecy?: Secrecy;
  status?: ArchiveItemStatus;
}

const itemOut = (r: Record<string, unknown> & { scan_attachment_id: string | null }, full: boolean) => ({
  id: r.id as string,
  number: r.number as string,
  title: r.title as string,
  category: r.category as string,
  year: Number(r.year),
  retention: r.retention as string,
  secrecy: r.secrecy as string,
  cabinet: r.cabinet as string,
  shelf: r.shelf as string,
  pages: Number(r.pages),
  scanAttachmentId: full ? r.scan_attachment_id : null,
  notes: full ? (r.notes as string) : '',
  status: r.status as ArchiveItemStatus,
  updatedAt: r.updated_at as string,
});

export async function listItems(s: Services, actor: Actor, q: ItemQuery) {
  const full = actor.can('archives:read');
  let sel = s.db.selectFrom('archive_item').selectAll();
  if (!full) sel = sel.where('secrecy', '=', '普通');
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    sel = sel.where((eb) => eb.or([eb('title', 'like', like), eb('number', 'like', like), eb('notes', 'like', like)]));
  }
  if (q.category) sel = sel.where('category', '=', q.category);
  if (q.year) sel = sel.where('year', '=', q.year);
  if (q.secrecy) sel = sel.where('secrecy', '=', q.secrecy);
  if (q.status) sel = sel.where('status', '=', q.status);
  const rows = await sel.orderBy('year', 'desc').orderBy('number').execute();
  return rows.map((r) => itemOut(r, full));
}

export async function getItem(s: Services, actor: Actor, id: string) {
  const r = await s.db.selectFrom('archive_item').selectAll().where('id', '=', id).executeTakeFirst();
  const full = actor.can('archives:read');
  if (!r || (!full && r.secrecy !== '普通')) throw notFound('archives.notFound');
  const loans = await borrowsQuery(s.db).where('archive_borrow.item_id', '=', id).orderBy('archive_borrow.created_at', 'desc').execute();
  return { ...itemOut(r, full), loans: full ? loans.map(borrowOut) : [] };
}

async function assertNumberFree(db: Db, number: string, exceptId?: string) {
  let q = db.selectFrom('archive_item').select('id').where('number', '=', number);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw conflict('archives.numberTaken', { number });
}

export async function createItem(s: Services, actor: Actor, input: ItemInput) {
  return changeWithAudit(s, actor, async (trx) => {
    await assertNumberFree(trx, input.number);
    const now = s.clock.now().toISOString();
    const id = newId();
    await trx.insertInto('archive_item').values({
      id, number: input.number, title: input.title, category: input.category, year: input.year, retention: input.retention, secrecy: input.secrecy,
      cabinet: input.cabinet, shelf: input.shelf, pages: input.pages, scan_attachment_id: input.scanAttachmentId ?? null, notes: input.notes ?? '',
      status: 'in', created_by: actor.id === 'system' ? null : actor.id, created_at: now, updated_at: now,
    }).execute();
    if (input.scanAttachmentId) await linkAttachments(trx, actor.id, [input.scanAttachmentId], 'archive_item', id);
    return { result: { id }, audit: { action: 'archives.item.create', entity: 'archive_item', entityId: id, data: input } };
  });
}

export async function updateItem(s: Services, actor: Actor, id: string, input: Partial<ItemInput> & { status?: 'in' | 'destroyed' }) {
  return changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('archive_item').select(['id', 'number', 'status']).where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('archives.notFound');
    if (input.number && input.number !== cur.number) await assertNumberFree(trx, input.number, id);
    if (input.status && cur.status === 'out') throw badRequest('archives.itemOnLoanEdit', { number: cur.number });
    const set: Record<string, unknown> = { updated_at: s.clock.now().toISOString() };
    const map: Record<string, string> = { number: 'number', title: 'title', category: 'category', year: 'year', retention: 'retention', secrecy: 'secrecy', cabinet: 'cabinet', shelf: 'shelf', pages: 'pages', scanAttachmentId: 'scan_attachment_id', notes: 'notes', status: 'status' };
    for (const [k, col] of Object.entries(map)) if ((input as Record<string, unknown>)[k] !== undefined) set[col] = (input as Record<string, unknown>)[k];
    await trx.updateTable('archive_item').set(set).where('id', '=', id).execute();
    if (input.scanAttachmentId) await linkAttachments(trx, actor.id, [input.scanAttachmentId], 'archive_item', id);
    return { result: { id }, audit: { action: 'archives.item.update', entity: 'archive_item', entityId: id, data: input } };
  });
}

function borrowsQuery(db: Db) {
  return db
    .selectFrom('archive_borrow')
    .innerJoin('archive_item', 'archive_item.id', 'archive_borrow.item_id')
    .innerJoin('app_user as u', 'u.id', 'archive_borrow.borrower_id')
    .leftJoin('department as d', 'd.id', 'archive_borrow.department_id')
    .leftJoin('app_user as k', 'k.id', 'archive_borrow.lent_by')
    .select([
      'archive_borrow.id', 'archive_borrow.instance_id', 'archive_borrow.item_id', 'archive_borrow.borrower_id', 'archive_borrow.kind', 'archive_borrow.purpose',
      'archive_borrow.secrecy', 'archive_borrow.copies', 'archive_borrow.copies_made', 'archive_borrow.due_on', 'archive_borrow.lent_at', 'archive_borrow.returned_at',
      'archive_borrow.return_condition', 'archive_borrow.pages_complete', 'archive_borrow.status', 'archive_borrow.created_at', 'archive_item.number', 'archive_item.title',
      'u.name as borrower_name', 'd.name as department_name', 'k.name as keeper_name',
    ]);
}

type BorrowRow = Awaited<ReturnType<ReturnType<typeof borrowsQuery>['execute']>>[number];

const borrowOut = (r: BorrowRow) => ({
  id: r.id, instanceId: r.instance_id, itemId: r.item_id, number: r.number, title: r.title, borrowerId: r.borrower_id, borrowerName: r.borrower_name,
  departmentName: r.department_name, kind: r.kind, purpose: r.purpose, secrecy: r.secrecy, copies: Number(r.copies), copiesMade: r.copies_made === null ? null : Number(r.copies_made),
  dueOn: r.due_on, lentAt: r.lent_at, keeperName: r.keeper_name, returnedAt: r.returned_at, returnCondition: r.return_condition,
  pagesComplete: r.pages_complete === null ? null : Number(r.pages_complete) === 1, status: r.status, createdAt: r.created_at,
});

/** The UTC instant a Beijing day starts; refuses a date that does not exist (2026-02-30). */
function dayStartIso(day: string, field: string): string {
  if (!validDate(day)) throw badRequest('archives.invalidDate', { field, value: day });
  return new Date(`${day}T00:00:00+08:00`).toISOString();
}

export interface BorrowQuery {
  status?: string;
  kind?: 'borrow' | 'copy';
  overdue?: 'true' | 'false';
  from?: string;
  to?: string;
}

export async function listBorrows(s: Services, actor: Actor, q: BorrowQuery, today: string) {
  let sel = borrowsQuery(s.db);
  if (!actor.can('archives:read')) sel = sel.where('archive_borrow.borrower_id', '=', actor.id);
  if (q.status) sel = sel.where('archive_borrow.status', '=', q.status as never);
  if (q.kind) sel = sel.where('archive_borrow.kind', '=', q.kind);
  if (q.overdue === 'true') sel = sel.where('archive_borrow.status', '=', 'lent').where('archive_borrow.due_on', '<', today);
  if (q.from) sel = sel.where('archive_borrow.created_at', '>=', dayStartIso(q.from, '开始日期'));
  if (q.to) sel = sel.where('archive_borrow.created_at', '<', new Date(Date.parse(dayStartIso(q.to, '结束日期')) + 86_400_000).toISOString());
  const rows = await sel.orderBy('archive_borrow.created_at', 'desc').execute();
  return rows.map((r) => ({ ...borrowOut(r), overdue: r.status === 'lent' && r.due_on !== null && r.due_on < today }));
}

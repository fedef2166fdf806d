/** DOC-3 函件/通知登记: letters and notices received and sent (信函收发、传递), a simple register. */
import type { Services } from '../../app.types.js';
import { badRequest } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import type { Actor } from '../../platform/auth/actor.js';
import { linkAttachments } from '../../platform/attachments/attachments.service.js';
import { changeWithAudit } from '../../platform/tx.js';
import { assertOwnAttachments, checkDate, parseIds, userNames } from './documents.core.js';
import { beijingDate } from '../../platform/calendar/beijing.js';

export const LETTER_DIRECTIONS: Record<string, string> = { in: '收', out: '发' };
export const LETTER_KINDS: Record<string, string> = { letter: '函件', notice: '通知' };

export interface LetterInput {
  direction: 'in' | 'out';
  kind: 'letter' | 'notice';
  number?: string;
  title: string;
  counterpart: string;
  date: string;
  handlerId?: string | null;
  attachmentIds?: string[];
  note?: string;
}

export async function createLetter(s: Services, actor: Actor, input: LetterInput) {
  checkDate(input.date, input.direction === 'in' ? '收到日期' : '发出日期', beijingDate(s.clock.now()));
  if (input.handlerId) {
    const u = await s.db.selectFrom('app_user').select('id').where('id', '=', input.handlerId).where('active', '=', 1).executeTakeFirst();
    if (!u) throw badRequest('documents.userUnknown', { id: input.handlerId });
  }
  const attachments = [...new Set(input.attachmentIds ?? [])];
  await assertOwnAttachments(s.db, actor.id, attachments);
  return changeWithAudit(s, actor, async (trx) => {
    const id = newId();
    await trx
      .insertInto('doc_letter')
      .values({
        id, direction: input.direction, kind: input.kind, number: input.number?.trim() ?? '', title: input.title.trim(), counterpart: input.counterpart.trim(), date: input.date,
        handler_id: input.handlerId ?? null, attachment_ids: JSON.stringify(attachments), note: input.note?.trim() ?? '', created_by: actor.id, created_at: s.clock.now().toISOString(),
      })
      .execute();
    await linkAttachments(trx, actor.id, attachments, 'doc_letter', id);
    return { result: { id }, audit: { action: 'documents.letter.create', entity: 'doc_letter', entityId: id, data: { title: input.title, direction: input.direction } } };
  });
}

export interface LetterFilter {
  direction?: 'in' | 'out';
  kind?: 'letter' | 'notice';
  from?: string;
  to?: string;
  q?: string;
}

export async function listLetters(s: Services, f: LetterFilter) {
  let q = s.db.selectFrom('doc_letter').selectAll().orderBy('date', 'desc').orderBy('created_at', 'desc').orderBy('id', 'desc');
  if (f.direction) q = q.where('direction', '=', f.direction);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.from) q = q.where('date', '>=', f.from);
  if (f.to) q = q.where('date', '<=', f.to);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) => eb.or([eb('title', 'like', like), eb('counterpart', 'like', like), eb('number', 'like', like)]));
  }
  const rows = await q.limit(2000).execute();
  const names = await userNames(s.db, rows.map((r) => r.handler_id));
  return rows.map((r) => ({
    id: r.id, direction: r.direction, directionLabel: LETTER_DIRECTIONS[r.direction] ?? r.direction, kind: r.kind, kindLabel: LETTER_KINDS[r.kind] ?? r.kind,
    number: r.number, title: r.title, counterpart: r.counterpart, date: r.date, handlerId: r.handler_id, handler: names.get(r.handler_id ?? '') ?? '',
    attachmentIds: parseIds(r.attachment_ids), note: r.note,
  }));
}

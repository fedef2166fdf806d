/**
 * attachments are stored in the database (bytea / blob), so every server process on a shared
 * PostgreSQL serves every file and backups include them. Each gets a random id; the user's file
 * name is kept only as display text.
 */
import { createHash } from 'node:crypto';
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { AppError, forbidden, notFound } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import type { Actor } from '../auth/actor.js';
import { changeWithAudit } from '../tx.js';
import { ALLOWED_DESCRIPTION, safeFilename, sniff } from './sniff.js';

export async function storeAttachment(s: Services, actor: Actor, input: { filename: string; content: Buffer }) {
  const kind = sniff(input.content);
  if (!kind) throw new AppError(415, 'attachment.typeNotAllowed', { allowed: ALLOWED_DESCRIPTION });
  const row = {
    id: newId(),
    filename: safeFilename(input.filename),
    mime_type: kind.mime,
    size: input.content.length,
    sha256: createHash('sha256').update(input.content).digest('hex'),
    content: input.content,
    created_by: actor.id,
    created_at: s.clock.now().toISOString(),
  };
  await changeWithAudit(s, actor, async (trx) => {
    await trx.insertInto('attachment').values(row).execute();
    return { result: undefined, audit: { action: 'attachment.upload', entity: 'attachment', entityId: row.id, data: { filename: row.filename, size: row.size, mime: row.mime_type, sha256: row.sha256 } } };
  });
  return present(row);
}

function present(r: { id: string; filename: string; mime_type: string; size: number; sha256: string; created_at: string; created_by: string }) {
  return { id: r.id, filename: r.filename, mimeType: r.mime_type, size: Number(r.size), sha256: r.sha256, createdAt: r.created_at, createdBy: r.created_by };
}

export type AttachmentAccess = (s: Services, actor: Actor, entityId: string) => Promise<boolean>;
const access = new Map<string, AttachmentAccess>();

/** A record type that references attachments says who may see them: whoever may see the record. */
export function registerAttachmentAccess(entity: string, canView: AttachmentAccess): void {
  access.set(entity, canView);
}

/** Records that `attachmentIds` belong to (only files the actor uploaded himself can be linked). */
export async function linkAttachments(trx: Db, actorId: string | null, ids: string[], entity: string, entityId: string): Promise<void> {
  if (!actorId || ids.length === 0) return;
  const own = await trx.selectFrom('attachment').select('id').where('id', 'in', [...new Set(ids)]).where('created_by', '=', actorId).execute();
  if (own.length === 0) return;
  await trx
    .insertInto('attachment_link')
    .values(own.map((a) => ({ attachment_id: a.id, entity, entity_id: entityId })))
    .onConflict((oc) => oc.columns(['attachment_id', 'entity', 'entity_id']).doNothing())
    .execute();
}

/**
 * The uploader may always read his file, and so may `attachment:read_all`; anyone else may when
 * the file is linked to a record he may see (a process instance he takes part in, say).
 */
async function assertCanRead(s: Services, actor: Actor, id: string, createdBy: string): Promise<void> {
  if (createdBy === actor.id || actor.can('attachment:read_all')) return;
  const links = await s.db.selectFrom('attachment_link').select(['entity', 'entity_id']).where('attachment_id', '=', id).execute();
  for (const l of links) {
    const can = access.get(l.entity);
    if (can && (await can(s, actor, l.entity_id))) return;
  }
  throw forbidden();
}

export async function attachmentMeta(s: Services, actor: Actor, id: string) {
  const r = await s.db.selectFrom('attachment').select(['id', 'filename', 'mime_type', 'size', 'sha256', 'created_at', 'created_by']).where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('attachment.notFound');
  await assertCanRead(s, actor, r.id, r.created_by);
  return present(r);
}

export async function loadAttachment(s: Services, actor: Actor, id: string) {
  const r = await s.db.selectFrom('attachment').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('attachment.notFound');
  await assertCanRead(s, actor, r.id, r.created_by);
  return { meta: present(r), content: Buffer.from(r.content) };
}

/**
 * attachments are stored in the database (bytea / blob), so every server process on a shared
 * PostgreSQL serves every file and backups include them. Each gets a random id; the user's file
 * name is kept only as display text.
 */
import { createHash } from 'node:crypto';
import type { Services } from '../../app.types.js';
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

/**
 * The uploader may always read his file; others need `attachment:read_all`. Modules that link
 * attachments to their records widen this through their own checks before calling `loadAttachment`.
 */
function assertCanRead(actor: Actor, createdBy: string): void {
  if (createdBy !== actor.id && !actor.can('attachment:read_all')) throw forbidden();
}

export async function attachmentMeta(s: Services, actor: Actor, id: string) {
  const r = await s.db.selectFrom('attachment').select(['id', 'filename', 'mime_type', 'size', 'sha256', 'created_at', 'created_by']).where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('attachment.notFound');
  assertCanRead(actor, r.created_by);
  return present(r);
}

export async function loadAttachment(s: Services, actor: Actor, id: string) {
  const r = await s.db.selectFrom('attachment').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('attachment.notFound');
  assertCanRead(actor, r.created_by);
  return { meta: present(r), content: Buffer.from(r.content) };
}

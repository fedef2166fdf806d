/** Frozen once landed. Links attachments to the records that reference them (X-6 access). */
import type { AnyDb } from '../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('attachment_link')
    .addColumn('attachment_id', 'text', (c) => c.notNull().references('attachment.id'))
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('attachment_link_pk', ['attachment_id', 'entity', 'entity_id'])
    .execute();
}

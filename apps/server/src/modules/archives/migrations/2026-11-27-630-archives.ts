/** ARC-1 archive catalog and ARC-2 borrow/copy requests. Frozen once landed: add a new migration instead. */
import type { AnyDb } from '../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('archive_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('retention', 'text', (c) => c.notNull())
    .addColumn('secrecy', 'text', (c) => c.notNull())
    .addColumn('cabinet', 'text', (c) => c.notNull())
    .addColumn('shelf', 'text', (c) => c.notNull())
    .addColumn('pages', 'integer', (c) => c.notNull())
    .addColumn('scan_attachment_id', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('archive_item_year_idx').on('archive_item').columns(['year', 'category']).execute();

  await db.schema
    .createTable('archive_borrow')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().unique())
    .addColumn('item_id', 'text', (c) => c.notNull().references('archive_item.id'))
    .addColumn('borrower_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('department_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('secrecy', 'text', (c) => c.notNull())
    .addColumn('copies', 'integer', (c) => c.notNull())
    .addColumn('copies_made', 'integer')
    .addColumn('due_on', 'text')
    .addColumn('lent_at', 'text')
    .addColumn('lent_by', 'text')
    .addColumn('returned_at', 'text')
    .addColumn('return_condition', 'text')
    .addColumn('pages_complete', 'integer')
    .addColumn('last_reminded_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('archive_borrow_item_idx').on('archive_borrow').columns(['item_id', 'status']).execute();
  await db.schema.createIndex('archive_borrow_borrower_idx').on('archive_borrow').columns(['borrower_id', 'created_at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('archive_borrow').execute();
  await db.schema.dropTable('archive_item').execute();
}

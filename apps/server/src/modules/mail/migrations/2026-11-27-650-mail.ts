/** MAIL-1 send requests and dispatch records. Frozen once landed: add a new migration instead. */
import { type AnyDb, bigIntType } from '../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('mail_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sender_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('department_id', 'text')
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contents', 'text', (c) => c.notNull())
    .addColumn('personal', 'integer', (c) => c.notNull())
    .addColumn('courier', 'text')
    .addColumn('tracking_no', 'text')
    .addColumn('weight_g', 'integer')
    .addColumn('cost_fen', bigIntType(db))
    .addColumn('sent_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mail_item_sent_idx').on('mail_item').columns(['sent_on', 'department_id']).execute();
  await db.schema.createIndex('mail_item_sender_idx').on('mail_item').columns(['sender_id', 'created_at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('mail_item').execute();
}

/** SEAL-1 seal register and SEAL-2 use requests / use log. Frozen once landed: add a new migration instead. */
import type { AnyDb } from '../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('seal')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('keeper_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('seal_use')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().unique())
    .addColumn('seal_id', 'text', (c) => c.notNull().references('seal.id'))
    .addColumn('requester_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('department_id', 'text')
    .addColumn('doc_kind', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('copies', 'integer', (c) => c.notNull())
    .addColumn('take_out', 'integer', (c) => c.notNull())
    .addColumn('return_by', 'text')
    .addColumn('needs_gm', 'integer', (c) => c.notNull())
    .addColumn('approvers', 'text')
    .addColumn('used_at', 'text')
    .addColumn('used_by', 'text')
    .addColumn('returned_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('seal_use_seal_idx').on('seal_use').columns(['seal_id', 'used_at']).execute();
  await db.schema.createIndex('seal_use_requester_idx').on('seal_use').columns(['requester_id', 'created_at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('seal_use').execute();
  await db.schema.dropTable('seal').execute();
}

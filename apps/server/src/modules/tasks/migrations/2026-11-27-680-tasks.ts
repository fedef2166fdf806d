/** TASK-1: assigned work (领导交办/督办) and its progress reports. Frozen once landed. */
import type { AnyDb } from '../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('assigned_task')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('assigner_id', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('assigned'))
    .addColumn('percent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_kind', 'text')
    .addColumn('source_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('assigned_task_owner_idx').on('assigned_task').columns(['owner_id', 'status']).execute();
  await db.schema.createIndex('assigned_task_assigner_idx').on('assigned_task').columns(['assigner_id', 'status']).execute();
  await db.schema.createIndex('assigned_task_source_idx').on('assigned_task').columns(['source_kind', 'source_id']).execute();

  await db.schema
    .createTable('assigned_task_progress')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('assigned_task.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer', (c) => c.notNull())
    .addColumn('attachment_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.createIndex('assigned_task_progress_task_idx').on('assigned_task_progress').columns(['task_id', 'at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('assigned_task_progress').execute();
  await db.schema.dropTable('assigned_task').execute();
}

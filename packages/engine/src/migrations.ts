/**
 * The engine's schema as a Kysely migration; the server adds it to its one migration list.
 * Frozen once landed.
 */
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('process_definition')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addUniqueConstraint('process_definition_key_version', ['key', 'version'])
    .execute();

  await db.schema
    .createTable('process_instance')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('definition_id', 'text', (c) => c.notNull().references('process_definition.id'))
    .addColumn('process_key', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('initiator_id', 'text', (c) => c.notNull())
    .addColumn('initiator_department_id', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('current_steps', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('end_reason', 'text')
    .addColumn('last_urged_at', 'text')
    .execute();
  await db.schema.createIndex('process_instance_initiator_idx').on('process_instance').columns(['initiator_id', 'started_at']).execute();
  await db.schema.createIndex('process_instance_key_idx').on('process_instance').columns(['process_key', 'status']).execute();

  await db.schema
    .createTable('process_task')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().references('process_instance.id'))
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('step_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('activation_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text')
    .addColumn('acting_for_id', 'text')
    .addColumn('outcome', 'text')
    .addColumn('comment', 'text')
    .addColumn('blocks_task_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text')
    .addColumn('overdue', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('completed_at', 'text')
    .addColumn('completed_by', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('process_task_instance_idx').on('process_task').columns(['instance_id', 'status']).execute();
  await db.schema.createIndex('process_task_assignee_idx').on('process_task').columns(['assignee_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('process_task_done_idx').on('process_task').columns(['completed_by', 'completed_at']).execute();
  await db.schema.createIndex('process_task_due_idx').on('process_task').columns(['status', 'overdue', 'due_at']).execute();

  await db.schema
    .createTable('process_task_candidate')
    .addColumn('task_id', 'text', (c) => c.notNull().references('process_task.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('process_task_candidate_pk', ['user_id', 'task_id'])
    .execute();
  await db.schema.createIndex('process_task_candidate_task_idx').on('process_task_candidate').column('task_id').execute();

  await db.schema
    .createTable('process_timer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('instance_id', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text')
    .addColumn('step_id', 'text')
    .addColumn('activation_id', 'text')
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('claim_token', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('process_timer_due_idx').on('process_timer').columns(['status', 'due_at']).execute();

  await db.schema
    .createTable('process_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().references('process_instance.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('acting_for_id', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('step_id', 'text')
    .addColumn('task_id', 'text')
    .addColumn('comment', 'text')
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('process_event_instance_idx').on('process_event').columns(['instance_id', 'at']).execute();
}

export const engineMigrations: Record<string, Migration> = {
  '2026-11-27-100-engine': { up },
};

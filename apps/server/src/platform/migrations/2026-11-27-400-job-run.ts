/**
 * Scheduled jobs (platform/jobs): one row per job and slot, inserted by the process that runs it.
 * The primary key makes every slot run once across all server processes. Frozen once landed.
 */
import type { AnyDb } from '../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('job_run')
    .addColumn('job', 'text', (c) => c.notNull())
    .addColumn('slot', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('error', 'text')
    .addPrimaryKeyConstraint('job_run_pk', ['job', 'slot'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('job_run').execute();
}

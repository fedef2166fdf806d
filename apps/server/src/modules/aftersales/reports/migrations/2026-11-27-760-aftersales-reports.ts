/**
 * ASV-9 派工单完成情况调查表 (one per Beijing workday, one line per job dispatched that day) and the
 * ASV-8/15 managers' monthly report snapshots. Frozen once landed: add a new migration instead.
 */
import { type AnyDb } from '../../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('aftersales_daily_survey')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('date', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('aftersales_daily_survey_line')
    .addColumn('survey_id', 'text', (c) => c.notNull().references('aftersales_daily_survey.id').onDelete('cascade'))
    .addColumn('job_id', 'text', (c) => c.notNull().references('aftersales_job.id'))
    .addColumn('status_at_check', 'text', (c) => c.notNull())
    .addColumn('reason_at_check', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('finished', 'integer')
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('told_customer', 'integer')
    .addColumn('plan_at', 'text')
    .addColumn('plan_technician_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('aftersales_daily_survey_line_pk', ['survey_id', 'job_id'])
    .execute();
  await db.schema
    .createTable('aftersales_month_report')
    .addColumn('month', 'text', (c) => c.primaryKey())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('built_at', 'text', (c) => c.notNull())
    .execute();
}

/**
 * ASV-1…ASV-9: the job mirror (派工单) and technicians' skills. Frozen once landed: add a new
 * migration instead.
 */
import { type AnyDb, bigIntType } from '../../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('aftersales_job')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().unique())
    .addColumn('job_no', 'text', (c) => c.notNull().unique())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('aftersales_customer.id'))
    .addColumn('equipment_id', 'text')
    .addColumn('clerk_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('technician_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('engineer_called', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('engineer_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('skill', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('job_type', 'text', (c) => c.notNull().defaultTo('repair'))
    .addColumn('warranty_state', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('appointment_at', 'text')
    .addColumn('fee_fen', bigIntType(db), (c) => c.notNull().defaultTo(0))
    .addColumn('receipt_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('fee_verdict', 'text')
    .addColumn('fee_diff_fen', bigIntType(db))
    .addColumn('collected_at', 'text')
    .addColumn('cash_due_on', 'text')
    .addColumn('cash_late_from', 'text')
    .addColumn('handed_to_finance_at', 'text')
    .addColumn('penalty_posted_at', 'text')
    .addColumn('unfinished_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('completed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('aftersales_job_status_idx').on('aftersales_job').columns(['status', 'technician_id']).execute();

  await db.schema
    .createTable('technician_skill')
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('skill', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('technician_skill_pk', ['user_id', 'skill'])
    .execute();
}

/**
 * ASV-14: technicians' confirmations of their month's commission and the recorded corrections
 * (who changed which line, to what, and why). Frozen once landed: add a new migration instead.
 */
import { type AnyDb, bigIntType } from '../../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('aftersales_commission_correction')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('job_id', 'text', (c) => c.notNull().references('aftersales_job.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('amount_fen', bigIntType(db), (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('by_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('aftersales_commission_correction_month').on('aftersales_commission_correction').columns(['month', 'job_id']).execute();
  await db.schema
    .createTable('aftersales_commission_confirm')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('total_fen', bigIntType(db), (c) => c.notNull())
    .addColumn('confirmed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('aftersales_commission_confirm_pk', ['month', 'user_id'])
    .execute();
}

/**
 * ASV-7/8/9 reports on 派工单: when a job was dispatched (派工) and finished on site, the callback's
 * satisfaction as a column (the charts aggregate it in SQL), the clerk's urges (催缴) of the cash,
 * and the indexes the report aggregates range over. Frozen once landed: add a new migration instead.
 */
import { type AnyDb } from '../../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('aftersales_job').addColumn('dispatched_at', 'text').execute();
  await db.schema.alterTable('aftersales_job').addColumn('finished_at', 'text').execute();
  await db.schema.alterTable('aftersales_job').addColumn('satisfaction', 'text').execute();
  // Jobs from before this migration: dispatched when they got a technician (best known: intake),
  // finished when they left 上门服务 (best known: their last update, or the close).
  await db.updateTable('aftersales_job').set((eb) => ({ dispatched_at: eb.ref('created_at') })).where('technician_id', 'is not', null).execute();
  await db.updateTable('aftersales_job').set((eb) => ({ finished_at: eb.ref('updated_at') }))
    .where('status', 'in', ['feeCalc', 'feeCheck', 'cash', 'callback', 'closed']).execute();
  const closed = (await db.selectFrom('aftersales_job as j').innerJoin('process_instance as i', 'i.id', 'j.instance_id')
    .select(['j.id as id', 'i.data as data']).where('j.status', '=', 'closed').execute()) as { id: string; data: string }[];
  for (const r of closed) {
    let sat: unknown = null;
    try { sat = (JSON.parse(r.data) as Record<string, unknown>).satisfaction; } catch { sat = null; }
    if (typeof sat === 'string' && sat !== '') await db.updateTable('aftersales_job').set({ satisfaction: sat }).where('id', '=', r.id).execute();
  }
  await db.schema.createIndex('aftersales_job_created_idx').on('aftersales_job').column('created_at').execute();
  await db.schema.createIndex('aftersales_job_dispatched_idx').on('aftersales_job').column('dispatched_at').execute();
  await db.schema.createIndex('aftersales_job_collected_idx').on('aftersales_job').column('collected_at').execute();
  await db.schema.createIndex('aftersales_job_completed_idx').on('aftersales_job').column('completed_at').execute();
  await db.schema.createIndex('aftersales_job_late_idx').on('aftersales_job').column('cash_late_from').execute();

  await db.schema
    .createTable('aftersales_job_urge')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job_id', 'text', (c) => c.notNull().references('aftersales_job.id'))
    .addColumn('clerk_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('urged_at', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('aftersales_job_urge_job_idx').on('aftersales_job_urge').columns(['job_id', 'urged_at']).execute();
}

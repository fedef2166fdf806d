/**
 * ASV-12/13/15 after-sales care: 维保协议 details and their visits, 回访任务 from reminders, and
 * 二次销售业务记录. Frozen once landed: add a new migration instead.
 *
 * No foreign keys to the customer base (customers, equipment, contracts): the customers part may
 * delete those records, which must not fail on a care row; the care reads join them and leave out
 * what is gone.
 */
import { type AnyDb, bigIntType } from '../../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('aftersales_care_contract')
    .addColumn('contract_id', 'text', (c) => c.primaryKey())
    .addColumn('equipment_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('interval_months', 'integer', (c) => c.notNull())
    .addColumn('visits_per_year', 'integer')
    .addColumn('salesperson_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('technician_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('clerk_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('commission_mode', 'text', (c) => c.notNull().defaultTo('default'))
    .addColumn('commission_value', bigIntType(db), (c) => c.notNull().defaultTo(0))
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('terminated_on', 'text')
    .addColumn('terminate_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('aftersales_care_visit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('aftersales_care_contract.contract_id'))
    .addColumn('visit_on', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('planned'))
    .addColumn('job_id', 'text', (c) => c.references('aftersales_job.id'))
    .addColumn('instance_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('aftersales_care_visit_once', ['contract_id', 'visit_on'])
    .execute();
  await db.schema.createIndex('aftersales_care_visit_due').on('aftersales_care_visit').columns(['status', 'visit_on']).execute();

  await db.schema
    .createTable('aftersales_care_task')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('equipment_id', 'text', (c) => c.notNull())
    .addColumn('part_id', 'text')
    .addColumn('part_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('outcome', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('aftersales_care_task_once', ['reason', 'equipment_id', 'part_key', 'period'])
    .execute();
  await db.schema.createIndex('aftersales_care_task_open').on('aftersales_care_task').columns(['status', 'assignee_id']).execute();

  await db.schema
    .createTable('aftersales_care_sale')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sold_on', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('equipment_id', 'text')
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('amount_fen', bigIntType(db), (c) => c.notNull())
    .addColumn('salesperson_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text')
    .addColumn('job_id', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('aftersales_care_sale_month').on('aftersales_care_sale').columns(['sold_on', 'salesperson_id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of ['aftersales_care_sale', 'aftersales_care_task', 'aftersales_care_visit', 'aftersales_care_contract']) await db.schema.dropTable(t).execute();
}

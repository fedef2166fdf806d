/**
 * ASV-4/10/11: the after-sales stock — catalog with whole sets, warehouse quantities, technicians'
 * small stocks (小库), movements, part loans (借件登记) and installation goods out (安装出库).
 * Frozen once landed: add a new migration instead of editing this one.
 */
import { type AnyDb, bigIntType } from '../../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('aftersales_stock_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo('个'))
    .addColumn('is_install_goods', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_set', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unit_cost_fen', bigIntType(db), (c) => c.notNull().defaultTo(0))
    .addColumn('quantity', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('small_min', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('aftersales_stock_set_line')
    .addColumn('set_id', 'text', (c) => c.notNull().references('aftersales_stock_item.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('aftersales_stock_item.id'))
    .addColumn('qty', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('aftersales_stock_set_line_pk', ['set_id', 'item_id'])
    .execute();

  await db.schema
    .createTable('aftersales_small_stock')
    .addColumn('technician_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('aftersales_stock_item.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('aftersales_small_stock_pk', ['technician_id', 'item_id'])
    .execute();

  await db.schema
    .createTable('aftersales_part_loan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('loan_no', 'text', (c) => c.notNull().unique())
    .addColumn('job_id', 'text', (c) => c.references('aftersales_job.id'))
    .addColumn('technician_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('aftersales_stock_item.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('requested_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('recorded_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('recorded_at', 'text')
    .addColumn('issued_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('issued_at', 'text')
    .addColumn('borrowed_on', 'text')
    .addColumn('reconciled_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('reconciled_on', 'text')
    .addColumn('reminded_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('aftersales_part_loan_job_idx').on('aftersales_part_loan').column('job_id').execute();
  await db.schema.createIndex('aftersales_part_loan_tech_idx').on('aftersales_part_loan').columns(['technician_id', 'status']).execute();

  await db.schema
    .createTable('aftersales_install_out')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().unique())
    .addColumn('out_no', 'text', (c) => c.notNull().unique())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('aftersales_customer.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull().references('aftersales_contract.id'))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('lines_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('requested_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('confirmed_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('confirmed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('aftersales_install_out_line')
    .addColumn('out_id', 'text', (c) => c.notNull().references('aftersales_install_out.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('aftersales_stock_item.id'))
    .addColumn('qty', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('aftersales_install_out_line_pk', ['out_id', 'item_id'])
    .execute();

  await db.schema
    .createTable('aftersales_stock_movement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('aftersales_stock_item.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull())
    .addColumn('balance', 'integer', (c) => c.notNull())
    .addColumn('technician_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('small_delta', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('small_balance', 'integer')
    .addColumn('job_id', 'text', (c) => c.references('aftersales_job.id'))
    .addColumn('loan_id', 'text', (c) => c.references('aftersales_part_loan.id'))
    .addColumn('install_out_id', 'text', (c) => c.references('aftersales_install_out.id'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('aftersales_stock_movement_item_idx').on('aftersales_stock_movement').columns(['item_id', 'occurred_at']).execute();
  await db.schema.createIndex('aftersales_stock_movement_job_idx').on('aftersales_stock_movement').column('job_id').execute();
}

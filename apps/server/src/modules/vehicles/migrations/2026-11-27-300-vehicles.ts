/**
 * VEH-1/12/13/14: the vehicle register (附表12), designated drivers, the key log and the vehicle
 * file (车辆档案). Frozen once landed: add a new migration instead of editing this one.
 */
import { type AnyDb, bigIntType } from '../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('vehicle')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Stored normalized (normalizePlate: upper case, no spaces or dots), so unique means unique.
    .addColumn('plate', 'text', (c) => c.notNull().unique())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('seats', 'integer')
    .addColumn('load_kg', 'integer')
    .addColumn('purchase_date', 'text')
    .addColumn('insurer', 'text')
    .addColumn('policy_no', 'text')
    .addColumn('insurance_expiry', 'text')
    .addColumn('inspection_due', 'text')
    .addColumn('fuel_card_no', 'text')
    .addColumn('fuel_card_balance_fen', bigIntType(db), (c) => c.notNull().defaultTo(0))
    .addColumn('city_pass_expiry', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('in_service'))
    .addColumn('usual_driver_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('vehicle_driver')
    .addColumn('vehicle_id', 'text', (c) => c.notNull().references('vehicle.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addPrimaryKeyConstraint('vehicle_driver_pk', ['vehicle_id', 'user_id'])
    .execute();
  await db.schema.createIndex('vehicle_driver_user_idx').on('vehicle_driver').column('user_id').execute();

  await db.schema
    .createTable('vehicle_key_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vehicle_id', 'text', (c) => c.notNull().references('vehicle.id').onDelete('cascade'))
    .addColumn('holder_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('handed_out_at', 'text', (c) => c.notNull())
    .addColumn('handed_out_by', 'text', (c) => c.notNull())
    .addColumn('returned_at', 'text')
    .addColumn('received_by', 'text')
    .execute();
  await db.schema.createIndex('vehicle_key_log_vehicle_idx').on('vehicle_key_log').columns(['vehicle_id', 'handed_out_at']).execute();
  await db.schema.createIndex('vehicle_key_log_returned_idx').on('vehicle_key_log').column('returned_at').execute();

  await db.schema
    .createTable('vehicle_file_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vehicle_id', 'text', (c) => c.notNull().references('vehicle.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('attachment_id', 'text')
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('vehicle_file_entry_vehicle_idx').on('vehicle_file_entry').columns(['vehicle_id', 'at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of ['vehicle_file_entry', 'vehicle_key_log', 'vehicle_driver', 'vehicle']) await db.schema.dropTable(t).execute();
}

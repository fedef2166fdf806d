/** VEH-9 附表13 private vehicle registrations and 附表14 their business uses. Frozen once landed. */
import { type AnyDb, bigIntType } from '../../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('private_vehicle')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('plate', 'text', (c) => c.notNull())
    .addColumn('vehicle_type', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('licence_no', 'text', (c) => c.notNull())
    .addColumn('insurance_expiry', 'text')
    .addColumn('registered_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('review_note', 'text')
    .addColumn('withdrawn_on', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('private_vehicle_plate_idx').on('private_vehicle').column('plate').execute();
  await db.schema.createIndex('private_vehicle_owner_idx').on('private_vehicle').column('owner_id').execute();
  await db.schema
    .createTable('private_vehicle_use')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('use_date', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('private_vehicle_id', 'text', (c) => c.notNull().references('private_vehicle.id'))
    .addColumn('from_place', 'text', (c) => c.notNull())
    .addColumn('to_place', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('distance_m', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('subsidy_fen', bigIntType(db))
    .addColumn('subsidy_rule', 'text')
    .addColumn('approved_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('approved_at', 'text')
    .addColumn('review_note', 'text')
    .addColumn('ledger_entry_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('private_vehicle_use_date_idx').on('private_vehicle_use').columns(['use_date', 'user_id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('private_vehicle_use').execute();
  await db.schema.dropTable('private_vehicle').execute();
}

/**
 * VEH-2…7, 11, 14, 21: car requests (派车申请), trips (附表10 + 附表11 行车记录) and fuelings
 * (附表11 加油信息). Frozen once landed: add a new migration instead of editing this one.
 */
import { type AnyDb, bigIntType } from '../../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('vehicle_request')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.unique())
    .addColumn('requester_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('department_id', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('purpose_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cargo_kind', 'text', (c) => c.notNull())
    .addColumn('passengers', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('goods_desc', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('start_at', 'text', (c) => c.notNull())
    .addColumn('end_at', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('destination', 'text', (c) => c.notNull())
    .addColumn('destination_area', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('route', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('distance_km', 'double precision')
    .addColumn('bearing_deg', 'double precision')
    .addColumn('dest_lat', 'double precision')
    .addColumn('dest_lng', 'double precision')
    .addColumn('needs_gm', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('gm_reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('advice', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('backfill', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('paperwork_done', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('vehicle_id', 'text', (c) => c.references('vehicle.id'))
    .addColumn('driver_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('trip_id', 'text')
    .addColumn('carpool_group', 'text')
    .addColumn('dispatched_at', 'text')
    .addColumn('dispatched_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vehicle_request_status_idx').on('vehicle_request').columns(['status', 'start_at']).execute();
  await db.schema.createIndex('vehicle_request_requester_idx').on('vehicle_request').columns(['requester_id', 'created_at']).execute();
  await db.schema.createIndex('vehicle_request_trip_idx').on('vehicle_request').column('trip_id').execute();

  await db.schema
    .createTable('vehicle_trip')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vehicle_id', 'text', (c) => c.notNull().references('vehicle.id'))
    .addColumn('driver_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('department_id', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('route', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('destination', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('planned_start', 'text', (c) => c.notNull())
    .addColumn('planned_end', 'text', (c) => c.notNull())
    .addColumn('departed_at', 'text')
    .addColumn('returned_at', 'text')
    .addColumn('odometer_start_km', 'double precision')
    .addColumn('odometer_end_km', 'double precision')
    .addColumn('distance_km', 'double precision')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('backfill', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('carpool_group', 'text')
    .addColumn('passengers', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('key_log_id', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vehicle_trip_vehicle_idx').on('vehicle_trip').columns(['vehicle_id', 'planned_start']).execute();
  await db.schema.createIndex('vehicle_trip_driver_idx').on('vehicle_trip').columns(['driver_id', 'planned_start']).execute();
  await db.schema.createIndex('vehicle_trip_departed_idx').on('vehicle_trip').column('departed_at').execute();

  await db.schema
    .createTable('vehicle_fuel')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vehicle_id', 'text', (c) => c.notNull().references('vehicle.id'))
    .addColumn('trip_id', 'text')
    .addColumn('driver_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('fueled_at', 'text', (c) => c.notNull())
    .addColumn('liters', 'double precision', (c) => c.notNull())
    .addColumn('amount_fen', bigIntType(db), (c) => c.notNull())
    .addColumn('payment', 'text', (c) => c.notNull())
    .addColumn('fuel_card_no', 'text')
    .addColumn('odometer_km', 'double precision')
    .addColumn('receipt_attachment_id', 'text')
    .addColumn('anomalous', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('anomaly_reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('per_100km', 'double precision')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vehicle_fuel_vehicle_idx').on('vehicle_fuel').columns(['vehicle_id', 'fueled_at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of ['vehicle_fuel', 'vehicle_trip', 'vehicle_request']) await db.schema.dropTable(t).execute();
}

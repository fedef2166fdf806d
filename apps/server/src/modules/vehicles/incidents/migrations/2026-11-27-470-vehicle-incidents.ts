/**
 * VEH-8, 10, 14–22: repairs, accidents, violations, private borrowing, hired transport, fines,
 * daily checks, washing, driver purchases and untruthful-reimbursement cases. Frozen once landed:
 * add a new migration instead of editing this one.
 */
import { type AnyDb, bigIntType } from '../../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  const fen = bigIntType(db);
  await db.schema
    .createTable('vehicle_repair')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().unique())
    .addColumn('vehicle_id', 'text', (c) => c.notNull().references('vehicle.id'))
    .addColumn('reporter_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('estimate_fen', fen, (c) => c.notNull())
    .addColumn('needs_gm', 'integer', (c) => c.notNull())
    .addColumn('actual_cost_fen', fen)
    .addColumn('invoice_attachment_id', 'text')
    .addColumn('daily_check_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('vehicle_repair_vehicle_idx').on('vehicle_repair').columns(['vehicle_id', 'opened_at']).execute();

  await db.schema
    .createTable('vehicle_accident')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().unique())
    .addColumn('vehicle_id', 'text', (c) => c.notNull().references('vehicle.id'))
    .addColumn('driver_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('police_reported', 'integer', (c) => c.notNull())
    .addColumn('police_report_no', 'text')
    .addColumn('insurer_reported', 'integer', (c) => c.notNull())
    .addColumn('claim_no', 'text')
    .addColumn('scene_kept', 'integer', (c) => c.notNull())
    .addColumn('leaders_told', 'integer', (c) => c.notNull())
    .addColumn('handler_id', 'text')
    .addColumn('total_cost_fen', fen)
    .addColumn('insurance_payout_fen', fen)
    .addColumn('responsibility', 'text')
    .addColumn('driver_share_fen', fen)
    .addColumn('company_share_fen', fen)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('vehicle_accident_driver_idx').on('vehicle_accident').columns(['driver_id', 'occurred_at']).execute();

  await db.schema
    .createTable('vehicle_violation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().unique())
    .addColumn('vehicle_id', 'text', (c) => c.notNull().references('vehicle.id'))
    .addColumn('driver_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('points', 'integer', (c) => c.notNull())
    .addColumn('fine_fen', fen, (c) => c.notNull())
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('driver_share_fen', fen)
    .addColumn('company_share_fen', fen)
    .addColumn('licence_held_from', 'text')
    .addColumn('licence_held_to', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('vehicle_violation_driver_idx').on('vehicle_violation').columns(['driver_id', 'occurred_on']).execute();

  await db.schema
    .createTable('vehicle_private_borrow')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().unique())
    .addColumn('vehicle_id', 'text', (c) => c.notNull().references('vehicle.id'))
    .addColumn('borrower_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('planned_start', 'text', (c) => c.notNull())
    .addColumn('planned_end', 'text', (c) => c.notNull())
    .addColumn('odometer_out_km', 'integer')
    .addColumn('odometer_in_km', 'integer')
    .addColumn('distance_km', 'integer')
    .addColumn('clean_undamaged', 'integer')
    .addColumn('damage_notes', 'text')
    .addColumn('charge_fen', fen)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();

  await db.schema
    .createTable('vehicle_hired_transport')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().unique())
    .addColumn('department_id', 'text')
    .addColumn('requester_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('amount_fen', fen, (c) => c.notNull())
    .addColumn('start', 'text', (c) => c.notNull())
    .addColumn('end', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('invoice_attachment_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vehicle_hired_transport_dept_idx').on('vehicle_hired_transport').columns(['department_id', 'date']).execute();

  await db.schema
    .createTable('vehicle_fine')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('vehicle_id', 'text', (c) => c.notNull().references('vehicle.id'))
    .addColumn('driver_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('approved', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('warnings_before', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('fine_fen', fen, (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vehicle_fine_driver_idx').on('vehicle_fine').columns(['driver_id', 'occurred_on']).execute();

  await db.schema
    .createTable('vehicle_daily_check')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vehicle_id', 'text', (c) => c.notNull().references('vehicle.id'))
    .addColumn('driver_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('ok', 'integer', (c) => c.notNull())
    .addColumn('problems', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('repair_instance_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('vehicle_daily_check_day_uq', ['vehicle_id', 'date'])
    .execute();

  await db.schema
    .createTable('vehicle_wash')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vehicle_id', 'text', (c) => c.notNull().references('vehicle.id'))
    .addColumn('driver_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('vehicle_wash_vehicle_idx').on('vehicle_wash').columns(['vehicle_id', 'date']).execute();

  await db.schema
    .createTable('vehicle_purchase')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('driver_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('bought_on', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('designated_place', 'integer', (c) => c.notNull())
    .addColumn('quotes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('amount_fen', fen, (c) => c.notNull())
    .addColumn('receipt_attachment_id', 'text')
    .addColumn('handed_to', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('registered_as', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('reimbursed_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('vehicle_reimbursement_case')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('purchase_id', 'text')
    .addColumn('driver_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('consequence', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of ['vehicle_reimbursement_case', 'vehicle_purchase', 'vehicle_wash', 'vehicle_daily_check', 'vehicle_fine', 'vehicle_hired_transport',
    'vehicle_private_borrow', 'vehicle_violation', 'vehicle_accident', 'vehicle_repair']) await db.schema.dropTable(t).execute();
}

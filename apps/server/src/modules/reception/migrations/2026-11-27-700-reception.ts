/**
 * RCP-1, GIFT-1/2: receptions (接待申请, guests, expenses) and gifts (stock, movements, issues).
 * Frozen once landed: add a new migration instead of editing this one.
 */
import { type AnyDb, bigIntType } from '../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  const fen = bigIntType(db);
  await db.schema
    .createTable('gift_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('spec', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit_price_fen', fen, (c) => c.notNull().defaultTo(0))
    .addColumn('quantity', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('gift_item_name_uq').on('gift_item').columns(['name', 'spec']).unique().execute();

  await db.schema
    .createTable('gift_issue')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.unique())
    .addColumn('requester_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('reception_id', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('packs', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('value_fen', fen, (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text')
    .addColumn('issued_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('gift_issue_reception_idx').on('gift_issue').column('reception_id').execute();

  await db.schema
    .createTable('gift_issue_line')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issue_id', 'text', (c) => c.notNull().references('gift_issue.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('gift_item.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_price_fen', fen, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('gift_issue_line_issue_idx').on('gift_issue_line').column('issue_id').execute();

  await db.schema
    .createTable('gift_movement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('gift_item.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull())
    .addColumn('balance', 'integer', (c) => c.notNull())
    .addColumn('unit_price_fen', fen, (c) => c.notNull().defaultTo(0))
    .addColumn('issue_id', 'text')
    .addColumn('reception_id', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('gift_movement_item_idx').on('gift_movement').columns(['item_id', 'occurred_at']).execute();

  await db.schema
    .createTable('reception')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.unique())
    .addColumn('requester_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('department_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('visitor_org', 'text', (c) => c.notNull())
    .addColumn('guest_count', 'integer', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('needs', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('gift_lines', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('budget_fen', fen, (c) => c.notNull().defaultTo(0))
    .addColumn('approval_tier', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('car_instance_id', 'text')
    .addColumn('room_booking_id', 'text')
    .addColumn('gift_issue_id', 'text')
    .addColumn('actual_fen', fen)
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('settled_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reception_start_idx').on('reception').columns(['start_date', 'status']).execute();

  await db.schema
    .createTable('reception_guest')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reception_id', 'text', (c) => c.notNull().references('reception.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('reception_guest_idx').on('reception_guest').column('reception_id').execute();

  await db.schema
    .createTable('reception_expense')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reception_id', 'text', (c) => c.notNull().references('reception.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('budget_fen', fen, (c) => c.notNull().defaultTo(0))
    .addColumn('actual_fen', fen)
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('reception_expense_idx').on('reception_expense').column('reception_id').execute();
}

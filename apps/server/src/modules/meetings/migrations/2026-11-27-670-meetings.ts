/**
 * MTG-1/2/3: meeting rooms and bookings, meetings (topics, attendance, materials, minutes,
 * resolutions) and large events with their budget. Frozen once landed: add a new migration instead.
 */
import { type AnyDb, bigIntType } from '../../../db/ddl.js';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('meeting_room')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('equipment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('room_booking')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('room_id', 'text', (c) => c.notNull().references('meeting_room.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('start_at', 'text', (c) => c.notNull())
    .addColumn('end_at', 'text', (c) => c.notNull())
    .addColumn('booked_by', 'text', (c) => c.notNull()) // no FK: the system actor books for other modules too
    .addColumn('source_kind', 'text')
    .addColumn('source_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .execute();
  await db.schema.createIndex('room_booking_room_idx').on('room_booking').columns(['room_id', 'status', 'start_at']).execute();
  await db.schema.createIndex('room_booking_user_idx').on('room_booking').columns(['booked_by', 'start_at']).execute();

  await db.schema
    .createTable('meeting')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('organizer_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('room_id', 'text', (c) => c.references('meeting_room.id'))
    .addColumn('booking_id', 'text', (c) => c.references('room_booking.id'))
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('start_at', 'text', (c) => c.notNull())
    .addColumn('end_at', 'text', (c) => c.notNull())
    .addColumn('topic_deadline', 'text')
    .addColumn('agenda', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('minutes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('minutes_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('minutes_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('planned'))
    .addColumn('noticed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_start_idx').on('meeting').column('start_at').execute();

  await db.schema
    .createTable('meeting_attendee')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('attendance', 'text', (c) => c.notNull().defaultTo('unknown'))
    .addColumn('signed_at', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('meeting_attendee_pk', ['meeting_id', 'user_id'])
    .execute();
  await db.schema.createIndex('meeting_attendee_user_idx').on('meeting_attendee').column('user_id').execute();

  await db.schema
    .createTable('meeting_topic')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('submitted_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('submitted'))
    .addColumn('decided_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('meeting_topic_meeting_idx').on('meeting_topic').column('meeting_id').execute();

  await db.schema
    .createTable('meeting_material')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('attachment_id', 'text', (c) => c.notNull().references('attachment.id'))
    .addColumn('added_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_material_pk', ['meeting_id', 'attachment_id'])
    .execute();

  await db.schema
    .createTable('meeting_resolution')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_resolution_meeting_idx').on('meeting_resolution').column('meeting_id').execute();

  await db.schema
    .createTable('meeting_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('goal', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('organizer_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('meeting_event_budget')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('meeting_event.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('planned_fen', bigIntType(db), (c) => c.notNull().defaultTo(0))
    .addColumn('actual_fen', bigIntType(db), (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('meeting_event_budget_event_idx').on('meeting_event_budget').column('event_id').execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of ['meeting_event_budget', 'meeting_event', 'meeting_resolution', 'meeting_material', 'meeting_topic', 'meeting_attendee', 'meeting', 'room_booking', 'meeting_room']) {
    await db.schema.dropTable(t).execute();
  }
}

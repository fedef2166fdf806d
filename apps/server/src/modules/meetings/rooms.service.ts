/**
 * 会议室 and bookings (MTG-1). `bookRoom` is the one door every module books through (meetings,
 * reception visits …): the overlap check and the insert run in one transaction that first takes
 * the room — SQLite transactions begin IMMEDIATE (one writer at a time), on PostgreSQL the room row
 * is locked FOR UPDATE — so two racing bookings of the same slot cannot both win.
 */
import { sql } from 'kysely';
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, conflict, forbidden, notFound } from '../../http/errors.js';
import type { Actor } from '../../platform/auth/actor.js';
import { changeWithAudit } from '../../platform/tx.js';
import { newId } from '../../ports/ids.js';
import { checkSpan, spanText } from './meetings.rules.js';

export interface BookRoomInput {
  roomId: string;
  /** ISO times (any offset); stored as UTC. The booking holds [start, end). */
  start: string;
  end: string;
  title: string;
  /** The record the booking is for, e.g. { kind: 'reception.visit', id }. */
  source?: { kind: string; id: string };
}

export interface RoomInput {
  name: string;
  capacity: number;
  equipment?: string;
  location?: string;
  active?: boolean;
}

export async function listRooms(db: Db, opts: { all?: boolean } = {}) {
  let q = db.selectFrom('meeting_room').selectAll().orderBy('name');
  if (!opts.all) q = q.where('active', '=', 1);
  return (await q.execute()).map((r) => ({ id: r.id, name: r.name, capacity: r.capacity, equipment: r.equipment, location: r.location, active: r.active === 1 }));
}

export async function createRoom(s: Services, actor: Actor, input: RoomInput): Promise<string> {
  return changeWithAudit(s, actor, async (trx) => {
    await assertNameFree(trx, input.name, null);
    const now = s.clock.now().toISOString();
    const id = newId();
    await trx.insertInto('meeting_room').values({
      id, name: input.name, capacity: input.capacity, equipment: input.equipment ?? '', location: input.location ?? '', active: input.active === false ? 0 : 1, created_at: now, updated_at: now,
    }).execute();
    return { result: id, audit: { action: 'meetings.room.create', entity: 'meeting_room', entityId: id, data: input } };
  });
}

export async function updateRoom(s: Services, actor: Actor, id: string, input: Partial<RoomInput>): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const room = await trx.selectFrom('meeting_room').select('id').where('id', '=', id).executeTakeFirst();
    if (!room) throw notFound('meetings.roomNotFound', { id });
    if (input.name !== undefined) await assertNameFree(trx, input.name, id);
    await trx.updateTable('meeting_room').set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
      ...(input.equipment !== undefined ? { equipment: input.equipment } : {}),
      ...(input.location !== undefined ? { location: input.location } : {}),
      ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
      updated_at: s.clock.now().toISOString(),
    }).where('id', '=', id).execute();
    return { result: undefined, audit: { action: 'meetings.room.update', entity: 'meeting_room', entityId: id, data: input } };
  });
}

async function assertNameFree(trx: Db, name: string, exceptId: string | null): Promise<void> {
  let q = trx.selectFrom('meeting_room').select('id').where('name', '=', name);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw conflict('meetings.roomNameTaken', { name });
}

/** Takes the room for this transaction (PostgreSQL row lock; SQLite already holds the write lock). */
async function lockRoom(s: Services, trx: Db, roomId: string) {
  const q = trx.selectFrom('meeting_room').select(['id', 'name', 'active']).where('id', '=', roomId);
  return s.dialect === 'postgres' ? q.modifyEnd(sql`for update`).executeTakeFirst() : q.executeTakeFirst();
}

/**
 * Books a room (MTG-1). Refuses an overlap with another active booking of the room, naming it
 * (who, what, when). Pass `trx` to book inside the caller's transaction (it then rolls back with it).
 * Returns the booking id.
 */
export async function bookRoom(s: Services, actor: Actor, input: BookRoomInput, trx?: Db): Promise<string> {
  const title = input.title.trim();
  if (!title) throw badRequest('meetings.titleRequired');
  if (title.length > 200) throw badRequest('meetings.titleTooLong', { max: 200 });
  const span = checkSpan(input.start, input.end);
  if ('problem' in span) throw badRequest(`meetings.span.${span.problem}`, { start: input.start, end: input.end });
  return changeWithAudit(s, actor, async (t) => {
    const room = await lockRoom(s, t, input.roomId);
    if (!room) throw notFound('meetings.roomNotFound', { id: input.roomId });
    if (room.active !== 1) throw badRequest('meetings.roomInactive', { room: room.name });
    const clash = await t
      .selectFrom('room_booking as b')
      .leftJoin('app_user as u', 'u.id', 'b.booked_by')
      .select(['b.id', 'b.title', 'b.start_at', 'b.end_at', 'b.booked_by', 'u.name as user_name'])
      .where('b.room_id', '=', input.roomId)
      .where('b.status', '=', 'active')
      .where('b.start_at', '<', span.end)
      .where('b.end_at', '>', span.start)
      .orderBy('b.start_at')
      .executeTakeFirst();
    if (clash) {
      throw conflict('meetings.roomTaken', { room: room.name, who: clash.user_name ?? clash.booked_by, title: clash.title, time: spanText(clash.start_at, clash.end_at), bookingId: clash.id });
    }
    const id = newId();
    await t.insertInto('room_booking').values({
      id, room_id: input.roomId, title, start_at: span.start, end_at: span.end, booked_by: actor.id,
      source_kind: input.source?.kind ?? null, source_id: input.source?.id ?? null, status: 'active', created_at: s.clock.now().toISOString(), cancelled_at: null,
    }).execute();
    return { result: id, audit: { action: 'meetings.booking.create', entity: 'room_booking', entityId: id, data: { roomId: input.roomId, title, start: span.start, end: span.end, source: input.source ?? null } } };
  }, trx);
}

/** Cancels a booking: its booker or a holder of meetings:manage. Cancelling twice is refused. */
export async function cancelBooking(s: Services, actor: Actor, id: string, trx?: Db): Promise<void> {
  await changeWithAudit(s, actor, async (t) => {
    const b = await t.selectFrom('room_booking').selectAll().where('id', '=', id).executeTakeFirst();
    if (!b) throw notFound('meetings.bookingNotFound', { id });
    if (b.booked_by !== actor.id && !actor.can('meetings:manage')) throw forbidden('meetings.notYourBooking', { title: b.title });
    if (b.status !== 'active') throw conflict('meetings.bookingCancelled', { title: b.title });
    await t.updateTable('room_booking').set({ status: 'cancelled', cancelled_at: s.clock.now().toISOString() }).where('id', '=', id).execute();
    return { result: undefined, audit: { action: 'meetings.booking.cancel', entity: 'room_booking', entityId: id, data: { title: b.title } } };
  }, trx);
}

/** Active bookings in [from, to), optionally of one room, with the booker's name (the calendar). */
export async function listBookings(db: Db, q: { from: string; to: string; roomId?: string; mine?: string }) {
  let query = db
    .selectFrom('room_booking as b')
    .innerJoin('meeting_room as r', 'r.id', 'b.room_id')
    .leftJoin('app_user as u', 'u.id', 'b.booked_by')
    .select(['b.id', 'b.room_id', 'r.name as room_name', 'b.title', 'b.start_at', 'b.end_at', 'b.booked_by', 'u.name as user_name', 'b.source_kind', 'b.source_id'])
    .where('b.status', '=', 'active')
    .where('b.start_at', '<', new Date(q.to).toISOString())
    .where('b.end_at', '>', new Date(q.from).toISOString());
  if (q.roomId) query = query.where('b.room_id', '=', q.roomId);
  if (q.mine) query = query.where('b.booked_by', '=', q.mine);
  const rows = await query.orderBy('b.start_at').limit(2000).execute();
  return rows.map((b) => ({
    id: b.id, roomId: b.room_id, roomName: b.room_name, title: b.title, start: b.start_at, end: b.end_at, bookedById: b.booked_by, bookedByName: b.user_name ?? '系统',
    sourceKind: b.source_kind, sourceId: b.source_id,
  }));
}

/**
 * 会议 (MTG-2): a meeting books its room through `bookRoom`, collects topics until a deadline
 * (议题收集), notifies attendees, holds materials, records attendance and minutes, and turns each
 * resolution (决议) into assigned work via `assignTask` — followed up to closure in the tasks module.
 */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, conflict, forbidden, notFound } from '../../http/errors.js';
import { linkAttachments, registerAttachmentAccess } from '../../platform/attachments/attachments.service.js';
import type { Actor } from '../../platform/auth/actor.js';
import { notify } from '../../platform/notifications/notifications.service.js';
import { changeWithAudit } from '../../platform/tx.js';
import { newId } from '../../ports/ids.js';
import { assignTask } from '../tasks/tasks.service.js';
import { checkSpan, spanText, topicsOpen } from './meetings.rules.js';
import type { Attendance } from './meetings.table.js';
import { bookRoom, cancelBooking } from './rooms.service.js';

export const RESOLUTION_SOURCE = 'meeting.resolution';

export interface MeetingInput {
  title: string;
  start: string;
  end: string;
  roomId?: string | null;
  place?: string;
  topicDeadline?: string | null;
  agenda?: string;
  attendeeIds: string[];
}

registerAttachmentAccess('meeting', async (s, actor, id) => canSeeMeeting(s.db, actor, id));

export async function canSeeMeeting(db: Db, actor: Actor, id: string): Promise<boolean> {
  if (actor.can('meetings:manage')) return true;
  const m = await db.selectFrom('meeting').select('organizer_id').where('id', '=', id).executeTakeFirst();
  if (!m) return false;
  if (m.organizer_id === actor.id) return true;
  return !!(await db.selectFrom('meeting_attendee').select('user_id').where('meeting_id', '=', id).where('user_id', '=', actor.id).executeTakeFirst());
}

async function activeUsers(trx: Db, ids: string[]): Promise<Map<string, string>> {
  const uniq = [...new Set(ids)];
  const rows = uniq.length ? await trx.selectFrom('app_user').select(['id', 'name']).where('id', 'in', uniq).where('active', '=', 1).execute() : [];
  const found = new Map(rows.map((r) => [r.id, r.name]));
  const missing = uniq.find((id) => !found.has(id));
  if (missing) throw badRequest('meetings.userNotFound', { id: missing });
  return found;
}

export async function loadMeeting(db: Db, id: string) {
  const m = await db.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirst();
  if (!m) throw notFound('meetings.notFound', { id });
  return m;
}

function assertOrganizer(actor: Actor, m: { organizer_id: string; title: string }) {
  if (m.organizer_id !== actor.id && !actor.can('meetings:manage')) throw forbidden('meetings.notOrganizer', { title: m.title });
}

function assertLive(m: { status: string; title: string }) {
  if (m.status === 'cancelled') throw conflict('meetings.meetingCancelled', { title: m.title });
}

export async function createMeeting(s: Services, actor: Actor, input: MeetingInput): Promise<string> {
  const title = input.title.trim();
  if (!title) throw badRequest('meetings.titleRequired');
  const span = checkSpan(input.start, input.end);
  if ('problem' in span) throw badRequest(`meetings.span.${span.problem}`, { start: input.start, end: input.end });
  let deadline: string | null = null;
  if (input.topicDeadline) {
    deadline = new Date(input.topicDeadline).toISOString();
    if (deadline > span.start) throw badRequest('meetings.deadlineAfterStart', { deadline: input.topicDeadline });
  }
  return changeWithAudit(s, actor, async (trx) => {
    await activeUsers(trx, input.attendeeIds);
    const id = newId();
    const now = s.clock.now().toISOString();
    const bookingId = input.roomId ? await bookRoom(s, actor, { roomId: input.roomId, start: span.start, end: span.end, title, source: { kind: 'meeting', id } }, trx) : null;
    await trx.insertInto('meeting').values({
      id, title, organizer_id: actor.id, room_id: input.roomId ?? null, booking_id: bookingId, place: input.place ?? '', start_at: span.start, end_at: span.end,
      topic_deadline: deadline, agenda: input.agenda ?? '', minutes: '', minutes_by: null, minutes_at: null, status: 'planned', noticed_at: null, created_at: now, updated_at: now,
    }).execute();
    const attendees = [...new Set([actor.id, ...input.attendeeIds])].filter((u) => u !== 'system');
    if (attendees.length) await trx.insertInto('meeting_attendee').values(attendees.map((user_id) => ({ meeting_id: id, user_id, attendance: 'unknown' as const, signed_at: null, note: '' }))).execute();
    return { result: id, audit: { action: 'meetings.create', entity: 'meeting', entityId: id, data: { title, start: span.start, end: span.end, roomId: input.roomId ?? null, attendees } } };
  });
}

export async function cancelMeeting(s: Services, actor: Actor, id: string): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const m = await loadMeeting(trx, id);
    assertOrganizer(actor, m);
    assertLive(m);
    if (m.booking_id) {
      const b = await trx.selectFrom('room_booking').select('status').where('id', '=', m.booking_id).executeTakeFirst();
      if (b?.status === 'active') await cancelBooking(s, actor, m.booking_id, trx);
    }
    await trx.updateTable('meeting').set({ status: 'cancelled', updated_at: s.clock.now().toISOString() }).where('id', '=', id).execute();
    const users = (await trx.selectFrom('meeting_attendee').select('user_id').where('meeting_id', '=', id).execute()).map((r) => r.user_id).filter((u) => u !== actor.id);
    await notify(s, trx, users, { title: `会议取消：${m.title}`, body: `原定 ${spanText(m.start_at, m.end_at)} 的会议已取消`, link: `/meetings/${id}` });
    return { result: undefined, audit: { action: 'meetings.cancel', entity: 'meeting', entityId: id } };
  });
}

/** 议题收集: anyone who may take part submits a topic before the deadline. */
export async function submitTopic(s: Services, actor: Actor, meetingId: string, input: { title: string; description?: string }): Promise<string> {
  const title = input.title.trim();
  if (!title) throw badRequest('meetings.titleRequired');
  return changeWithAudit(s, actor, async (trx) => {
    const m = await loadMeeting(trx, meetingId);
    assertLive(m);
    if (!topicsOpen(m.topic_deadline, s.clock.now().toISOString())) throw conflict('meetings.topicsClosed', { title: m.title });
    const id = newId();
    await trx.insertInto('meeting_topic').values({ id, meeting_id: meetingId, title, description: input.description ?? '', submitted_by: actor.id, submitted_at: s.clock.now().toISOString(), status: 'submitted', decided_by: null, decided_at: null }).execute();
    await notify(s, trx, [m.organizer_id].filter((u) => u !== actor.id), { title: `新议题：${m.title}`, body: `${actor.name} 提交议题“${title}”`, link: `/meetings/${meetingId}` });
    return { result: id, audit: { action: 'meetings.topic.submit', entity: 'meeting', entityId: meetingId, data: { title } } };
  });
}

export async function decideTopic(s: Services, actor: Actor, topicId: string, decision: 'accepted' | 'rejected'): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const t = await trx.selectFrom('meeting_topic').selectAll().where('id', '=', topicId).executeTakeFirst();
    if (!t) throw notFound('meetings.topicNotFound', { id: topicId });
    const m = await loadMeeting(trx, t.meeting_id);
    assertOrganizer(actor, m);
    assertLive(m);
    await trx.updateTable('meeting_topic').set({ status: decision, decided_by: actor.id, decided_at: s.clock.now().toISOString() }).where('id', '=', topicId).execute();
    return { result: undefined, audit: { action: `meetings.topic.${decision}`, entity: 'meeting', entityId: m.id, data: { topic: t.title } } };
  });
}

/** 会议通知: tells every attendee when, where and which topics (accepted ones) are on the agenda. */
export async function sendNotice(s: Services, actor: Actor, meetingId: string): Promise<number> {
  return changeWithAudit(s, actor, async (trx) => {
    const m = await loadMeeting(trx, meetingId);
    assertOrganizer(actor, m);
    assertLive(m);
    const room = m.room_id ? await trx.selectFrom('meeting_room').select(['name', 'location']).where('id', '=', m.room_id).executeTakeFirst() : undefined;
    const topics = await trx.selectFrom('meeting_topic').select('title').where('meeting_id', '=', meetingId).where('status', '=', 'accepted').orderBy('submitted_at').execute();
    const users = (await trx.selectFrom('meeting_attendee').select('user_id').where('meeting_id', '=', meetingId).execute()).map((r) => r.user_id);
    const where = [room ? `${room.name}${room.location ? `（${room.location}）` : ''}` : '', m.place].filter(Boolean).join('，') || '待定';
    const body = [`时间：${spanText(m.start_at, m.end_at)}`, `地点：${where}`, topics.length ? `议题：${topics.map((t, i) => `${i + 1}. ${t.title}`).join('；')}` : '', m.agenda ? `议程：${m.agenda}` : ''].filter(Boolean).join('\n');
    await notify(s, trx, users, { title: `会议通知：${m.title}`, body, link: `/meetings/${meetingId}` });
    await trx.updateTable('meeting').set({ status: m.status === 'planned' ? 'noticed' : m.status, noticed_at: s.clock.now().toISOString(), updated_at: s.clock.now().toISOString() }).where('id', '=', meetingId).execute();
    return { result: users.length, audit: { action: 'meetings.notice', entity: 'meeting', entityId: meetingId, data: { recipients: users.length } } };
  });
}

export async function addMaterials(s: Services, actor: Actor, meetingId: string, attachmentIds: string[]): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const m = await loadMeeting(trx, meetingId);
    assertOrganizer(actor, m);
    const own = attachmentIds.length ? await trx.selectFrom('attachment').select('id').where('id', 'in', [...new Set(attachmentIds)]).where('created_by', '=', actor.id).execute() : [];
    if (own.length !== new Set(attachmentIds).size) throw badRequest('meetings.materialNotYours');
    const now = s.clock.now().toISOString();
    for (const a of own) {
      await trx.insertInto('meeting_material').values({ meeting_id: meetingId, attachment_id: a.id, added_by: actor.id, added_at: now }).onConflict((oc) => oc.columns(['meeting_id', 'attachment_id']).doNothing()).execute();
    }
    await linkAttachments(trx, actor.id, own.map((a) => a.id), 'meeting', meetingId);
    return { result: undefined, audit: { action: 'meetings.materials', entity: 'meeting', entityId: meetingId, data: { attachmentIds } } };
  });
}

/** 签到: an attendee signs in himself (present); the organizer records anyone (present/absent/leave). */
export async function setAttendance(s: Services, actor: Actor, meetingId: string, input: { userId?: string; attendance: Exclude<Attendance, 'unknown'>; note?: string }): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const m = await loadMeeting(trx, meetingId);
    assertLive(m);
    const userId = input.userId ?? actor.id;
    if (userId !== actor.id || input.attendance !== 'present') assertOrganizer(actor, m);
    const a = await trx.selectFrom('meeting_attendee as a').innerJoin('app_user as u', 'u.id', 'a.user_id').select(['a.user_id', 'u.name']).where('a.meeting_id', '=', meetingId).where('a.user_id', '=', userId).executeTakeFirst();
    if (!a) {
      const u = await trx.selectFrom('app_user').select('name').where('id', '=', userId).executeTakeFirst();
      throw badRequest('meetings.notAttendee', { name: u?.name ?? userId, title: m.title });
    }
    await trx.updateTable('meeting_attendee').set({ attendance: input.attendance, signed_at: s.clock.now().toISOString(), note: input.note ?? '' }).where('meeting_id', '=', meetingId).where('user_id', '=', userId).execute();
    return { result: undefined, audit: { action: 'meetings.attendance', entity: 'meeting', entityId: meetingId, data: { userId, attendance: input.attendance } } };
  });
}

/** 会议记录: the minutes; saving them marks the meeting held. */
export async function saveMinutes(s: Services, actor: Actor, meetingId: string, minutes: string): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const m = await loadMeeting(trx, meetingId);
    assertOrganizer(actor, m);
    assertLive(m);
    const now = s.clock.now().toISOString();
    await trx.updateTable('meeting').set({ minutes, minutes_by: actor.id, minutes_at: now, status: 'held', updated_at: now }).where('id', '=', meetingId).execute();
    return { result: undefined, audit: { action: 'meetings.minutes', entity: 'meeting', entityId: meetingId, data: { length: minutes.length } } };
  });
}

/** 决议: each becomes assigned work for its owner (source 'meeting.resolution'), in one transaction. */
export async function addResolution(s: Services, actor: Actor, meetingId: string, input: { content: string; ownerId: string; dueDate: string }, opts: { allowPastDue?: boolean } = {}): Promise<{ id: string; taskId: string }> {
  const content = input.content.trim();
  if (!content) throw badRequest('meetings.resolutionRequired');
  return changeWithAudit(s, actor, async (trx) => {
    const m = await loadMeeting(trx, meetingId);
    assertOrganizer(actor, m);
    assertLive(m);
    const last = await trx.selectFrom('meeting_resolution').select((eb) => eb.fn.max('seq').as('seq')).where('meeting_id', '=', meetingId).executeTakeFirst();
    const seq = Number(last?.seq ?? 0) + 1;
    const id = newId();
    const taskId = await assignTask(s, actor, { title: content.slice(0, 200), description: `会议“${m.title}”（${spanText(m.start_at, m.end_at)}）第 ${seq} 项决议：${content}`, ownerId: input.ownerId, dueDate: input.dueDate, source: { kind: RESOLUTION_SOURCE, id } }, trx, opts);
    await trx.insertInto('meeting_resolution').values({ id, meeting_id: meetingId, seq, content, owner_id: input.ownerId, due_date: input.dueDate, task_id: taskId, created_at: s.clock.now().toISOString() }).execute();
    return { result: { id, taskId }, audit: { action: 'meetings.resolution', entity: 'meeting', entityId: meetingId, data: { seq, content, ownerId: input.ownerId, dueDate: input.dueDate, taskId } } };
  });
}

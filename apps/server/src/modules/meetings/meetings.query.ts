/** Reading meetings: the list (mine or, for managers, all) and one meeting with everything on it. */
import type { Services } from '../../app.types.js';
import { forbidden } from '../../http/errors.js';
import type { Actor } from '../../platform/auth/actor.js';
import { tasksByIds } from '../tasks/tasks.query.js';
import { canSeeMeeting, loadMeeting } from './meetings.service.js';
import { topicsOpen } from './meetings.rules.js';

export async function listMeetings(s: Services, actor: Actor, q: { scope: 'mine' | 'all'; from?: string; to?: string }) {
  let query = s.db
    .selectFrom('meeting as m')
    .leftJoin('meeting_room as r', 'r.id', 'm.room_id')
    .leftJoin('app_user as o', 'o.id', 'm.organizer_id')
    .select(['m.id', 'm.title', 'm.start_at', 'm.end_at', 'm.status', 'm.place', 'm.topic_deadline', 'r.name as room_name', 'o.name as organizer_name', 'm.organizer_id']);
  if (q.scope === 'all') {
    if (!actor.can('meetings:manage')) throw forbidden('auth.forbidden');
  } else {
    query = query.where((eb) => eb.or([eb('m.organizer_id', '=', actor.id), eb.exists(eb.selectFrom('meeting_attendee as a').select('a.user_id').whereRef('a.meeting_id', '=', 'm.id').where('a.user_id', '=', actor.id))]));
  }
  if (q.from) query = query.where('m.end_at', '>', new Date(q.from).toISOString());
  if (q.to) query = query.where('m.start_at', '<', new Date(q.to).toISOString());
  const rows = await query.orderBy('m.start_at', 'desc').limit(500).execute();
  const now = s.clock.now().toISOString();
  return rows.map((m) => ({
    id: m.id, title: m.title, start: m.start_at, end: m.end_at, status: m.status, place: m.place, roomName: m.room_name, organizerId: m.organizer_id, organizerName: m.organizer_name ?? '—',
    topicsOpen: topicsOpen(m.topic_deadline, now),
  }));
}

/** Topic collection open to everyone who may read meetings: those still taking topics. */
export async function meetingsTakingTopics(s: Services) {
  const now = s.clock.now().toISOString();
  const rows = await s.db.selectFrom('meeting as m').leftJoin('app_user as o', 'o.id', 'm.organizer_id')
    .select(['m.id', 'm.title', 'm.start_at', 'm.end_at', 'm.topic_deadline', 'o.name as organizer_name'])
    .where('m.status', '!=', 'cancelled').where('m.topic_deadline', '>=', now).orderBy('m.topic_deadline').limit(100).execute();
  return rows.map((m) => ({ id: m.id, title: m.title, start: m.start_at, end: m.end_at, topicDeadline: m.topic_deadline!, organizerName: m.organizer_name ?? '—' }));
}

export async function meetingDetail(s: Services, actor: Actor, id: string) {
  const m = await loadMeeting(s.db, id);
  const canSee = await canSeeMeeting(s.db, actor, id);
  const now = s.clock.now().toISOString();
  // Someone not invited may still see the basics while topics are collected, to submit one.
  if (!canSee && !topicsOpen(m.topic_deadline, now)) throw forbidden('auth.forbidden');
  const [room, organizer, attendees, topics, materials, resolutions] = await Promise.all([
    m.room_id ? s.db.selectFrom('meeting_room').select(['id', 'name', 'location']).where('id', '=', m.room_id).executeTakeFirst() : undefined,
    s.db.selectFrom('app_user').select(['id', 'name']).where('id', '=', m.organizer_id).executeTakeFirst(),
    s.db.selectFrom('meeting_attendee as a').innerJoin('app_user as u', 'u.id', 'a.user_id').leftJoin('department as d', 'd.id', 'u.department_id')
      .select(['a.user_id', 'u.name', 'd.name as department_name', 'a.attendance', 'a.signed_at', 'a.note']).where('a.meeting_id', '=', id).orderBy('u.name').execute(),
    s.db.selectFrom('meeting_topic as t').leftJoin('app_user as u', 'u.id', 't.submitted_by')
      .select(['t.id', 't.title', 't.description', 't.status', 't.submitted_at', 't.submitted_by', 'u.name as submitted_by_name']).where('t.meeting_id', '=', id).orderBy('t.submitted_at').execute(),
    s.db.selectFrom('meeting_material as mm').innerJoin('attachment as f', 'f.id', 'mm.attachment_id')
      .select(['f.id', 'f.filename', 'f.size', 'mm.added_at']).where('mm.meeting_id', '=', id).orderBy('mm.added_at').execute(),
    s.db.selectFrom('meeting_resolution as r').leftJoin('app_user as u', 'u.id', 'r.owner_id')
      .select(['r.id', 'r.seq', 'r.content', 'r.owner_id', 'u.name as owner_name', 'r.due_date', 'r.task_id']).where('r.meeting_id', '=', id).orderBy('r.seq').execute(),
  ]);
  const tasks = new Map((await tasksByIds(s, resolutions.map((r) => r.task_id).filter((x): x is string => !!x))).map((t) => [t.id, t]));
  const mayManage = m.organizer_id === actor.id || actor.can('meetings:manage');
  return {
    id: m.id, title: m.title, start: m.start_at, end: m.end_at, status: m.status, place: m.place, agenda: m.agenda,
    room: room ?? null, bookingId: m.booking_id, organizer: organizer ?? { id: m.organizer_id, name: '—' }, topicDeadline: m.topic_deadline, topicsOpen: topicsOpen(m.topic_deadline, now),
    noticedAt: m.noticed_at, minutes: canSee ? m.minutes : '', minutesAt: m.minutes_at, mayManage, invited: canSee,
    attendees: canSee ? attendees.map((a) => ({ userId: a.user_id, name: a.name, departmentName: a.department_name ?? '', attendance: a.attendance, signedAt: a.signed_at, note: a.note })) : [],
    topics: topics
      .filter((t) => canSee || t.submitted_by === actor.id)
      .map((t) => ({ id: t.id, title: t.title, description: t.description, status: t.status, submittedAt: t.submitted_at, submittedByName: t.submitted_by_name ?? '—' })),
    materials: canSee ? materials.map((f) => ({ id: f.id, filename: f.filename, size: Number(f.size), addedAt: f.added_at })) : [],
    resolutions: canSee ? resolutions.map((r) => {
      const t = r.task_id ? tasks.get(r.task_id) : undefined;
      return { id: r.id, seq: r.seq, content: r.content, ownerId: r.owner_id, ownerName: r.owner_name ?? '—', dueDate: r.due_date, taskId: r.task_id, taskStatus: t?.status ?? null, taskPercent: t?.percent ?? 0, overdue: t?.overdue ?? false };
    }) : [],
  };
}

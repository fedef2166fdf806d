/** Kysely table types of the meetings module (MTG-1/2/3); merged into `Database` in db/schema.ts. */

export interface MeetingRoomTable {
  id: string;
  name: string;
  capacity: number;
  /** Free text, e.g. 投影仪、视频会议、白板. */
  equipment: string;
  location: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export type BookingStatus = 'active' | 'cancelled';

export interface RoomBookingTable {
  id: string;
  room_id: string;
  title: string;
  /** ISO UTC; the booking holds [start_at, end_at) — a booking ending at 10:00 and one starting at 10:00 do not overlap. */
  start_at: string;
  end_at: string;
  booked_by: string;
  /** Who asked for it from another module, e.g. kind 'meeting' / 'reception.visit'. */
  source_kind: string | null;
  source_id: string | null;
  status: BookingStatus;
  created_at: string;
  cancelled_at: string | null;
}

export type MeetingStatus = 'planned' | 'noticed' | 'held' | 'cancelled';

export interface MeetingTable {
  id: string;
  title: string;
  organizer_id: string;
  room_id: string | null;
  booking_id: string | null;
  /** Where, when not in one of our rooms (or in addition, e.g. a video link). */
  place: string;
  start_at: string;
  end_at: string;
  /** 议题收集截止时间 (ISO UTC); null = topics are not collected. */
  topic_deadline: string | null;
  agenda: string;
  minutes: string;
  minutes_by: string | null;
  minutes_at: string | null;
  status: MeetingStatus;
  noticed_at: string | null;
  created_at: string;
  updated_at: string;
}

export type Attendance = 'unknown' | 'present' | 'absent' | 'leave';

export interface MeetingAttendeeTable {
  meeting_id: string;
  user_id: string;
  attendance: Attendance;
  signed_at: string | null;
  note: string;
}

export type TopicStatus = 'submitted' | 'accepted' | 'rejected';

export interface MeetingTopicTable {
  id: string;
  meeting_id: string;
  title: string;
  description: string;
  submitted_by: string;
  submitted_at: string;
  status: TopicStatus;
  decided_by: string | null;
  decided_at: string | null;
}

export interface MeetingMaterialTable {
  meeting_id: string;
  attachment_id: string;
  added_by: string;
  added_at: string;
}

export interface MeetingResolutionTable {
  id: string;
  meeting_id: string;
  seq: number;
  content: string;
  owner_id: string;
  due_date: string;
  /** The assigned work (tasks module) following it up to closure. */
  task_id: string | null;
  created_at: string;
}

export interface MeetingEventTable {
  id: string;
  name: string;
  start_date: string;
  end_date: string;
  place: string;
  goal: string;
  organizer_id: string;
  created_at: string;
  updated_at: string;
}

export interface MeetingEventBudgetTable {
  id: string;
  event_id: string;
  seq: number;
  item: string;
  planned_fen: number;
  actual_fen: number;
  notes: string;
}

export interface MeetingsTables {
  meeting_room: MeetingRoomTable;
  room_booking: RoomBookingTable;
  meeting: MeetingTable;
  meeting_attendee: MeetingAttendeeTable;
  meeting_topic: MeetingTopicTable;
  meeting_material: MeetingMaterialTable;
  meeting_resolution: MeetingResolutionTable;
  meeting_event: MeetingEventTable;
  meeting_event_budget: MeetingEventBudgetTable;
}

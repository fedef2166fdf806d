import { api } from '../../app/api';
import type { TaskStatus } from '../tasks/api';

export const MPERM = { read: 'meetings:read', manage: 'meetings:manage' } as const;

export interface Room { id: string; name: string; capacity: number; equipment: string; location: string; active: boolean }
export interface Booking { id: string; roomId: string; roomName: string; title: string; start: string; end: string; bookedById: string; bookedByName: string; sourceKind: string | null; sourceId: string | null }
export interface MeetingRow { id: string; title: string; start: string; end: string; status: string; place: string; roomName: string | null; organizerId: string; organizerName: string; topicsOpen: boolean }
export interface MeetingDetail {
  id: string; title: string; start: string; end: string; status: string; place: string; agenda: string; room: { id: string; name: string; location: string } | null;
  bookingId: string | null; organizer: { id: string; name: string }; topicDeadline: string | null; topicsOpen: boolean; noticedAt: string | null;
  minutes: string; minutesAt: string | null; mayManage: boolean; invited: boolean;
  attendees: { userId: string; name: string; departmentName: string; attendance: 'unknown' | 'present' | 'absent' | 'leave'; signedAt: string | null; note: string }[];
  topics: { id: string; title: string; description: string; status: 'submitted' | 'accepted' | 'rejected'; submittedAt: string; submittedByName: string }[];
  materials: { id: string; filename: string; size: number; addedAt: string }[];
  resolutions: { id: string; seq: number; content: string; ownerId: string; ownerName: string; dueDate: string; taskId: string | null; taskStatus: TaskStatus | null; taskPercent: number; overdue: boolean }[];
}
export interface EventRow { id: string; name: string; startDate: string; endDate: string; place: string; goal: string; organizerName: string }
export interface EventDetail extends Omit<EventRow, 'organizerName'> {
  organizer: { id: string; name: string };
  budget: { id: string; seq: number; item: string; plannedFen: number; actualFen: number; notes: string }[];
  totals: { plannedFen: number; actualFen: number; diffFen: number };
  tasks: { id: string; title: string; ownerName: string; dueDate: string; status: TaskStatus; percent: number; overdue: boolean }[];
}

export const meetingKeys = {
  all: ['meetings'] as const,
  rooms: ['meetings', 'rooms'] as const,
  bookings: (from: string, to: string) => ['meetings', 'bookings', from, to] as const,
  list: (scope: string) => ['meetings', 'list', scope] as const,
  collecting: ['meetings', 'collecting'] as const,
  one: (id: string) => ['meetings', 'one', id] as const,
  events: ['meetings', 'events'] as const,
  event: (id: string) => ['meetings', 'event', id] as const,
};

export const meetingsApi = {
  rooms: (all = false) => api.get<Room[]>('/api/meetings/rooms', { all: all ? 'true' : undefined }),
  createRoom: (b: Omit<Room, 'id' | 'active'>) => api.post<{ id: string }>('/api/meetings/rooms', b),
  updateRoom: (id: string, b: Partial<Omit<Room, 'id'>>) => api.patch(`/api/meetings/rooms/${id}`, b),
  bookings: (from: string, to: string) => api.get<Booking[]>('/api/meetings/bookings', { from, to }),
  book: (b: { roomId: string; title: string; start: string; end: string }) => api.post<{ id: string }>('/api/meetings/bookings', b),
  cancelBooking: (id: string) => api.post(`/api/meetings/bookings/${id}/cancel`),
  list: (scope: 'mine' | 'all') => api.get<MeetingRow[]>('/api/meetings', { scope }),
  collecting: () => api.get<{ id: string; title: string; start: string; end: string; topicDeadline: string; organizerName: string }[]>('/api/meetings/collecting-topics'),
  create: (b: { title: string; start: string; end: string; roomId?: string | null; place?: string; topicDeadline?: string | null; agenda?: string; attendeeIds: string[] }) => api.post<{ id: string }>('/api/meetings', b),
  get: (id: string) => api.get<MeetingDetail>(`/api/meetings/${id}`),
  cancel: (id: string) => api.post(`/api/meetings/${id}/cancel`),
  submitTopic: (id: string, b: { title: string; description?: string }) => api.post(`/api/meetings/${id}/topics`, b),
  decideTopic: (topicId: string, decision: 'accepted' | 'rejected') => api.post(`/api/meetings/topics/${topicId}/decision`, { decision }),
  notice: (id: string) => api.post<{ recipients: number }>(`/api/meetings/${id}/notice`),
  materials: (id: string, attachmentIds: string[]) => api.post(`/api/meetings/${id}/materials`, { attachmentIds }),
  attendance: (id: string, b: { userId?: string; attendance: 'present' | 'absent' | 'leave'; note?: string }) => api.post(`/api/meetings/${id}/attendance`, b),
  minutes: (id: string, minutes: string) => api.put(`/api/meetings/${id}/minutes`, { minutes }),
  resolution: (id: string, b: { content: string; ownerId: string; dueDate: string }) => api.post<{ id: string; taskId: string }>(`/api/meetings/${id}/resolutions`, b),
  events: () => api.get<EventRow[]>('/api/meetings/events'),
  createEvent: (b: { name: string; startDate: string; endDate: string; place?: string; goal?: string }) => api.post<{ id: string }>('/api/meetings/events', b),
  event: (id: string) => api.get<EventDetail>(`/api/meetings/events/${id}`),
  eventTask: (id: string, b: { title: string; description?: string; ownerId: string; dueDate: string }) => api.post(`/api/meetings/events/${id}/tasks`, b),
  addBudget: (id: string, b: { item: string; plannedFen: number; actualFen?: number; notes?: string }) => api.post(`/api/meetings/events/${id}/budget`, b),
  updateBudget: (lineId: string, b: { item?: string; plannedFen?: number; actualFen?: number; notes?: string }) => api.patch(`/api/meetings/budget/${lineId}`, b),
  deleteBudget: (lineId: string) => api.delete(`/api/meetings/budget/${lineId}`),
};

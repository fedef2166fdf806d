/** 会议室 part (MTG-1): rooms, bookings and the module's permissions. */
import type { ModulePart } from '../module.parts.js';
import * as m670 from './migrations/2026-11-27-670-meetings.js';
import { meetingsMessages } from './meetings.messages.js';
import { roomsRoutes } from './rooms.routes.js';

export const roomsPart: ModulePart = {
  migrations: { '2026-11-27-670-meetings': m670 },
  permissions: [
    { key: 'meetings:read', label: '查看会议室、预订会议室、参加会议', labelEn: 'View and book meeting rooms, take part in meetings' },
    { key: 'meetings:manage', label: '维护会议室，管理全部会议、预订与大型活动', labelEn: 'Maintain meeting rooms; manage all meetings, bookings and large events' },
  ],
  roleGrants: {
    employee: ['meetings:read'],
    admin_staff: ['meetings:read', 'meetings:manage'],
    leader: ['meetings:read'],
    dept_head: ['meetings:read'],
  },
  messages: meetingsMessages,
  routes: roomsRoutes,
};

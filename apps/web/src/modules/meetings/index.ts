/** 会议管理 (MTG-1/2/3): room calendar, meetings, large events. */
import { lazy } from 'react';
import { CalendarOutlined, FlagOutlined, TeamOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';
import { MPERM } from './api';
import './meetings.css';

const RoomCalendarPage = lazy(() => import('./RoomCalendarPage'));
const MeetingsPage = lazy(() => import('./MeetingsPage'));
const MeetingDetailPage = lazy(() => import('./MeetingDetailPage'));
const EventsListPage = lazy(() => import('./EventsPage').then((m) => ({ default: m.EventsListPage })));
const EventDetailPage = lazy(() => import('./EventsPage').then((m) => ({ default: m.EventDetailPage })));

export const meetingsModule = defineModule({
  key: 'meetings',
  labelKey: 'meetings.nav.group',
  icon: TeamOutlined,
  order: 360,
  routes: [
    { path: '/meetings/rooms', element: RoomCalendarPage, permission: MPERM.read },
    { path: '/meetings', element: MeetingsPage, permission: MPERM.read },
    { path: '/meetings/events', element: EventsListPage, permission: MPERM.read },
    { path: '/meetings/events/:id', element: EventDetailPage, permission: MPERM.read },
    { path: '/meetings/:id', element: MeetingDetailPage, permission: MPERM.read },
  ],
  menu: [
    { path: '/meetings/rooms', labelKey: 'meetings.nav.rooms', icon: CalendarOutlined, permission: MPERM.read, quickLink: true },
    { path: '/meetings', labelKey: 'meetings.nav.meetings', icon: UnorderedListOutlined, permission: MPERM.read },
    { path: '/meetings/events', labelKey: 'meetings.nav.events', icon: FlagOutlined, permission: MPERM.read },
  ],
});

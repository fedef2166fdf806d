/** 会议管理 (MTG-1/2/3): meeting rooms and bookings, meetings, large events. */
import { composeModule } from '../module.parts.js';
import { meetingsPart } from './meetings.part.js';
import { roomsPart } from './rooms.part.js';

export const meetingsModule = composeModule('meetings', [roomsPart, meetingsPart]);

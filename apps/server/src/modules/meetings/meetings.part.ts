/** 会议 and 大型活动 part (MTG-2/3). */
import type { ModulePart } from '../module.parts.js';
import { meetingsMoreMessages } from './meetings.messages.js';
import { meetingsRoutes } from './meetings.routes.js';
import { seedMeetingsDemo } from './meetings.seed.js';

export const meetingsPart: ModulePart = {
  messages: meetingsMoreMessages,
  routes: meetingsRoutes,
  seedDemo: seedMeetingsDemo,
};

import type { MessageTable } from '../http/messages.js';
import { attachmentMessages } from './attachments/attachments.messages.js';
import { authMessages } from './auth/auth.messages.js';
import { calendarMessages } from './calendar/calendar.messages.js';
import { orgMessages } from './org/org.messages.js';
import { xlsxMessages } from './xlsx/xlsx-import.js';

export const platformMessageTables: MessageTable[] = [
  authMessages,
  orgMessages,
  attachmentMessages,
  calendarMessages,
  xlsxMessages,
  { 'notification.notFound': { zh: '通知不存在', en: 'Notification not found' } },
];

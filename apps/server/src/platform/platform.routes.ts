import type { FastifyInstance } from 'fastify';
import type { Services } from '../app.types.js';
import { accessRoutes } from './access/access.routes.js';
import { attachmentRoutes } from './attachments/attachments.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { calendarRoutes } from './calendar/calendar.routes.js';
import { notificationRoutes } from './notifications/notifications.routes.js';
import { orgRoutes } from './org/org.routes.js';
import { publicRoutes } from './public.routes.js';
import { processRoutes } from '../process/process.routes.js';

export function platformRoutes(app: FastifyInstance, s: Services): void {
  publicRoutes(app, s);
  authRoutes(app, s);
  orgRoutes(app, s);
  accessRoutes(app, s);
  auditRoutes(app, s);
  attachmentRoutes(app, s);
  notificationRoutes(app, s);
  calendarRoutes(app, s);
  processRoutes(app, s);
}

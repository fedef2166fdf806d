/** Scheduled work of the care part: ASV-13 visit jobs and ASV-15 callback tasks, each workday morning (Beijing). */
import type { ScheduledJob } from '../../../platform/jobs/jobs.js';
import { dailyAt } from '../../../platform/jobs/jobs.js';
import { createReminderTasks } from './care.reminders.service.js';
import { createDueVisitJobs } from './care.visits.service.js';

export const careScheduled: ScheduledJob[] = [
  // Before the technicians set off: the visits of the coming lead days get their 派工单.
  { name: 'aftersales.care.visitJobs', due: dailyAt('08:00', { workdaysOnly: true }), run: async (s) => void (await createDueVisitJobs(s)) },
  { name: 'aftersales.care.reminders', due: dailyAt('08:10', { workdaysOnly: true }), run: async (s) => void (await createReminderTasks(s)) },
];

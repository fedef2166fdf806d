/** Scheduled work of the stock part: the ASV-10 overdue-loan reminders, each workday morning. */
import type { ScheduledJob } from '../../../platform/jobs/jobs.js';
import { dailyAt } from '../../../platform/jobs/jobs.js';
import { remindOverdueLoans } from './loans.service.js';

export const stockScheduled: ScheduledJob[] = [
  { name: 'aftersales.loansOverdue', due: dailyAt('09:00', { workdaysOnly: true }), run: async (s) => void (await remindOverdueLoans(s)) },
];

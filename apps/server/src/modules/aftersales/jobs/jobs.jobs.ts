/** Scheduled work of 派工单: the ASV-7 late-cash penalties, daily after midnight Beijing time. */
import type { ScheduledJob } from '../../../platform/jobs/jobs.js';
import { dailyAt } from '../../../platform/jobs/jobs.js';
import { postCashPenalties } from './jobs.service.js';

export const jobsScheduled: ScheduledJob[] = [
  // A deadline ends at Beijing midnight, so the run of a day sees every deadline of the day before.
  { name: 'aftersales.cashPenalties', due: dailyAt('00:30'), run: async (s) => void (await postCashPenalties(s)) },
];

/**
 * Background loops of a server process: fire due process timers (reminders, overdue escalation,
 * waits), run the modules' scheduled jobs and send queued notifications. All three claim their rows
 * (leases; job_run slots), so every process of a cluster may run them. Each pass is bounded; a
 * pass never overlaps the previous one.
 */
import type { Services } from './app.types.js';
import { deliverPending } from './platform/notifications/deliveries.js';
import { runDueJobs } from './platform/jobs/jobs.js';
import { modules } from './modules/index.js';

export function startWorkers(s: Services, intervalMs: number, log: (err: unknown, what: string) => void): () => Promise<void> {
  let busy: Promise<void> | null = null;
  const pass = async () => {
    try {
      await s.engine.fireDueTimers(100);
    } catch (err) {
      log(err, 'process timers');
    }
    try {
      await runDueJobs(s, modules.flatMap((m) => m.jobs ?? []));
    } catch (err) {
      log(err, 'scheduled jobs');
    }
    try {
      await deliverPending(s, 50);
    } catch (err) {
      log(err, 'notification delivery');
    }
  };
  const timer = setInterval(() => {
    if (busy) return;
    busy = pass().finally(() => (busy = null));
  }, intervalMs);
  return async () => {
    clearInterval(timer);
    await busy;
  };
}

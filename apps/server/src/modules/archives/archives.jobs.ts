/**
 * ARC-2 overdue reminders: once a day (archives setting `reminderAt`, Beijing time) every loan past
 * its due date is reminded to the borrower and to the archive keepers; a loan is reminded at most
 * once a day (last_reminded_on).
 */
import type { Services } from '../../app.types.js';
import { dailyAt, type ScheduledJob } from '../../platform/jobs/jobs.js';
import { notify } from '../../platform/notifications/notifications.service.js';
import { overdueLoans } from './archives.rules.js';
import { archiveSettings } from './archives.settings.js';

/** Users holding the keeper position (办公室 内勤/秘书). */
export async function archiveKeepers(s: Services): Promise<string[]> {
  const rows = await s.db
    .selectFrom('app_user')
    .innerJoin('user_position', 'user_position.user_id', 'app_user.id')
    .innerJoin('position', 'position.id', 'user_position.position_id')
    .innerJoin('department', 'department.id', 'position.department_id')
    .select('app_user.id')
    .where('app_user.active', '=', 1)
    .where('position.name', '=', '内勤/秘书')
    .where('department.name', '=', '办公室')
    .execute();
  return rows.map((r) => r.id);
}

/** Sends today's reminders; returns the archive numbers reminded. */
export async function runOverdueReminders(s: Services, today: string): Promise<string[]> {
  const loans = await s.db
    .selectFrom('archive_borrow')
    .innerJoin('archive_item', 'archive_item.id', 'archive_borrow.item_id')
    .innerJoin('app_user', 'app_user.id', 'archive_borrow.borrower_id')
    .select(['archive_borrow.id', 'archive_borrow.instance_id', 'archive_borrow.status', 'archive_borrow.due_on', 'archive_borrow.last_reminded_on', 'archive_borrow.borrower_id',
      'archive_item.number', 'archive_item.title', 'app_user.name as borrower_name'])
    .where('archive_borrow.status', '=', 'lent')
    .where('archive_borrow.due_on', '<', today)
    .execute();
  const due = overdueLoans(loans, today);
  const keepers = await archiveKeepers(s);
  for (const l of due) {
    await s.db.transaction().execute(async (trx) => {
      await notify(s, trx, [l.borrower_id, ...keepers], {
        title: `档案逾期未还：${l.number} ${l.title}`,
        body: `${l.borrower_name} 借阅的档案“${l.number} ${l.title}”应于 ${l.due_on} 归还，已逾期 ${l.daysOverdue} 天，请尽快归还。`,
        link: `/instances/${l.instance_id}`,
      });
      await trx.updateTable('archive_borrow').set({ last_reminded_on: today }).where('id', '=', l.id).execute();
    });
  }
  return due.map((l) => l.number);
}

export const archivesJobs: ScheduledJob[] = [
  {
    name: 'archives.overdueReminder',
    due: dailyAt(async (s) => (await archiveSettings(s.db)).reminderAt),
    run: async (s, slot) => void (await runOverdueReminders(s, slot)),
  },
];

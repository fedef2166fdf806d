/**
 * ASV-8/ASV-15 the managers' monthly report (月度售后报告): "每月将电子版上报综合管理部经理、
 * 总经理" — last month's jobs, completion rate, callbacks and satisfaction, fees collected and
 * cash handed to finance late. Any month can be viewed (computed live); the scheduled run stores
 * what it sent and notifies the admin manager (综合部部长) and the GM with a link to the page.
 */
import type { Services } from '../../../app.types.js';
import { badRequest } from '../../../http/errors.js';
import { notify } from '../../../platform/notifications/notifications.service.js';
import { callbackMonthReport } from '../monthend/callbacks.service.js';
import { completionBy, revenueByMonth } from './stats.service.js';
import { dayBounds, monthDays } from './reports.sql.js';

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

export function assertMonth(month: string): void {
  if (!MONTH_RE.test(month)) throw badRequest('aftersales.reports.badMonth', { value: month });
}

/** Holders of a position (by position name, optionally in a department), active. */
async function holders(s: Services, position: string, department?: string): Promise<string[]> {
  let q = s.db.selectFrom('app_user').innerJoin('user_position', 'user_position.user_id', 'app_user.id').innerJoin('position', 'position.id', 'user_position.position_id')
    .innerJoin('department', 'department.id', 'position.department_id').select('app_user.id').distinct().where('app_user.active', '=', 1).where('position.name', '=', position);
  if (department) q = q.where('department.name', '=', department);
  return (await q.execute()).map((r) => r.id);
}

/** 综合管理部经理 (the 综合部部长) and 总经理: the report's readers. */
export async function reportRecipients(s: Services): Promise<string[]> {
  return [...new Set([...(await holders(s, '综合部部长', '综合管理部')), ...(await holders(s, '总经理'))])];
}

export async function monthlySummary(s: Services, month: string) {
  assertMonth(month);
  const days = monthDays(month);
  const { fromIso, toIso } = dayBounds(days.from, days.to);
  const count = async (f: (q: ReturnType<typeof base>) => ReturnType<typeof base>) => Number((await f(base()).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const base = () => s.db.selectFrom('aftersales_job');
  const taken = await count((q) => q.where('created_at', '>=', fromIso).where('created_at', '<', toIso));
  const closed = await count((q) => q.where('status', '=', 'closed').where('completed_at', '>=', fromIso).where('completed_at', '<', toIso));
  const cancelled = await count((q) => q.where('status', '=', 'cancelled').where('updated_at', '>=', fromIso).where('updated_at', '<', toIso));
  const technicians = await completionBy(s, days, 'technician_id');
  const clerks = await completionBy(s, days, 'clerk_id');
  const callbacks = await callbackMonthReport(s, month);
  const revenue = (await revenueByMonth(s, days))[0] ?? { month, jobs: 0, feeFen: 0 };
  // ASV-7: deadlines that ended in the month with the cash not at finance by then.
  const late = await base().select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('fee_fen').as('fen')])
    .where('cash_late_from', '>=', fromIso).where('cash_late_from', '<', toIso).where('fee_fen', '>', 0)
    .where((eb) => eb.or([eb('handed_to_finance_at', 'is', null), eb('handed_to_finance_at', '>=', eb.ref('cash_late_from'))])).executeTakeFirstOrThrow();
  const penalties = await s.db.selectFrom('ledger_entry').select('source').select((eb) => eb.fn.sum<number>('amount_fen').as('fen'))
    .where('source', 'in', ['aftersales.cashLate', 'aftersales.cashNotUrged']).where('voided_at', 'is', null).where('occurred_on', '>=', days.from).where('occurred_on', '<=', days.to)
    .groupBy('source').execute();
  const pen = (k: string) => Number(penalties.find((p) => p.source === k)?.fen ?? 0);
  return {
    month,
    jobs: { taken, dispatched: technicians.total.dispatched, completed: technicians.total.completed, completionRate: technicians.total.ratePercent, closed, cancelled },
    technicians: technicians.lines,
    clerks: clerks.lines,
    callbacks: { ...callbacks.total, lines: callbacks.lines },
    revenue: { jobs: revenue.jobs, feeFen: revenue.feeFen },
    lateCash: { jobs: Number(late.n), feeFen: Number(late.fen ?? 0), technicianPenaltyFen: pen('aftersales.cashLate'), clerkPenaltyFen: pen('aftersales.cashNotUrged') },
  };
}

export type MonthlySummary = Awaited<ReturnType<typeof monthlySummary>>;

/** The page: the live figures and, when it was sent, when. */
export async function monthlyReport(s: Services, month: string) {
  const summary = await monthlySummary(s, month);
  const sent = await s.db.selectFrom('aftersales_month_report').select('built_at').where('month', '=', month).executeTakeFirst();
  return { ...summary, sentAt: sent?.built_at ?? null };
}

/** The scheduled run: store the month's report and tell the managers (once per month: the job's slot). */
export async function sendMonthlyReport(s: Services, month: string): Promise<MonthlySummary> {
  const summary = await monthlySummary(s, month);
  const now = s.clock.now().toISOString();
  const to = await reportRecipients(s);
  const yuan = (fen: number) => (fen / 100).toFixed(2);
  await s.db.transaction().execute(async (trx) => {
    await trx.insertInto('aftersales_month_report').values({ month, summary: JSON.stringify(summary), built_at: now })
      .onConflict((oc) => oc.column('month').doUpdateSet({ summary: JSON.stringify(summary), built_at: now })).execute();
    await notify(s, trx, to, {
      title: `月度售后报告（${month}）`,
      body: `受理 ${summary.jobs.taken} 单，派工 ${summary.jobs.dispatched} 单，完成率 ${summary.jobs.completionRate ?? '—'}%；回访 ${summary.callbacks.callbacks} 单，满意率 ${summary.callbacks.satisfactionRate ?? '—'}%；`
        + `收费 ${yuan(summary.revenue.feeFen)} 元；营业款逾期 ${summary.lateCash.jobs} 单 ${yuan(summary.lateCash.feeFen)} 元。`,
      link: `/aftersales/reports/monthly?month=${month}`,
    });
  });
  return summary;
}

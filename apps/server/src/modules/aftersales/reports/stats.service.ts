/**
 * 售后统计 (ASV-8/9): jobs per day, the completion rate KPI per technician and per clerk, callback
 * satisfaction, fees collected per month and the most frequent faults per equipment model. Every
 * figure is an SQL aggregate over indexed ranges (no job rows are loaded into JS), so a period
 * over 100k jobs stays fast.
 */
import { sql } from 'kysely';
import type { Services } from '../../../app.types.js';
import { badRequest } from '../../../http/errors.js';
import { addDays, assertDate } from '../aftersales.rules.dates.js';
import { beijingPart, dayBounds } from './reports.sql.js';

export interface Period {
  from: string;
  to: string;
}

const rate = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n * 1000) / d) / 10);

export function checkPeriod(p: Period, maxDays = 3_700): void {
  assertDate(p.from, 'from');
  assertDate(p.to, 'to');
  if (p.from > p.to || Date.parse(p.to) - Date.parse(p.from) > maxDays * 86_400_000) throw badRequest('aftersales.reports.badRange', { from: p.from, to: p.to });
}

export interface RateLine {
  userId: string;
  name: string;
  dispatched: number;
  completed: number;
  ratePercent: number | null;
}

/**
 * ASV-9 completion rate per person: of the jobs dispatched from `from` to `to` (cancelled ones
 * left out), those finished on site by the end of `to` — the semantics of the pure rule
 * `completionRate` (aftersales.rules.work.ts), computed by the database.
 */
export async function completionBy(s: Services, p: Period, who: 'technician_id' | 'clerk_id'): Promise<{ lines: RateLine[]; total: Omit<RateLine, 'userId' | 'name'> }> {
  checkPeriod(p);
  const { fromIso, toIso } = dayBounds(p.from, p.to);
  const rows = await s.db.selectFrom('aftersales_job as j').innerJoin('app_user as u', 'u.id', `j.${who}`)
    .select(['u.id', 'u.name'])
    .select((eb) => [eb.fn.countAll<number>().as('dispatched'),
      eb.fn.sum<number>(eb.case().when(eb.and([eb('j.finished_at', 'is not', null), eb('j.finished_at', '<', toIso)])).then(1).else(0).end()).as('completed')])
    .where('j.dispatched_at', '>=', fromIso).where('j.dispatched_at', '<', toIso).where('j.status', '!=', 'cancelled')
    .groupBy(['u.id', 'u.name']).execute();
  const lines = rows.map((r) => ({ userId: r.id, name: r.name, dispatched: Number(r.dispatched), completed: Number(r.completed ?? 0), ratePercent: rate(Number(r.completed ?? 0), Number(r.dispatched)) }))
    .sort((a, b) => (b.ratePercent ?? -1) - (a.ratePercent ?? -1) || a.name.localeCompare(b.name, 'zh-CN'));
  const dispatched = lines.reduce((n, l) => n + l.dispatched, 0);
  const completed = lines.reduce((n, l) => n + l.completed, 0);
  return { lines, total: { dispatched, completed, ratePercent: rate(completed, dispatched) } };
}

/** Jobs taken (受理) and dispatched per Beijing day, every day of the period. */
export async function jobsPerDay(s: Services, p: Period) {
  checkPeriod(p, 400);
  const { fromIso, toIso } = dayBounds(p.from, p.to);
  const count = async (col: 'created_at' | 'dispatched_at') => {
    const day = beijingPart(s.dialect, `j.${col}`, 10);
    const rows = await s.db.selectFrom('aftersales_job as j').select([day.as('day')]).select((eb) => eb.fn.countAll<number>().as('n'))
      .where(`j.${col}`, '>=', fromIso).where(`j.${col}`, '<', toIso).groupBy(day).execute();
    return new Map(rows.map((r) => [r.day, Number(r.n)]));
  };
  const taken = await count('created_at');
  const dispatched = await count('dispatched_at');
  const out: { date: string; taken: number; dispatched: number }[] = [];
  for (let d = p.from; d <= p.to; d = addDays(d, 1)) out.push({ date: d, taken: taken.get(d) ?? 0, dispatched: dispatched.get(d) ?? 0 });
  return out;
}

/** ASV-8 the callbacks' satisfaction of the jobs closed in the period. */
export async function satisfaction(s: Services, p: Period) {
  checkPeriod(p);
  const { fromIso, toIso } = dayBounds(p.from, p.to);
  const rows = await s.db.selectFrom('aftersales_job').select('satisfaction').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'closed').where('completed_at', '>=', fromIso).where('completed_at', '<', toIso).groupBy('satisfaction').execute();
  const order = ['非常满意', '满意', '一般', '不满意'];
  return rows.map((r) => ({ satisfaction: r.satisfaction ?? '未回访', count: Number(r.n) }))
    .sort((a, b) => (order.indexOf(a.satisfaction) + 1 || 99) - (order.indexOf(b.satisfaction) + 1 || 99));
}

/** Fees collected (收取的维修费用) per Beijing month of the collection. */
export async function revenueByMonth(s: Services, p: Period) {
  checkPeriod(p);
  const { fromIso, toIso } = dayBounds(p.from, p.to);
  const month = beijingPart(s.dialect, 'collected_at', 7);
  const rows = await s.db.selectFrom('aftersales_job').select([month.as('month')])
    .select((eb) => [eb.fn.countAll<number>().as('jobs'), eb.fn.sum<number>('fee_fen').as('fen')])
    .where('collected_at', '>=', fromIso).where('collected_at', '<', toIso).where('fee_fen', '>', 0).groupBy(month).orderBy(month).execute();
  return rows.map((r) => ({ month: r.month, jobs: Number(r.jobs), feeFen: Number(r.fen ?? 0) }));
}

/** The `top` most frequent faults (the job's problem text) per equipment (name and model). */
export async function topFaults(s: Services, p: Period, top: number) {
  checkPeriod(p);
  const { fromIso, toIso } = dayBounds(p.from, p.to);
  const model = sql<string>`coalesce(trim(e.name || ' ' || e.model), '未登记设备')`;
  const rows = await sql<{ model: string; problem: string; n: number | string; total: number | string }>`
    select model, problem, n, total from (
      select ${model} as model, trim(j.problem) as problem, count(*) as n,
        sum(count(*)) over (partition by ${model}) as total,
        row_number() over (partition by ${model} order by count(*) desc, trim(j.problem)) as rk
      from aftersales_job j left join aftersales_equipment e on e.id = j.equipment_id
      where j.created_at >= ${fromIso} and j.created_at < ${toIso} and j.status <> 'cancelled'
      group by ${model}, trim(j.problem)
    ) t where rk <= ${top} order by total desc, model, n desc`.execute(s.db);
  return rows.rows.map((r) => ({ model: r.model, problem: r.problem, count: Number(r.n), modelJobs: Number(r.total) }));
}

export async function charts(s: Services, p: Period, top: number) {
  checkPeriod(p, 400);
  return {
    from: p.from, to: p.to,
    perDay: await jobsPerDay(s, p),
    technicians: (await completionBy(s, p, 'technician_id')).lines,
    satisfaction: await satisfaction(s, p),
    revenue: await revenueByMonth(s, p),
    faults: await topFaults(s, p, top),
  };
}

export async function kpi(s: Services, p: Period) {
  const technicians = await completionBy(s, p, 'technician_id');
  const clerks = await completionBy(s, p, 'clerk_id');
  return { from: p.from, to: p.to, technicians: technicians.lines, clerks: clerks.lines, total: technicians.total };
}

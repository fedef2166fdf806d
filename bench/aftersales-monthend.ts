/**
 * `npm run bench` (after-sales, issue requirement): the month end (ASV-12/14: commission tables,
 * 交代不收费表, 月报表 — the service the month-end page calls) over N closed 派工单 of one month,
 * N = 10k and 100k, each in a fresh migrated SQLite database with the demo company. Jobs (and the
 * process instances whose data holds the work done and the callback) are bulk-inserted directly,
 * spread over the technicians, engineers, clerks and job types, with some free jobs, engineers
 * called in, corrections and confirmations. Prints both times and their ratio; exits 1 when the
 * ratio exceeds 12 (the target is linear growth: 10×).
 */
import { callbackMonthReport } from '../apps/server/src/modules/aftersales/monthend/callbacks.service.js';
import { monthEnd } from '../apps/server/src/modules/aftersales/monthend/monthend.service.js';
import { JOB_PROCESS_KEY } from '../apps/server/src/modules/aftersales/jobs/jobs.process.js';
import { newId } from '../apps/server/src/ports/ids.js';
import { fmt, freshServer } from './support.js';

const MONTH = '2026-10';
const MAX_RATIO = 12;
const JOB_TYPES = ['repair', 'repair', 'repair', 'inspection', 'install', 'maintenance', 'other'];
const SATISFACTION = ['满意', '满意', '满意', '一般', '不满意'];

type Server = Awaited<ReturnType<typeof freshServer>>;

async function seed(srv: Server, n: number): Promise<void> {
  const db = srv.services.db;
  const users = await db.selectFrom('app_user').select(['id', 'username']).execute();
  const uid = (u: string) => users.find((x) => x.username === u)!.id;
  const technicians = ['zhangwei', 'fengtao', 'caoyang', 'tangming'].map(uid);
  const engineers = ['xuwenbo'].map(uid);
  const clerks = ['lina', 'hanxue'].map(uid);
  const customers = (await db.selectFrom('aftersales_customer').select('id').execute()).map((c) => c.id);
  const def = await db.selectFrom('process_definition').select(['id', 'version']).where('key', '=', JOB_PROCESS_KEY).orderBy('version', 'desc').executeTakeFirstOrThrow();
  // October 2026 in Beijing: 2026-09-30T16:00Z … 2026-10-31T16:00Z; spread evenly over it.
  const from = Date.UTC(2026, 8, 30, 16);
  const span = Date.UTC(2026, 9, 31, 16) - from;
  const CHUNK = 400;
  await db.transaction().execute(async (trx) => {
    for (let k = 0; k < n; k += CHUNK) {
      const instances = [];
      const jobs = [];
      for (let i = k; i < Math.min(n, k + CHUNK); i++) {
        const at = new Date(from + Math.floor((span * (i + 0.5)) / n)).toISOString();
        const instanceId = newId();
        const fee = i % 5 === 0 ? 0 : 5_000 + (i % 37) * 1_000;
        const engineerCalled = i % 10 === 3;
        const data = {
          problem: '不制冷，需上门检查', workDone: `已检修第 ${i} 号设备，运行正常`, feeFen: fee, receiptNo: fee ? `SJ${i}` : '',
          chargeNote: fee ? '保修期外，按收费标准收取' : '保修期内免费', satisfaction: SATISFACTION[i % SATISFACTION.length], timely: i % 7 !== 0, conductOk: i % 11 !== 0, callbackNotes: '客户回访已完成',
        };
        instances.push({
          id: instanceId, definition_id: def.id, process_key: JOB_PROCESS_KEY, version: def.version, title: `派工单 ${i}`, status: 'completed', data: JSON.stringify(data),
          initiator_id: clerks[i % clerks.length]!, initiator_department_id: null, owner_id: null, current_steps: '[]', revision: 7, started_at: at, ended_at: at, end_reason: null, last_urged_at: null,
        });
        jobs.push({
          id: newId(), instance_id: instanceId, job_no: `PG${String(i).padStart(10, '0')}`, customer_id: customers[i % customers.length]!, equipment_id: null,
          clerk_id: clerks[i % clerks.length]!, technician_id: technicians[i % technicians.length]!, engineer_called: engineerCalled ? 1 : 0, engineer_id: engineerCalled ? engineers[0]! : null,
          problem: '不制冷', address: '杭州市', contact_phone: '13900000000', skill: '中央空调', job_type: JOB_TYPES[i % JOB_TYPES.length]!,
          warranty_state: fee === 0 ? 'in_warranty' : 'expired', status: 'closed' as const, appointment_at: at, fee_fen: fee, receipt_no: fee ? `SJ${i}` : '',
          fee_verdict: 'ok', fee_diff_fen: 0, collected_at: fee ? at : null, cash_due_on: null, cash_late_from: null, handed_to_finance_at: fee ? at : null, penalty_posted_at: null,
          unfinished_reason: '', completed_at: at, created_at: at, updated_at: at,
        });
      }
      await trx.insertInto('process_instance').values(instances as never).execute();
      await trx.insertInto('aftersales_job').values(jobs).execute();
      // A correction on every 500th job (the latest of a line wins) and the technicians' confirmations.
      const corrections = jobs.filter((_, j) => (k + j) % 500 === 0).map((j) => ({
        id: newId(), month: MONTH, job_id: j.id, user_id: j.technician_id, role: 'technician', amount_fen: 1_234, reason: '核对调整', by_id: clerks[0]!, created_at: j.completed_at,
      }));
      if (corrections.length) await trx.insertInto('aftersales_commission_correction').values(corrections).execute();
    }
    await trx.insertInto('aftersales_commission_confirm').values(technicians.slice(0, 2).map((u) => ({ month: MONTH, user_id: u, total_fen: 0, confirmed_at: new Date(from + span).toISOString() }))).execute();
  });
}

/** Best of `runs` (the first warms the caches) of the month end and of the callback report. */
async function time(srv: Server, runs: number) {
  let monthEndMs = Infinity;
  let callbacksMs = Infinity;
  let sizes = '';
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const m = await monthEnd(srv.services, MONTH);
    const t1 = performance.now();
    const cb = await callbackMonthReport(srv.services, MONTH);
    callbacksMs = Math.min(callbacksMs, performance.now() - t1);
    monthEndMs = Math.min(monthEndMs, t1 - t0);
    sizes = `${m.report.length} jobs, ${m.lines.length} lines, ${m.free.length} free, ${m.people.length} people, ${cb.total.callbacks} callbacks`;
  }
  return { monthEndMs, callbacksMs, sizes };
}

const results: Record<number, { monthEndMs: number; callbacksMs: number }> = {};
console.log(`After-sales month end (${MONTH}) on SQLite: monthEnd (commission tables, 交代不收费表, 月报表) and the monthly callback report`);
for (const n of [10_000, 100_000]) {
  const srv = await freshServer('sqlite');
  try {
    const t0 = performance.now();
    await seed(srv, n);
    const seeded = performance.now() - t0;
    const r = await time(srv, 3);
    results[n] = r;
    console.log(`  N=${String(n).padStart(6)}  month end ${fmt(r.monthEndMs).padStart(7)} ms  callback report ${fmt(r.callbacksMs).padStart(7)} ms  (seed ${fmt(seeded)} ms; ${r.sizes})`);
  } finally {
    await srv.cleanup();
  }
}
for (const k of ['monthEndMs', 'callbacksMs'] as const) {
  const ratio = results[100_000]![k] / results[10_000]![k];
  const label = k === 'monthEndMs' ? 'month end' : 'callback report';
  console.log(`  ${label}: ratio 100k/10k = ${ratio.toFixed(2)} (target ≤ ${MAX_RATIO}, linear = 10)`);
  if (ratio > MAX_RATIO) {
    console.error(`  FAIL: the ${label} grows faster than linearly (ratio ${ratio.toFixed(2)} > ${MAX_RATIO})`);
    process.exitCode = 1;
  }
}

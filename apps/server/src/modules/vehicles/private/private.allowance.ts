/**
 * VEH-9 "员工自备摩托车外出工作…其交通补助提高至220元": the raised transport allowance is monthly
 * (REQUIREMENTS decision) and is posted to the HR-8 ledger once per employee per month, source
 * `vehicles.motorcycleAllowance`, sourceId the month. Who gets it: an employee with a motorcycle
 * registration approved by the end of the month and not withdrawn before the month began.
 * Posted (1) when a motorcycle registration is approved, for that month; (2) by the monthly job
 * on the first worker pass of each month (Beijing), for that month; (3) by HR's "post this month".
 * A month already posted — or posted and voided by HR — is left alone.
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest } from '../../../http/errors.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { systemActor } from '../../../platform/auth/actor.js';
import type { ScheduledJob } from '../../../platform/jobs/jobs.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { assertMonth, beijingMonth } from '../../ledger/ledger.query.js';
import { postLedgerEntry } from '../../ledger/ledger.service.js';
import { monthlyMotorcycleAllowanceFen } from '../vehicles.rules.js';
import { vehicleSettings } from '../vehicles.service.js';
import { MOTORCYCLE_ALLOWANCE_SOURCE } from './private.common.js';
import { BEIJING_OFFSET_MS, beijingDate } from '../../../platform/calendar/beijing.js';

function monthBounds(month: string): { first: string; last: string; endIso: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = new Date(Date.UTC(y, m, 1));
  const last = new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
  // The end of the month in Beijing as a UTC instant (reviewed_at is stored in UTC).
  const endIso = new Date(next.getTime() - BEIJING_OFFSET_MS).toISOString();
  return { first: `${month}-01`, last, endIso };
}

/** Owners with a motorcycle that counts for `month`. */
async function ridersOf(db: Db, month: string): Promise<string[]> {
  const { first, endIso } = monthBounds(month);
  const rows = await db
    .selectFrom('private_vehicle')
    .select('owner_id')
    .distinct()
    .where('vehicle_type', '=', 'motorcycle')
    .where('reviewed_at', '<', endIso)
    .where((eb) => eb.or([eb('status', '=', 'approved'), eb.and([eb('status', '=', 'withdrawn'), eb('withdrawn_on', '>=', first), eb('reviewed_at', 'is not', null)])]))
    .execute();
  return rows.map((r) => r.owner_id);
}

/** Posts one rider's allowance for `month` inside `trx` unless that month already has one. */
export async function postAllowanceFor(trx: Db, s: Services, actor: Actor, userId: string, month: string): Promise<boolean> {
  const exists = await trx.selectFrom('ledger_entry').select('id')
    .where('source', '=', MOTORCYCLE_ALLOWANCE_SOURCE).where('source_id', '=', month).where('user_id', '=', userId).where('kind', '=', 'subsidy')
    .executeTakeFirst();
  if (exists) return false;
  const amount = monthlyMotorcycleAllowanceFen(true, await vehicleSettings(trx));
  if (!amount) return false;
  const { last } = monthBounds(month);
  const today = beijingDate(s.clock.now());
  await postLedgerEntry(trx, s.clock, actor.id === 'system' ? null : actor.id, {
    userId, kind: 'subsidy', amountFen: amount, source: MOTORCYCLE_ALLOWANCE_SOURCE, sourceId: month,
    reason: `摩托车交通补助（${month}，自备摩托车外出工作，交通补助提高至 ${(amount / 100).toFixed(2)} 元）`,
    occurredOn: last < today ? last : today, month,
  });
  return true;
}

/** Posts the month's allowance for every rider not posted yet; audited as one change. */
export async function postMonthlyAllowances(s: Services, actor: Actor, month: string): Promise<{ month: string; posted: number; skipped: number }> {
  assertMonth(month);
  if (month > beijingMonth(s.clock.now())) throw badRequest('vehicles.private.futureMonth', { value: month });
  return changeWithAudit(s, actor, async (trx) => {
    const riders = await ridersOf(trx, month);
    let posted = 0;
    for (const userId of riders) if (await postAllowanceFor(trx, s, actor, userId, month)) posted++;
    const result = { month, posted, skipped: riders.length - posted };
    return { result, audit: { action: 'vehicles.private.allowance', entity: 'ledger_entry', entityId: null, data: result } };
  });
}

/** Once a month: the first worker pass of a Beijing month posts that month's allowances. */
export const motorcycleAllowanceJob: ScheduledJob = {
  name: 'vehicles.motorcycleAllowance',
  due: (_s, now) => beijingMonth(now),
  run: async (s, slot) => {
    await postMonthlyAllowances(s, systemActor, slot);
  },
};

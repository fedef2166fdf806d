/**
 * VEH-14 hand-over fines, VEH-15 dirty-car warnings/fines, daily checks and washing. Fines are
 * recorded by the admin specialist and posted to the HR-8 ledger in the same transaction.
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest, conflict } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { notify } from '../../../platform/notifications/notifications.service.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { startProcess } from '../../../process/process.service.js';
import { postLedgerEntry } from '../../ledger/ledger.service.js';
import { dirtyCarFineFen, handoverFineFen } from '../vehicles.rules.js';
import { vehicleSettings } from '../vehicles.service.js';
import { activeUser, assertDate, fileEntry, vehicleByPlate, yuan } from './incidents.records.js';
import { beijingDate } from '../../../platform/calendar/beijing.js';
import { standingWarnings } from './incidents.rules.js';
import { READ_ALL } from './incidents.service.js';
import { REPAIR_KEY } from './repair.process.js';

export const CHECK_ITEMS = ['documents', 'brakes', 'lights', 'oil', 'water', 'battery', 'tyres', 'clean'] as const;
export type CheckItem = (typeof CHECK_ITEMS)[number];
export const CHECK_ITEM_LABELS: Record<CheckItem, string> = {
  documents: '随车证件(行驶证、驾驶证、保险)', brakes: '刹车', lights: '灯光', oil: '油', water: '水', battery: '电瓶', tyres: '轮胎气压', clean: '车辆内外整洁',
};

const today = (s: Services) => beijingDate(s.clock.now().getTime());

/** Users holding the 行政专员 position (VEH-12/15 reminders go to them). */
export async function adminSpecialists(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('user_position')
    .innerJoin('position', 'position.id', 'user_position.position_id')
    .innerJoin('app_user', 'app_user.id', 'user_position.user_id')
    .select('app_user.id')
    .where('position.name', '=', '行政专员')
    .where('app_user.active', '=', 1)
    .execute();
  return rows.map((r) => r.id);
}

// ---------------------------------------------------------------------------------------------
// Fines

export interface FineInput {
  kind: 'handover' | 'dirty';
  plate: string;
  driverId: string;
  occurredOn: string;
  /** handover: the admin manager approved the substitute driver. */
  approvedByAdminManager?: boolean;
  notes?: string;
}

export async function recordFine(s: Services, actor: Actor, input: FineInput) {
  return changeWithAudit(s, actor, async (trx) => {
    const v = await vehicleByPlate(trx, input.plate, { allowRetired: true });
    const driver = await activeUser(trx, input.driverId, '司机');
    const on = assertDate(input.occurredOn, '日期', today(s));
    const settings = await vehicleSettings(trx);
    let fine: number;
    let warningsBefore = 0;
    if (input.kind === 'handover') {
      fine = handoverFineFen(input.approvedByAdminManager === true, settings);
    } else {
      const warnings = await trx.selectFrom('vehicle_fine').select('occurred_on').where('kind', '=', 'dirty').where('fine_fen', '=', 0)
        .where('vehicle_id', '=', v.id).where('driver_id', '=', driver.id).execute();
      const washes = await trx.selectFrom('vehicle_wash').select('date').where('vehicle_id', '=', v.id).execute();
      warningsBefore = standingWarnings(warnings.map((w) => w.occurred_on), washes.map((w) => w.date), on);
      fine = dirtyCarFineFen(warningsBefore, settings);
    }
    const id = newId();
    await trx.insertInto('vehicle_fine').values({
      id, kind: input.kind, vehicle_id: v.id, driver_id: driver.id, occurred_on: on, approved: input.approvedByAdminManager ? 1 : 0,
      warnings_before: warningsBefore, fine_fen: fine, notes: (input.notes ?? '').trim(), created_by: actor.id, created_at: s.clock.now().toISOString(),
    }).execute();
    const what = input.kind === 'handover'
      ? (fine > 0 ? `擅自将车辆交于他人使用，罚款 ${yuan(fine)}` : '经综合管理部经理批准更换司机，不罚款')
      : (fine > 0 ? `有碍车容，经指出后仍不作改善，罚款 ${yuan(fine)}` : '有碍车容，提出警告（经指出后仍不改善的，罚款10元/次）');
    if (fine > 0) {
      await postLedgerEntry(trx, s.clock, actor.id, {
        userId: driver.id, kind: 'penalty', amountFen: fine, source: input.kind === 'handover' ? 'vehicles.handoverFine' : 'vehicles.dirtyCarFine', sourceId: id,
        reason: `${what}（${v.plate}）`, occurredOn: on,
      });
    }
    await fileEntry(trx, s.clock, v.id, 'fine', `${on} ${driver.name}：${what}`, null, actor.id);
    await notify(s, trx, [driver.id], { title: fine > 0 ? `罚款通知：${v.plate}` : `车辆检查提醒：${v.plate}`, body: what, link: '/vehicles/incidents/fines' });
    return { result: { id, fineFen: fine, warningsBefore }, audit: { action: `vehicle.fine.${input.kind}`, entity: 'vehicle_fine', entityId: id, data: { ...input, fineFen: fine } } };
  });
}

export async function listFines(s: Services, actor: Actor, q: { from?: string; to?: string }) {
  let sel = s.db
    .selectFrom('vehicle_fine as f')
    .innerJoin('vehicle as v', 'v.id', 'f.vehicle_id')
    .innerJoin('app_user as u', 'u.id', 'f.driver_id')
    .selectAll('f')
    .select(['v.plate', 'u.name as driverName']);
  if (!actor.can(READ_ALL)) sel = sel.where('f.driver_id', '=', actor.id);
  if (q.from) sel = sel.where('f.occurred_on', '>=', q.from);
  if (q.to) sel = sel.where('f.occurred_on', '<=', q.to);
  const rows = await sel.orderBy('f.occurred_on', 'desc').orderBy('f.created_at', 'desc').execute();
  return rows.map((f) => ({
    id: f.id, kind: f.kind, vehicleId: f.vehicle_id, plate: f.plate, driverId: f.driver_id, driverName: f.driverName, occurredOn: f.occurred_on,
    approved: f.approved === 1, warningsBefore: f.warnings_before, fineFen: Number(f.fine_fen), warning: f.kind === 'dirty' && Number(f.fine_fen) === 0, notes: f.notes,
  }));
}

// ---------------------------------------------------------------------------------------------
// Daily checks and washing

export interface DailyCheckInput {
  plate: string;
  date?: string;
  items: Record<CheckItem, boolean>;
  problems?: string;
  /** Start a repair (VEH-16) for the problems found, with this estimate. */
  repairEstimateFen?: number;
}

export async function recordDailyCheck(s: Services, actor: Actor, input: DailyCheckInput) {
  const v = await vehicleByPlate(s.db, input.plate);
  const date = input.date ? assertDate(input.date, '检查日期', today(s)) : today(s);
  const failed = CHECK_ITEMS.filter((k) => input.items[k] !== true);
  const problems = (input.problems ?? '').trim();
  if (failed.length > 0 && !problems) throw badRequest('vehicles.incidents.problemsRequired', { items: failed.map((k) => CHECK_ITEM_LABELS[k]).join('、') });
  const dup = await s.db.selectFrom('vehicle_daily_check').select('id').where('vehicle_id', '=', v.id).where('date', '=', date).executeTakeFirst();
  if (dup) throw conflict('vehicles.incidents.checkExists', { plate: v.plate, date });
  // The repair is started first: if it is refused, the check is not saved either (nothing changed).
  let repairInstanceId: string | null = null;
  if (input.repairEstimateFen !== undefined && problems) {
    repairInstanceId = (await startProcess(s, actor, { processKey: REPAIR_KEY, title: `车辆维修（${v.plate}）`, data: { plate: v.plate, problem: problems, estimateFen: input.repairEstimateFen } })).instanceId;
  }
  return changeWithAudit(s, actor, async (trx) => {
    const id = newId();
    await trx.insertInto('vehicle_daily_check').values({
      id, vehicle_id: v.id, driver_id: actor.id, date, items: JSON.stringify(input.items), ok: failed.length === 0 ? 1 : 0, problems,
      repair_instance_id: repairInstanceId, created_at: s.clock.now().toISOString(),
    }).execute();
    if (repairInstanceId) await trx.updateTable('vehicle_repair').set({ daily_check_id: id }).where('instance_id', '=', repairInstanceId).execute();
    if (problems) {
      await fileEntry(trx, s.clock, v.id, 'check', `日检发现问题：${problems}`, null, actor.id);
      await notify(s, trx, await adminSpecialists(trx), { title: `日检发现问题：${v.plate}`, body: `${actor.name}：${problems}`, link: '/vehicles/incidents/checks' });
    }
    return { result: { id, repairInstanceId }, audit: { action: 'vehicle.dailyCheck', entity: 'vehicle_daily_check', entityId: id, data: input } };
  });
}

export async function recordWash(s: Services, actor: Actor, input: { plate: string; date?: string; notes?: string }) {
  return changeWithAudit(s, actor, async (trx) => {
    const v = await vehicleByPlate(trx, input.plate);
    const date = input.date ? assertDate(input.date, '清洗日期', today(s)) : today(s);
    const id = newId();
    await trx.insertInto('vehicle_wash').values({ id, vehicle_id: v.id, driver_id: actor.id, date, notes: (input.notes ?? '').trim(), created_at: s.clock.now().toISOString() }).execute();
    return { result: { id }, audit: { action: 'vehicle.wash', entity: 'vehicle_wash', entityId: id, data: input } };
  });
}

/** Checks and washes of a period, plus today's board: each car's check and last wash. */
export async function checksBoard(s: Services, actor: Actor, q: { from?: string; to?: string }) {
  const t = today(s);
  const from = q.from ?? beijingDate(s.clock.now().getTime() - 13 * 86_400_000);
  const to = q.to ?? t;
  let checks = s.db.selectFrom('vehicle_daily_check as c').innerJoin('vehicle as v', 'v.id', 'c.vehicle_id').innerJoin('app_user as u', 'u.id', 'c.driver_id')
    .selectAll('c').select(['v.plate', 'u.name as driverName']).where('c.date', '>=', from).where('c.date', '<=', to);
  let washes = s.db.selectFrom('vehicle_wash as w').innerJoin('vehicle as v', 'v.id', 'w.vehicle_id').innerJoin('app_user as u', 'u.id', 'w.driver_id')
    .selectAll('w').select(['v.plate', 'u.name as driverName']).where('w.date', '>=', from).where('w.date', '<=', to);
  if (!actor.can(READ_ALL)) {
    checks = checks.where('c.driver_id', '=', actor.id);
    washes = washes.where('w.driver_id', '=', actor.id);
  }
  let cars = await s.db.selectFrom('vehicle').select(['id', 'plate', 'model']).where('status', '!=', 'retired').orderBy('plate').execute();
  if (!actor.can(READ_ALL)) {
    // A driver sees the cars he is designated for (VEH-14), or all when he is designated for none.
    const mine = new Set((await s.db.selectFrom('vehicle_driver').select('vehicle_id').where('user_id', '=', actor.id).execute()).map((d) => d.vehicle_id));
    if (mine.size > 0) cars = cars.filter((c) => mine.has(c.id));
  }
  const todays = await s.db.selectFrom('vehicle_daily_check').select(['vehicle_id', 'ok']).where('date', '=', t).execute();
  const lastWash = await s.db.selectFrom('vehicle_wash').select(['vehicle_id', (eb) => eb.fn.max('date').as('last')]).groupBy('vehicle_id').execute();
  return {
    today: t,
    cars: cars.map((c) => {
      const chk = todays.find((x) => x.vehicle_id === c.id);
      return { id: c.id, plate: c.plate, model: c.model, checkedToday: !!chk, okToday: chk ? chk.ok === 1 : null, lastWash: (lastWash.find((w) => w.vehicle_id === c.id)?.last as string | undefined) ?? null };
    }),
    checks: (await checks.orderBy('c.date', 'desc').execute()).map((c) => ({
      id: c.id, vehicleId: c.vehicle_id, plate: c.plate, driverName: c.driverName, date: c.date, items: JSON.parse(c.items) as Record<string, boolean>, ok: c.ok === 1,
      problems: c.problems, repairInstanceId: c.repair_instance_id,
    })),
    washes: (await washes.orderBy('w.date', 'desc').execute()).map((w) => ({ id: w.id, vehicleId: w.vehicle_id, plate: w.plate, driverName: w.driverName, date: w.date, notes: w.notes })),
  };
}

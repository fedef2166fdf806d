/**
 * Engine hooks of the incidents processes: the automatic steps validate what was entered and keep
 * the part's records, the car's status and file, and the HR-8 ledger in step with the instance.
 * They run inside the action's transaction, so a refusal (400) leaves nothing changed: the task the
 * user tried to complete stays open.
 */
import type { EngineHooks, InstanceRef } from '@guanjia/engine';
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import { linkAttachments, registerAttachmentAccess } from '../../../platform/attachments/attachments.service.js';
import { postLedgerEntry } from '../../ledger/ledger.service.js';
import { accidentSplit, hiredTransportReimbursable, INVOICE_FIELD_LABELS, privateBorrowFuelChargeFen, repairNeedsGm, violationSplit } from '../vehicles.rules.js';
import { vehicleSettings } from '../vehicles.service.js';
import { ACCIDENT_KEY, RESPONSIBILITY_OPTIONS } from './accident.process.js';
import { BORROW_KEY } from './borrow.process.js';
import { HIRED_KEY } from './hired.process.js';
import { activeUser, assertDate, fileEntry, firstId, int, setVehicleStatus, str, vehicleByPlate, yuan } from './incidents.records.js';
import { beijingDate } from '../../../platform/calendar/beijing.js';
import { REPAIR_KEY } from './repair.process.js';
import { CAUSE_OPTIONS, VIOLATION_KEY } from './violation.process.js';

type Ctx = InstanceRef & { stepId: string };

// Photos and invoices in a car's file (VEH-13) may be read by whoever may read the file.
registerAttachmentAccess('vehicle_repair', async (_s, actor) => actor.can('vehicles:read'));
registerAttachmentAccess('vehicle_accident', async (_s, actor) => actor.can('vehicles:read'));

/** The record table of each process (all have instance_id and status). */
const TABLE_OF = {
  [REPAIR_KEY]: 'vehicle_repair',
  [ACCIDENT_KEY]: 'vehicle_accident',
  [VIOLATION_KEY]: 'vehicle_violation',
  [BORROW_KEY]: 'vehicle_private_borrow',
} as const;

function instantOrThrow(v: unknown, field: string): number {
  const ms = typeof v === 'string' ? Date.parse(v) : NaN;
  if (!Number.isFinite(ms)) throw badRequest('vehicles.invalidDateTime', { field, value: String(v ?? '') });
  return ms;
}

/** After a repair ends: back in service unless another repair of the car is still open. */
async function releaseCar(db: Db, s: Omit<Services, 'engine'>, vehicleId: string, why: string) {
  const open = await db.selectFrom('vehicle_repair').select('id').where('vehicle_id', '=', vehicleId).where('status', '=', 'open').executeTakeFirst();
  if (!open) await setVehicleStatus(db, s.clock, vehicleId, 'in_service', why);
}

async function closeRecord(db: Db, s: Omit<Services, 'engine'>, i: InstanceRef, status: 'rejected' | 'cancelled' | 'done') {
  const table = TABLE_OF[i.processKey as keyof typeof TABLE_OF];
  if (!table) return;
  const now = s.clock.now().toISOString();
  await db.updateTable(table).set({ status, closed_at: now }).where('instance_id', '=', i.instanceId).where('status', '=', 'open').execute();
  if (i.processKey === REPAIR_KEY && status !== 'done') {
    const r = await db.selectFrom('vehicle_repair').select('vehicle_id').where('instance_id', '=', i.instanceId).executeTakeFirst();
    if (r) await releaseCar(db, s, r.vehicle_id, status === 'rejected' ? '维修未获批准' : '报修已作废');
  }
}

export function incidentsHooks(s: Omit<Services, 'engine'>): EngineHooks {
  const now = () => s.clock.now();
  const today = () => beijingDate(now().getTime());
  return {
    onCompleted: async (trx, i) => closeRecord(trx as Db, s, i, i.status === 'rejected' ? 'rejected' : 'done'),
    onCancelled: async (trx, i) => closeRecord(trx as Db, s, i, 'cancelled'),
    // 撤回 (withdraw) has no hook of its own: its event closes the record like a cancellation.
    onEvent: async (trx, e) => {
      if (e.type !== 'withdraw') return;
      const i = await (trx as Db).selectFrom('process_instance').select(['process_key', 'title', 'initiator_id']).where('id', '=', e.instanceId).executeTakeFirst();
      if (i) await closeRecord(trx as Db, s, { instanceId: e.instanceId, processKey: i.process_key, title: i.title, initiatorId: i.initiator_id, status: 'withdrawn', data: {} }, 'cancelled');
    },
    auto: {
      // VEH-16 ------------------------------------------------------------------------------
      'vehicles.repairReported': async (t, c: Ctx) => {
        const db = t as Db;
        const v = await vehicleByPlate(db, c.data.plate);
        const estimate = int(c.data, 'estimateFen') ?? 0;
        const needsGm = repairNeedsGm(estimate, await vehicleSettings(db));
        await db.insertInto('vehicle_repair').values({
          id: newId(), instance_id: c.instanceId, vehicle_id: v.id, reporter_id: c.initiatorId, problem: str(c.data, 'problem'), estimate_fen: estimate,
          needs_gm: needsGm ? 1 : 0, actual_cost_fen: null, invoice_attachment_id: null, daily_check_id: null, status: 'open', opened_at: now().toISOString(), closed_at: null,
        }).execute();
        await fileEntry(db, s.clock, v.id, 'repair', `报修：${str(c.data, 'problem')}（预计 ${yuan(estimate)}${needsGm ? '，须总经理同意' : ''}）`, firstId(c.data.photos), c.initiatorId);
        await setVehicleStatus(db, s.clock, v.id, 'repair', '报修');
        return { vehicleId: v.id, needsGm };
      },
      'vehicles.repairDone': async (t, c: Ctx) => {
        const db = t as Db;
        const r = await db.selectFrom('vehicle_repair').select(['id', 'vehicle_id']).where('instance_id', '=', c.instanceId).executeTakeFirstOrThrow();
        const cost = int(c.data, 'actualCostFen') ?? 0;
        const invoice = firstId(c.data.invoicePhotos);
        await db.updateTable('vehicle_repair').set({ actual_cost_fen: cost, invoice_attachment_id: invoice, status: 'done', closed_at: now().toISOString() }).where('id', '=', r.id).execute();
        await linkAttachments(db, c.initiatorId, [...(c.data.photos as string[] | undefined ?? []), ...(c.data.invoicePhotos as string[] | undefined ?? [])], 'vehicle_repair', r.id);
        const work = str(c.data, 'workDone');
        await fileEntry(db, s.clock, r.vehicle_id, 'repair', `维修完成：${work || str(c.data, 'problem')}，实际费用 ${yuan(cost)}`, invoice, c.initiatorId);
        await releaseCar(db, s, r.vehicle_id, '维修完成');
      },

      // VEH-18/19/20 ------------------------------------------------------------------------
      'vehicles.accidentReported': async (t, c: Ctx) => {
        const db = t as Db;
        const v = await vehicleByPlate(db, c.data.plate, { allowRetired: true });
        const driver = await activeUser(db, c.data.driverId, '司机');
        const at = instantOrThrow(c.data.occurredAt, 'occurredAt');
        if (at > now().getTime()) throw badRequest('vehicles.incidents.dateInFuture', { field: '事故时间', value: String(c.data.occurredAt) });
        const accidentId = newId();
        await db.insertInto('vehicle_accident').values({
          id: accidentId, instance_id: c.instanceId, vehicle_id: v.id, driver_id: driver.id, occurred_at: new Date(at).toISOString(), place: str(c.data, 'place'),
          description: str(c.data, 'description'), police_reported: c.data.policeReported === true ? 1 : 0, police_report_no: str(c.data, 'policeReportNo') || null,
          insurer_reported: c.data.insurerReported === true ? 1 : 0, claim_no: str(c.data, 'claimNo') || null, scene_kept: c.data.sceneKept === true ? 1 : 0,
          leaders_told: c.data.leadersTold === true ? 1 : 0, handler_id: null, total_cost_fen: null, insurance_payout_fen: null, responsibility: null,
          driver_share_fen: null, company_share_fen: null, status: 'open', created_at: now().toISOString(), closed_at: null,
        }).execute();
        await linkAttachments(db, c.initiatorId, (c.data.photos as string[] | undefined) ?? [], 'vehicle_accident', accidentId);
        await fileEntry(db, s.clock, v.id, 'accident', `事故：${beijingDate(at)} ${str(c.data, 'place')}，司机 ${driver.name}：${str(c.data, 'description')}`, firstId(c.data.photos), c.initiatorId);
        return { vehicleId: v.id };
      },
      'vehicles.accidentSplit': async (t, c: Ctx) => {
        const db = t as Db;
        const total = int(c.data, 'totalCostFen') ?? 0;
        const payout = int(c.data, 'insurancePayoutFen') ?? 0;
        if (payout > total) throw badRequest('vehicles.incidents.payoutAboveCost', { payout: yuan(payout), total: yuan(total) });
        const left = total - payout;
        const label = str(c.data, 'responsibility');
        const key = RESPONSIBILITY_OPTIONS[label as keyof typeof RESPONSIBILITY_OPTIONS];
        if (!key) throw badRequest('vehicles.incidents.responsibilityInvalid', { value: label });
        let driverShare: number;
        if (key === 'custody' || key === 'work') {
          // VEH-19/20: decided case by case by the admin manager.
          const share = int(c.data, 'caseDriverShareFen');
          if (share === null) throw badRequest('vehicles.incidents.caseShareRequired', { responsibility: label });
          if (share > left) throw badRequest('vehicles.incidents.caseShareTooHigh', { share: yuan(share), left: yuan(left) });
          driverShare = share;
        } else {
          driverShare = accidentSplit(left, key, await vehicleSettings(db)).driverFen;
        }
        const patch = { costAfterInsuranceFen: left, driverShareFen: driverShare, companyShareFen: left - driverShare };
        await db.updateTable('vehicle_accident').set({
          handler_id: str(c.data, 'handlerId') || null, total_cost_fen: total, insurance_payout_fen: payout, claim_no: str(c.data, 'settlementNo') || str(c.data, 'claimNo') || null,
          responsibility: key, driver_share_fen: driverShare, company_share_fen: left - driverShare,
        }).where('instance_id', '=', c.instanceId).execute();
        return patch;
      },
      'vehicles.accidentSettled': async (t, c: Ctx) => {
        const db = t as Db;
        const a = await db.selectFrom('vehicle_accident').innerJoin('vehicle', 'vehicle.id', 'vehicle_accident.vehicle_id')
          .select(['vehicle_accident.id', 'vehicle_accident.vehicle_id', 'vehicle_accident.driver_id', 'vehicle_accident.occurred_at', 'vehicle_accident.driver_share_fen', 'vehicle_accident.company_share_fen', 'vehicle.plate'])
          .where('instance_id', '=', c.instanceId).executeTakeFirstOrThrow();
        const share = Number(a.driver_share_fen ?? 0);
        const label = str(c.data, 'responsibility');
        if (share > 0) {
          await postLedgerEntry(db, s.clock, null, {
            userId: a.driver_id, kind: 'penalty', amountFen: share, source: 'vehicles.accident', sourceId: a.id,
            reason: `车辆事故个人承担（${a.plate}，${label}）`, occurredOn: beijingDate(Date.parse(a.occurred_at)),
          });
        }
        await db.updateTable('vehicle_accident').set({ status: 'done', closed_at: now().toISOString() }).where('id', '=', a.id).execute();
        await fileEntry(db, s.clock, a.vehicle_id, 'accident', `事故处理完毕：${label}，司机承担 ${yuan(share)}，公司承担 ${yuan(Number(a.company_share_fen ?? 0))}`);
      },

      // VEH-17 ------------------------------------------------------------------------------
      'vehicles.violationRecorded': async (t, c: Ctx) => {
        const db = t as Db;
        const v = await vehicleByPlate(db, c.data.plate, { allowRetired: true });
        const driver = await activeUser(db, c.data.driverId, '司机');
        const on = assertDate(c.data.occurredOn, '违章日期', today());
        const from = str(c.data, 'licenceHeldFrom');
        const to = str(c.data, 'licenceHeldTo');
        if ((from || to) && (!from || !to || assertDate(to, '扣证结束日期') < assertDate(from, '扣证开始日期'))) {
          throw badRequest('vehicles.incidents.heldPeriodInvalid', { from: from || '—', to: to || '—' });
        }
        const cause = CAUSE_OPTIONS[str(c.data, 'cause') as keyof typeof CAUSE_OPTIONS];
        if (!cause) throw badRequest('vehicles.incidents.causeInvalid', { value: str(c.data, 'cause') });
        await db.insertInto('vehicle_violation').values({
          id: newId(), instance_id: c.instanceId, vehicle_id: v.id, driver_id: driver.id, occurred_on: on, place: str(c.data, 'place'),
          points: int(c.data, 'points') ?? 0, fine_fen: int(c.data, 'fineFen') ?? 0, cause, driver_share_fen: null, company_share_fen: null,
          licence_held_from: from || null, licence_held_to: to || null, status: 'open', created_at: now().toISOString(), closed_at: null,
        }).execute();
        return { vehicleId: v.id };
      },
      'vehicles.violationSettled': async (t, c: Ctx) => {
        const db = t as Db;
        const r = await db.selectFrom('vehicle_violation').innerJoin('vehicle', 'vehicle.id', 'vehicle_violation.vehicle_id')
          .select(['vehicle_violation.id', 'vehicle_violation.vehicle_id', 'vehicle_violation.driver_id', 'vehicle_violation.occurred_on', 'vehicle_violation.place', 'vehicle_violation.points', 'vehicle_violation.fine_fen', 'vehicle.plate'])
          .where('instance_id', '=', c.instanceId).executeTakeFirstOrThrow();
        const label = str(c.data, 'cause');
        const cause = CAUSE_OPTIONS[label as keyof typeof CAUSE_OPTIONS];
        if (!cause) throw badRequest('vehicles.incidents.causeInvalid', { value: label });
        const split = violationSplit(Number(r.fine_fen), cause, await vehicleSettings(db));
        await db.updateTable('vehicle_violation').set({ cause, driver_share_fen: split.driverFen, company_share_fen: split.companyFen, status: 'done', closed_at: now().toISOString() }).where('id', '=', r.id).execute();
        if (split.driverFen > 0) {
          await postLedgerEntry(db, s.clock, null, {
            userId: r.driver_id, kind: 'penalty', amountFen: split.driverFen, source: 'vehicles.violation', sourceId: r.id,
            reason: `交通违章罚款个人承担（${r.plate}，${r.occurred_on} ${r.place}，${label}）`, occurredOn: r.occurred_on,
          });
        }
        await fileEntry(db, s.clock, r.vehicle_id, 'violation', `违章：${r.occurred_on} ${r.place}，罚分 ${r.points}，罚款 ${yuan(Number(r.fine_fen))}（${label}：司机 ${yuan(split.driverFen)}，公司 ${yuan(split.companyFen)}）`);
        return { driverShareFen: split.driverFen, companyShareFen: split.companyFen };
      },

      // VEH-10 ------------------------------------------------------------------------------
      'vehicles.borrowRequested': async (t, c: Ctx) => {
        const db = t as Db;
        const v = await vehicleByPlate(db, c.data.plate);
        const start = instantOrThrow(c.data.plannedStart, 'plannedStart');
        const end = instantOrThrow(c.data.plannedEnd, 'plannedEnd');
        if (end < start) throw badRequest('vehicles.endBeforeStart', { start: String(c.data.plannedStart), end: String(c.data.plannedEnd) });
        await db.insertInto('vehicle_private_borrow').values({
          id: newId(), instance_id: c.instanceId, vehicle_id: v.id, borrower_id: c.initiatorId, purpose: str(c.data, 'purpose'),
          planned_start: new Date(start).toISOString(), planned_end: new Date(end).toISOString(), odometer_out_km: null, odometer_in_km: null, distance_km: null,
          clean_undamaged: null, damage_notes: null, charge_fen: null, status: 'open', created_at: now().toISOString(), closed_at: null,
        }).execute();
        return { vehicleId: v.id };
      },
      'vehicles.borrowReturned': async (t, c: Ctx) => {
        const db = t as Db;
        const b = await db.selectFrom('vehicle_private_borrow').innerJoin('vehicle', 'vehicle.id', 'vehicle_private_borrow.vehicle_id')
          .select(['vehicle_private_borrow.id', 'vehicle_private_borrow.vehicle_id', 'vehicle_private_borrow.borrower_id', 'vehicle.plate'])
          .where('instance_id', '=', c.instanceId).executeTakeFirstOrThrow();
        const out = int(c.data, 'odometerOutKm') ?? 0;
        const back = int(c.data, 'odometerInKm') ?? 0;
        if (back < out) throw badRequest('vehicles.incidents.odometerInBeforeOut', { in: back, out });
        const ok = c.data.cleanUndamaged === true;
        const notes = str(c.data, 'damageNotes');
        if (!ok && !notes) throw badRequest('vehicles.incidents.damageNotesRequired');
        const distance = back - out;
        const charge = privateBorrowFuelChargeFen(distance, await vehicleSettings(db));
        await db.updateTable('vehicle_private_borrow').set({
          odometer_out_km: out, odometer_in_km: back, distance_km: distance, clean_undamaged: ok ? 1 : 0, damage_notes: notes || null, charge_fen: charge,
          status: 'done', closed_at: now().toISOString(),
        }).where('id', '=', b.id).execute();
        if (charge > 0) {
          await postLedgerEntry(db, s.clock, null, {
            userId: b.borrower_id, kind: 'penalty', amountFen: charge, source: 'vehicles.privateBorrow', sourceId: b.id,
            reason: `因私借用公车按里程计收油费（${b.plate}，${distance}公里）`, occurredOn: today(),
          });
        }
        await fileEntry(db, s.clock, b.vehicle_id, 'private_borrow', `因私借用交还：行驶 ${distance} 公里，计收油费 ${yuan(charge)}；${ok ? '车辆整洁、无损伤' : `车况问题：${notes}`}`);
        return { distanceKm: distance, chargeFen: charge };
      },

      // VEH-8 -------------------------------------------------------------------------------
      'vehicles.hiredRequested': async (t, c: Ctx) => {
        const db = t as Db;
        assertDate(c.data.transportDate, '拉运日期');
        const u = await db.selectFrom('app_user').select('department_id').where('id', '=', c.initiatorId).executeTakeFirst();
        return { departmentId: u?.department_id ?? '' };
      },
      'vehicles.hiredReimbursed': async (t, c: Ctx) => {
        const db = t as Db;
        const check = hiredTransportReimbursable({ start: str(c.data, 'invoiceStart'), end: str(c.data, 'invoiceEnd'), purpose: str(c.data, 'invoicePurpose') });
        if (!check.reimbursable) throw badRequest('vehicles.hired.invoiceIncomplete', { missing: check.missing.map((f) => INVOICE_FIELD_LABELS[f]).join('、') });
        const amount = int(c.data, 'amountFen') ?? 0;
        if (amount <= 0) throw badRequest('vehicles.incidents.amountRequired', { field: '报销金额', value: yuan(amount) });
        await db.insertInto('vehicle_hired_transport').values({
          id: newId(), instance_id: c.instanceId, department_id: str(c.data, 'departmentId') || null, requester_id: c.initiatorId,
          date: assertDate(c.data.transportDate, '拉运日期'), amount_fen: amount, start: str(c.data, 'invoiceStart'), end: str(c.data, 'invoiceEnd'),
          purpose: str(c.data, 'invoicePurpose'), invoice_attachment_id: firstId(c.data.invoicePhotos), created_at: now().toISOString(),
        }).execute();
      },
    },
  };
}

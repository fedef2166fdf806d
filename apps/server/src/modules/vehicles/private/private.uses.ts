/**
 * VEH-9 附表14 员工私车公用登记表: the employee logs each business use of his approved vehicle
 * (from a phone too); the admin manager (综合部部长) approves it — a simple approve action, no
 * engine process: one step, one approver, and the amount is the only decision. On approval the
 * subsidy comes from `tripSubsidyFen` (urban 10, suburb 30 yuan; over 50 km the approver sets the
 * amount) and is posted to the HR-8 ledger (source `vehicles.privateUse`, sourceId the use).
 */
import type { Services } from '../../../app.types.js';
import { badRequest, conflict, forbidden, notFound } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { scopeFor } from '../../../platform/access/record-rules.js';
import { notify } from '../../../platform/notifications/notifications.service.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { assertMonth } from '../../ledger/ledger.query.js';
import { postLedgerEntry } from '../../ledger/ledger.service.js';
import { tripSubsidyFen } from '../vehicles.rules.js';
import { beijingDate, vehicleSettings } from '../vehicles.service.js';
import {
  approverIds, assertDate, isApprover, kmOf, PRIVATE_MANAGE, PRIVATE_READ_ALL, PRIVATE_USE_SOURCE, REG_STATUS_LABELS, required, RULE_LABELS,
  TYPE_LABELS, USE_STATUS_LABELS,
} from './private.common.js';
import type { PrivateUseStatus } from './private.table.js';

export interface UseInput {
  userId?: string;
  useDate: string;
  privateVehicleId: string;
  fromPlace: string;
  toPlace: string;
  purpose: string;
  distanceKm: number;
}

export interface UseFilter {
  month?: string;
  status?: PrivateUseStatus;
  userId?: string;
  /** Only uses the actor may approve now. */
  toApprove?: boolean;
}

export async function listUses(s: Services, actor: Actor, f: UseFilter = {}) {
  let q = s.db
    .selectFrom('private_vehicle_use as x')
    .innerJoin('private_vehicle as v', 'v.id', 'x.private_vehicle_id')
    .innerJoin('app_user as u', 'u.id', 'x.user_id')
    .leftJoin('department as d', 'd.id', 'u.department_id')
    .leftJoin('app_user as a', 'a.id', 'x.approved_by')
    .select([
      'x.id', 'x.use_date', 'x.user_id', 'u.name as user_name', 'u.username', 'd.name as department_name', 'x.private_vehicle_id', 'v.plate',
      'v.vehicle_type', 'v.model', 'x.from_place', 'x.to_place', 'x.purpose', 'x.distance_m', 'x.status', 'x.subsidy_fen', 'x.subsidy_rule',
      'a.name as approver_name', 'x.approved_at', 'x.review_note', 'x.ledger_entry_id', 'x.created_at',
    ]);
  if (f.toApprove) {
    // The approver's list: everyone's pending uses but his own.
    if (!(await isApprover(s.db, actor))) return [];
    q = q.where('x.status', '=', 'pending').where('x.user_id', '!=', actor.id);
  } else {
    const scope = scopeFor(actor, PRIVATE_READ_ALL);
    const approver = await isApprover(s.db, actor);
    if (!approver && scope.kind === 'own') q = q.where('x.user_id', '=', scope.userId);
    if (!approver && scope.kind === 'department') {
      const { userId, departmentIds } = scope;
      q = q.where((eb) => eb.or([eb('x.user_id', '=', userId), eb('u.department_id', 'in', departmentIds)]));
    }
  }
  if (f.month) q = q.where('x.use_date', 'like', `${assertMonth(f.month)}-%`);
  if (f.status) q = q.where('x.status', '=', f.status);
  if (f.userId) q = q.where('x.user_id', '=', f.userId);
  const rows = await q.orderBy('x.use_date', 'desc').orderBy('x.created_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id, useDate: r.use_date, userId: r.user_id, userName: r.user_name, username: r.username, departmentName: r.department_name,
    privateVehicleId: r.private_vehicle_id, plate: r.plate, vehicleType: r.vehicle_type, vehicleTypeLabel: TYPE_LABELS[r.vehicle_type], model: r.model,
    fromPlace: r.from_place, toPlace: r.to_place, purpose: r.purpose, distanceKm: kmOf(r.distance_m), status: r.status, statusLabel: USE_STATUS_LABELS[r.status],
    subsidyFen: r.subsidy_fen === null ? null : Number(r.subsidy_fen), subsidyRule: r.subsidy_rule, subsidyRuleLabel: r.subsidy_rule ? RULE_LABELS[r.subsidy_rule] ?? r.subsidy_rule : null,
    approverName: r.approver_name, approvedAt: r.approved_at, reviewNote: r.review_note, ledgerEntryId: r.ledger_entry_id, createdAt: r.created_at,
  }));
}
export type UseDto = Awaited<ReturnType<typeof listUses>>[number];

/** What the rule says for a use before approval (shown on the approval form). */
export async function previewSubsidy(s: Services, distanceKm: number, vehicleType: 'car' | 'motorcycle') {
  const settings = await vehicleSettings(s.db);
  return { ...tripSubsidyFen({ distanceKm, vehicle: vehicleType }, settings), suburbMaxKm: settings.suburbMaxKm };
}

export async function logUse(s: Services, actor: Actor, input: UseInput): Promise<string> {
  const useDate = assertDate(input.useDate, '日期');
  const today = beijingDate(s.clock.now());
  if (useDate > today) throw badRequest('vehicles.private.futureDate', { value: useDate });
  if (typeof input.distanceKm !== 'number' || !Number.isFinite(input.distanceKm) || input.distanceKm <= 0 || input.distanceKm > 5000) {
    throw badRequest('vehicles.private.invalidDistance', { value: String(input.distanceKm) });
  }
  const fromPlace = required(input.fromPlace, '出发地');
  const toPlace = required(input.toPlace, '目的地');
  const purpose = required(input.purpose, '事由');
  const userId = input.userId ?? actor.id;
  if (userId !== actor.id && !actor.can(PRIVATE_MANAGE)) throw forbidden('vehicles.private.notOwn');
  return changeWithAudit(s, actor, async (trx) => {
    const user = await trx.selectFrom('app_user').select(['id', 'name']).where('id', '=', userId).where('active', '=', 1).executeTakeFirst();
    if (!user) throw badRequest('vehicles.driverNotFound', { id: userId });
    const v = await trx.selectFrom('private_vehicle').selectAll().where('id', '=', input.privateVehicleId).executeTakeFirst();
    if (!v) throw badRequest('vehicles.private.notFound');
    if (v.owner_id !== user.id) throw badRequest('vehicles.private.vehicleNotOwned', { plate: v.plate, name: user.name });
    const withdrawnBefore = v.status === 'withdrawn' && v.withdrawn_on !== null && v.withdrawn_on <= useDate;
    if ((v.status !== 'approved' && v.status !== 'withdrawn') || withdrawnBefore || v.reviewed_at === null) {
      throw badRequest('vehicles.private.notApprovedVehicle', { plate: v.plate, status: REG_STATUS_LABELS[v.status] });
    }
    if (useDate < v.registered_on) throw badRequest('vehicles.private.beforeRegistration', { date: useDate, plate: v.plate, registeredOn: v.registered_on });
    const id = newId();
    await trx.insertInto('private_vehicle_use').values({
      id, use_date: useDate, user_id: user.id, private_vehicle_id: v.id, from_place: fromPlace, to_place: toPlace, purpose, distance_m: Math.round(input.distanceKm * 1000),
      status: 'pending', subsidy_fen: null, subsidy_rule: null, approved_by: null, approved_at: null, review_note: null, ledger_entry_id: null,
      created_by: actor.id === 'system' ? null : actor.id, created_at: s.clock.now().toISOString(),
    }).execute();
    await notify(s, trx, await approverIds(trx), {
      title: `私车公用待审批：${user.name} ${useDate}`,
      body: `${v.plate} ${fromPlace} → ${toPlace}，${input.distanceKm} 公里，事由：${purpose}`,
      link: '/vehicles/private/uses?tab=approve',
    });
    return { result: id, audit: { action: 'vehicles.private.use.log', entity: 'private_vehicle_use', entityId: id, data: { ...input, userId: user.id } } };
  });
}

/**
 * The admin manager approves a use (setting the amount when over the suburb limit) or rejects it
 * with a reason. Approval posts the subsidy to the ledger in the same transaction.
 */
export async function reviewUse(s: Services, actor: Actor, id: string, input: { approve: boolean; amountFen?: number; note?: string }): Promise<void> {
  if (!(await isApprover(s.db, actor))) throw forbidden('vehicles.private.notApprover');
  await changeWithAudit(s, actor, async (trx) => {
    const u = await trx.selectFrom('private_vehicle_use as x').innerJoin('private_vehicle as v', 'v.id', 'x.private_vehicle_id')
      .select(['x.id', 'x.user_id', 'x.status', 'x.use_date', 'x.distance_m', 'x.from_place', 'x.to_place', 'x.purpose', 'v.plate', 'v.vehicle_type'])
      .where('x.id', '=', id).executeTakeFirst();
    if (!u) throw notFound('vehicles.private.useNotFound');
    if (u.user_id === actor.id) throw forbidden('vehicles.private.ownApproval');
    if (u.status !== 'pending') throw conflict('vehicles.private.notPending', { status: USE_STATUS_LABELS[u.status] });
    const note = (input.note ?? '').trim();
    const now = s.clock.now().toISOString();
    const approverId = actor.id === 'system' ? null : actor.id;
    if (!input.approve) {
      if (!note) throw badRequest('vehicles.private.reasonRequired');
      await trx.updateTable('private_vehicle_use').set({ status: 'rejected', approved_by: approverId, approved_at: now, review_note: note }).where('id', '=', id).execute();
      await notify(s, trx, [u.user_id], { title: `私车公用被退回：${u.use_date}`, body: note, link: '/vehicles/private/uses' });
      return { result: undefined, audit: { action: 'vehicles.private.use.reject', entity: 'private_vehicle_use', entityId: id, data: { note } } };
    }
    const km = kmOf(u.distance_m);
    const settings = await vehicleSettings(trx);
    const rule = tripSubsidyFen({ distanceKm: km, vehicle: u.vehicle_type }, settings);
    if (input.amountFen !== undefined && !rule.needsAdminApproval) throw badRequest('vehicles.private.amountNotAllowed', { km });
    if (rule.needsAdminApproval && input.amountFen === undefined) throw badRequest('vehicles.private.amountRequired', { km, limit: settings.suburbMaxKm });
    if (input.amountFen !== undefined && (!Number.isSafeInteger(input.amountFen) || input.amountFen < 0)) throw badRequest('vehicles.private.invalidAmount', { value: String(input.amountFen) });
    const amount = rule.needsAdminApproval ? input.amountFen! : rule.amountFen!;
    let ledgerId: string | null = null;
    if (amount > 0) {
      ledgerId = await postLedgerEntry(trx, s.clock, approverId, {
        userId: u.user_id, kind: 'subsidy', amountFen: amount, source: PRIVATE_USE_SOURCE, sourceId: id, occurredOn: u.use_date,
        reason: `私车公用补贴：${u.use_date} ${u.plate} ${u.from_place}→${u.to_place}（${km} 公里，${RULE_LABELS[rule.reason] ?? rule.reason}）`,
      });
    }
    await trx.updateTable('private_vehicle_use')
      .set({ status: 'approved', subsidy_fen: amount, subsidy_rule: rule.reason, approved_by: approverId, approved_at: now, review_note: note || null, ledger_entry_id: ledgerId })
      .where('id', '=', id).execute();
    await notify(s, trx, [u.user_id], { title: `私车公用已批准：${u.use_date}`, body: `补贴 ${(amount / 100).toFixed(2)} 元，随当月工资发放`, link: '/ledger/mine' });
    return { result: undefined, audit: { action: 'vehicles.private.use.approve', entity: 'private_vehicle_use', entityId: id, data: { amountFen: amount, rule: rule.reason, ledgerEntryId: ledgerId, note } } };
  });
}

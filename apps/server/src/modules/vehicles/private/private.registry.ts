/**
 * VEH-9 附表13 员工私车、摩托车报备表: an employee reports his own car or motorcycle to 综合管理部
 * (admin staff may report on his behalf); the admin staff approve or reject it; a vehicle no
 * longer used is withdrawn (注销), never deleted. Approving a motorcycle posts that month's raised
 * transport allowance at once (later months come from the monthly job).
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest, conflict, forbidden, notFound } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { scopeFor } from '../../../platform/access/record-rules.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { normalizePlate } from '../vehicles.rules.js';
import { beijingDate } from '../vehicles.service.js';
import { postAllowanceFor } from './private.allowance.js';
import { assertDate, isApprover, PRIVATE_MANAGE, PRIVATE_READ_ALL, REG_STATUS_LABELS, required, TYPE_LABELS } from './private.common.js';
import type { PrivateVehicleStatus, PrivateVehicleType } from './private.table.js';

/** Province character + letter + 4–6 letters/digits (cars, motorcycles, new-energy plates). */
const PLATE_RE = /^[\u4e00-\u9fff][A-Z][A-Z0-9]{4,6}[\u4e00-\u9fff]?$/;

export interface RegistrationInput {
  ownerId?: string;
  plate: string;
  vehicleType: PrivateVehicleType;
  model: string;
  licenceNo: string;
  insuranceExpiry?: string | null;
  notes?: string;
}

export interface RegistrationFilter {
  status?: PrivateVehicleStatus;
  vehicleType?: PrivateVehicleType;
  ownerId?: string;
  q?: string;
}

export async function listRegistrations(s: Services, actor: Actor, f: RegistrationFilter = {}) {
  // The admin manager approves everyone's uses, so he sees every registration too.
  const scope = (await isApprover(s.db, actor)) ? ({ kind: 'all' } as const) : scopeFor(actor, PRIVATE_READ_ALL);
  let q = s.db
    .selectFrom('private_vehicle as v')
    .innerJoin('app_user as u', 'u.id', 'v.owner_id')
    .leftJoin('department as d', 'd.id', 'u.department_id')
    .leftJoin('app_user as r', 'r.id', 'v.reviewed_by')
    .select([
      'v.id', 'v.owner_id', 'u.name as owner_name', 'u.username as owner_username', 'd.name as department_name', 'v.plate', 'v.vehicle_type', 'v.model',
      'v.licence_no', 'v.insurance_expiry', 'v.registered_on', 'v.status', 'r.name as reviewer_name', 'v.reviewed_at', 'v.review_note', 'v.withdrawn_on', 'v.notes',
    ]);
  if (scope.kind === 'own') q = q.where('v.owner_id', '=', scope.userId);
  if (scope.kind === 'department') {
    const { userId, departmentIds } = scope;
    q = q.where((eb) => eb.or([eb('v.owner_id', '=', userId), eb('u.department_id', 'in', departmentIds)]));
  }
  if (f.status) q = q.where('v.status', '=', f.status);
  if (f.vehicleType) q = q.where('v.vehicle_type', '=', f.vehicleType);
  if (f.ownerId) q = q.where('v.owner_id', '=', f.ownerId);
  if (f.q) {
    const like = `%${f.q.trim()}%`;
    const plateLike = `%${normalizePlate(f.q)}%`;
    q = q.where((eb) => eb.or([eb('v.plate', 'like', plateLike), eb('u.name', 'like', like), eb('v.model', 'like', like)]));
  }
  const rows = await q.orderBy('v.registered_on', 'desc').orderBy('v.created_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id, ownerId: r.owner_id, ownerName: r.owner_name, ownerUsername: r.owner_username, departmentName: r.department_name, plate: r.plate,
    vehicleType: r.vehicle_type, vehicleTypeLabel: TYPE_LABELS[r.vehicle_type], model: r.model, licenceNo: r.licence_no, insuranceExpiry: r.insurance_expiry,
    registeredOn: r.registered_on, status: r.status, statusLabel: REG_STATUS_LABELS[r.status], reviewerName: r.reviewer_name, reviewedAt: r.reviewed_at,
    reviewNote: r.review_note, withdrawnOn: r.withdrawn_on, notes: r.notes,
  }));
}
export type RegistrationDto = Awaited<ReturnType<typeof listRegistrations>>[number];

async function ownerOf(db: Db, actor: Actor, ownerId: string | undefined) {
  const id = ownerId ?? actor.id;
  if (id !== actor.id && !actor.can(PRIVATE_MANAGE)) throw forbidden('vehicles.private.notOwn');
  const u = await db.selectFrom('app_user').select(['id', 'name']).where('id', '=', id).where('active', '=', 1).executeTakeFirst();
  if (!u) throw badRequest('vehicles.driverNotFound', { id });
  return u;
}

export async function registerVehicle(s: Services, actor: Actor, input: RegistrationInput): Promise<string> {
  const plate = normalizePlate(input.plate ?? '');
  if (!PLATE_RE.test(plate)) throw badRequest('vehicles.private.invalidPlate', { plate: input.plate });
  const model = required(input.model, '品牌型号');
  const licenceNo = required(input.licenceNo, '驾驶证号');
  if (input.insuranceExpiry) assertDate(input.insuranceExpiry, '保险到期日');
  return changeWithAudit(s, actor, async (trx) => {
    const owner = await ownerOf(trx, actor, input.ownerId);
    const twin = await trx
      .selectFrom('private_vehicle as v')
      .innerJoin('app_user as u', 'u.id', 'v.owner_id')
      .select(['v.id', 'u.name'])
      .where('v.plate', '=', plate)
      .where('v.status', 'in', ['pending', 'approved'])
      .executeTakeFirst();
    if (twin) throw conflict('vehicles.private.plateTaken', { plate, owner: twin.name });
    const now = s.clock.now().toISOString();
    const id = newId();
    await trx.insertInto('private_vehicle').values({
      id, owner_id: owner.id, plate, vehicle_type: input.vehicleType, model, licence_no: licenceNo, insurance_expiry: input.insuranceExpiry || null,
      registered_on: beijingDate(s.clock.now()), status: 'pending', reviewed_by: null, reviewed_at: null, review_note: null, withdrawn_on: null,
      notes: (input.notes ?? '').trim(), created_by: actor.id === 'system' ? null : actor.id, created_at: now, updated_at: now,
    }).execute();
    return { result: id, audit: { action: 'vehicles.private.register', entity: 'private_vehicle', entityId: id, data: { ...input, plate, ownerId: owner.id } } };
  });
}

/** Admin staff approve (or reject, with a reason) a pending registration. */
export async function reviewRegistration(s: Services, actor: Actor, id: string, input: { approve: boolean; note?: string }): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const v = await trx.selectFrom('private_vehicle').selectAll().where('id', '=', id).executeTakeFirst();
    if (!v) throw notFound('vehicles.private.notFound');
    if (v.status !== 'pending') throw conflict('vehicles.private.notPending', { status: REG_STATUS_LABELS[v.status] });
    const note = (input.note ?? '').trim();
    if (!input.approve && !note) throw badRequest('vehicles.private.reasonRequired');
    const now = s.clock.now();
    await trx.updateTable('private_vehicle')
      .set({ status: input.approve ? 'approved' : 'rejected', reviewed_by: actor.id === 'system' ? null : actor.id, reviewed_at: now.toISOString(), review_note: note || null, updated_at: now.toISOString() })
      .where('id', '=', id).where('status', '=', 'pending').execute();
    if (input.approve && v.vehicle_type === 'motorcycle') await postAllowanceFor(trx, s, actor, v.owner_id, beijingDate(now).slice(0, 7));
    return { result: undefined, audit: { action: input.approve ? 'vehicles.private.approve' : 'vehicles.private.reject', entity: 'private_vehicle', entityId: id, data: { plate: v.plate, note } } };
  });
}

/** 注销: the owner or the admin staff take a vehicle off the register from a date on. */
export async function withdrawRegistration(s: Services, actor: Actor, id: string, input: { on?: string; note?: string }): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const v = await trx.selectFrom('private_vehicle').selectAll().where('id', '=', id).executeTakeFirst();
    if (!v) throw notFound('vehicles.private.notFound');
    if (v.owner_id !== actor.id && !actor.can(PRIVATE_MANAGE)) throw forbidden('vehicles.private.notOwn');
    if (v.status !== 'approved' && v.status !== 'pending') throw conflict('vehicles.private.notWithdrawable', { plate: v.plate, status: REG_STATUS_LABELS[v.status] });
    const on = input.on ? assertDate(input.on, '注销日期') : beijingDate(s.clock.now());
    await trx.updateTable('private_vehicle')
      .set({ status: 'withdrawn', withdrawn_on: on, review_note: (input.note ?? '').trim() || v.review_note, updated_at: s.clock.now().toISOString() })
      .where('id', '=', id).execute();
    return { result: undefined, audit: { action: 'vehicles.private.withdraw', entity: 'private_vehicle', entityId: id, data: { plate: v.plate, on } } };
  });
}

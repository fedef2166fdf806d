/**
 * VEH-1 register (附表12 公司车辆信息登记表), VEH-13 vehicle file (车辆档案), VEH-14 designated
 * drivers, VEH-12 keys. Use cases take `(s, actor, input)`; every change is audited.
 */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import type { Actor } from '../../platform/auth/actor.js';
import { companyWorkingHours } from '../../platform/calendar/working-hours.service.js';
import { getSetting } from '../../platform/settings/settings.service.js';
import { changeWithAudit } from '../../platform/tx.js';
import { beijingDate } from '../../platform/calendar/beijing.js';
import {
  EXPIRY_KIND_LABELS, endOfWorkdayInstant, expiryReminders, keysNotReturned, normalizePlate, vehicleSettingsFrom,
  type ExpiryKind, type VehicleSettings,
} from './vehicles.rules.js';
import * as repo from './vehicles.repository.js';
import type { VehicleStatus, VehicleTable } from './vehicles.table.js';

export const VEHICLE_STATUSES: VehicleStatus[] = ['in_service', 'repair', 'retired'];
export const STATUS_LABELS: Record<VehicleStatus, string> = { in_service: '在用', repair: '维修中', retired: '已报废' };
export const VEHICLE_SETTINGS_KEY = 'vehicles.settings';

export interface VehicleInput {
  plate?: string;
  model?: string;
  seats?: number | null;
  loadKg?: number | null;
  purchaseDate?: string | null;
  insurer?: string | null;
  policyNo?: string | null;
  insuranceExpiry?: string | null;
  inspectionDue?: string | null;
  fuelCardNo?: string | null;
  fuelCardBalanceFen?: number;
  cityPassExpiry?: string | null;
  status?: VehicleStatus;
  usualDriverId?: string | null;
  /** Designated drivers (VEH-14); the usual driver is always one of them. */
  driverIds?: string[];
  notes?: string;
}

/** Province character + letter + 4–6 letters/digits (or a final 学/警/挂…), after normalizing. */
const PLATE_RE = /^[\u4e00-\u9fff][A-Z][A-Z0-9]{4,5}[A-Z0-9\u4e00-\u9fff]$/;
const DATE_FIELDS = ['purchaseDate', 'insuranceExpiry', 'inspectionDue', 'cityPassExpiry'] as const;

function isRealDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Today's date in Beijing: the platform's helper, re-exported for the vehicles parts that import it here. */
export { beijingDate };

export async function vehicleSettings(db: Db): Promise<VehicleSettings> {
  const stored = await getSetting<unknown>(db, VEHICLE_SETTINGS_KEY, {});
  const hours = await companyWorkingHours(db);
  // The working day is one company-wide fact (ENG-8 deadlines use it too), not a vehicles setting.
  const own = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
  return vehicleSettingsFrom({ ...own, workdayStart: hours.start, workdayEnd: hours.end });
}

// ---------------------------------------------------------------------------------------------
// Presenting

function present(v: repo.VehicleRow, drivers: { vehicle_id: string; id: string; name: string; username: string }[]) {
  return {
    id: v.id,
    plate: v.plate,
    model: v.model,
    seats: v.seats,
    loadKg: v.load_kg,
    purchaseDate: v.purchase_date,
    insurer: v.insurer,
    policyNo: v.policy_no,
    insuranceExpiry: v.insurance_expiry,
    inspectionDue: v.inspection_due,
    fuelCardNo: v.fuel_card_no,
    fuelCardBalanceFen: Number(v.fuel_card_balance_fen),
    cityPassExpiry: v.city_pass_expiry,
    status: v.status,
    usualDriverId: v.usual_driver_id,
    usualDriverName: v.usual_driver_name ?? null,
    drivers: drivers.filter((d) => d.vehicle_id === v.id).map((d) => ({ id: d.id, name: d.name, username: d.username })),
    notes: v.notes,
    createdAt: v.created_at,
    updatedAt: v.updated_at,
  };
}
export type VehicleDto = ReturnType<typeof present>;

export async function listVehicles(db: Db, filter: repo.VehicleFilter = {}): Promise<VehicleDto[]> {
  const rows = await repo.listVehicles(db, filter);
  const drivers = await repo.listDriversOf(db, rows.map((r) => r.id));
  return rows.map((r) => present(r, drivers));
}

export async function getVehicle(db: Db, id: string) {
  const v = await repo.findVehicleById(db, id);
  if (!v) throw notFound('vehicles.notFound');
  const [drivers, file, keys, openKey] = await Promise.all([
    repo.listDriversOf(db, [id]),
    repo.listFileEntries(db, id),
    repo.listKeyLogsOf(db, id, 20),
    repo.findOpenKey(db, id),
  ]);
  return {
    ...present(v, drivers),
    keyOut: openKey !== undefined,
    file: file.map((e) => ({ id: e.id, at: e.at, kind: e.kind, text: e.text, attachmentId: e.attachment_id, createdByName: e.created_by_name ?? null })),
    keyLogs: keys.map(presentKey),
  };
}

// ---------------------------------------------------------------------------------------------
// Register changes

type Normalized = Omit<VehicleTable, 'id' | 'created_at' | 'updated_at'>;

/** Validates `input` over the current row (if any) and returns the full row to write. */
async function normalize(db: Db, input: VehicleInput, cur?: VehicleTable): Promise<{ row: Normalized; driverIds?: string[] }> {
  const pick = <K extends keyof VehicleInput, T>(k: K, fallback: T): VehicleInput[K] | T => (input[k] !== undefined ? input[k] : fallback);
  const rawPlate = pick('plate', cur?.plate ?? '') as string;
  const plate = normalizePlate(String(rawPlate ?? ''));
  if (!PLATE_RE.test(plate)) throw badRequest('vehicles.invalidPlate', { plate: String(rawPlate) });
  const model = String(pick('model', cur?.model ?? '') ?? '').trim();
  if (!model) throw badRequest('vehicles.modelRequired');
  for (const f of DATE_FIELDS) {
    const v = input[f];
    if (v !== undefined && v !== null && !isRealDate(v)) throw badRequest('vehicles.invalidDate', { field: f, value: String(v) });
  }
  const fen = pick('fuelCardBalanceFen', cur?.fuel_card_balance_fen ?? 0) as number;
  if (typeof fen !== 'number' || !Number.isSafeInteger(fen) || fen < 0) throw badRequest('vehicles.invalidAmount', { field: 'fuelCardBalanceFen', value: String(fen) });
  for (const k of ['seats', 'loadKg'] as const) {
    const v = input[k];
    if (v !== undefined && v !== null && (!Number.isInteger(v) || v < 0)) throw badRequest('vehicles.invalidCount', { field: k, value: String(v) });
  }
  const status = pick('status', cur?.status ?? 'in_service') as VehicleStatus;
  if (!VEHICLE_STATUSES.includes(status)) throw badRequest('vehicles.invalidStatus', { value: String(status) });

  const twin = await repo.findVehicleIdByPlate(db, plate);
  if (twin && twin.id !== cur?.id) throw conflict('vehicles.plateTaken', { plate });

  const usualDriverId = (pick('usualDriverId', cur?.usual_driver_id ?? null) as string | null) || null;
  let driverIds = input.driverIds ? [...new Set(input.driverIds)] : undefined;
  if (usualDriverId && input.usualDriverId !== undefined) {
    // A newly named usual driver is designated too.
    driverIds ??= (await repo.listDriversOf(db, cur ? [cur.id] : [])).map((d) => d.id);
    if (!driverIds.includes(usualDriverId)) driverIds.push(usualDriverId);
  } else if (usualDriverId && driverIds && !driverIds.includes(usualDriverId)) {
    driverIds.push(usualDriverId);
  }
  const userIds = [...new Set([...(driverIds ?? []), ...(usualDriverId ? [usualDriverId] : [])])];
  if (userIds.length > 0) {
    const found = await db.selectFrom('app_user').select('id').where('id', 'in', userIds).where('active', '=', 1).execute();
    const missing = userIds.find((id) => !found.some((u) => u.id === id));
    if (missing) throw badRequest('vehicles.driverNotFound', { id: missing });
  }
  const text = (k: keyof VehicleInput, fallback: string | null) => {
    const v = pick(k, fallback) as string | null | undefined;
    return v === undefined || v === null || String(v).trim() === '' ? null : String(v).trim();
  };
  return {
    row: {
      plate,
      model,
      seats: pick('seats', cur?.seats ?? null) as number | null,
      load_kg: pick('loadKg', cur?.load_kg ?? null) as number | null,
      purchase_date: (pick('purchaseDate', cur?.purchase_date ?? null) as string | null) || null,
      insurer: text('insurer', cur?.insurer ?? null),
      policy_no: text('policyNo', cur?.policy_no ?? null),
      insurance_expiry: (pick('insuranceExpiry', cur?.insurance_expiry ?? null) as string | null) || null,
      inspection_due: (pick('inspectionDue', cur?.inspection_due ?? null) as string | null) || null,
      fuel_card_no: text('fuelCardNo', cur?.fuel_card_no ?? null),
      fuel_card_balance_fen: fen,
      city_pass_expiry: (pick('cityPassExpiry', cur?.city_pass_expiry ?? null) as string | null) || null,
      status,
      usual_driver_id: usualDriverId,
      notes: String(pick('notes', cur?.notes ?? '') ?? '').trim(),
    },
    driverIds,
  };
}

async function addEntry(db: Db, s: Services, actor: Actor, vehicleId: string, kind: string, text: string, attachmentId: string | null = null) {
  await db
    .insertInto('vehicle_file_entry')
    .values({ id: newId(), vehicle_id: vehicleId, at: s.clock.now().toISOString(), kind, text, attachment_id: attachmentId, created_by: actor.id === 'system' ? null : actor.id })
    .execute();
}

async function setDrivers(db: Db, vehicleId: string, ids: string[]) {
  await db.deleteFrom('vehicle_driver').where('vehicle_id', '=', vehicleId).execute();
  if (ids.length > 0) await db.insertInto('vehicle_driver').values(ids.map((user_id) => ({ vehicle_id: vehicleId, user_id }))).execute();
}

async function namesOf(db: Db, ids: string[]): Promise<string> {
  if (ids.length === 0) return '（无）';
  const rows = await db.selectFrom('app_user').select(['id', 'name']).where('id', 'in', ids).execute();
  return ids.map((id) => rows.find((r) => r.id === id)?.name ?? id).join('、');
}

/** Creates a car inside `trx` (no audit): used by the use case and by the import. */
export async function insertVehicle(trx: Db, s: Services, actor: Actor, input: VehicleInput): Promise<string> {
  const { row, driverIds } = await normalize(trx, input);
  const now = s.clock.now().toISOString();
  const id = newId();
  await trx.insertInto('vehicle').values({ id, ...row, created_at: now, updated_at: now }).execute();
  await setDrivers(trx, id, driverIds ?? []);
  await addEntry(trx, s, actor, id, 'created', `登记车辆 ${row.plate}（${row.model}），状态：${STATUS_LABELS[row.status]}`);
  if ((driverIds ?? []).length > 0) await addEntry(trx, s, actor, id, 'drivers', `指定司机：${await namesOf(trx, driverIds!)}`);
  return id;
}

const FIELD_LABELS: Partial<Record<keyof Normalized, string>> = {
  plate: '车牌号', model: '品牌型号', seats: '座位数', load_kg: '载重', purchase_date: '购置日期', insurer: '保险公司',
  policy_no: '保单号', insurance_expiry: '保险到期日', inspection_due: '年检到期日', fuel_card_no: '油卡卡号',
  fuel_card_balance_fen: '油卡余额', city_pass_expiry: '通行证到期日', usual_driver_id: '常用司机', notes: '备注',
};

/** Updates a car inside `trx` (no audit); returns whether anything changed. */
export async function patchVehicle(trx: Db, s: Services, actor: Actor, id: string, input: VehicleInput): Promise<boolean> {
  const cur = await trx.selectFrom('vehicle').selectAll().where('id', '=', id).executeTakeFirst();
  if (!cur) throw notFound('vehicles.notFound');
  const { row, driverIds } = await normalize(trx, input, cur);
  const changed = (Object.keys(row) as (keyof Normalized)[]).filter((k) => row[k] !== (k === 'fuel_card_balance_fen' ? Number(cur[k]) : cur[k]));
  const oldDrivers = (await repo.listDriversOf(trx, [id])).map((d) => d.id);
  const driversChanged = driverIds !== undefined && [...driverIds].sort().join() !== [...oldDrivers].sort().join();
  if (changed.length === 0 && !driversChanged) return false;
  if (changed.length > 0) await trx.updateTable('vehicle').set({ ...row, updated_at: s.clock.now().toISOString() }).where('id', '=', id).execute();
  if (changed.includes('status')) await addEntry(trx, s, actor, id, 'status', `状态：${STATUS_LABELS[cur.status]} → ${STATUS_LABELS[row.status]}`);
  const others = changed.filter((k) => k !== 'status').map((k) => FIELD_LABELS[k] ?? k);
  if (others.length > 0) {
    const kind = changed.some((k) => k === 'insurer' || k === 'policy_no' || k === 'insurance_expiry') ? 'insurance' : changed.some((k) => k.startsWith('fuel_card')) ? 'fuel_card' : 'updated';
    await addEntry(trx, s, actor, id, kind, `修改登记信息：${others.join('、')}`);
  }
  if (driversChanged) {
    await setDrivers(trx, id, driverIds!);
    await addEntry(trx, s, actor, id, 'drivers', `指定司机：${await namesOf(trx, driverIds!)}`);
  }
  return true;
}

export async function createVehicle(s: Services, actor: Actor, input: VehicleInput & { plate: string; model: string }) {
  return changeWithAudit(s, actor, async (trx) => {
    const id = await insertVehicle(trx, s, actor, input);
    return { result: id, audit: { action: 'vehicle.create', entity: 'vehicle', entityId: id, data: input } };
  });
}

export async function updateVehicle(s: Services, actor: Actor, id: string, input: VehicleInput) {
  return changeWithAudit(s, actor, async (trx) => {
    await patchVehicle(trx, s, actor, id, input);
    return { result: id, audit: { action: 'vehicle.update', entity: 'vehicle', entityId: id, data: input } };
  });
}

/** Only a car with no key history may be deleted; otherwise retire it (status) and keep its file. */
export async function deleteVehicle(s: Services, actor: Actor, id: string) {
  return changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('vehicle').select(['id', 'plate']).where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('vehicles.notFound');
    if ((await repo.countKeyLogsOf(trx, id)) > 0) throw conflict('vehicles.hasHistory', { plate: cur.plate });
    await trx.deleteFrom('vehicle_file_entry').where('vehicle_id', '=', id).execute();
    await trx.deleteFrom('vehicle_driver').where('vehicle_id', '=', id).execute();
    await trx.deleteFrom('vehicle').where('id', '=', id).execute();
    return { result: id, audit: { action: 'vehicle.delete', entity: 'vehicle', entityId: id, data: { plate: cur.plate } } };
  });
}

/** VEH-13 a manual entry in the car's file (insurance renewed, fuel card topped up, …). */
export async function addFileEntry(s: Services, actor: Actor, id: string, input: { kind: string; text: string; attachmentId?: string | null }) {
  return changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('vehicle').select('id').where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('vehicles.notFound');
    await addEntry(trx, s, actor, id, input.kind, input.text.trim(), input.attachmentId ?? null);
    return { result: id, audit: { action: 'vehicle.file.add', entity: 'vehicle', entityId: id, data: input } };
  });
}

// ---------------------------------------------------------------------------------------------
// VEH-12 keys

function presentKey(k: repo.KeyLogRow) {
  return {
    id: k.id,
    vehicleId: k.vehicle_id,
    plate: k.plate,
    model: k.model,
    holderId: k.holder_id,
    holderName: k.holder_name,
    handedOutAt: k.handed_out_at,
    handedOutByName: k.handed_out_by_name ?? null,
    returnedAt: k.returned_at,
    receivedByName: k.received_by_name ?? null,
  };
}
export type KeyLogDto = ReturnType<typeof presentKey>;

/** Hands the key to a designated driver (VEH-14); a key already out cannot be handed out again. */
export async function handOutKey(s: Services, actor: Actor, vehicleId: string, input: { holderId: string }) {
  return changeWithAudit(s, actor, async (trx) => {
    const v = await trx.selectFrom('vehicle').select(['id', 'plate', 'status']).where('id', '=', vehicleId).executeTakeFirst();
    if (!v) throw notFound('vehicles.notFound');
    if (v.status === 'retired') throw badRequest('vehicles.retired', { plate: v.plate });
    const open = await repo.findOpenKey(trx, vehicleId);
    if (open) {
      const holder = await trx.selectFrom('app_user').select('name').where('id', '=', open.holder_id).executeTakeFirst();
      throw conflict('vehicles.keyAlreadyOut', { plate: v.plate, holder: holder?.name ?? open.holder_id });
    }
    const holder = await trx.selectFrom('app_user').select(['id', 'name']).where('id', '=', input.holderId).where('active', '=', 1).executeTakeFirst();
    if (!holder) throw badRequest('vehicles.driverNotFound', { id: input.holderId });
    if (!(await repo.isDesignatedDriver(trx, vehicleId, holder.id))) throw badRequest('vehicles.notDesignatedDriver', { plate: v.plate, name: holder.name });
    const id = newId();
    await trx
      .insertInto('vehicle_key_log')
      .values({ id, vehicle_id: vehicleId, holder_id: holder.id, handed_out_at: s.clock.now().toISOString(), handed_out_by: actor.id, returned_at: null, received_by: null })
      .execute();
    await addEntry(trx, s, actor, vehicleId, 'key_out', `钥匙交予 ${holder.name}`);
    return { result: id, audit: { action: 'vehicle.key.out', entity: 'vehicle', entityId: vehicleId, data: { holderId: holder.id } } };
  });
}

export async function returnKey(s: Services, actor: Actor, vehicleId: string) {
  return changeWithAudit(s, actor, async (trx) => {
    const v = await trx.selectFrom('vehicle').select(['id', 'plate']).where('id', '=', vehicleId).executeTakeFirst();
    if (!v) throw notFound('vehicles.notFound');
    const open = await repo.findOpenKey(trx, vehicleId);
    if (!open) throw conflict('vehicles.keyNotOut', { plate: v.plate });
    const now = s.clock.now().toISOString();
    const n = await trx.updateTable('vehicle_key_log').set({ returned_at: now, received_by: actor.id }).where('id', '=', open.id).where('returned_at', 'is', null).executeTakeFirst();
    if (Number(n.numUpdatedRows) !== 1) throw conflict('vehicles.keyNotOut', { plate: v.plate });
    const holder = await trx.selectFrom('app_user').select('name').where('id', '=', open.holder_id).executeTakeFirst();
    await addEntry(trx, s, actor, vehicleId, 'key_in', `${holder?.name ?? ''} 交回钥匙`);
    return { result: open.id, audit: { action: 'vehicle.key.return', entity: 'vehicle', entityId: vehicleId, data: { keyLogId: open.id } } };
  });
}

/** Who holds which key now: every car in service or repair with its open key log, if any. */
export async function keyBoard(db: Db) {
  const [cars, open] = await Promise.all([listVehicles(db), repo.listOpenKeys(db)]);
  return cars
    .filter((c) => c.status !== 'retired' || open.some((k) => k.vehicle_id === c.id))
    .map((c) => {
      const k = open.find((x) => x.vehicle_id === c.id);
      return { vehicleId: c.id, plate: c.plate, model: c.model, status: c.status, drivers: c.drivers, key: k ? presentKey(k) : null };
    });
}

/**
 * VEH-12 keys not back with the admin specialist by the end of the workday of `date` (Beijing;
 * default today). `checked` is false while that moment is still ahead: the list then shows keys
 * that are due back at `checkAt`.
 */
export async function outstandingKeys(s: Services, date?: string) {
  const day = date ?? beijingDate(s.clock.now());
  if (!isRealDate(day)) throw badRequest('vehicles.invalidDate', { field: 'at', value: day });
  const settings = await vehicleSettings(s.db);
  const checkAt = endOfWorkdayInstant(day, settings);
  const rows = await repo.listKeysOutAt(s.db, checkAt);
  const flagged = keysNotReturned(rows.map((r) => ({ ...r, vehicleId: r.vehicle_id, holderId: r.holder_id, issuedAt: r.handed_out_at, returnedAt: r.returned_at })), checkAt);
  return { date: day, checkAt, checked: s.clock.now().toISOString() >= checkAt, items: flagged.map(presentKey) };
}

// ---------------------------------------------------------------------------------------------
// VEH-1 reminders

/** Insurance, annual inspection and city pass reminders due on `date` (30/7/1 days, due, overdue). */
export async function reminders(s: Services, date?: string) {
  const day = date ?? beijingDate(s.clock.now());
  if (!isRealDate(day)) throw badRequest('vehicles.invalidDate', { field: 'date', value: day });
  const settings = await vehicleSettings(s.db);
  const cars = (await repo.listVehicles(s.db)).filter((c) => c.status !== 'retired');
  const items: { vehicleId: string; plate: string; model: string; kind: ExpiryKind; dueDate: string }[] = [];
  for (const c of cars) {
    const base = { vehicleId: c.id, plate: c.plate, model: c.model };
    if (c.insurance_expiry) items.push({ ...base, kind: 'insurance', dueDate: c.insurance_expiry });
    if (c.inspection_due) items.push({ ...base, kind: 'inspection', dueDate: c.inspection_due });
    if (c.city_pass_expiry) items.push({ ...base, kind: 'cityPass', dueDate: c.city_pass_expiry });
  }
  return {
    date: day,
    days: settings.expiryReminderDays,
    items: expiryReminders(items, day, settings).map((r) => ({ ...r.item, kindLabel: EXPIRY_KIND_LABELS[r.item.kind], daysLeft: r.daysLeft, stage: r.stage })),
  };
}

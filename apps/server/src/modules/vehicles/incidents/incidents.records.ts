/** Small helpers the incidents hooks and services share: lookups that refuse, file entries, money text. */
import type { Db } from '../../../db/create-db.js';
import { badRequest } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import type { Clock } from '../../../ports/clock.js';
import { normalizePlate } from '../vehicles.rules.js';
import { STATUS_LABELS } from '../vehicles.service.js';
import type { VehicleStatus } from '../vehicles.table.js';

/** '123.45元' for messages and file entries. */
export function yuan(fen: number): string {
  return `${(Number(fen) / 100).toFixed(2)}元`;
}

/** The car by plate (as typed: 浙A·3M728, 浙a 3m728 …) or by id; refuses an unknown or retired car. */
export async function vehicleByPlate(db: Db, plate: unknown, opts: { allowRetired?: boolean } = {}) {
  const text = typeof plate === 'string' ? plate : '';
  const v = await db.selectFrom('vehicle').select(['id', 'plate', 'status']).where((eb) => eb.or([eb('plate', '=', normalizePlate(text)), eb('id', '=', text)])).executeTakeFirst();
  if (!v) throw badRequest('vehicles.incidents.vehicleUnknown', { plate: text });
  if (v.status === 'retired' && !opts.allowRetired) throw badRequest('vehicles.incidents.vehicleRetired', { plate: v.plate });
  return v;
}

/** An active user (the driver named in a record); refuses anyone else. */
export async function activeUser(db: Db, id: unknown, field: string) {
  const text = typeof id === 'string' ? id : '';
  const u = text ? await db.selectFrom('app_user').select(['id', 'name', 'department_id']).where('id', '=', text).where('active', '=', 1).executeTakeFirst() : undefined;
  if (!u) throw badRequest('vehicles.incidents.userUnknown', { field, value: text });
  return u;
}

/** A real calendar date, not after `today` when `notFuture`. */
export function assertDate(v: unknown, field: string, today?: string): string {
  const s = typeof v === 'string' ? v : '';
  const d = new Date(`${s}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
    throw badRequest('vehicles.invalidDate', { field, value: s });
  }
  if (today && s > today) throw badRequest('vehicles.incidents.dateInFuture', { field, value: s });
  return s;
}

/** VEH-13 an entry in the car's file, written in the caller's transaction. */
export async function fileEntry(db: Db, clock: Clock, vehicleId: string, kind: string, text: string, attachmentId: string | null = null, by: string | null = null) {
  await db
    .insertInto('vehicle_file_entry')
    .values({ id: newId(), vehicle_id: vehicleId, at: clock.now().toISOString(), kind, text, attachment_id: attachmentId, created_by: by })
    .execute();
}

/** Changes the car's status (in the caller's transaction) and notes it in the file. */
export async function setVehicleStatus(db: Db, clock: Clock, vehicleId: string, to: VehicleStatus, why: string) {
  const cur = await db.selectFrom('vehicle').select('status').where('id', '=', vehicleId).executeTakeFirst();
  if (!cur || cur.status === to || cur.status === 'retired') return;
  await db.updateTable('vehicle').set({ status: to, updated_at: clock.now().toISOString() }).where('id', '=', vehicleId).execute();
  await fileEntry(db, clock, vehicleId, 'status', `状态：${STATUS_LABELS[cur.status]} → ${STATUS_LABELS[to]}（${why}）`);
}

export const str = (d: Record<string, unknown>, k: string): string => (typeof d[k] === 'string' ? (d[k] as string).trim() : '');
export const int = (d: Record<string, unknown>, k: string): number | null => (typeof d[k] === 'number' && Number.isSafeInteger(d[k]) ? (d[k] as number) : null);
export const firstId = (v: unknown): string | null => (Array.isArray(v) && typeof v[0] === 'string' ? v[0] : null);

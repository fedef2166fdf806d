/**
 * ASV-2/13/15 what a customer has: sites, equipment (with warranty status and parts with a
 * service life) and contracts (incl. 维保协议), and the customer detail that shows them at once.
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest, conflict, notFound } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { isRealDate, partLifeStatus, warrantyStatus } from '../aftersales.rules.js';
import { aftersalesSettings, phonesOf, todayOf } from './customers.service.js';
import type { AftersalesEquipmentTable, ContractType } from './customers.table.js';

export const CONTRACT_TYPES: ContractType[] = ['sales', 'order', 'installation', 'maintenance', 'other'];
export const CONTRACT_TYPE_LABELS: Record<ContractType, string> = { sales: '销售合同', order: '订货合同', installation: '安装合同', maintenance: '维保协议', other: '其他' };

const date = (v: string | null | undefined, field: string): string | null => {
  if (v === undefined || v === null || v === '') return null;
  if (!isRealDate(v)) throw badRequest('aftersales.invalidDate', { field, value: String(v) });
  return v;
};
const months = (v: number | null | undefined, field: string, min = 0): number | null => {
  if (v === undefined || v === null) return null;
  if (!Number.isInteger(v) || v < min || v > 600) throw badRequest('aftersales.invalidMonths', { field, value: String(v) });
  return v;
};
const required = (v: string | undefined, field: string): string => {
  const t = (v ?? '').trim();
  if (!t) throw badRequest('aftersales.fieldRequired', { field });
  return t;
};

async function customerExists(db: Db, id: string): Promise<{ code: string; name: string }> {
  const c = await db.selectFrom('aftersales_customer').select(['code', 'name']).where('id', '=', id).executeTakeFirst();
  if (!c) throw notFound('aftersales.customerNotFound', { id });
  return c;
}

// ---------------------------------------------------------------------------------------------
// Detail

export async function getCustomer(s: Services, id: string) {
  const c = await s.db.selectFrom('aftersales_customer').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw notFound('aftersales.customerNotFound', { id });
  const settings = await aftersalesSettings(s.db);
  const today = todayOf(s);
  const [phones, sites, equipment, contracts] = await Promise.all([
    phonesOf(s.db, [id]),
    s.db.selectFrom('aftersales_site').selectAll().where('customer_id', '=', id).orderBy('created_at').execute(),
    s.db.selectFrom('aftersales_equipment').selectAll().where('customer_id', '=', id).orderBy('created_at').execute(),
    s.db.selectFrom('aftersales_contract').selectAll().where('customer_id', '=', id).orderBy('start_on', 'desc').execute(),
  ]);
  const parts = equipment.length
    ? await s.db.selectFrom('aftersales_equipment_part').selectAll().where('equipment_id', 'in', equipment.map((e) => e.id)).orderBy('sort').execute()
    : [];
  return {
    id: c.id, code: c.code, name: c.name, type: c.type, address: c.address, notes: c.notes, source: c.source,
    phones: (phones.get(id) ?? []).map((p) => p.display),
    createdAt: c.created_at, updatedAt: c.updated_at,
    sites: sites.map((x) => ({ id: x.id, name: x.name, address: x.address, contact: x.contact, phone: x.phone, notes: x.notes })),
    equipment: equipment.map((e) => ({
      ...presentEquipment(e),
      siteName: sites.find((x) => x.id === e.site_id)?.name ?? null,
      warranty: warrantyStatus(e.installed_on, e.warranty_months, today, settings.warrantyReminderDays),
      parts: parts.filter((p) => p.equipment_id === e.id).map((p) => ({
        id: p.id, name: p.name, serviceLifeMonths: p.service_life_months, installedOn: p.installed_on,
        life: partLifeStatus({ name: p.name, installedOn: p.installed_on, serviceLifeMonths: p.service_life_months }, today, settings.partLifeReminderDays),
      })),
    })),
    contracts: contracts.map((k) => ({
      id: k.id, number: k.number, type: k.type, startOn: k.start_on, endOn: k.end_on, amountFen: Number(k.amount_fen), notes: k.notes,
      active: k.start_on <= today && (k.end_on === null || k.end_on >= today),
    })),
  };
}

function presentEquipment(e: AftersalesEquipmentTable) {
  return { id: e.id, customerId: e.customer_id, siteId: e.site_id, name: e.name, model: e.model, serial: e.serial, installedOn: e.installed_on, warrantyMonths: e.warranty_months, notes: e.notes };
}

// ---------------------------------------------------------------------------------------------
// Sites

export interface SiteInput { name?: string; address?: string; contact?: string; phone?: string; notes?: string }

export async function addSite(s: Services, actor: Actor, customerId: string, input: SiteInput): Promise<string> {
  return changeWithAudit(s, actor, async (trx) => {
    await customerExists(trx, customerId);
    const id = newId();
    const now = s.clock.now().toISOString();
    await trx.insertInto('aftersales_site').values({ id, customer_id: customerId, name: required(input.name, 'name'), address: input.address?.trim() ?? '', contact: input.contact?.trim() ?? '', phone: input.phone?.trim() ?? '', notes: input.notes?.trim() ?? '', created_at: now, updated_at: now }).execute();
    return { result: id, audit: { action: 'aftersales.site.create', entity: 'aftersales_site', entityId: id, data: { customerId, name: input.name } } };
  });
}

export async function updateSite(s: Services, actor: Actor, id: string, input: SiteInput): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('aftersales_site').selectAll().where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('aftersales.siteNotFound', { id });
    const next = { name: input.name !== undefined ? required(input.name, 'name') : cur.name, address: input.address?.trim() ?? cur.address, contact: input.contact?.trim() ?? cur.contact, phone: input.phone?.trim() ?? cur.phone, notes: input.notes?.trim() ?? cur.notes };
    await trx.updateTable('aftersales_site').set({ ...next, updated_at: s.clock.now().toISOString() }).where('id', '=', id).execute();
    return { result: undefined, audit: { action: 'aftersales.site.update', entity: 'aftersales_site', entityId: id, data: next } };
  });
}

export async function deleteSite(s: Services, actor: Actor, id: string): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('aftersales_site').selectAll().where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('aftersales.siteNotFound', { id });
    // Equipment at the site stays with the customer (site_id set null by the FK).
    await trx.updateTable('aftersales_equipment').set({ site_id: null }).where('site_id', '=', id).execute();
    await trx.deleteFrom('aftersales_site').where('id', '=', id).execute();
    return { result: undefined, audit: { action: 'aftersales.site.delete', entity: 'aftersales_site', entityId: id, data: { customerId: cur.customer_id, name: cur.name } } };
  });
}

// ---------------------------------------------------------------------------------------------
// Equipment

export interface PartInput { name: string; serviceLifeMonths?: number | null; installedOn?: string | null }
export interface EquipmentInput {
  siteId?: string | null;
  name?: string;
  model?: string;
  serial?: string | null;
  installedOn?: string | null;
  warrantyMonths?: number | null;
  notes?: string;
  /** Replaces the parts list when given. */
  parts?: PartInput[];
}

export const normalizeSerial = (v: string | null | undefined): string | null => {
  const t = (v ?? '').normalize('NFKC').trim().toUpperCase().replace(/\s+/g, '');
  return t === '' ? null : t;
};

/** Validates `input` over `cur`; returns the row values to write. */
async function equipmentRow(db: Db, customerId: string, input: EquipmentInput, cur?: AftersalesEquipmentTable) {
  const siteId = input.siteId !== undefined ? input.siteId : (cur?.site_id ?? null);
  if (siteId) {
    const site = await db.selectFrom('aftersales_site').select('customer_id').where('id', '=', siteId).executeTakeFirst();
    if (!site || site.customer_id !== customerId) throw badRequest('aftersales.siteNotOfCustomer', { id: siteId });
  }
  const serial = input.serial !== undefined ? normalizeSerial(input.serial) : (cur?.serial ?? null);
  if (serial && serial !== cur?.serial) {
    const twin = await db.selectFrom('aftersales_equipment as e').innerJoin('aftersales_customer as c', 'c.id', 'e.customer_id').select(['c.code', 'c.name']).where('e.serial', '=', serial).executeTakeFirst();
    if (twin) throw conflict('aftersales.serialTaken', { serial, code: twin.code, name: twin.name });
  }
  return equipmentValues(input, cur);
}

/** The row values of equipment from `input` over `cur`, validated — without the database checks. */
export function equipmentValues(input: EquipmentInput, cur?: AftersalesEquipmentTable) {
  return {
    site_id: input.siteId !== undefined ? input.siteId : (cur?.site_id ?? null),
    serial: input.serial !== undefined ? normalizeSerial(input.serial) : (cur?.serial ?? null),
    name: input.name !== undefined ? required(input.name, 'name') : (cur?.name ?? required(undefined, 'name')),
    model: input.model !== undefined ? input.model.trim() : (cur?.model ?? ''),
    installed_on: input.installedOn !== undefined ? date(input.installedOn, 'installedOn') : (cur?.installed_on ?? null),
    warranty_months: input.warrantyMonths !== undefined ? months(input.warrantyMonths, 'warrantyMonths') : (cur?.warranty_months ?? null),
    notes: input.notes !== undefined ? input.notes.trim() : (cur?.notes ?? ''),
  };
}

async function writeParts(trx: Db, equipmentId: string, parts: PartInput[]): Promise<void> {
  const rows = parts.map((p, i) => ({
    id: newId(), equipment_id: equipmentId, name: required(p.name, `parts[${i}].name`),
    service_life_months: months(p.serviceLifeMonths, `parts[${i}].serviceLifeMonths`, 1), installed_on: date(p.installedOn, `parts[${i}].installedOn`), sort: i,
  }));
  await trx.deleteFrom('aftersales_equipment_part').where('equipment_id', '=', equipmentId).execute();
  if (rows.length) await trx.insertInto('aftersales_equipment_part').values(rows).execute();
}

/** Inserts equipment in `trx` (no audit). */
export async function insertEquipment(trx: Db, s: Services, customerId: string, input: EquipmentInput): Promise<string> {
  await customerExists(trx, customerId);
  const row = await equipmentRow(trx, customerId, input);
  const id = newId();
  const now = s.clock.now().toISOString();
  await trx.insertInto('aftersales_equipment').values({ id, customer_id: customerId, ...row, created_at: now, updated_at: now }).execute();
  if (input.parts) await writeParts(trx, id, input.parts);
  return id;
}

export async function addEquipment(s: Services, actor: Actor, customerId: string, input: EquipmentInput): Promise<string> {
  return changeWithAudit(s, actor, async (trx) => {
    const id = await insertEquipment(trx, s, customerId, input);
    return { result: id, audit: { action: 'aftersales.equipment.create', entity: 'aftersales_equipment', entityId: id, data: { customerId, name: input.name, serial: input.serial ?? null } } };
  });
}

/** Applies `input` in `trx`; returns the changed fields. */
export async function patchEquipment(trx: Db, s: Services, id: string, input: EquipmentInput): Promise<string[]> {
  const cur = await trx.selectFrom('aftersales_equipment').selectAll().where('id', '=', id).executeTakeFirst();
  if (!cur) throw notFound('aftersales.equipmentNotFound', { id });
  const row = await equipmentRow(trx, cur.customer_id, input, cur);
  const changed: string[] = (Object.keys(row) as (keyof typeof row)[]).filter((k) => row[k] !== cur[k]);
  if (changed.length) await trx.updateTable('aftersales_equipment').set({ ...row, updated_at: s.clock.now().toISOString() }).where('id', '=', id).execute();
  if (input.parts) {
    await writeParts(trx, id, input.parts);
    changed.push('parts');
  }
  return changed;
}

export async function updateEquipment(s: Services, actor: Actor, id: string, input: EquipmentInput): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const changed = await patchEquipment(trx, s, id, input);
    return { result: undefined, audit: { action: 'aftersales.equipment.update', entity: 'aftersales_equipment', entityId: id, data: { changed } } };
  });
}

export async function deleteEquipment(s: Services, actor: Actor, id: string): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('aftersales_equipment').selectAll().where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('aftersales.equipmentNotFound', { id });
    await trx.deleteFrom('aftersales_equipment_part').where('equipment_id', '=', id).execute();
    await trx.deleteFrom('aftersales_equipment').where('id', '=', id).execute();
    return { result: undefined, audit: { action: 'aftersales.equipment.delete', entity: 'aftersales_equipment', entityId: id, data: { customerId: cur.customer_id, name: cur.name, serial: cur.serial } } };
  });
}

// ---------------------------------------------------------------------------------------------
// Contracts

export interface ContractInput { number?: string; type?: ContractType; startOn?: string; endOn?: string | null; amountFen?: number; notes?: string }

async function contractRow(db: Db, input: ContractInput, cur?: { id: string; number: string; type: ContractType; start_on: string; end_on: string | null; amount_fen: number; notes: string }) {
  const number = input.number !== undefined ? required(input.number, 'number').toUpperCase() : cur!.number;
  if (number !== cur?.number) {
    const twin = await db.selectFrom('aftersales_contract').select('id').where('number', '=', number).executeTakeFirst();
    if (twin) throw conflict('aftersales.contractNumberTaken', { number });
  }
  const type = input.type ?? cur?.type ?? 'sales';
  if (!CONTRACT_TYPES.includes(type)) throw badRequest('aftersales.invalidContractType', { value: String(type) });
  const startOn = input.startOn !== undefined ? date(input.startOn, 'startOn') : (cur?.start_on ?? null);
  if (!startOn) throw badRequest('aftersales.fieldRequired', { field: 'startOn' });
  const endOn = input.endOn !== undefined ? date(input.endOn, 'endOn') : (cur?.end_on ?? null);
  if (endOn && endOn < startOn) throw badRequest('aftersales.endBeforeStart', { start: startOn, end: endOn });
  const amount = input.amountFen ?? Number(cur?.amount_fen ?? 0);
  if (!Number.isSafeInteger(amount) || amount < 0) throw badRequest('aftersales.invalidAmount', { field: 'amountFen', value: String(amount) });
  return { number, type, start_on: startOn, end_on: endOn, amount_fen: amount, notes: input.notes !== undefined ? input.notes.trim() : (cur?.notes ?? '') };
}

export async function addContract(s: Services, actor: Actor, customerId: string, input: ContractInput): Promise<string> {
  return changeWithAudit(s, actor, async (trx) => {
    await customerExists(trx, customerId);
    const row = await contractRow(trx, input);
    const id = newId();
    const now = s.clock.now().toISOString();
    await trx.insertInto('aftersales_contract').values({ id, customer_id: customerId, ...row, created_at: now, updated_at: now }).execute();
    return { result: id, audit: { action: 'aftersales.contract.create', entity: 'aftersales_contract', entityId: id, data: { customerId, ...row } } };
  });
}

export async function updateContract(s: Services, actor: Actor, id: string, input: ContractInput): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('aftersales_contract').selectAll().where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('aftersales.contractNotFound', { id });
    const row = await contractRow(trx, input, { ...cur, amount_fen: Number(cur.amount_fen) });
    await trx.updateTable('aftersales_contract').set({ ...row, updated_at: s.clock.now().toISOString() }).where('id', '=', id).execute();
    return { result: undefined, audit: { action: 'aftersales.contract.update', entity: 'aftersales_contract', entityId: id, data: row } };
  });
}

export async function deleteContract(s: Services, actor: Actor, id: string): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const cur = await trx.selectFrom('aftersales_contract').selectAll().where('id', '=', id).executeTakeFirst();
    if (!cur) throw notFound('aftersales.contractNotFound', { id });
    await trx.deleteFrom('aftersales_contract').where('id', '=', id).execute();
    return { result: undefined, audit: { action: 'aftersales.contract.delete', entity: 'aftersales_contract', entityId: id, data: { number: cur.number } } };
  });
}

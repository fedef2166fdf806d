/**
 * ASV-2 customer base (the documents' "ERP"): find a caller by phone, name, address, code or
 * equipment serial in one search; create customers complete and accurate, refusing duplicates
 * (same phone, or same name and address — ASV-15). Use cases take `(s, actor, input)`; every change
 * is audited.
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest, conflict, notFound } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { getSetting } from '../../../platform/settings/settings.service.js';
import { changeWithAudit } from '../../../platform/tx.js';
import {
  addressKey, aftersalesSettingsFrom, beijingDateOf, findDuplicate, nameKey, normalizePhone, warrantyStatus, type AftersalesSettings,
  type CustomerIdentity, type WarrantyState,
} from '../aftersales.rules.js';
import type { CustomerType } from './customers.table.js';

export const AFTERSALES_SETTINGS_KEY = 'aftersales.settings';
export const CUSTOMER_TYPES: CustomerType[] = ['retail', 'project', 'company'];
export const CUSTOMER_TYPE_LABELS: Record<CustomerType, string> = { retail: '零售客户', project: '工程项目', company: '单位客户' };

export async function aftersalesSettings(db: Db): Promise<AftersalesSettings> {
  return aftersalesSettingsFrom(await getSetting<unknown>(db, AFTERSALES_SETTINGS_KEY, {}));
}

/** Today's date in Beijing from the service clock. */
export const todayOf = (s: Pick<Services, 'clock'>): string => beijingDateOf(s.clock.now().getTime());

export interface CustomerInput {
  name?: string;
  type?: CustomerType;
  /** As typed; at least one (ASV-1 "客户联系方式"). */
  phones?: string[];
  address?: string;
  notes?: string;
}

export interface NormalizedCustomer {
  name: string;
  name_key: string;
  type: CustomerType;
  address: string;
  address_key: string;
  notes: string;
  phones: { phone: string; display: string }[];
}

/** Validates `input` over the current values (if any); throws 400 naming the offending value. */
export function normalizeCustomer(input: CustomerInput, cur?: Omit<NormalizedCustomer, 'name_key' | 'address_key'>): NormalizedCustomer {
  const name = (input.name ?? cur?.name ?? '').trim().replace(/\s+/g, ' ');
  if (!name) throw badRequest('aftersales.nameRequired');
  if (name.length > 100) throw badRequest('aftersales.tooLong', { field: 'name', max: 100 });
  const type = input.type ?? cur?.type ?? 'retail';
  if (!CUSTOMER_TYPES.includes(type)) throw badRequest('aftersales.invalidCustomerType', { value: String(type) });
  const address = (input.address ?? cur?.address ?? '').trim();
  const notes = (input.notes ?? cur?.notes ?? '').trim();
  let phones = cur?.phones ?? [];
  if (input.phones !== undefined) {
    const seen = new Set<string>();
    phones = [];
    for (const raw of input.phones) {
      if (raw.trim() === '') continue;
      const phone = normalizePhone(raw);
      if (phone === null) throw badRequest('aftersales.invalidPhone', { value: raw });
      if (!seen.has(phone)) phones.push({ phone, display: raw.trim() });
      seen.add(phone);
    }
  }
  if (phones.length === 0) throw badRequest('aftersales.phoneRequired');
  if (phones.length > 10) throw badRequest('aftersales.tooManyPhones', { max: 10 });
  return { name, name_key: nameKey(name), type, address, address_key: addressKey(address), notes, phones };
}

export interface StoredIdentity extends CustomerIdentity {
  id: string;
  code: string;
}

/** Customers that might duplicate `c` (sharing a phone, or with the same name and address). */
export async function duplicateCandidates(db: Db, c: { phones: string[]; name: string; address: string }): Promise<StoredIdentity[]> {
  // Two indexed lookups (phone index, name/address index) rather than one OR that scans the table.
  const ak = addressKey(c.address);
  const ids = new Set<string>();
  if (c.phones.length) {
    for (const r of await db.selectFrom('aftersales_customer_phone').select('customer_id').where('phone', 'in', c.phones).execute()) ids.add(r.customer_id);
  }
  if (ak !== '') {
    for (const r of await db.selectFrom('aftersales_customer').select('id').where('name_key', '=', nameKey(c.name)).where('address_key', '=', ak).execute()) ids.add(r.id);
  }
  if (ids.size === 0) return [];
  const rows = await db.selectFrom('aftersales_customer').select(['id', 'code', 'name', 'address']).where('id', 'in', [...ids]).orderBy('code').execute();
  const phones = await phonesOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, phones: (phones.get(r.id) ?? []).map((p) => p.phone) }));
}

/** Throws 409 naming the existing customer when `c` duplicates one (other than `exceptId`). */
export async function assertNoDuplicate(db: Db, c: NormalizedCustomer, exceptId?: string): Promise<void> {
  const identity = { phones: c.phones.map((p) => p.phone), name: c.name, address: c.address };
  throwIfDuplicate(c, (await duplicateCandidates(db, identity)).filter((x) => x.id !== exceptId));
}

/** The 409 of assertNoDuplicate, against candidates already loaded (ordered by code). */
export function throwIfDuplicate(c: NormalizedCustomer, candidates: StoredIdentity[]): void {
  const dup = findDuplicate({ phones: c.phones.map((p) => p.phone), name: c.name, address: c.address }, candidates);
  if (!dup) return;
  if (dup.reason === 'phone') throw conflict('aftersales.duplicatePhone', { phone: dup.phone!, code: dup.match.code, name: dup.match.name });
  throw conflict('aftersales.duplicateNameAddress', { name: c.name, address: c.address, code: dup.match.code });
}

const chunks = <T>(xs: T[], size = 500): T[][] => Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

/**
 * The duplicate candidates of many customers at once (ASV-15 import): the customers of the base
 * sharing one of their phones or one of their name keys, loaded with a few chunked queries, then
 * looked up in memory. `put` adds or refreshes a customer (one created or changed by the import),
 * so later rows see it as they would see it in the database.
 */
export async function duplicateIndex(db: Db, identities: { phones: string[]; name: string; address: string }[]) {
  const stored = new Map<string, StoredIdentity>();
  const byPhone = new Map<string, Set<string>>();
  const byNameAddress = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, id: string) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(id);
  const put = (x: StoredIdentity) => {
    stored.set(x.id, x);
    for (const p of x.phones) add(byPhone, p, x.id);
    const ak = addressKey(x.address);
    if (ak !== '') add(byNameAddress, `${nameKey(x.name)}|${ak}`, x.id);
  };
  const ids = new Set<string>();
  for (const chunk of chunks([...new Set(identities.flatMap((c) => c.phones))])) {
    for (const r of await db.selectFrom('aftersales_customer_phone').select('customer_id').where('phone', 'in', chunk).execute()) ids.add(r.customer_id);
  }
  const wanted = new Set(identities.filter((c) => addressKey(c.address) !== '').map((c) => `${nameKey(c.name)}|${addressKey(c.address)}`));
  for (const chunk of chunks([...new Set([...wanted].map((k) => k.slice(0, k.indexOf('|'))))])) {
    for (const r of await db.selectFrom('aftersales_customer').select(['id', 'name_key', 'address_key']).where('name_key', 'in', chunk).execute()) {
      if (wanted.has(`${r.name_key}|${r.address_key}`)) ids.add(r.id);
    }
  }
  for (const chunk of chunks([...ids])) {
    const rows = await db.selectFrom('aftersales_customer').select(['id', 'code', 'name', 'address']).where('id', 'in', chunk).execute();
    const phones = await phonesOf(db, chunk);
    for (const r of rows) put({ ...r, phones: (phones.get(r.id) ?? []).map((p) => p.phone) });
  }
  return {
    put,
    /** Candidates of `c` ordered by code, as duplicateCandidates returns them. */
    candidates(c: { phones: string[]; name: string; address: string }, exceptId?: string): StoredIdentity[] {
      const found = new Set<string>();
      for (const p of c.phones) for (const id of byPhone.get(p) ?? []) found.add(id);
      const ak = addressKey(c.address);
      if (ak !== '') for (const id of byNameAddress.get(`${nameKey(c.name)}|${ak}`) ?? []) found.add(id);
      found.delete(exceptId ?? '');
      return [...found].map((id) => stored.get(id)!).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    },
  };
}

export async function phonesOf(db: Db, ids: string[]): Promise<Map<string, { phone: string; display: string }[]>> {
  const out = new Map<string, { phone: string; display: string }[]>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('aftersales_customer_phone').select(['customer_id', 'phone', 'display']).where('customer_id', 'in', ids).orderBy('customer_id').orderBy('sort').execute();
  for (const r of rows) out.set(r.customer_id, [...(out.get(r.customer_id) ?? []), { phone: r.phone, display: r.display }]);
  return out;
}

/** The next free 客户编号 (KH000001 …). */
export async function nextCustomerCode(db: Db): Promise<number> {
  const row = await db.selectFrom('aftersales_customer').select((eb) => eb.fn.max('code').as('code')).where('code', '>=', 'KH').where('code', '<', 'KI').executeTakeFirst();
  const n = row?.code ? Number(String(row.code).slice(2)) : 0;
  return (Number.isFinite(n) ? n : 0) + 1;
}
export const formatCustomerCode = (n: number): string => `KH${String(n).padStart(6, '0')}`;

async function writePhones(trx: Db, customerId: string, phones: NormalizedCustomer['phones']): Promise<void> {
  await trx.deleteFrom('aftersales_customer_phone').where('customer_id', '=', customerId).execute();
  if (phones.length) await trx.insertInto('aftersales_customer_phone').values(phones.map((p, i) => ({ customer_id: customerId, phone: p.phone, display: p.display, sort: i }))).execute();
}

/** The rows of a new customer (validated and duplicate-checked by the caller). */
export function newCustomerRows(s: Pick<Services, 'clock'>, actor: Actor, c: NormalizedCustomer, code: string, source: string) {
  const id = newId();
  const now = s.clock.now().toISOString();
  const { phones, ...row } = c;
  return {
    customer: { id, code, ...row, source, created_at: now, updated_at: now, created_by: actor.id === 'system' ? null : actor.id },
    phones: phones.map((p, i) => ({ customer_id: id, phone: p.phone, display: p.display, sort: i })),
  };
}

/** Inserts a validated, duplicate-checked customer in `trx` (no audit: the caller records it). */
export async function insertCustomer(trx: Db, s: Services, actor: Actor, input: CustomerInput, opts: { source?: string; code?: string } = {}): Promise<{ id: string; code: string }> {
  const c = normalizeCustomer(input);
  await assertNoDuplicate(trx, c);
  const code = opts.code ?? formatCustomerCode(await nextCustomerCode(trx));
  const rows = newCustomerRows(s, actor, c, code, opts.source ?? 'manual');
  await trx.insertInto('aftersales_customer').values(rows.customer).execute();
  if (rows.phones.length) await trx.insertInto('aftersales_customer_phone').values(rows.phones).execute();
  return { id: rows.customer.id, code };
}

export async function createCustomer(s: Services, actor: Actor, input: CustomerInput): Promise<{ id: string; code: string }> {
  return changeWithAudit(s, actor, async (trx) => {
    const r = await insertCustomer(trx, s, actor, input);
    return { result: r, audit: { action: 'aftersales.customer.create', entity: 'aftersales_customer', entityId: r.id, data: { code: r.code, name: input.name } } };
  });
}

async function loadCustomer(db: Db, id: string) {
  const c = await db.selectFrom('aftersales_customer').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw notFound('aftersales.customerNotFound', { id });
  return { ...c, phones: (await phonesOf(db, [id])).get(id) ?? [] };
}

/** The fields of `next` that differ from `cur` ('phones' when the numbers or their spelling differ). */
export function customerChanges(cur: Omit<NormalizedCustomer, 'name_key' | 'address_key'>, next: NormalizedCustomer): string[] {
  const changed: string[] = (['name', 'type', 'address', 'notes'] as const).filter((k) => next[k] !== cur[k]);
  if (next.phones.map((p) => `${p.phone}|${p.display}`).join(',') !== cur.phones.map((p) => `${p.phone}|${p.display}`).join(',')) changed.push('phones');
  return changed;
}

/** Applies `input` in `trx`; returns the changed fields (empty when nothing changed). */
export async function patchCustomer(trx: Db, s: Services, id: string, input: CustomerInput): Promise<string[]> {
  const cur = await loadCustomer(trx, id);
  const next = normalizeCustomer(input, cur);
  const changed = customerChanges(cur, next);
  const phonesChanged = changed.includes('phones');
  if (changed.length === 0) return [];
  await assertNoDuplicate(trx, next, id);
  const { phones, ...row } = next;
  await trx.updateTable('aftersales_customer').set({ ...row, updated_at: s.clock.now().toISOString() }).where('id', '=', id).execute();
  if (phonesChanged) await writePhones(trx, id, phones);
  return changed;
}

export async function updateCustomer(s: Services, actor: Actor, id: string, input: CustomerInput): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const changed = await patchCustomer(trx, s, id, input);
    return { result: undefined, audit: { action: 'aftersales.customer.update', entity: 'aftersales_customer', entityId: id, data: { changed } } };
  });
}

export async function deleteCustomer(s: Services, actor: Actor, id: string): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const c = await loadCustomer(trx, id);
    const [eq, ct] = await Promise.all([
      trx.selectFrom('aftersales_equipment').select('id').where('customer_id', '=', id).executeTakeFirst(),
      trx.selectFrom('aftersales_contract').select('id').where('customer_id', '=', id).executeTakeFirst(),
    ]);
    if (eq || ct) throw conflict('aftersales.customerInUse', { code: c.code, name: c.name });
    await trx.deleteFrom('aftersales_customer').where('id', '=', id).execute();
    return { result: undefined, audit: { action: 'aftersales.customer.delete', entity: 'aftersales_customer', entityId: id, data: { code: c.code, name: c.name } } };
  });
}

// ---------------------------------------------------------------------------------------------
// Search and presenting

export interface CustomerFilter {
  q?: string;
  type?: CustomerType;
  page?: number;
  pageSize?: number;
}

/**
 * ASV-2 one search box: a phone (any spelling, part of it), a name or address (part), a 客户编号
 * or an equipment serial/model. Wildcards typed by the user are dropped (LIKE escapes differ).
 */
export async function listCustomers(s: Services, f: CustomerFilter = {}) {
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 50;
  let q = s.db.selectFrom('aftersales_customer as c');
  if (f.type) q = q.where('c.type', '=', f.type);
  const text = (f.q ?? '').replace(/[\\%_]/g, '').trim();
  if (text) {
    const digits = /^[+\d\s\-()]+$/.test(text) ? text.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '') : '';
    const upper = text.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
    q = q.where((eb) =>
      eb.or([
        eb('c.name_key', 'like', `%${nameKey(text)}%`),
        ...(addressKey(text) ? [eb('c.address_key', 'like', `%${addressKey(text)}%`)] : []),
        eb('c.code', '=', upper),
        ...(digits.length >= 3 ? [eb.exists(eb.selectFrom('aftersales_customer_phone as p').select('p.phone').whereRef('p.customer_id', '=', 'c.id').where('p.phone', 'like', `%${digits}%`))] : []),
        eb.exists(
          eb.selectFrom('aftersales_equipment as e').select('e.id').whereRef('e.customer_id', '=', 'c.id')
            .where((w) => w.or([w('e.serial', 'like', `%${upper}%`), w(w.fn('upper', ['e.model']), 'like', `%${upper}%`)])),
        ),
      ]),
    );
  }
  const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
  const rows = await q.selectAll('c').orderBy('c.code', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute();
  const ids = rows.map((r) => r.id);
  const [phones, equipment] = await Promise.all([
    phonesOf(s.db, ids),
    ids.length ? s.db.selectFrom('aftersales_equipment').select(['id', 'customer_id', 'name', 'model', 'serial', 'installed_on', 'warranty_months']).where('customer_id', 'in', ids).orderBy('created_at').execute() : [],
  ]);
  const settings = await aftersalesSettings(s.db);
  const today = todayOf(s);
  const items = rows.map((c) => ({
    id: c.id, code: c.code, name: c.name, type: c.type, address: c.address, notes: c.notes,
    phones: (phones.get(c.id) ?? []).map((p) => p.display),
    equipment: equipment.filter((e) => e.customer_id === c.id).map((e) => {
      const w = warrantyStatus(e.installed_on, e.warranty_months, today, settings.warrantyReminderDays);
      return { id: e.id, name: e.name, model: e.model, serial: e.serial, warrantyState: w.state as WarrantyState, warrantyLastDay: w.lastDay };
    }),
    createdAt: c.created_at, updatedAt: c.updated_at,
  }));
  return { items, total, page, pageSize };
}
export type CustomerSummary = Awaited<ReturnType<typeof listCustomers>>['items'][number];

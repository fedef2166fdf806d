/**
 * ASV-15 the writing half of the customer import, in bulk: one transaction, the base's possible
 * duplicates, serials, customers and equipment loaded with a few chunked queries up front, every
 * row checked in memory with the same rules as the single-record services (normalizeCustomer,
 * duplicates, equipmentValues, serials), new rows written with multi-row inserts in chunks. Rows
 * that change an existing customer or piece of equipment go through patchCustomer/patchEquipment
 * (after the pending inserts are written, so they see the database as a row-by-row import would).
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { AppError, conflict } from '../../../http/errors.js';
import { translate, type Lang } from '../../../http/messages.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { newId } from '../../../ports/ids.js';
import { equipmentValues, patchEquipment, type EquipmentInput } from './customers.records.js';
import {
  customerChanges, duplicateIndex, formatCustomerCode, newCustomerRows, nextCustomerCode, normalizeCustomer, patchCustomer, phonesOf, throwIfDuplicate, type CustomerInput,
} from './customers.service.js';
import type { AftersalesEquipmentTable } from './customers.table.js';

export interface ImportPlan {
  rowNumber: number;
  /** Existing customer id (a row with a 客户编号); otherwise `group` keys a new customer. */
  customerId?: string;
  group: string;
  customer: CustomerInput;
  equipment?: EquipmentInput;
}
export interface ImportRowError { rowNumber: number; column?: string; message: string }
export interface ImportCounts { created: number; updated: number; skipped: number }

const CHUNK = 500;
const chunks = <T>(xs: T[], size = CHUNK): T[][] => Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

/** An equipment row as matched and compared; `pending` when inserted by this import and not written yet. */
type Equipment = AftersalesEquipmentTable & { pending?: boolean };

/**
 * Runs `plans` (those in `only`, when given) in one transaction. Per-row AppErrors are appended to
 * `errors`; with `write` the first one aborts the import (as the dry run found none), without it
 * the transaction is rolled back at the end.
 */
export async function runImport(s: Services, actor: Actor, plans: ImportPlan[], opts: { write: boolean; only?: Set<number>; lang: Lang; errors: ImportRowError[] }): Promise<ImportCounts> {
  const counts: ImportCounts = { created: 0, updated: 0, skipped: 0 };
  const ROLLBACK = new Error('rollback');
  const todo = opts.only ? plans.filter((p) => opts.only!.has(p.rowNumber)) : plans;
  await s.db.transaction().execute(async (trx) => {
    const ctx = await preload(trx, todo);
    const pending = { customers: [] as ReturnType<typeof newCustomerRows>['customer'][], phones: [] as ReturnType<typeof newCustomerRows>['phones'], equipment: [] as Equipment[] };
    const flush = async () => {
      for (const c of chunks(pending.customers, 200)) await trx.insertInto('aftersales_customer').values(c).execute();
      for (const c of chunks(pending.phones)) await trx.insertInto('aftersales_customer_phone').values(c).execute();
      for (const c of chunks(pending.equipment, 200)) await trx.insertInto('aftersales_equipment').values(c.map(({ pending: _, ...e }) => e)).execute();
      for (const e of pending.equipment) delete e.pending;
      pending.customers = [];
      pending.phones = [];
      pending.equipment = [];
    };
    let next = await nextCustomerCode(trx);
    const groupIds = new Map<string, string>();
    const patched = new Set<string>();
    for (const p of todo) {
      try {
        let outcome: 'created' | 'updated' | 'skipped' = 'skipped';
        let id = p.customerId ?? groupIds.get(p.group);
        if (!id) {
          // insertCustomer, in memory: validate, refuse duplicates of the base (and of customers
          // created by earlier rows), take the next code.
          const c = normalizeCustomer(p.customer);
          throwIfDuplicate(c, ctx.duplicates.candidates({ phones: c.phones.map((x) => x.phone), name: c.name, address: c.address }));
          const rows = newCustomerRows(s, actor, c, formatCustomerCode(next++), 'import');
          pending.customers.push(rows.customer);
          pending.phones.push(...rows.phones);
          id = rows.customer.id;
          ctx.duplicates.put({ id, code: rows.customer.code, name: c.name, address: c.address, phones: c.phones.map((x) => x.phone) });
          ctx.customers.set(id, { code: rows.customer.code, name: c.name });
          ctx.equipment.set(id, []);
          groupIds.set(p.group, id);
          outcome = 'created';
        } else if (p.customerId && !patched.has(id)) {
          patched.add(id);
          const cur = ctx.current.get(id)!;
          if (customerChanges(cur, normalizeCustomer(p.customer, cur)).length) {
            await flush();
            if ((await patchCustomer(trx, s, id, p.customer)).length) outcome = 'updated';
            const c = normalizeCustomer(p.customer, cur);
            ctx.duplicates.put({ id, code: ctx.customers.get(id)!.code, name: c.name, address: c.address, phones: c.phones.map((x) => x.phone) });
            ctx.customers.set(id, { code: ctx.customers.get(id)!.code, name: c.name });
          }
        }
        if (p.equipment) {
          const eq = p.equipment;
          const mine = ctx.equipment.get(id) ?? [];
          const match = eq.serial ? mine.find((e) => e.serial === eq.serial) : mine.find((e) => !e.serial && e.name === eq.name?.trim() && e.model === (eq.model ?? '').trim());
          if (match) {
            const row = equipmentValues(eq, match);
            if ((Object.keys(row) as (keyof typeof row)[]).some((k) => row[k] !== match[k])) {
              await flush();
              if ((await patchEquipment(trx, s, match.id, eq)).length && outcome === 'skipped') outcome = 'updated';
              Object.assign(match, row);
            }
          } else {
            // insertEquipment, in memory: the serial must be free in the base and in this import.
            const serial = eq.serial ?? null;
            const twin = serial ? ctx.serials.get(serial) : undefined;
            if (serial && twin) throw conflict('aftersales.serialTaken', { serial, code: twin.code, name: twin.name });
            const now = s.clock.now().toISOString();
            const e: Equipment = { id: newId(), customer_id: id, ...equipmentValues(eq), created_at: now, updated_at: now, pending: true };
            pending.equipment.push(e);
            mine.push(e);
            ctx.equipment.set(id, mine);
            if (e.serial) ctx.serials.set(e.serial, ctx.customers.get(id)!);
            if (outcome === 'skipped') outcome = 'created';
          }
        }
        counts[outcome]++;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        opts.errors.push({ rowNumber: p.rowNumber, message: translate(err.code, opts.lang, (err.params ?? {}) as Record<string, string | number>) });
        if (opts.write) throw err;
      }
    }
    if (!opts.write) throw ROLLBACK;
    await flush();
    await recordAudit(trx, s.clock, actor, { action: 'aftersales.customer.import', entity: 'aftersales_customer', data: { ...counts } });
  }).catch((e: unknown) => {
    if (e !== ROLLBACK) throw e;
  });
  return counts;
}

/** What the rows need from the base, in a few chunked queries. */
async function preload(db: Db, plans: ImportPlan[]) {
  const existingIds = [...new Set(plans.flatMap((p) => (p.customerId ? [p.customerId] : [])))];
  const customers = new Map<string, { code: string; name: string }>();
  const current = new Map<string, Parameters<typeof customerChanges>[0]>();
  const equipment = new Map<string, Equipment[]>();
  for (const chunk of chunks(existingIds)) {
    const phones = await phonesOf(db, chunk);
    for (const c of await db.selectFrom('aftersales_customer').selectAll().where('id', 'in', chunk).execute()) {
      customers.set(c.id, { code: c.code, name: c.name });
      current.set(c.id, { name: c.name, type: c.type, address: c.address, notes: c.notes, phones: phones.get(c.id) ?? [] });
      equipment.set(c.id, []);
    }
    for (const e of await db.selectFrom('aftersales_equipment').selectAll().where('customer_id', 'in', chunk).orderBy('created_at').execute()) equipment.get(e.customer_id)!.push(e);
  }
  const serials = new Map<string, { code: string; name: string }>();
  for (const chunk of chunks([...new Set(plans.flatMap((p) => (p.equipment?.serial ? [p.equipment.serial] : [])))])) {
    const rows = await db.selectFrom('aftersales_equipment as e').innerJoin('aftersales_customer as c', 'c.id', 'e.customer_id').select(['e.serial', 'c.code', 'c.name']).where('e.serial', 'in', chunk).execute();
    for (const r of rows) if (r.serial && !serials.has(r.serial)) serials.set(r.serial, { code: r.code, name: r.name });
  }
  // New customers only: a row with a 客户编号 is checked by patchCustomer when it changes anything.
  const identities = plans.filter((p) => !p.customerId).map((p) => {
    try {
      const c = normalizeCustomer(p.customer);
      return { phones: c.phones.map((x) => x.phone), name: c.name, address: c.address };
    } catch {
      return { phones: [], name: '', address: '' };
    }
  });
  return { customers, current, equipment, serials, duplicates: await duplicateIndex(db, identities) };
}

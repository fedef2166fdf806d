/**
 * ASV-15 bulk import of historical customers (2012 onwards) and the export of the customer base
 * . One row per piece of equipment; a customer without equipment has one row with the
 * equipment columns empty. Rules of the import:
 * - a row with a 客户编号 updates that customer (and adds or updates its equipment, matched by
 *   序列号, else by 设备名称 + 设备型号); re-importing an export changes nothing;
 * - rows without a 客户编号 are new customers; rows with the same name, phones and address are one
 *   customer with several pieces of equipment;
 * - a new customer that shares a phone, or has the same name and address, with another row of the
 *   file or with a customer already in the base is a duplicate and is reported on its row;
 * - validate-only mode (`validate`), all-or-nothing (`all`) or only the valid rows (`valid-only`).
 */
import { z } from 'zod';
import type { Services } from '../../../app.types.js';
import type { Lang } from '../../../http/messages.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { exportXlsx } from '../../../platform/xlsx/xlsx-export.js';
import { importXlsx } from '../../../platform/xlsx/xlsx-import.js';
import { addressKey, nameKey, normalizePhone, splitPhones } from '../aftersales.rules.js';
import { normalizeSerial, type EquipmentInput } from './customers.records.js';
import { runImport, type ImportPlan, type ImportRowError } from './customers.import.js';
import { CUSTOMER_TYPE_LABELS, CUSTOMER_TYPES, listCustomers, phonesOf, type CustomerFilter } from './customers.service.js';
import type { AftersalesEquipmentTable, CustomerType } from './customers.table.js';

export const CUSTOMER_BASE_NAME = '售后客户档案';

const columns = [
  { key: 'code', header: '客户编号', width: 12, type: 'text' as const },
  { key: 'name', header: '客户名称', width: 22, type: 'text' as const, aliases: ['客户姓名', '客户'] },
  { key: 'type', header: '客户类型', width: 10, type: 'text' as const },
  { key: 'phones', header: '联系电话', width: 26, type: 'text' as const, aliases: ['电话', '联系方式'] },
  { key: 'address', header: '地址', width: 32, type: 'text' as const, aliases: ['客户地址'] },
  { key: 'notes', header: '客户备注', width: 20, type: 'text' as const, aliases: ['备注'] },
  { key: 'equipmentName', header: '设备名称', width: 16, type: 'text' as const },
  { key: 'model', header: '设备型号', width: 16, type: 'text' as const, aliases: ['型号'] },
  { key: 'serial', header: '序列号', width: 18, type: 'text' as const, aliases: ['设备序列号'] },
  { key: 'installedOn', header: '安装日期', type: 'date' as const },
  { key: 'warrantyMonths', header: '保修期(月)', width: 10, type: 'number' as const, aliases: ['保修期（月）', '保修月数'] },
];

/** ASV-15 export of the customer base (the current search), one row per piece of equipment. */
export async function exportCustomers(s: Services, filter: CustomerFilter): Promise<Buffer> {
  let q = s.db.selectFrom('aftersales_customer').selectAll().orderBy('code');
  if (filter.type) q = q.where('type', '=', filter.type);
  let customers = await q.execute();
  if (filter.q) {
    // Same matching as the list (one search box), up to 5 000 customers.
    const ids = new Set((await listCustomers(s, { ...filter, page: 1, pageSize: 5_000 })).items.map((c) => c.id));
    customers = customers.filter((c) => ids.has(c.id));
  }
  const ids = customers.map((c) => c.id);
  const phones = new Map<string, { display: string }[]>();
  const equipment: AftersalesEquipmentTable[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const [k, v] of await phonesOf(s.db, chunk)) phones.set(k, v);
    equipment.push(...(await s.db.selectFrom('aftersales_equipment').selectAll().where('customer_id', 'in', chunk).orderBy('created_at').execute()));
  }
  const equipmentOf = new Map<string, AftersalesEquipmentTable[]>();
  for (const e of equipment) equipmentOf.set(e.customer_id, [...(equipmentOf.get(e.customer_id) ?? []), e]);
  const rows = customers.flatMap((c) => {
    const base = { code: c.code, name: c.name, type: CUSTOMER_TYPE_LABELS[c.type], phones: (phones.get(c.id) ?? []).map((p) => p.display).join('、'), address: c.address, notes: c.notes };
    const eq = equipmentOf.get(c.id) ?? [];
    if (eq.length === 0) return [base];
    return eq.map((e) => ({ ...base, equipmentName: e.name, model: e.model, serial: e.serial ?? '', installedOn: e.installed_on, warrantyMonths: e.warranty_months }));
  });
  return exportXlsx({ sheetName: CUSTOMER_BASE_NAME, columns, rows });
}

/** The empty import template (the export's headers). */
export async function customerTemplate(): Promise<Buffer> {
  return exportXlsx({ sheetName: CUSTOMER_BASE_NAME, columns, rows: [] });
}

const opt = z.string().optional().transform((v) => (v && v.trim() ? v.trim() : undefined));
const rowSchema = z.object({
  code: opt,
  name: z.string().trim().min(1).max(100),
  type: opt,
  phones: opt,
  address: z.string().max(300).optional(),
  notes: z.string().max(2000).optional(),
  equipmentName: opt,
  model: opt,
  serial: opt,
  installedOn: opt,
  warrantyMonths: z.number().int().min(0).max(600).optional(),
});

type RowError = ImportRowError;
type Plan = ImportPlan;

export async function importCustomers(s: Services, actor: Actor, buffer: Buffer, mode: 'validate' | 'all' | 'valid-only', lang: Lang) {
  const parsed = await importXlsx(buffer, { columns: columns.map((c) => ({ ...c, required: c.key === 'name' || c.key === 'phones' })), rowSchema, lang });
  const errors: RowError[] = parsed.errors.map((e) => ({ rowNumber: e.rowNumber, column: e.column, message: e.message }));
  const en = lang === 'en';
  const typeOf = new Map<string, CustomerType>(CUSTOMER_TYPES.flatMap((k) => [[k, k], [CUSTOMER_TYPE_LABELS[k], k]] as [string, CustomerType][]));
  const existing = new Map((await s.db.selectFrom('aftersales_customer').select(['id', 'code']).execute()).map((c) => [c.code, c.id]));
  const plans: Plan[] = [];
  /** Per group: the first row and its identity, for in-file duplicates and consistency. */
  const groups = new Map<string, { rowNumber: number; sig: string }>();
  const byPhone = new Map<string, { rowNumber: number; group: string }>();
  const byNameAddress = new Map<string, { rowNumber: number; group: string }>();
  const serials = new Map<string, number>();

  for (const { rowNumber, value: row } of parsed.rows) {
    const before = errors.length;
    const bad = (column: string, message: string) => errors.push({ rowNumber, column, message });
    const type = row.type ? typeOf.get(row.type) : 'retail';
    if (!type) bad('客户类型', en ? `unknown customer type "${row.type}" (零售客户/工程项目/单位客户)` : `客户类型“${row.type}”无效，应为 零售客户/工程项目/单位客户`);
    const rawPhones = splitPhones(row.phones ?? '');
    const phones: string[] = [];
    for (const p of rawPhones) {
      const n = normalizePhone(p);
      if (n === null) bad('联系电话', en ? `"${p}" is not a phone number` : `“${p}”不是有效的电话号码`);
      else if (!phones.includes(n)) phones.push(n);
    }
    if (rawPhones.length === 0) bad('联系电话', en ? 'at least one phone number is required' : '至少填写一个联系电话');
    let customerId: string | undefined;
    if (row.code) {
      customerId = existing.get(row.code.toUpperCase());
      if (!customerId) bad('客户编号', en ? `no customer ${row.code}; leave it empty for a new customer` : `客户编号 ${row.code} 不存在；新客户请留空`);
    }
    const address = (row.address ?? '').trim();
    const sig = [nameKey(row.name), [...phones].sort().join(','), addressKey(address), type, (row.notes ?? '').trim()].join('|');
    const group = customerId ?? `new:${nameKey(row.name)}|${[...phones].sort().join(',')}|${addressKey(address)}`;
    const first = groups.get(group);
    if (first && first.sig !== sig) {
      bad('客户名称', en ? `the customer's details differ from row ${first.rowNumber}` : `客户信息与第 ${first.rowNumber} 行不一致（同一客户的各行须相同）`);
    } else if (!first && errors.length === before) {
      // Same test as duplicateReason (a shared phone, or the same name and non-empty address),
      // through indexes so a file of thousands of rows is checked in linear time.
      const ak = addressKey(address);
      const nameAddr = ak === '' ? null : `${nameKey(row.name)}|${ak}`;
      const phoneHit = phones.find((p) => byPhone.has(p));
      const other = phoneHit !== undefined ? byPhone.get(phoneHit)! : nameAddr !== null ? byNameAddress.get(nameAddr) : undefined;
      if (other !== undefined && other.group !== group) {
        bad(phoneHit !== undefined ? '联系电话' : '客户名称', phoneHit !== undefined
          ? (en ? `phone ${phoneHit} is also on row ${other.rowNumber} (a duplicate customer)` : `电话 ${phoneHit} 与第 ${other.rowNumber} 行重复（重复客户）`)
          : (en ? `same name and address as row ${other.rowNumber} (a duplicate customer)` : `客户名称和地址与第 ${other.rowNumber} 行相同（重复客户）`));
      }
      if (errors.length === before) {
        for (const p of phones) if (!byPhone.has(p)) byPhone.set(p, { rowNumber, group });
        if (nameAddr !== null && !byNameAddress.has(nameAddr)) byNameAddress.set(nameAddr, { rowNumber, group });
      }
      if (errors.length === before) groups.set(group, { rowNumber, sig });
    }
    let equipment: EquipmentInput | undefined;
    if (row.equipmentName || row.model || row.serial || row.installedOn || row.warrantyMonths !== undefined) {
      if (!row.equipmentName) bad('设备名称', en ? 'the equipment name is required when equipment columns are filled' : '填写了设备信息时，设备名称不能为空');
      const serial = normalizeSerial(row.serial);
      if (serial) {
        const dup = serials.get(serial);
        if (dup !== undefined) bad('序列号', en ? `serial ${serial} also appears on row ${dup}` : `序列号 ${serial} 与第 ${dup} 行重复`);
        else serials.set(serial, rowNumber);
      }
      equipment = { name: row.equipmentName, model: row.model ?? '', serial, installedOn: row.installedOn ?? null, warrantyMonths: row.warrantyMonths ?? null };
    }
    if (errors.length > before) continue;
    plans.push({ rowNumber, customerId, group, customer: { name: row.name, type, phones: rawPhones, address, notes: (row.notes ?? '').trim() }, equipment });
  }

  // Dry-run every plan in a transaction that is always rolled back, so the services' own checks
  // (duplicates against the base, serials, dates) report per row without writing.
  let counts = await runImport(s, actor, plans, { write: false, lang, errors });
  errors.sort((a, b) => a.rowNumber - b.rowNumber);
  if (mode === 'validate' || (mode === 'all' && errors.length > 0) || parsed.missingHeaders.length > 0) return { dryRun: true, ...counts, errors };
  const badRows = new Set(errors.map((e) => e.rowNumber));
  counts = await runImport(s, actor, plans, { write: true, only: new Set(plans.map((p) => p.rowNumber).filter((n) => !badRows.has(n))), lang, errors });
  return { dryRun: false, ...counts, errors };
}

/**
 * X-2 for 附表12 公司车辆信息登记表 (VEH-1): export with the document's Chinese headers and
 * re-import (validate | all | valid-only) with per-row errors. Drivers are written by name and
 * read back by name or username; re-importing an export changes nothing.
 */
import { z } from 'zod';
import type { Services } from '../../app.types.js';
import { AppError } from '../../http/errors.js';
import { translate, type Lang } from '../../http/messages.js';
import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { exportXlsx } from '../../platform/xlsx/xlsx-export.js';
import { importXlsx } from '../../platform/xlsx/xlsx-import.js';
import { normalizePlate } from './vehicles.rules.js';
import { insertVehicle, listVehicles, patchVehicle, STATUS_LABELS, type VehicleInput } from './vehicles.service.js';
import type { VehicleStatus } from './vehicles.table.js';

export const REGISTER_NAME = '附表12 公司车辆信息登记表';

const columns = [
  { key: 'plate', header: '车牌号', width: 12, type: 'text' as const },
  { key: 'model', header: '品牌型号', width: 20, type: 'text' as const },
  { key: 'seats', header: '座位数', width: 8, type: 'number' as const },
  { key: 'loadKg', header: '载重(kg)', width: 10, type: 'number' as const },
  { key: 'purchaseDate', header: '购置日期', type: 'date' as const },
  { key: 'insurer', header: '保险公司', width: 18, type: 'text' as const },
  { key: 'policyNo', header: '保单号', width: 22, type: 'text' as const },
  { key: 'insuranceExpiry', header: '保险到期日', type: 'date' as const },
  { key: 'inspectionDue', header: '年检到期日', type: 'date' as const },
  { key: 'fuelCardNo', header: '油卡卡号', width: 20, type: 'text' as const },
  { key: 'fuelCardBalanceFen', header: '油卡余额(元)', width: 12, type: 'money' as const },
  { key: 'cityPassExpiry', header: '通行证到期日', type: 'date' as const },
  { key: 'status', header: '状态', width: 8, type: 'text' as const },
  { key: 'usualDriver', header: '常用司机', width: 10, type: 'text' as const },
  { key: 'drivers', header: '指定司机', width: 16, type: 'text' as const },
  { key: 'notes', header: '备注', width: 24, type: 'text' as const },
];
const SEP = /[、,，;；]/;

export async function exportVehicles(s: Services, filter: { q?: string; status?: VehicleStatus }): Promise<Buffer> {
  const cars = await listVehicles(s.db, filter);
  return exportXlsx({
    sheetName: REGISTER_NAME,
    columns,
    rows: cars.map((c) => ({
      ...c,
      status: STATUS_LABELS[c.status],
      usualDriver: c.usualDriverName ?? '',
      drivers: c.drivers.map((d) => d.name).join('、'),
    })),
  });
}

const opt = z.string().optional().transform((v) => (v && v.trim() ? v.trim() : undefined));
const count = z.number().int().min(0).max(100_000).optional();
const rowSchema = z.object({
  plate: z.string().trim().min(1).max(20),
  model: z.string().trim().min(1).max(100),
  seats: count,
  loadKg: count,
  purchaseDate: opt,
  insurer: opt,
  policyNo: opt,
  insuranceExpiry: opt,
  inspectionDue: opt,
  fuelCardNo: opt,
  fuelCardBalanceFen: z.number().int().min(0).optional(),
  cityPassExpiry: opt,
  status: opt,
  usualDriver: opt,
  drivers: opt,
  notes: opt,
});

interface RowError { rowNumber: number; column?: string; message: string }

export async function importVehicles(s: Services, actor: Actor, buffer: Buffer, mode: 'validate' | 'all' | 'valid-only', lang: Lang) {
  const parsed = await importXlsx(buffer, { columns: columns.map((c) => ({ ...c, required: c.key === 'plate' || c.key === 'model' })), rowSchema, lang });
  const errors: RowError[] = parsed.errors.map((e) => ({ rowNumber: e.rowNumber, column: e.column, message: e.message }));
  const en = lang === 'en';
  const users = await s.db.selectFrom('app_user').select(['id', 'name', 'username']).where('active', '=', 1).execute();
  const existing = await listVehicles(s.db);
  const byPlate = new Map(existing.map((c) => [c.plate, c]));
  const statusOf = new Map<string, VehicleStatus>(Object.entries(STATUS_LABELS).flatMap(([k, label]) => [[label, k as VehicleStatus], [k, k as VehicleStatus]]));
  const seen = new Map<string, number>();
  const plans: { rowNumber: number; input: VehicleInput; id?: string }[] = [];

  for (const { rowNumber, value: row } of parsed.rows) {
    const before = errors.length;
    const bad = (column: string, message: string) => errors.push({ rowNumber, column, message });
    const userOf = (text: string, column: string): string | null => {
      const m = users.filter((u) => u.username === text.toLowerCase());
      const byName = m.length ? m : users.filter((u) => u.name === text);
      if (byName.length !== 1) {
        bad(column, byName.length ? (en ? `"${text}" is ambiguous; use the username` : `“${text}”重名，请填写用户名`) : en ? `no user "${text}"` : `人员“${text}”不存在`);
        return null;
      }
      return byName[0]!.id;
    };
    const plate = normalizePlate(row.plate);
    const dup = seen.get(plate);
    if (dup !== undefined) bad('车牌号', en ? `plate ${plate} also appears in row ${dup}` : `车牌号 ${plate} 与第 ${dup} 行重复`);
    seen.set(plate, rowNumber);
    let status: VehicleStatus | undefined;
    if (row.status) {
      status = statusOf.get(row.status);
      if (!status) bad('状态', en ? `unknown status "${row.status}" (在用/维修中/已报废)` : `状态“${row.status}”无效，应为 在用/维修中/已报废`);
    }
    const usualDriverId = row.usualDriver ? userOf(row.usualDriver, '常用司机') : null;
    const driverIds = (row.drivers ?? '').split(SEP).map((x) => x.trim()).filter(Boolean).map((n) => userOf(n, '指定司机')).filter((x): x is string => x !== null);
    for (const [key, column] of [['purchaseDate', '购置日期'], ['insuranceExpiry', '保险到期日'], ['inspectionDue', '年检到期日'], ['cityPassExpiry', '通行证到期日']] as const) {
      const v = row[key];
      if (v && !/^\d{4}-\d{2}-\d{2}$/.test(v)) bad(column, en ? `"${v}" is not a date` : `“${v}”不是日期`);
    }
    if (errors.length > before) continue;
    const input: VehicleInput = {
      plate,
      model: row.model,
      seats: row.seats ?? null,
      loadKg: row.loadKg ?? null,
      purchaseDate: row.purchaseDate ?? null,
      insurer: row.insurer ?? null,
      policyNo: row.policyNo ?? null,
      insuranceExpiry: row.insuranceExpiry ?? null,
      inspectionDue: row.inspectionDue ?? null,
      fuelCardNo: row.fuelCardNo ?? null,
      fuelCardBalanceFen: row.fuelCardBalanceFen ?? 0,
      cityPassExpiry: row.cityPassExpiry ?? null,
      ...(status && { status }),
      usualDriverId,
      driverIds: [...new Set([...driverIds, ...(usualDriverId ? [usualDriverId] : [])])],
      notes: row.notes ?? '',
    };
    plans.push({ rowNumber, input, id: byPlate.get(plate)?.id });
  }

  // Dry-run every plan against the database inside a transaction that is always rolled back, so
  // the service's own checks (plate format, dates, drivers) report per row without writing.
  const ROLLBACK = new Error('rollback');
  let created = 0;
  let updated = 0;
  let skipped = 0;
  const check = async (write: boolean, only?: Set<number>) => {
    created = updated = skipped = 0;
    await s.db.transaction().execute(async (trx) => {
      for (const p of plans) {
        if (only && !only.has(p.rowNumber)) continue;
        try {
          if (p.id) (await patchVehicle(trx, s, actor, p.id, p.input)) ? updated++ : skipped++;
          else {
            await insertVehicle(trx, s, actor, p.input);
            created++;
          }
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          errors.push({ rowNumber: p.rowNumber, message: translate(err.code, lang, (err.params ?? {}) as Record<string, string | number>) });
          if (write) throw err;
        }
      }
      if (!write) throw ROLLBACK;
      await recordAudit(trx, s.clock, actor, { action: 'vehicle.import', entity: 'vehicle', data: { created, updated, skipped } });
    }).catch((e: unknown) => {
      if (e !== ROLLBACK) throw e;
    });
  };
  await check(false);
  errors.sort((a, b) => a.rowNumber - b.rowNumber);
  const summary = () => ({ created, updated, skipped, errors });
  if (mode === 'validate' || (mode === 'all' && errors.length > 0) || parsed.missingHeaders.length > 0) return { dryRun: true, ...summary() };
  const badRows = new Set(errors.map((e) => e.rowNumber));
  await check(true, new Set(plans.map((p) => p.rowNumber).filter((n) => !badRows.has(n))));
  return { dryRun: false, ...summary() };
}

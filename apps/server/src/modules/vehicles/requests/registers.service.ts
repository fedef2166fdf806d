/**
 * VEH-4/5 registers: 附表10 车辆使用登记表 and 附表11 行车记录、加油信息登记表, filtered by car, driver
 * and month (Beijing), with xlsx export. Column names follow the documents' wording (⑫②③): 用车人、
 * 出车时间、行驶路线、目的地、办事内容; 回来时间、行驶里程、加油信息.
 */
import type { Services } from '../../../app.types.js';
import { badRequest } from '../../../http/errors.js';
import { exportXlsx } from '../../../platform/xlsx/xlsx-export.js';
import * as repo from './requests.repository.js';
import { BEIJING_OFFSET_MS } from '../../../platform/calendar/beijing.js';

export const USAGE_REGISTER = '附表10 车辆使用登记表';
export const DRIVING_REGISTER = '附表11 行车记录、加油信息登记表';

export interface RegisterFilter {
  vehicleId?: string;
  driverId?: string;
  /** YYYY-MM, Beijing. */
  month?: string;
}


function monthRange(month: string): [string, string] {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw badRequest('vehicles.req.invalidMonth', { value: month });
  const from = Date.UTC(Number(m[1]), Number(m[2]) - 1, 1) - BEIJING_OFFSET_MS;
  const to = Date.UTC(Number(m[1]), Number(m[2]), 1) - BEIJING_OFFSET_MS;
  return [new Date(from).toISOString(), new Date(to).toISOString()];
}

/** 附表10: every trip that departed (out or back), newest first. */
export async function usageRegister(s: Services, f: RegisterFilter) {
  let q = repo.tripSelect(s.db).where('t.departed_at', 'is not', null).where('t.status', '!=', 'cancelled');
  if (f.vehicleId) q = q.where('t.vehicle_id', '=', f.vehicleId);
  if (f.driverId) q = q.where('t.driver_id', '=', f.driverId);
  if (f.month) {
    const [from, to] = monthRange(f.month);
    q = q.where('t.departed_at', '>=', from).where('t.departed_at', '<', to);
  }
  const rows = await q.orderBy('t.departed_at', 'desc').limit(2000).execute();
  return rows.map((t) => ({
    tripId: t.id,
    plate: t.plate,
    userName: t.user_name,
    departmentName: t.department_name ?? null,
    departedAt: t.departed_at!,
    route: t.route,
    destination: t.destination,
    purpose: t.purpose,
    driverName: t.driver_name,
    status: t.status,
    backfill: t.backfill === 1,
    keyHandedOut: t.key_log_id !== null,
  }));
}

/** 附表11: every returned trip with its fueling (if any), newest first. */
export async function drivingRegister(s: Services, f: RegisterFilter) {
  let q = repo
    .tripSelect(s.db)
    .leftJoin('vehicle_fuel as f', 'f.trip_id', 't.id')
    .select(['f.id as fuel_id', 'f.liters', 'f.amount_fen', 'f.payment', 'f.fuel_card_no', 'f.anomalous', 'f.anomaly_reasons', 'f.per_100km', 'f.receipt_attachment_id'])
    .where('t.status', '=', 'returned');
  if (f.vehicleId) q = q.where('t.vehicle_id', '=', f.vehicleId);
  if (f.driverId) q = q.where('t.driver_id', '=', f.driverId);
  if (f.month) {
    const [from, to] = monthRange(f.month);
    q = q.where('t.returned_at', '>=', from).where('t.returned_at', '<', to);
  }
  const rows = await q.orderBy('t.returned_at', 'desc').limit(2000).execute();
  return rows.map((t) => ({
    tripId: t.id,
    fuelId: t.fuel_id ?? null,
    plate: t.plate,
    driverName: t.driver_name,
    departedAt: t.departed_at,
    returnedAt: t.returned_at!,
    odometerKm: t.odometer_end_km === null ? null : Number(t.odometer_end_km),
    distanceKm: t.distance_km === null ? null : Number(t.distance_km),
    liters: t.liters === null || t.liters === undefined ? null : Number(t.liters),
    amountFen: t.amount_fen === null || t.amount_fen === undefined ? null : Number(t.amount_fen),
    payment: (t.payment ?? null) as 'card' | 'cash' | null,
    fuelCardNo: t.fuel_card_no ?? null,
    anomalous: t.anomalous === 1,
    anomalyReasons: t.anomaly_reasons ? (JSON.parse(t.anomaly_reasons) as string[]) : [],
    per100Km: t.per_100km === null || t.per_100km === undefined ? null : Number(t.per_100km),
    receiptAttachmentId: t.receipt_attachment_id ?? null,
    notes: t.notes,
  }));
}

const REASON_TEXT: Record<string, string> = { cashFueling: '现金加油', consumptionHigh: '油耗偏高', consumptionLow: '油耗偏低' };

export async function exportUsage(s: Services, f: RegisterFilter): Promise<Buffer> {
  const rows = await usageRegister(s, f);
  return exportXlsx({
    sheetName: USAGE_REGISTER,
    columns: [
      { key: 'plate', header: '车牌号', width: 12, type: 'text' },
      { key: 'userName', header: '用车人', width: 10, type: 'text' },
      { key: 'departmentName', header: '用车部门', width: 12, type: 'text' },
      { key: 'departedAt', header: '出车时间', type: 'datetime' },
      { key: 'route', header: '行驶路线', width: 24, type: 'text' },
      { key: 'destination', header: '目的地', width: 16, type: 'text' },
      { key: 'purpose', header: '办事内容', width: 24, type: 'text' },
      { key: 'driverName', header: '司机', width: 10, type: 'text' },
    ],
    rows: rows.map((r) => ({ ...r, departmentName: r.departmentName ?? '' })),
  });
}

export async function exportDriving(s: Services, f: RegisterFilter): Promise<Buffer> {
  const rows = await drivingRegister(s, f);
  return exportXlsx({
    sheetName: DRIVING_REGISTER,
    columns: [
      { key: 'plate', header: '车牌号', width: 12, type: 'text' },
      { key: 'driverName', header: '司机', width: 10, type: 'text' },
      { key: 'departedAt', header: '出车时间', type: 'datetime' },
      { key: 'returnedAt', header: '回来时间', type: 'datetime' },
      { key: 'odometerKm', header: '里程表读数(公里)', width: 14, type: 'number' },
      { key: 'distanceKm', header: '行驶里程(公里)', width: 14, type: 'number' },
      { key: 'liters', header: '加油量(升)', width: 10, type: 'number' },
      { key: 'amountFen', header: '加油金额(元)', width: 12, type: 'money' },
      { key: 'payment', header: '加油方式', width: 10, type: 'text' },
      { key: 'flags', header: '异常标记', width: 16, type: 'text' },
      { key: 'notes', header: '备注', width: 20, type: 'text' },
    ],
    rows: rows.map((r) => ({
      ...r,
      payment: r.payment === 'card' ? '油卡' : r.payment === 'cash' ? '现金' : '',
      flags: r.anomalyReasons.map((x) => REASON_TEXT[x] ?? x).join('、'),
    })),
  });
}

/** xlsx export of each vehicle report: Chinese headers, yuan with 2 decimals. */
import { exportXlsx, type XlsxExportColumn } from '../../../platform/xlsx/xlsx-export.js';
import type { VehicleReport } from './reports.service.js';

export const REPORT_KINDS = ['cars', 'departments', 'months', 'fuel'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_TITLES: Record<ReportKind, string> = {
  cars: '车辆使用与费用（按车辆）',
  departments: '用车与外雇车辆费用（按部门）',
  months: '车辆使用与费用（按月）',
  fuel: '加油异常',
};

const PAYMENT_LABELS: Record<string, string> = { card: '油卡', cash: '现金' };
const STATUS_LABELS: Record<string, string> = { in_service: '在用', repair: '维修中', retired: '已报废' };

function sheet(kind: ReportKind, r: VehicleReport): { columns: XlsxExportColumn[]; rows: Record<string, unknown>[] } {
  switch (kind) {
    case 'cars':
      return {
        columns: [
          { key: 'plate', header: '车牌号', width: 12 }, { key: 'model', header: '品牌型号', width: 20 }, { key: 'status', header: '状态', width: 8 },
          { key: 'trips', header: '出车次数', type: 'number' }, { key: 'km', header: '行驶里程(km)', type: 'number' },
          { key: 'fuelLiters', header: '加油量(L)', type: 'number' }, { key: 'fuelAmountFen', header: '油费(元)', type: 'money' },
          { key: 'litersPer100Km', header: '百公里油耗(L)', type: 'number' }, { key: 'fuelFenPer100Km', header: '百公里油费(元)', type: 'money' },
          { key: 'repairs', header: '维修次数', type: 'number' }, { key: 'repairsFen', header: '维修费(元)', type: 'money' },
          { key: 'fuelAnomalies', header: '加油异常(次)', type: 'number' },
        ],
        rows: r.cars.map((c) => ({ ...c, status: STATUS_LABELS[c.status] ?? c.status })),
      };
    case 'departments':
      return {
        columns: [
          { key: 'departmentName', header: '部门', width: 16 }, { key: 'trips', header: '用车次数', type: 'number' },
          { key: 'km', header: '行驶里程(km)', type: 'number' }, { key: 'hired', header: '外雇车辆(次)', type: 'number' },
          { key: 'hiredFen', header: '外雇车辆费用(元)', type: 'money' },
        ],
        rows: r.byDepartment,
      };
    case 'months':
      return {
        columns: [
          { key: 'month', header: '月份', width: 10 }, { key: 'trips', header: '出车次数', type: 'number' }, { key: 'km', header: '行驶里程(km)', type: 'number' },
          { key: 'fuelLiters', header: '加油量(L)', type: 'number' }, { key: 'fuelAmountFen', header: '油费(元)', type: 'money' },
          { key: 'repairsFen', header: '维修费(元)', type: 'money' }, { key: 'hiredFen', header: '外雇车辆费用(元)', type: 'money' },
        ],
        rows: r.byMonth,
      };
    case 'fuel':
      return {
        columns: [
          { key: 'fueledAt', header: '加油时间', type: 'datetime' }, { key: 'plate', header: '车牌号', width: 12 }, { key: 'driverName', header: '司机', width: 10 },
          { key: 'liters', header: '加油量(L)', type: 'number' }, { key: 'amountFen', header: '金额(元)', type: 'money' }, { key: 'payment', header: '支付方式', width: 8 },
          { key: 'km', header: '距上次加油(km)', type: 'number' }, { key: 'per100Km', header: '百公里油耗(L)', type: 'number' },
          { key: 'usualPer100Km', header: '该车平常油耗(L)', type: 'number' }, { key: 'reasonText', header: '异常原因', width: 20 },
        ],
        rows: r.fuelAnomalies.map((f) => ({ ...f, payment: PAYMENT_LABELS[f.payment] ?? f.payment })),
      };
  }
}

export async function exportReport(kind: ReportKind, r: VehicleReport): Promise<{ name: string; buffer: Buffer }> {
  const { columns, rows } = sheet(kind, r);
  const name = `${REPORT_TITLES[kind]} ${r.from}至${r.to}`;
  return { name: `${name}.xlsx`, buffer: await exportXlsx({ sheetName: REPORT_TITLES[kind], columns, rows }) };
}

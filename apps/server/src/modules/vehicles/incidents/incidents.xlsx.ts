/** xlsx exports of the incidents registers: Chinese headers, yuan with 2 decimals. */
import type { Services } from '../../../app.types.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { exportXlsx, type XlsxExportColumn } from '../../../platform/xlsx/xlsx-export.js';
import { RESPONSIBILITY_OPTIONS } from './accident.process.js';
import { CHECK_ITEM_LABELS, CHECK_ITEMS, checksBoard, listFines } from './checks.service.js';
import { listAccidents, listBorrows, listHired, listRepairs, listViolations, type RangeQuery } from './incidents.service.js';
import { listPurchases } from './purchases.service.js';

const STATUS: Record<string, string> = { open: '办理中', done: '已完成', rejected: '未通过', cancelled: '已作废' };
const RESP = Object.fromEntries(Object.entries(RESPONSIBILITY_OPTIONS).map(([zh, k]) => [k, zh]));
const CAUSE: Record<string, string> = { driver: '个人过失', vehicle: '车辆本身原因' };
const CATEGORY: Record<string, string> = { regular: '一般物品', special: '特殊物品' };
const REGISTERED: Record<string, string> = { none: '—', tool: '工具', asset: '固定资产', consumable: '低值易耗品' };

const col = (key: string, header: string, type: XlsxExportColumn['type'] = 'text', width?: number): XlsxExportColumn => ({ key, header, type, width });

export const REGISTERS = {
  repairs: '车辆维修登记',
  accidents: '车辆事故登记',
  violations: '交通违章登记',
  borrows: '因私借用公车登记',
  hired: '雇佣交通工具报销登记',
  fines: '车辆罚款登记',
  purchases: '司机采购登记',
  checks: '车辆日检登记',
} as const;
export type RegisterKey = keyof typeof REGISTERS;

export async function exportRegister(s: Services, actor: Actor, key: RegisterKey, q: RangeQuery): Promise<Buffer> {
  const sheetName = REGISTERS[key];
  switch (key) {
    case 'repairs':
      return exportXlsx({
        sheetName,
        columns: [col('plate', '车牌号'), col('reporterName', '报修人'), col('problem', '损坏情况', 'text', 40), col('estimateFen', '预计费用(元)', 'money'),
          col('needsGm', '须总经理同意', 'bool'), col('actualCostFen', '实际费用(元)', 'money'), col('status', '状态'), col('openedAt', '报修时间', 'datetime'), col('closedAt', '结束时间', 'datetime')],
        rows: (await listRepairs(s, actor, q)).map((r) => ({ ...r, status: STATUS[r.status] ?? r.status })),
      });
    case 'accidents':
      return exportXlsx({
        sheetName,
        columns: [col('plate', '车牌号'), col('driverName', '司机'), col('occurredAt', '事故时间', 'datetime'), col('place', '地点', 'text', 24), col('description', '经过', 'text', 40),
          col('policeReported', '已报警', 'bool'), col('insurerReported', '已报险', 'bool'), col('totalCostFen', '费用合计(元)', 'money'), col('insurancePayoutFen', '保险理赔(元)', 'money'),
          col('responsibility', '责任'), col('driverShareFen', '司机承担(元)', 'money'), col('companyShareFen', '公司承担(元)', 'money'), col('status', '状态')],
        rows: (await listAccidents(s, actor, q)).map((a) => ({ ...a, responsibility: a.responsibility ? RESP[a.responsibility] : '', status: STATUS[a.status] ?? a.status })),
      });
    case 'violations':
      return exportXlsx({
        sheetName,
        columns: [col('plate', '车牌号'), col('driverName', '司机'), col('occurredOn', '违章日期', 'date'), col('place', '地点', 'text', 24), col('points', '罚分', 'number'),
          col('fineFen', '罚款(元)', 'money'), col('cause', '原因'), col('driverShareFen', '司机承担(元)', 'money'), col('companyShareFen', '公司承担(元)', 'money'),
          col('licenceHeldFrom', '扣证开始', 'date'), col('licenceHeldTo', '扣证结束', 'date'), col('status', '状态')],
        rows: (await listViolations(s, actor, q)).map((v) => ({ ...v, cause: CAUSE[v.cause] ?? v.cause, status: STATUS[v.status] ?? v.status })),
      });
    case 'borrows':
      return exportXlsx({
        sheetName,
        columns: [col('plate', '车牌号'), col('borrowerName', '借用人'), col('purpose', '事由', 'text', 30), col('plannedStart', '借用开始', 'datetime'), col('plannedEnd', '预计交还', 'datetime'),
          col('distanceKm', '行驶里程(公里)', 'number'), col('chargeFen', '计收油费(元)', 'money'), col('cleanUndamaged', '整洁无损', 'bool'), col('damageNotes', '车况问题', 'text', 24), col('status', '状态')],
        rows: (await listBorrows(s, actor, q)).map((b) => ({ ...b, status: STATUS[b.status] ?? b.status })),
      });
    case 'hired':
      return exportXlsx({
        sheetName,
        columns: [col('date', '日期', 'date'), col('departmentName', '部门'), col('requesterName', '申请人'), col('start', '始点', 'text', 20), col('end', '终点', 'text', 20),
          col('purpose', '所办事宜', 'text', 30), col('amountFen', '金额(元)', 'money')],
        rows: await listHired(s, actor, q),
      });
    case 'fines':
      return exportXlsx({
        sheetName,
        columns: [col('occurredOn', '日期', 'date'), col('kind', '类别', 'text', 16), col('plate', '车牌号'), col('driverName', '司机'), col('fineFen', '罚款(元)', 'money'), col('notes', '说明', 'text', 30)],
        rows: (await listFines(s, actor, q)).map((f) => ({ ...f, kind: f.kind === 'handover' ? '擅自交车他人' : f.warning ? '有碍车容(警告)' : '有碍车容(罚款)' })),
      });
    case 'checks': {
      const board = await checksBoard(s, actor, q);
      return exportXlsx({
        sheetName,
        columns: [col('date', '日期', 'date'), col('plate', '车牌号'), col('driverName', '司机'), ...CHECK_ITEMS.map((k) => col(k, CHECK_ITEM_LABELS[k], 'bool', 12)),
          col('problems', '发现的问题', 'text', 30), col('repair', '已报修', 'bool')],
        rows: board.checks.map((c) => ({ ...c, ...Object.fromEntries(CHECK_ITEMS.map((k) => [k, c.items[k] === true])), repair: c.repairInstanceId !== null })),
      });
    }
    case 'purchases':
      return exportXlsx({
        sheetName,
        columns: [col('boughtOn', '采购日期', 'date'), col('driverName', '司机'), col('item', '物品', 'text', 20), col('category', '类别'), col('place', '采购地点', 'text', 20),
          col('designatedPlace', '指定地点', 'bool'), col('quotes', '比价', 'text', 30), col('amountFen', '金额(元)', 'money'), col('handedTo', '交给'), col('registeredAs', '登记为'),
          col('reimbursedOn', '报销日期', 'date'), col('late', '未当天报销', 'bool'), col('untruthful', '不实报销', 'text', 24)],
        rows: (await listPurchases(s, actor, q)).map((p) => ({
          ...p, category: CATEGORY[p.category] ?? p.category, registeredAs: REGISTERED[p.registeredAs] ?? p.registeredAs, untruthful: p.untruthful ?? '',
          quotes: p.quotes.map((x) => `${x.supplier} ${(x.amountFen / 100).toFixed(2)}`).join('；'),
        })),
      });
  }
}

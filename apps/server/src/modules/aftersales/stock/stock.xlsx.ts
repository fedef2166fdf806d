/** X-2 exports of the stock part: 仓库库存, 出入库登记 (movements) and 借件登记表 (loans). */
import type { Services } from '../../../app.types.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { exportXlsx } from '../../../platform/xlsx/xlsx-export.js';
import { listLoans, type LoanFilter } from './loans.service.js';
import { listItems, listMovements, MOVEMENT_REGISTER, type MovementFilter } from './stock.service.js';

export const STOCK_REGISTER = '售后仓库库存';
export const LOAN_REGISTER = '借件登记表';

export async function exportStock(s: Services): Promise<Buffer> {
  const { items } = await listItems(s);
  return exportXlsx({
    sheetName: STOCK_REGISTER,
    columns: [
      { key: 'code', header: '编码', width: 12 }, { key: 'name', header: '名称', width: 20 }, { key: 'model', header: '型号', width: 16 }, { key: 'unit', header: '单位', width: 6 },
      { key: 'kind', header: '类别', width: 10 }, { key: 'quantity', header: '库存数量', type: 'number' }, { key: 'unitCostFen', header: '单价(元)', type: 'money' },
      { key: 'stockValueFen', header: '库存金额(元)', type: 'money' }, { key: 'smallMin', header: '小库最低数量', type: 'number' }, { key: 'set', header: '套装组成', width: 30 },
    ],
    rows: items.map((i) => ({ ...i, kind: i.isSet ? '成套物品' : i.isInstallGoods ? '安装物品' : '维修配件', set: i.setLines.map((l) => `${l.itemName}×${l.qty}`).join('、') })),
  });
}

export async function exportMovements(s: Services, actor: Actor, f: MovementFilter): Promise<Buffer> {
  const rows = await listMovements(s, actor, f);
  return exportXlsx({
    sheetName: MOVEMENT_REGISTER,
    columns: [
      { key: 'occurredAt', header: '时间', type: 'datetime' }, { key: 'kindLabel', header: '类型', width: 14 }, { key: 'code', header: '编码', width: 12 }, { key: 'itemName', header: '名称', width: 20 },
      { key: 'delta', header: '仓库变动', type: 'number' }, { key: 'balance', header: '仓库结存', type: 'number' }, { key: 'technicianName', header: '售后人员', width: 10 },
      { key: 'smallDelta', header: '小库变动', type: 'number' }, { key: 'jobNo', header: '派工单号', width: 16 }, { key: 'loanNo', header: '借件单号', width: 16 },
      { key: 'outNo', header: '安装出库单号', width: 16 }, { key: 'actorName', header: '经办人', width: 10 }, { key: 'note', header: '备注', width: 24 },
    ],
    rows,
  });
}

export async function exportLoans(s: Services, actor: Actor, f: LoanFilter): Promise<Buffer> {
  const { items } = await listLoans(s, actor, f);
  return exportXlsx({
    sheetName: LOAN_REGISTER,
    columns: [
      { key: 'loanNo', header: '借件单号', width: 16 }, { key: 'createdAt', header: '申请时间', type: 'datetime' }, { key: 'technicianName', header: '售后人员', width: 10 },
      { key: 'jobNo', header: '派工单号', width: 16 }, { key: 'code', header: '编码', width: 12 }, { key: 'itemName', header: '配件名称', width: 20 }, { key: 'quantity', header: '数量', type: 'number' },
      { key: 'valueFen', header: '金额(元)', type: 'money' }, { key: 'statusLabel', header: '状态', width: 10 }, { key: 'recordedByName', header: '登记客服', width: 10 },
      { key: 'issuedByName', header: '发放库管', width: 10 }, { key: 'borrowedOn', header: '借出日期', type: 'date' }, { key: 'dueOn', header: '最迟核销日期', type: 'date' },
      { key: 'reconciledOn', header: '核销/归还日期', type: 'date' }, { key: 'late', header: '逾期天数', type: 'number' }, { key: 'note', header: '备注', width: 20 },
    ],
    rows: items.map((i) => ({ ...i, late: i.daysLate })),
  });
}

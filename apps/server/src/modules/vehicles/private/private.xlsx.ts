/** VEH-9 xlsx exports of 附表13 (registrations) and 附表14 (uses), as the actor may see them. */
import type { Services } from '../../../app.types.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { exportXlsx } from '../../../platform/xlsx/xlsx-export.js';
import { listRegistrations, type RegistrationFilter } from './private.registry.js';
import { listUses, type UseFilter } from './private.uses.js';

export const REGISTRATION_FORM = '附表13 员工私车、摩托车报备表';
export const USE_FORM = '附表14 员工私车公用登记表';

export async function exportRegistrations(s: Services, actor: Actor, f: RegistrationFilter): Promise<Buffer> {
  const rows = await listRegistrations(s, actor, f);
  return exportXlsx({
    sheetName: '员工私车、摩托车报备表',
    columns: [
      { key: 'ownerName', header: '车主姓名', width: 10 },
      { key: 'departmentName', header: '部门', width: 14 },
      { key: 'plate', header: '车牌号', width: 12 },
      { key: 'vehicleTypeLabel', header: '车辆类型', width: 10 },
      { key: 'model', header: '品牌型号', width: 18 },
      { key: 'licenceNo', header: '驾驶证号', width: 22 },
      { key: 'insuranceExpiry', header: '保险到期日', type: 'date' },
      { key: 'registeredOn', header: '报备日期', type: 'date' },
      { key: 'statusLabel', header: '状态', width: 8 },
      { key: 'reviewerName', header: '审核人', width: 10 },
      { key: 'reviewedAt', header: '审核时间', type: 'datetime' },
      { key: 'withdrawnOn', header: '注销日期', type: 'date' },
      { key: 'notes', header: '备注', width: 24 },
    ],
    rows,
  });
}

export async function exportUses(s: Services, actor: Actor, f: UseFilter): Promise<Buffer> {
  const rows = await listUses(s, actor, f);
  return exportXlsx({
    sheetName: '员工私车公用登记表',
    columns: [
      { key: 'useDate', header: '日期', type: 'date' },
      { key: 'userName', header: '姓名', width: 10 },
      { key: 'departmentName', header: '部门', width: 14 },
      { key: 'plate', header: '车牌号', width: 12 },
      { key: 'vehicleTypeLabel', header: '车辆类型', width: 10 },
      { key: 'fromPlace', header: '出发地', width: 16 },
      { key: 'toPlace', header: '目的地', width: 16 },
      { key: 'purpose', header: '事由', width: 24 },
      { key: 'distanceKm', header: '里程（公里）', type: 'number', width: 12 },
      { key: 'subsidyFen', header: '补贴（元）', type: 'money', width: 12 },
      { key: 'subsidyRuleLabel', header: '补贴标准', width: 22 },
      { key: 'statusLabel', header: '状态', width: 8 },
      { key: 'approverName', header: '审批人', width: 10 },
      { key: 'approvedAt', header: '审批时间', type: 'datetime' },
      { key: 'reviewNote', header: '审批意见', width: 20 },
    ],
    rows,
  });
}

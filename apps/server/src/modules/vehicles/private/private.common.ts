/** Shared helpers of the private-vehicles part (VEH-9): dates, labels, who approves. */
import type { Db } from '../../../db/create-db.js';
import { badRequest } from '../../../http/errors.js';
import type { Actor } from '../../../platform/auth/actor.js';
import type { PrivateUseStatus, PrivateVehicleStatus, PrivateVehicleType } from './private.table.js';

export const PRIVATE_READ_ALL = 'vehicles:privateRead';
export const PRIVATE_MANAGE = 'vehicles:privateManage';
export const PRIVATE_APPROVE = 'vehicles:privateApprove';
export const PRIVATE_USE_SOURCE = 'vehicles.privateUse';
export const MOTORCYCLE_ALLOWANCE_SOURCE = 'vehicles.motorcycleAllowance';

/**
 * The admin manager (行政经理 of the documents) is the 综合部部长 of 综合管理部 (decisions.md);
 * a role holding vehicles:privateApprove (e.g. a deputy while he is away) approves too.
 */
export const APPROVER_POSITION = { department: '综合管理部', position: '综合部部长' } as const;

export const TYPE_LABELS: Record<PrivateVehicleType, string> = { car: '小汽车', motorcycle: '摩托车' };
export const REG_STATUS_LABELS: Record<PrivateVehicleStatus, string> = { pending: '待审核', approved: '已报备', rejected: '已退回', withdrawn: '已注销' };
export const USE_STATUS_LABELS: Record<PrivateUseStatus, string> = { pending: '待审批', approved: '已批准', rejected: '已退回' };
export const RULE_LABELS: Record<string, string> = { urban: '城区内', suburb: '城郊10–50公里', overSuburbLimit: '50公里以上（部长核定）', motorcycleMonthlyAllowance: '摩托车（按月交通补助）' };

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function assertDate(value: string, field: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!DATE_RE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) throw badRequest('vehicles.private.invalidDate', { field, value });
  return value;
}

export function required(value: string | undefined | null, field: string): string {
  const v = (value ?? '').trim();
  if (!v) throw badRequest('vehicles.private.required', { field });
  return v;
}

export async function isApprover(db: Db, actor: Actor): Promise<boolean> {
  if (actor.can(PRIVATE_APPROVE)) return true;
  const row = await db
    .selectFrom('user_position')
    .innerJoin('position', 'position.id', 'user_position.position_id')
    .innerJoin('department', 'department.id', 'position.department_id')
    .select('user_position.user_id')
    .where('user_position.user_id', '=', actor.id)
    .where('position.name', '=', APPROVER_POSITION.position)
    .where('department.name', '=', APPROVER_POSITION.department)
    .executeTakeFirst();
  return row !== undefined;
}

export async function approverIds(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('user_position')
    .innerJoin('position', 'position.id', 'user_position.position_id')
    .innerJoin('department', 'department.id', 'position.department_id')
    .innerJoin('app_user', 'app_user.id', 'user_position.user_id')
    .select('user_position.user_id')
    .where('position.name', '=', APPROVER_POSITION.position)
    .where('department.name', '=', APPROVER_POSITION.department)
    .where('app_user.active', '=', 1)
    .execute();
  return rows.map((r) => r.user_id);
}

export const kmOf = (metres: number) => Math.round(Number(metres) / 100) / 10;

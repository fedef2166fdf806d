/** Kysely table types of the after-sales stock part (ASV-4/10/11); merged via AftersalesTables. */

/** 配件/商品 of the catalog; a set (`is_set`) has no stock of its own, only its lines. */
export interface AftersalesStockItemTable {
  id: string;
  /** 编码, unique (upper-cased). */
  code: string;
  name: string;
  model: string;
  unit: string;
  /** 安装物品 (ASV-11): goes out as whole sets through 安装出库, never lent to installers. */
  is_install_goods: number;
  /** 成套物品: a whole set made of `aftersales_stock_set_line` rows. */
  is_set: number;
  unit_cost_fen: number;
  /** 仓库库存, never negative. */
  quantity: number;
  /** 小库最低数量 per technician: below it the item is suggested for 补库 (ASV-10). */
  small_min: number;
  active: number;
  created_at: string;
  updated_at: string;
}

/** One component of a whole set (ASV-11 "整套物品"). */
export interface AftersalesStockSetLineTable {
  set_id: string;
  item_id: string;
  qty: number;
}

/** A technician's small stock (小库) of one item. */
export interface AftersalesSmallStockTable {
  technician_id: string;
  item_id: string;
  quantity: number;
  updated_at: string;
}

/**
 * in 入库 · out 出库 · adjust 盘点调整 · replenish 补库（仓库→小库调拨）· small_adjust 小库盘点 ·
 * loan_issue 借件发放 · loan_return 借件归还 · loan_book 借件出库核销 (no quantity change) ·
 * use 小库配件使用 · install_out 安装出库
 */
export type StockMovementKind = 'in' | 'out' | 'adjust' | 'replenish' | 'small_adjust' | 'loan_issue' | 'loan_return' | 'loan_book' | 'use' | 'install_out';

export interface AftersalesStockMovementTable {
  id: string;
  item_id: string;
  kind: StockMovementKind;
  /** Change of the warehouse quantity and the balance after it. */
  delta: number;
  balance: number;
  /** Change of the technician's small stock (replenish, use, small_adjust), with its balance. */
  technician_id: string | null;
  small_delta: number;
  small_balance: number | null;
  job_id: string | null;
  loan_id: string | null;
  install_out_id: string | null;
  note: string;
  actor_id: string;
  occurred_at: string;
}

/** requested 已申请 (technician) · recorded 已登记 (clerk) · issued 已发放 (keeper) · booked 已出库核销 · returned 已归还 · cancelled 已取消 */
export type PartLoanStatus = 'requested' | 'recorded' | 'issued' | 'booked' | 'returned' | 'cancelled';

/** 借件登记 (ASV-4) and its reconciliation within 3 days (ASV-10). */
export interface AftersalesPartLoanTable {
  id: string;
  /** 借件单号 JJ + Beijing date + 3 digits. */
  loan_no: string;
  job_id: string | null;
  technician_id: string;
  item_id: string;
  quantity: number;
  status: PartLoanStatus;
  note: string;
  requested_by: string;
  recorded_by: string | null;
  recorded_at: string | null;
  issued_by: string | null;
  issued_at: string | null;
  /** Beijing date of issue: day 1 of the ASV-10 reconciliation. */
  borrowed_on: string | null;
  reconciled_by: string | null;
  /** Beijing date booked out or returned. */
  reconciled_on: string | null;
  /** Beijing date of the last overdue reminder (one per day). */
  reminded_on: string | null;
  created_at: string;
  updated_at: string;
}

export type InstallOutStatus = 'check' | 'receipt' | 'ship' | 'confirm' | 'done' | 'cancelled';

/** 安装出库 (ASV-11), the list mirror of the `aftersales.install_out` process. */
export interface AftersalesInstallOutTable {
  id: string;
  instance_id: string;
  /** 出库单号 AZ + Beijing date + 3 digits. */
  out_no: string;
  customer_id: string;
  contract_id: string;
  /** 订单来源 (channel), never one of the three excluded ones. */
  source: string;
  status: InstallOutStatus;
  lines_text: string;
  requested_by: string;
  confirmed_by: string | null;
  confirmed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface AftersalesInstallOutLineTable {
  out_id: string;
  item_id: string;
  qty: number;
}

export interface StockTables {
  aftersales_stock_item: AftersalesStockItemTable;
  aftersales_stock_set_line: AftersalesStockSetLineTable;
  aftersales_small_stock: AftersalesSmallStockTable;
  aftersales_stock_movement: AftersalesStockMovementTable;
  aftersales_part_loan: AftersalesPartLoanTable;
  aftersales_install_out: AftersalesInstallOutTable;
  aftersales_install_out_line: AftersalesInstallOutLineTable;
}

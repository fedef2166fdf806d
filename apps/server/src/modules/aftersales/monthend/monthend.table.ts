/** Kysely table types of the month-end part (ASV-14); merged via AftersalesTables. */

/** A correction of one commission line: the amount it is set to, by whom, why. The latest wins. */
export interface AftersalesCommissionCorrectionTable {
  id: string;
  month: string;
  job_id: string;
  user_id: string;
  role: string;
  amount_fen: number;
  reason: string;
  by_id: string;
  created_at: string;
}

/** A technician's confirmation of his month's commission (with the total he saw). */
export interface AftersalesCommissionConfirmTable {
  month: string;
  user_id: string;
  total_fen: number;
  confirmed_at: string;
}

/**
 * ASV-14 交财务: one hand-over of a month to finance. status handed → received (签收) or reopened
 * (撤回 by the hander before receipt / 退回 by finance with a reason); a later hand-over is a new row.
 * `open_month` = month while in force (unique), null once reopened.
 */
export interface AftersalesMonthendHandoverTable {
  id: string;
  month: string;
  open_month: string | null;
  status: 'handed' | 'received' | 'reopened';
  handed_by: string;
  handed_at: string;
  total_fen: number;
  unconfirmed_count: number;
  /** JSON HandoverSnapshot: per-person totals and the grand total as handed over. */
  snapshot: string;
  note: string;
  received_by: string | null;
  received_at: string | null;
  reopened_by: string | null;
  reopened_at: string | null;
  reopen_reason: string | null;
}

export interface MonthendTables {
  aftersales_monthend_handover: AftersalesMonthendHandoverTable;
  aftersales_commission_correction: AftersalesCommissionCorrectionTable;
  aftersales_commission_confirm: AftersalesCommissionConfirmTable;
}

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

export interface MonthendTables {
  aftersales_commission_correction: AftersalesCommissionCorrectionTable;
  aftersales_commission_confirm: AftersalesCommissionConfirmTable;
}

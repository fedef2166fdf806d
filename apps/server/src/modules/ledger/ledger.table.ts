/** Kysely table types of the penalties-and-subsidies ledger (HR-8); merged into `Database`. */

/** subsidy: 补贴 (paid with the salary); penalty: 罚款 (deducted from it). */
export type LedgerKind = 'subsidy' | 'penalty';

export interface LedgerEntryTable {
  id: string;
  user_id: string;
  /** Payroll month 'YYYY-MM' (Beijing). */
  month: string;
  kind: LedgerKind;
  /** Always positive; the kind says whether it is paid or deducted. */
  amount_fen: number;
  /** What posted it, e.g. `vehicles.privateUse`, `vehicles.violation`, `aftersales.cashLate`. */
  source: string;
  /** The record in the source (trip, fine, job …); with source, user and kind it is unique. */
  source_id: string;
  /** Shown on the payroll line, in Chinese as the documents word it. */
  reason: string;
  /** The Beijing date of what happened (the trip, the violation …). */
  occurred_on: string;
  created_at: string;
  created_by: string | null;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
}

export interface LedgerTables {
  ledger_entry: LedgerEntryTable;
}

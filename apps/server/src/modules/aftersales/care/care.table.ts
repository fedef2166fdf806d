/** Kysely table types of the after-sales care part (ASV-12/13/15); merged via AftersalesTables. */

export type CareContractStatus = 'active' | 'terminated';
/** default = the care settings' rule; perVisit = fixed fen per completed visit; feePercent = % of the contract fee spread over its visits. */
export type CommissionMode = 'default' | 'perVisit' | 'feePercent';
export type VisitStatus = 'planned' | 'creating' | 'jobbed' | 'cancelled';
export type ReminderReason = 'warranty' | 'part_life';
export type TaskOutcome = 'contacted' | 'interested' | 'not_interested' | 'sale_made';
export type SaleSource = 'reminder' | 'callback' | 'other';

/** 维保协议 details beside its row in aftersales_contract (type 'maintenance', same id). */
export interface AftersalesCareContractTable {
  contract_id: string;
  /** JSON array of equipment ids of the customer covered by the agreement. */
  equipment_ids: string;
  interval_months: number;
  /** As entered (保养次数/年), null when the interval was entered directly. */
  visits_per_year: number | null;
  salesperson_id: string | null;
  technician_id: string;
  /** The clerk in whose name visit jobs are taken (the contract's creator). */
  clerk_id: string;
  commission_mode: CommissionMode;
  /** perVisit: fen; feePercent: whole percent; default: 0 (unused). */
  commission_value: number;
  signed_on: string;
  status: CareContractStatus;
  terminated_on: string | null;
  terminate_reason: string;
  created_at: string;
  updated_at: string;
}

/** One scheduled visit of a 维保协议; unique per (contract, date) so a job is made once. */
export interface AftersalesCareVisitTable {
  id: string;
  contract_id: string;
  visit_on: string;
  seq: number;
  status: VisitStatus;
  job_id: string | null;
  instance_id: string | null;
  created_at: string;
  updated_at: string;
}

/** 回访任务 (ASV-15): one per (reason, equipment, part, period). */
export interface AftersalesCareTaskTable {
  id: string;
  reason: ReminderReason;
  customer_id: string;
  equipment_id: string;
  part_id: string | null;
  /** part_id or '' (unique keys and NULL do not mix on every dialect). */
  part_key: string;
  /** The warranty's last day or the part's due date this task is about. */
  period: string;
  due_on: string;
  assignee_id: string;
  status: 'open' | 'done';
  outcome: TaskOutcome | null;
  note: string;
  done_at: string | null;
  done_by: string | null;
  created_at: string;
}

/** 二次销售业务记录表: one sale to an existing customer. */
export interface AftersalesCareSaleTable {
  id: string;
  sold_on: string;
  customer_id: string;
  equipment_id: string | null;
  item: string;
  /** A code of the care settings' sales categories (commission %). */
  category: string;
  quantity: number;
  amount_fen: number;
  salesperson_id: string;
  source: SaleSource;
  task_id: string | null;
  job_id: string | null;
  notes: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CareTables {
  aftersales_care_contract: AftersalesCareContractTable;
  aftersales_care_visit: AftersalesCareVisitTable;
  aftersales_care_task: AftersalesCareTaskTable;
  aftersales_care_sale: AftersalesCareSaleTable;
}

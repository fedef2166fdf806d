/** Kysely table types of the after-sales jobs part (派工单, ASV-1…ASV-9); merged via AftersalesTables. */

/** The engine step the job is at, or its end state. */
export type JobStatus = 'dispatch' | 'schedule' | 'onsite' | 'feeCalc' | 'feeCheck' | 'cash' | 'callback' | 'closed' | 'cancelled';

/** A list-friendly mirror of one `aftersales.job` instance, kept in sync by the engine hooks. */
export interface AftersalesJobTable {
  id: string;
  instance_id: string;
  /** 派工单号 'PG202611270001': gapless per Beijing day. */
  job_no: string;
  customer_id: string;
  equipment_id: string | null;
  /** The customer-service clerk who took the call (the process initiator). */
  clerk_id: string;
  technician_id: string | null;
  /** ASV-12: an engineer called in by the technician. */
  engineer_called: number;
  engineer_id: string | null;
  problem: string;
  address: string;
  contact_phone: string;
  skill: string;
  job_type: string;
  /** ASV-2 warranty state at intake: in_warranty | expiring | expired | unknown. */
  warranty_state: string;
  status: JobStatus;
  appointment_at: string | null;
  fee_fen: number;
  receipt_no: string;
  /** ASV-6 verdict: ok | over | under | no_standard, null before the check. */
  fee_verdict: string | null;
  fee_diff_fen: number | null;
  collected_at: string | null;
  /** ASV-7 last Beijing day on time, and the first late instant. */
  cash_due_on: string | null;
  cash_late_from: string | null;
  handed_to_finance_at: string | null;
  /** When the ASV-7 penalties were posted to the ledger (once). */
  penalty_posted_at: string | null;
  unfinished_reason: string;
  completed_at: string | null;
  /** ASV-9: when the clerk dispatched it to a technician (派工), null before. */
  dispatched_at: string | null;
  /** ASV-9: when the technician reported it finished on site (left 上门服务 finished). */
  finished_at: string | null;
  /** ASV-8: the callback's 满意度 (非常满意/满意/一般/不满意), null before the callback. */
  satisfaction: string | null;
  created_at: string;
  updated_at: string;
}

/** 技术特长 of a technician (ASV-3), one row per skill. */
export interface TechnicianSkillTable {
  user_id: string;
  skill: string;
}

/** ASV-7 催缴: a clerk urged the technician to hand the job's cash to finance. */
export interface AftersalesJobUrgeTable {
  id: string;
  job_id: string;
  clerk_id: string;
  urged_at: string;
  note: string;
}

export interface JobsTables {
  aftersales_job: AftersalesJobTable;
  technician_skill: TechnicianSkillTable;
  aftersales_job_urge: AftersalesJobUrgeTable;
}

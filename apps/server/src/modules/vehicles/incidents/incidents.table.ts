/**
 * Kysely table types of the vehicles incidents part (VEH-8, 10, 14–22); merged into VehiclesTables
 * (vehicles.table.ts). Process-backed records (repair, accident, violation, private borrowing,
 * hired transport) carry the engine instance id; hooks keep them in step with the instance.
 */

/** open: the instance runs; done/rejected/cancelled: how it ended. */
export type IncidentStatus = 'open' | 'done' | 'rejected' | 'cancelled';

/** VEH-16 a repair (车辆维修). */
export interface VehicleRepairTable {
  id: string;
  instance_id: string;
  vehicle_id: string;
  reporter_id: string;
  problem: string;
  estimate_fen: number;
  /** repairNeedsGm(estimate) when reported: the GM approves before the repair. */
  needs_gm: number;
  actual_cost_fen: number | null;
  invoice_attachment_id: string | null;
  /** The daily check that reported the problem, when started from one (VEH-15). */
  daily_check_id: string | null;
  status: IncidentStatus;
  opened_at: string;
  closed_at: string | null;
}

/** VEH-18/19/20 an accident, a custody loss or a loss at work. */
export interface VehicleAccidentTable {
  id: string;
  instance_id: string;
  vehicle_id: string;
  driver_id: string;
  occurred_at: string;
  place: string;
  description: string;
  police_reported: number;
  police_report_no: string | null;
  insurer_reported: number;
  claim_no: string | null;
  scene_kept: number;
  leaders_told: number;
  handler_id: string | null;
  total_cost_fen: number | null;
  insurance_payout_fen: number | null;
  /** minor | equal | major | unauthorized | custody | work */
  responsibility: string | null;
  driver_share_fen: number | null;
  company_share_fen: number | null;
  status: IncidentStatus;
  created_at: string;
  closed_at: string | null;
}

/** VEH-17 a traffic violation on business. */
export interface VehicleViolationTable {
  id: string;
  instance_id: string;
  vehicle_id: string;
  driver_id: string;
  occurred_on: string;
  place: string;
  points: number;
  fine_fen: number;
  /** driver (个人过失) | vehicle (车辆本身原因) */
  cause: string;
  driver_share_fen: number | null;
  company_share_fen: number | null;
  /** 扣证 period (Beijing dates, inclusive): the driver is not dispatched then. */
  licence_held_from: string | null;
  licence_held_to: string | null;
  status: IncidentStatus;
  created_at: string;
  closed_at: string | null;
}

/** VEH-10 borrowing a company car for private use. */
export interface VehiclePrivateBorrowTable {
  id: string;
  instance_id: string;
  vehicle_id: string;
  borrower_id: string;
  purpose: string;
  planned_start: string;
  planned_end: string;
  odometer_out_km: number | null;
  odometer_in_km: number | null;
  distance_km: number | null;
  clean_undamaged: number | null;
  damage_notes: string | null;
  charge_fen: number | null;
  status: IncidentStatus;
  created_at: string;
  closed_at: string | null;
}

/** VEH-8 hired transport reimbursed (the reports sum amount_fen per department and month). */
export interface VehicleHiredTransportTable {
  id: string;
  instance_id: string;
  department_id: string | null;
  requester_id: string;
  /** Beijing date of the transport. */
  date: string;
  amount_fen: number;
  start: string;
  end: string;
  purpose: string;
  invoice_attachment_id: string | null;
  created_at: string;
}

/** VEH-14 hand-over fines and VEH-15 dirty-car warnings/fines, recorded by the admin specialist. */
export interface VehicleFineTable {
  id: string;
  /** handover | dirty */
  kind: string;
  vehicle_id: string;
  driver_id: string;
  occurred_on: string;
  /** handover: the admin manager approved the substitute driver (no fine). */
  approved: number;
  /** dirty: warnings given before this one (still not improved). */
  warnings_before: number;
  fine_fen: number;
  notes: string;
  created_by: string | null;
  created_at: string;
}

/** VEH-15 the driver's daily check before leaving work. */
export interface VehicleDailyCheckTable {
  id: string;
  vehicle_id: string;
  driver_id: string;
  date: string;
  /** JSON: { documents, brakes, lights, oil, water, battery, tyres, clean: boolean } */
  items: string;
  ok: number;
  problems: string;
  repair_instance_id: string | null;
  created_at: string;
}

/** VEH-15 washing (at least weekly). */
export interface VehicleWashTable {
  id: string;
  vehicle_id: string;
  driver_id: string;
  date: string;
  notes: string;
  created_at: string;
}

/** VEH-22 a driver's purchase (零星采购). */
export interface VehiclePurchaseTable {
  id: string;
  driver_id: string;
  bought_on: string;
  item: string;
  /** regular | special (货比三家) */
  category: string;
  place: string;
  designated_place: number;
  /** JSON [{ supplier, amountFen }] */
  quotes: string;
  amount_fen: number;
  receipt_attachment_id: string | null;
  handed_to: string;
  /** none | tool | asset | consumable */
  registered_as: string;
  reimbursed_on: string | null;
  created_at: string;
}

/** VEH-21 an untruthful reimbursement, recorded for HR with the documents' consequence. */
export interface VehicleReimbursementCaseTable {
  id: string;
  /** purchase | fuel */
  kind: string;
  purchase_id: string | null;
  driver_id: string;
  description: string;
  consequence: string;
  created_by: string | null;
  created_at: string;
}

export interface IncidentsTables {
  vehicle_repair: VehicleRepairTable;
  vehicle_accident: VehicleAccidentTable;
  vehicle_violation: VehicleViolationTable;
  vehicle_private_borrow: VehiclePrivateBorrowTable;
  vehicle_hired_transport: VehicleHiredTransportTable;
  vehicle_fine: VehicleFineTable;
  vehicle_daily_check: VehicleDailyCheckTable;
  vehicle_wash: VehicleWashTable;
  vehicle_purchase: VehiclePurchaseTable;
  vehicle_reimbursement_case: VehicleReimbursementCaseTable;
}

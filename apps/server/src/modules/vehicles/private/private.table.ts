/** Kysely table types of the vehicles private part (VEH-9); merged into VehiclesTables (vehicles.table.ts). */

export type PrivateVehicleType = 'car' | 'motorcycle';
/** pending: reported, waiting for the admin department; withdrawn: 注销 (sold, no longer used). */
export type PrivateVehicleStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';
export type PrivateUseStatus = 'pending' | 'approved' | 'rejected';

/** 附表13 员工私车、摩托车报备表: one row per reported vehicle. */
export interface PrivateVehicleTable {
  id: string;
  owner_id: string;
  /** Normalized (normalizePlate). Unique among pending and approved registrations. */
  plate: string;
  vehicle_type: PrivateVehicleType;
  model: string;
  /** 驾驶证号 of the owner. */
  licence_no: string;
  insurance_expiry: string | null;
  /** 报备日期 (Beijing date). */
  registered_on: string;
  status: PrivateVehicleStatus;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_note: string | null;
  withdrawn_on: string | null;
  notes: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** 附表14 员工私车公用登记表: one row per business use. */
export interface PrivateVehicleUseTable {
  id: string;
  use_date: string;
  user_id: string;
  private_vehicle_id: string;
  from_place: string;
  to_place: string;
  purpose: string;
  /** Distance in metres (the form takes km with one decimal). */
  distance_m: number;
  status: PrivateUseStatus;
  /** Set on approval (the rule's amount or, over 50 km, the admin manager's). */
  subsidy_fen: number | null;
  /** urban | suburb | overSuburbLimit | motorcycleMonthlyAllowance (tripSubsidyFen's reason). */
  subsidy_rule: string | null;
  approved_by: string | null;
  approved_at: string | null;
  review_note: string | null;
  ledger_entry_id: string | null;
  created_by: string | null;
  created_at: string;
}

export interface PrivateTables {
  private_vehicle: PrivateVehicleTable;
  private_vehicle_use: PrivateVehicleUseTable;
}

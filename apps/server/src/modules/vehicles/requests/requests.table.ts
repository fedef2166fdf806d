/**
 * Kysely table types of the vehicles requests part (VEH-2…7, 11, 14, 21); merged into
 * VehiclesTables (vehicles.table.ts). Column names are stable: the reports part reads them.
 */

/** pending: in approval · approved: awaiting dispatch · dispatched: car and driver set · in_trip · returned · rejected · cancelled */
export type VehicleRequestStatus = 'pending' | 'approved' | 'dispatched' | 'in_trip' | 'returned' | 'rejected' | 'cancelled';
export type CargoKind = 'goods' | 'passengers' | 'both';

/** 派车申请: one row per request, mirrored from the engine instance by hooks. */
export interface VehicleRequestTable {
  id: string;
  /** Engine instance of `vehicles.car_request` (null only while a direct dispatch has no paperwork yet). */
  instance_id: string | null;
  requester_id: string;
  department_id: string | null;
  /** UsePurpose key (vehicles.rules.dispatch.ts). */
  purpose: string;
  /** 办事内容: free text. */
  purpose_text: string;
  urgent: number;
  cargo_kind: CargoKind;
  passengers: number;
  goods_desc: string;
  /** ISO UTC instants. */
  start_at: string;
  end_at: string;
  origin: string;
  destination: string;
  /** Destination district/town for carpooling (VEH-7); may equal destination. */
  destination_area: string;
  route: string;
  distance_km: number | null;
  bearing_deg: number | null;
  dest_lat: number | null;
  dest_lng: number | null;
  /** VEH-11: computed at start from the official calendar. */
  needs_gm: number;
  /** JSON array of GmApprovalReason. */
  gm_reasons: string;
  /** VEH-2/VEH-7 advice shown to the requester ('' when none). */
  advice: string;
  status: VehicleRequestStatus;
  /** VEH-3 direct dispatch by the admin specialist; paperwork (补办) afterwards. */
  backfill: number;
  /** For backfill: whether the 补办 paperwork has been completed. */
  paperwork_done: number;
  vehicle_id: string | null;
  driver_id: string | null;
  trip_id: string | null;
  carpool_group: string | null;
  dispatched_at: string | null;
  dispatched_by: string | null;
  created_at: string;
  updated_at: string;
}

export type VehicleTripStatus = 'planned' | 'in_trip' | 'returned' | 'cancelled';

/** 附表10 车辆使用登记表 (departure) + the return half of 附表11 行车记录. One trip may serve a carpool. */
export interface VehicleTripTable {
  id: string;
  vehicle_id: string;
  driver_id: string;
  /** 用车人: the (lead) requester. */
  user_id: string;
  department_id: string | null;
  /** 办事内容 (purpose label + text). */
  purpose: string;
  /** 行驶路线 */
  route: string;
  /** 目的地 */
  destination: string;
  planned_start: string;
  planned_end: string;
  /** 出车时间 */
  departed_at: string | null;
  /** 回来时间 */
  returned_at: string | null;
  odometer_start_km: number | null;
  /** 行驶里程 reading at return. */
  odometer_end_km: number | null;
  distance_km: number | null;
  status: VehicleTripStatus;
  backfill: number;
  carpool_group: string | null;
  passengers: number;
  key_log_id: string | null;
  notes: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** 附表11 加油信息: one row per fueling. */
export interface VehicleFuelTable {
  id: string;
  vehicle_id: string;
  trip_id: string | null;
  driver_id: string;
  fueled_at: string;
  liters: number;
  amount_fen: number;
  /** card | cash (cash is an exception, always flagged — VEH-5/VEH-21). */
  payment: string;
  fuel_card_no: string | null;
  odometer_km: number | null;
  receipt_attachment_id: string | null;
  anomalous: number;
  /** JSON array of FuelAnomalyReason. */
  anomaly_reasons: string;
  per_100km: number | null;
  created_by: string;
  created_at: string;
}

export interface RequestsTables {
  vehicle_request: VehicleRequestTable;
  vehicle_trip: VehicleTripTable;
  vehicle_fuel: VehicleFuelTable;
}

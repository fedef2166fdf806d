/** Kysely table types of the vehicles module (VEH-1/12/13/14); merged into `Database` in db/schema.ts. */
import type { IncidentsTables } from './incidents/incidents.table.js';
import type { PrivateTables } from './private/private.table.js';
import type { RequestsTables } from './requests/requests.table.js';

export type VehicleStatus = 'in_service' | 'repair' | 'retired';

export interface VehicleTable {
  id: string;
  /** Normalized plate (normalizePlate), unique. */
  plate: string;
  model: string;
  seats: number | null;
  load_kg: number | null;
  purchase_date: string | null;
  insurer: string | null;
  policy_no: string | null;
  insurance_expiry: string | null;
  inspection_due: string | null;
  fuel_card_no: string | null;
  fuel_card_balance_fen: number;
  city_pass_expiry: string | null;
  status: VehicleStatus;
  usual_driver_id: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface VehicleDriverTable {
  vehicle_id: string;
  user_id: string;
}

export interface VehicleKeyLogTable {
  id: string;
  vehicle_id: string;
  holder_id: string;
  handed_out_at: string;
  handed_out_by: string;
  returned_at: string | null;
  received_by: string | null;
}

/** kind: created | updated | status | drivers | key_out | key_in | note | insurance | fuel_card … */
export interface VehicleFileEntryTable {
  id: string;
  vehicle_id: string;
  at: string;
  kind: string;
  text: string;
  attachment_id: string | null;
  created_by: string | null;
}

/** The register's tables and those of the parts (requests/, private/, incidents/). */
export interface VehiclesTables extends RequestsTables, PrivateTables, IncidentsTables {
  vehicle: VehicleTable;
  vehicle_driver: VehicleDriverTable;
  vehicle_key_log: VehicleKeyLogTable;
  vehicle_file_entry: VehicleFileEntryTable;
}

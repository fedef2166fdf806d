/** Kysely table types of the reception module (RCP-1, GIFT-1/2); merged into `Database` in db/schema.ts. */
import type { GiftTables } from './gifts/gifts.table.js';

/** pending: in approval · arranging: approved, 接待安排 · settling: 费用结算 · summarizing: 接待总结 · finished · rejected · cancelled */
export type ReceptionStatus = 'pending' | 'arranging' | 'settling' | 'summarizing' | 'finished' | 'rejected' | 'cancelled';

/** 接待申请: one row per request, mirrored from the `reception.request` instance by hooks. */
export interface ReceptionTable {
  id: string;
  instance_id: string | null;
  requester_id: string;
  department_id: string | null;
  title: string;
  /** 来访单位 */
  visitor_org: string;
  guest_count: number;
  /** ReceptionLevel key (reception.rules.ts). */
  level: string;
  purpose: string;
  /** Beijing dates YYYY-MM-DD. */
  start_date: string;
  end_date: string;
  /** JSON: { meals, hotel, car, room, gifts } booleans. */
  needs: string;
  /** JSON: requested gift lines [{ itemId, quantity, unit }]. */
  gift_lines: string;
  budget_fen: number;
  /** manager | leader — who approves, computed at start from the settings. */
  approval_tier: string;
  status: ReceptionStatus;
  car_instance_id: string | null;
  room_booking_id: string | null;
  gift_issue_id: string | null;
  actual_fen: number | null;
  summary: string;
  settled_at: string | null;
  finished_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReceptionGuestTable {
  id: string;
  reception_id: string;
  seq: number;
  name: string;
  company: string;
  title: string;
}

/** Budget and actual cost per line (餐费, 住宿, 用车, 礼品, 其他). */
export interface ReceptionExpenseTable {
  id: string;
  reception_id: string;
  seq: number;
  category: string;
  budget_fen: number;
  actual_fen: number | null;
  note: string;
}

export interface ReceptionTables extends GiftTables {
  reception: ReceptionTable;
  reception_guest: ReceptionGuestTable;
  reception_expense: ReceptionExpenseTable;
}

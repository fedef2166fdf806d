/** Kysely table types of the gifts part (GIFT-1/2); merged into ReceptionTables. */

/** 礼品库存: quantity is in the item's unit (cigarettes: 包 packs). */
export interface GiftItemTable {
  id: string;
  name: string;
  /** 香烟 / 酒 / 茶叶 / 纪念品 / 其他 */
  category: string;
  unit: string;
  spec: string;
  unit_price_fen: number;
  quantity: number;
  active: number;
  created_at: string;
  updated_at: string;
}

export type GiftMovementKind = 'in' | 'out' | 'adjust';

/** 礼品出入库: one row per movement; `delta` is signed, `balance` the stock after it. */
export interface GiftMovementTable {
  id: string;
  item_id: string;
  kind: GiftMovementKind;
  delta: number;
  balance: number;
  unit_price_fen: number;
  issue_id: string | null;
  reception_id: string | null;
  note: string;
  actor_id: string;
  occurred_at: string;
}

/** pending: in approval · approved: waiting for the keeper · issued · rejected · cancelled */
export type GiftIssueStatus = 'pending' | 'approved' | 'issued' | 'rejected' | 'cancelled';

/** 礼品领用: mirrored from the `reception.gift_issue` instance. */
export interface GiftIssueTable {
  id: string;
  instance_id: string | null;
  requester_id: string;
  reception_id: string | null;
  purpose: string;
  /** GiftTier key: assistant | manager | vp. */
  tier: string;
  packs: number;
  value_fen: number;
  status: GiftIssueStatus;
  issued_at: string | null;
  issued_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface GiftIssueLineTable {
  id: string;
  issue_id: string;
  item_id: string;
  /** In the item's unit (cigarettes normalized to packs). */
  quantity: number;
  unit_price_fen: number;
}

export interface GiftTables {
  gift_item: GiftItemTable;
  gift_movement: GiftMovementTable;
  gift_issue: GiftIssueTable;
  gift_issue_line: GiftIssueLineTable;
}

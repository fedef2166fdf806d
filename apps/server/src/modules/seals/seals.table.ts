/** Kysely table types of the seals module (SEAL-1, SEAL-2); merged into `Database` in db/schema.ts. */

/** in_office: kept by the keeper; out: taken out of the office on an approved request; disabled: no longer used. */
export type SealStatus = 'in_office' | 'out' | 'disabled';

/** SEAL-1 the seal register (印章登记). */
export interface SealTable {
  id: string;
  name: string;
  /** 公章 / 合同章 / 财务章 / 法人章 / 发票专用章 / 部门章 */
  type: string;
  keeper_id: string;
  location: string;
  status: SealStatus;
  notes: string;
  created_at: string;
  updated_at: string;
}

/** open → approved → used (→ out → returned when taken out); or rejected/cancelled. */
export type SealUseStatus = 'open' | 'approved' | 'used' | 'out' | 'returned' | 'rejected' | 'cancelled';

/** SEAL-2 a use request; once the keeper confirms, a line of the use log (印章使用登记). */
export interface SealUseTable {
  id: string;
  instance_id: string;
  seal_id: string;
  requester_id: string;
  department_id: string | null;
  /** document: 文件; contract: 合同. */
  doc_kind: 'document' | 'contract';
  document: string;
  purpose: string;
  copies: number;
  take_out: number;
  return_by: string | null;
  needs_gm: number;
  /** Names of those who approved, in order (written when the keeper confirms). */
  approvers: string | null;
  used_at: string | null;
  used_by: string | null;
  returned_at: string | null;
  status: SealUseStatus;
  created_at: string;
  closed_at: string | null;
}

export interface SealsTables {
  seal: SealTable;
  seal_use: SealUseTable;
}

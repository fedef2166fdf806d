/** Kysely table types of the archives module (ARC-1, ARC-2); merged into `Database` in db/schema.ts. */

/** in: on the shelf; out: lent out (one loan at a time); destroyed: past retention and disposed of. */
export type ArchiveItemStatus = 'in' | 'out' | 'destroyed';

/** ARC-1 an item of the archive catalog (档案目录). */
export interface ArchiveItemTable {
  id: string;
  /** 档号, unique. */
  number: string;
  title: string;
  category: string;
  year: number;
  /** 保管期限: 永久 / 长期 / 30年 / 10年 … */
  retention: string;
  /** 密级: 普通 / 秘密 / 机密. */
  secrecy: string;
  cabinet: string;
  shelf: string;
  pages: number;
  /** 电子扫描件 (attachment id). */
  scan_attachment_id: string | null;
  notes: string;
  status: ArchiveItemStatus;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** open → approved → lent → returned; copy requests end as copied; or rejected/cancelled. */
export type ArchiveBorrowStatus = 'open' | 'approved' | 'lent' | 'returned' | 'copied' | 'rejected' | 'cancelled';

/** ARC-2 a borrow/copy request (档案借阅/复印), one per engine instance. */
export interface ArchiveBorrowTable {
  id: string;
  instance_id: string;
  item_id: string;
  borrower_id: string;
  department_id: string | null;
  /** borrow: 借阅 (lent out and returned); copy: 复印 (copies made, nothing leaves). */
  kind: 'borrow' | 'copy';
  purpose: string;
  /** The item's secrecy when asked: decides the approver. */
  secrecy: string;
  /** 复印份数 requested (copy) / made (recorded by the keeper). */
  copies: number;
  copies_made: number | null;
  due_on: string | null;
  lent_at: string | null;
  lent_by: string | null;
  returned_at: string | null;
  return_condition: string | null;
  pages_complete: number | null;
  last_reminded_on: string | null;
  status: ArchiveBorrowStatus;
  created_at: string;
  closed_at: string | null;
}

export interface ArchivesTables {
  archive_item: ArchiveItemTable;
  archive_borrow: ArchiveBorrowTable;
}

/** Kysely table types of the mail module (MAIL-1); merged into `Database` in db/schema.ts. */

/** requested: asked for, not yet handed to a courier; sent: dispatched with tracking number and cost. */
export type MailStatus = 'requested' | 'sent';

/** MAIL-1 a send request / dispatch record (收寄件登记). */
export interface MailItemTable {
  id: string;
  sender_id: string;
  department_id: string | null;
  recipient: string;
  address: string;
  phone: string;
  contents: string;
  /** 1: personal (私人) — the sender pays, the cost goes to the HR-8 ledger as a deduction. */
  personal: number;
  courier: string | null;
  tracking_no: string | null;
  weight_g: number | null;
  cost_fen: number | null;
  /** Beijing date handed to the courier; the month of the cost report. */
  sent_on: string | null;
  status: MailStatus;
  notes: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface MailTables {
  mail_item: MailItemTable;
}

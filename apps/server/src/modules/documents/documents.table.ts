/** Kysely table types of the documents module (公文管理, DOC-1/2/3); merged into `Database` in db/schema.ts. */

/** DOC-1 收文: one incoming document as registered by the clerk (收文登记簿). */
export interface DocIncomingTable {
  id: string;
  /** 收文编号 in the register, e.g. 收〔2026〕3号 (per year, gapless like outgoing numbers). */
  reg_no: string;
  reg_year: number;
  reg_seq: number;
  /** 来文字号 (the sender's own number). */
  source_no: string;
  /** 来文单位 */
  issuer: string;
  title: string;
  /** 收文日期 (Beijing date YYYY-MM-DD). */
  received_on: string;
  urgency: string;
  secrecy: string;
  copies: number;
  /** JSON array of attachment ids (the scan). */
  attachment_ids: string;
  /** 1 = routine (常规收文, closed by the clerk). */
  routine: number;
  /** registered → closed (routine) | proposing → instructing → handling → archiving → archived; cancelled. */
  status: string;
  /** The clerk's note when closing a routine document directly (处理情况). */
  note: string;
  instance_id: string | null;
  leader_id: string | null;
  /** JSON [{ departmentId, departmentName, headUserId }] chosen by the leader's 批示. */
  distribution: string;
  registered_by: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

/** DOC-2 发文: an outgoing document (发文登记簿). */
export interface DocOutgoingTable {
  id: string;
  title: string;
  body: string;
  attachment_ids: string;
  /** 主送 */
  main_to: string;
  /** 抄送 */
  cc_to: string;
  secrecy: string;
  urgency: string;
  legal_review: number;
  department_id: string | null;
  drafter_id: string;
  signer_id: string | null;
  instance_id: string | null;
  /** drafting → dept_review → legal_review → signing → numbering → sealing → dispatching → archiving → archived; rejected; cancelled. */
  status: string;
  prefix: string | null;
  num_year: number | null;
  num_seq: number | null;
  /** 文号 as printed, e.g. 步阳综〔2026〕12号. */
  number_text: string | null;
  numbered_at: string | null;
  numbered_by: string | null;
  /** 1 when the document was cancelled after numbering: the number is void, never reused. */
  number_void: number;
  signed_at: string | null;
  dispatched_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One gapless counter per (prefix, year): the next sequence to hand out. */
export interface DocNumberCounterTable {
  prefix: string;
  year: number;
  next_seq: number;
}

/** Every number handed out or voided (文号使用记录). */
export interface DocNumberLogTable {
  id: string;
  prefix: string;
  year: number;
  seq: number;
  number_text: string;
  entity: string;
  entity_id: string;
  action: string;
  reason: string;
  actor_id: string | null;
  at: string;
}

/** 传阅: a document sent to a person who confirms reading (read receipt). */
export interface DocCirculationTable {
  id: string;
  doc_kind: string;
  doc_id: string;
  user_id: string;
  /** circulate (传阅) | distribute (分送承办部门). */
  reason: string;
  sent_by: string | null;
  sent_at: string;
  read_at: string | null;
}

/** 催办 records of a document (automatic on overdue, or manual). */
export interface DocUrgeTable {
  id: string;
  doc_kind: string;
  doc_id: string;
  step_name: string;
  user_ids: string;
  auto: number;
  by_user_id: string | null;
  at: string;
}

/** DOC-3 函件/通知登记. */
export interface DocLetterTable {
  id: string;
  /** in (收) | out (发) */
  direction: string;
  /** letter (函件) | notice (通知) */
  kind: string;
  number: string;
  title: string;
  /** 来函单位 or 收函单位 */
  counterpart: string;
  date: string;
  handler_id: string | null;
  attachment_ids: string;
  note: string;
  created_by: string;
  created_at: string;
}

export interface DocumentsTables {
  doc_incoming: DocIncomingTable;
  doc_outgoing: DocOutgoingTable;
  doc_number_counter: DocNumberCounterTable;
  doc_number_log: DocNumberLogTable;
  doc_circulation: DocCirculationTable;
  doc_urge: DocUrgeTable;
  doc_letter: DocLetterTable;
}

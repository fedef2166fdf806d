/**
 * Pure rules of the archives (ARC-1, ARC-2): secrecy levels and who approves, the due date of a
 * loan, availability and what is overdue. Table-driven tests in archives.rules.test.ts.
 */

/** 密级, lowest first. The approver rises with the level (ARC-2). */
export const SECRECY_LEVELS = ['普通', '秘密', '机密'] as const;
export type Secrecy = (typeof SECRECY_LEVELS)[number];
/** Levels the 总经理 approves; 普通 is approved by the 综合部部长. */
export const GM_SECRECY: readonly Secrecy[] = ['秘密', '机密'];

export const RETENTIONS = ['永久', '长期', '30年', '10年', '短期'] as const;

export const KIND_LABELS = { borrow: '借阅', copy: '复印' } as const;
export type BorrowKind = keyof typeof KIND_LABELS;

export function isSecrecy(v: unknown): v is Secrecy {
  return typeof v === 'string' && (SECRECY_LEVELS as readonly string[]).includes(v);
}

/** Who approves a request for an item of this secrecy level. */
export function approverFor(secrecy: Secrecy): 'manager' | 'gm' {
  return GM_SECRECY.includes(secrecy) ? 'gm' : 'manager';
}

/** Whole days from `from` to `to` ('YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Why a due date is not acceptable for a loan asked for on `today`, or null when it is. */
export function dueDateProblem(dueOn: string, today: string, maxDays: number): 'past' | 'tooLong' | null {
  const d = daysBetween(today, dueOn);
  if (d < 0) return 'past';
  if (d > maxDays) return 'tooLong';
  return null;
}

/** A borrow (not a copy) needs the item on the shelf: an item out on loan cannot be lent again. */
export function lendProblem(kind: BorrowKind, itemStatus: string): 'onLoan' | 'destroyed' | null {
  if (itemStatus === 'destroyed') return 'destroyed';
  if (kind === 'borrow' && itemStatus === 'out') return 'onLoan';
  return null;
}

export interface LoanLite {
  id: string;
  status: string;
  due_on: string | null;
  last_reminded_on: string | null;
}

/** Loans still out after their due date that were not reminded of today yet. */
export function overdueLoans<T extends LoanLite>(loans: T[], today: string): (T & { daysOverdue: number })[] {
  return loans
    .filter((l) => l.status === 'lent' && l.due_on !== null && l.due_on < today && l.last_reminded_on !== today)
    .map((l) => ({ ...l, daysOverdue: daysBetween(l.due_on!, today) }));
}

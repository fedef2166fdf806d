/**
 * ASV-14 "交财务" — pure rules of the month-end hand-over to finance: which months may be handed
 * over, the snapshot of totals handed over (and who had not confirmed), the snapshot against the
 * current totals, and who may reopen a hand-over.
 */
import { BEIJING_OFFSET_MS } from '../../../platform/calendar/beijing.js';

export type HandoverStatus = 'handed' | 'received' | 'reopened';
/** The state of a month shown on the page: 未交 / 已交财务待签收 / 财务已签收. */
export type MonthHandoverState = 'none' | 'handed' | 'received';

export interface PersonTotalIn {
  userId: string;
  userName: string;
  totalFen: number;
  confirmedAt: string | null;
  confirmedTotalFen: number | null;
}

export interface SnapshotPerson {
  userId: string;
  userName: string;
  totalFen: number;
  /** Confirmed, and the total he confirmed is the one handed over. */
  confirmed: boolean;
}

export interface HandoverSnapshot {
  totalFen: number;
  people: SnapshotPerson[];
}

/** A month may be handed over once it has begun (the current or a past Beijing month). */
export function monthMayBeHanded(month: string, currentMonth: string): boolean {
  return month <= currentMonth;
}

/**
 * Unconfirmed = never confirmed, or confirmed a total that has changed since (a correction after
 * his confirmation): what he agreed to is not what finance gets.
 */
export function isConfirmed(p: PersonTotalIn): boolean {
  return p.confirmedAt !== null && p.confirmedTotalFen === p.totalFen;
}

export function snapshotOf(people: PersonTotalIn[]): HandoverSnapshot {
  const rows = people.map((p) => ({ userId: p.userId, userName: p.userName, totalFen: p.totalFen, confirmed: isConfirmed(p) }))
    .sort((a, b) => a.userName.localeCompare(b.userName, 'zh-CN') || (a.userId < b.userId ? -1 : 1));
  return { totalFen: rows.reduce((a, p) => a + p.totalFen, 0), people: rows };
}

/** Reads a stored snapshot; anything unreadable becomes an empty one (never a 5xx on old data). */
export function parseSnapshot(text: string): HandoverSnapshot {
  try {
    const v = JSON.parse(text) as Partial<HandoverSnapshot>;
    const people = Array.isArray(v.people) ? v.people.filter((p) => p && typeof p.userId === 'string' && Number.isSafeInteger(p.totalFen)) : [];
    return { totalFen: Number.isSafeInteger(v.totalFen) ? v.totalFen! : 0, people };
  } catch {
    return { totalFen: 0, people: [] };
  }
}

export interface ComparisonRow {
  userId: string;
  userName: string;
  handedFen: number;
  currentFen: number;
  changed: boolean;
}

/** The totals handed over against today's, per person (anyone in either), and overall. */
export function compareTotals(snapshot: HandoverSnapshot, current: { userId: string; userName: string; totalFen: number }[]) {
  const rows = new Map<string, ComparisonRow>();
  for (const p of snapshot.people) rows.set(p.userId, { userId: p.userId, userName: p.userName, handedFen: p.totalFen, currentFen: 0, changed: false });
  for (const p of current) {
    const r = rows.get(p.userId) ?? { userId: p.userId, userName: p.userName, handedFen: 0, currentFen: 0, changed: false };
    r.currentFen = p.totalFen;
    rows.set(p.userId, r);
  }
  const list = [...rows.values()].map((r) => ({ ...r, changed: r.handedFen !== r.currentFen }));
  const currentTotalFen = current.reduce((a, p) => a + p.totalFen, 0);
  return { handedTotalFen: snapshot.totalFen, currentTotalFen, changed: snapshot.totalFen !== currentTotalFen || list.some((r) => r.changed), rows: list };
}

export type ReopenDecision =
  | { ok: true; kind: 'withdraw' | 'return' }
  | { ok: false; status: 400 | 403 | 409; code: string };

/**
 * Who may reopen a hand-over in force: the hander himself while finance has not signed (撤回, the
 * reason optional); finance at any time, with a reason (退回). Anyone else is refused.
 */
export function reopenDecision(h: { status: HandoverStatus; handedBy: string }, actor: { id: string; isFinance: boolean }, reason: string): ReopenDecision {
  if (h.status === 'reopened') return { ok: false, status: 409, code: 'aftersales.monthend.notHanded' };
  if (h.status === 'handed' && h.handedBy === actor.id) return { ok: true, kind: 'withdraw' };
  if (!actor.isFinance) return { ok: false, status: 403, code: h.status === 'received' ? 'aftersales.monthend.reopenReceived' : 'aftersales.monthend.reopenNotHander' };
  if (reason.trim() === '') return { ok: false, status: 400, code: 'aftersales.monthend.reopenReason' };
  return { ok: true, kind: 'return' };
}

/** 'YYYY-MM-DD HH:mm' in Beijing, for messages. */
export function beijingMinute(iso: string): string {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ') : iso;
}

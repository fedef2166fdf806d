/** Pure rules of assigned work (TASK-1). */
import { beijingDate } from '../../platform/calendar/beijing.js';
import type { AssignedTaskStatus } from './tasks.table.js';

/** A real calendar date (not 2026-02-30). */
export function isDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export const OPEN_STATUSES: readonly AssignedTaskStatus[] = ['assigned', 'in_progress', 'closure_requested'];

/**
 * Overdue = still open and past its due time. A task waiting for the assigner's acceptance is
 * not the owner's delay (the owner asked for closure in time or not — that is in the history).
 */
export function isOverdue(t: { status: AssignedTaskStatus; due_at: string }, nowIso: string): boolean {
  return (t.status === 'assigned' || t.status === 'in_progress') && Date.parse(nowIso) > Date.parse(t.due_at);
}

/** Percent reports never go backwards silently: 0–100 integers only. */
export function validPercent(p: number): boolean {
  return Number.isInteger(p) && p >= 0 && p <= 100;
}

/** Days left (negative = days overdue), counted in Beijing dates. */
export function daysLeft(dueDate: string, nowIso: string): number {
  return Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${beijingDate(Date.parse(nowIso))}T00:00:00Z`)) / 86_400_000);
}

/** Pure rules of assigned work (TASK-1). */
import type { AssignedTaskStatus } from './tasks.table.js';

const BEIJING_MS = 8 * 3_600_000;

/** The instant a task is due: close of business (Beijing) on its 完成期限 date (ENG-8). */
export function dueAtOf(dueDate: string, closeOfBusinessHour: number): string {
  return new Date(Date.parse(`${dueDate}T00:00:00.000Z`) + Math.round(closeOfBusinessHour * 3_600_000) - BEIJING_MS).toISOString();
}

/** The Beijing date of an instant. */
export function beijingDate(iso: string): string {
  return new Date(Date.parse(iso) + BEIJING_MS).toISOString().slice(0, 10);
}

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
  return Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${beijingDate(nowIso)}T00:00:00Z`)) / 86_400_000);
}

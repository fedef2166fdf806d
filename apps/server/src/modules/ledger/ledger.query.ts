/**
 * HR-8 reading the ledger: entries of a month with filters, and the month's summary per employee
 * (补贴合计 / 罚款合计 / 净额). Record rules (ORG-4): holders of ledger:read (HR, finance, leaders)
 * see everyone, a department head his departments (with their sub-departments), everyone else
 * only himself. Voided entries are listed (struck through in the UI) but never counted.
 */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest } from '../../http/errors.js';
import type { Actor } from '../../platform/auth/actor.js';
import { scopeFor, type RecordScope } from '../../platform/access/record-rules.js';
import { KIND_LABELS, sourceLabel } from './ledger.sources.js';
import type { LedgerKind } from './ledger.table.js';
import { beijingMonth } from '../../platform/calendar/beijing.js';

export const LEDGER_READ_ALL = 'ledger:read';
const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface LedgerFilter {
  month?: string;
  departmentId?: string;
  userId?: string;
  kind?: LedgerKind;
  source?: string;
  includeVoided?: boolean;
}

/** The Beijing month 'YYYY-MM' of an instant (the platform's helper, re-exported for the routes). */
export { beijingMonth };

/** Refuses anything but a real 'YYYY-MM' month, naming the value. */
export function assertMonth(month: string): string {
  if (!MONTH_RE.test(month)) throw badRequest('ledger.invalidMonth', { value: month });
  return month;
}

/** The department and every department below it. */
export async function departmentWithDescendants(db: Db, id: string): Promise<string[]> {
  const all = await db.selectFrom('department').select(['id', 'parent_id']).execute();
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const d of all) if (d.parent_id === out[i] && !out.includes(d.id)) out.push(d.id);
  return out;
}

function baseQuery(db: Db, scope: RecordScope) {
  let q = db
    .selectFrom('ledger_entry as e')
    .innerJoin('app_user as u', 'u.id', 'e.user_id')
    .leftJoin('department as d', 'd.id', 'u.department_id');
  if (scope.kind === 'own') q = q.where('e.user_id', '=', scope.userId);
  if (scope.kind === 'department') {
    const { departmentIds, userId } = scope;
    q = q.where((eb) => eb.or([eb('e.user_id', '=', userId), eb('u.department_id', 'in', departmentIds)]));
  }
  return q;
}

async function filtered(s: Services, scope: RecordScope, f: LedgerFilter) {
  const month = assertMonth(f.month ?? beijingMonth(s.clock.now()));
  let q = baseQuery(s.db, scope).where('e.month', '=', month);
  if (f.departmentId) q = q.where('u.department_id', 'in', await departmentWithDescendants(s.db, f.departmentId));
  if (f.userId) q = q.where('e.user_id', '=', f.userId);
  if (f.kind) q = q.where('e.kind', '=', f.kind);
  if (f.source) q = q.where('e.source', '=', f.source);
  return { month, q };
}

function presentEntry(r: {
  id: string; user_id: string; username: string; user_name: string; department_name: string | null; month: string; kind: LedgerKind;
  amount_fen: number | string | bigint; source: string; source_id: string; reason: string; occurred_on: string; created_at: string;
  voided_at: string | null; void_reason: string | null;
}) {
  return {
    id: r.id,
    userId: r.user_id,
    username: r.username,
    userName: r.user_name,
    departmentName: r.department_name,
    month: r.month,
    kind: r.kind,
    kindLabel: KIND_LABELS[r.kind],
    amountFen: Number(r.amount_fen),
    source: r.source,
    sourceLabel: sourceLabel(r.source),
    sourceId: r.source_id,
    reason: r.reason,
    occurredOn: r.occurred_on,
    createdAt: r.created_at,
    voided: r.voided_at !== null,
    voidedAt: r.voided_at,
    voidReason: r.void_reason,
  };
}
export type LedgerEntryDto = ReturnType<typeof presentEntry>;

/** Entries of a month the actor may see, newest occurrence first. */
export async function listEntries(s: Services, actor: Actor, f: LedgerFilter): Promise<{ month: string; items: LedgerEntryDto[] }> {
  return listEntriesIn(s, scopeFor(actor, LEDGER_READ_ALL), f);
}

export async function listEntriesIn(s: Services, scope: RecordScope, f: LedgerFilter) {
  const { month, q } = await filtered(s, scope, f);
  let rows = q
    .select([
      'e.id', 'e.user_id', 'u.username', 'u.name as user_name', 'd.name as department_name', 'e.month', 'e.kind', 'e.amount_fen', 'e.source',
      'e.source_id', 'e.reason', 'e.occurred_on', 'e.created_at', 'e.voided_at', 'e.void_reason',
    ])
    .orderBy('e.occurred_on', 'desc')
    .orderBy('e.created_at', 'desc');
  if (f.includeVoided === false) rows = rows.where('e.voided_at', 'is', null);
  return { month, items: (await rows.execute()).map(presentEntry) };
}

export interface SummaryRow {
  userId: string;
  username: string;
  name: string;
  departmentName: string | null;
  subsidyFen: number;
  penaltyFen: number;
  netFen: number;
  count: number;
}

/** Per employee: subsidies, penalties and net of the month's live entries. */
export async function monthSummary(s: Services, actor: Actor, f: LedgerFilter) {
  return monthSummaryIn(s, scopeFor(actor, LEDGER_READ_ALL), f);
}

export async function monthSummaryIn(s: Services, scope: RecordScope, f: LedgerFilter): Promise<{ month: string; rows: SummaryRow[]; totals: Omit<SummaryRow, 'userId' | 'username' | 'name' | 'departmentName'> }> {
  const { month, q } = await filtered(s, scope, f);
  const grouped = await q
    .where('e.voided_at', 'is', null)
    .select((eb) => ['e.user_id', 'u.username', 'u.name', 'd.name as department_name', 'd.sort as department_sort', 'e.kind', eb.fn.sum<number | string>('e.amount_fen').as('total'), eb.fn.countAll<number | string>().as('n')])
    .groupBy(['e.user_id', 'u.username', 'u.name', 'd.name', 'd.sort', 'e.kind'])
    .execute();
  const byUser = new Map<string, SummaryRow & { sort: number }>();
  for (const g of grouped) {
    const row = byUser.get(g.user_id) ?? { userId: g.user_id, username: g.username, name: g.name, departmentName: g.department_name, sort: Number(g.department_sort ?? 9999), subsidyFen: 0, penaltyFen: 0, netFen: 0, count: 0 };
    if (g.kind === 'subsidy') row.subsidyFen += Number(g.total);
    else row.penaltyFen += Number(g.total);
    row.count += Number(g.n);
    row.netFen = row.subsidyFen - row.penaltyFen;
    byUser.set(g.user_id, row);
  }
  const rows = [...byUser.values()]
    .sort((a, b) => a.sort - b.sort || a.username.localeCompare(b.username))
    .map(({ sort: _sort, ...r }) => r);
  const totals = rows.reduce((t, r) => ({ subsidyFen: t.subsidyFen + r.subsidyFen, penaltyFen: t.penaltyFen + r.penaltyFen, netFen: t.netFen + r.netFen, count: t.count + r.count }), { subsidyFen: 0, penaltyFen: 0, netFen: 0, count: 0 });
  return { month, rows, totals };
}

/**
 * HR-8 changes by HR (ledger:manage): a manual subsidy or penalty with its reason, and voiding a
 * wrong entry with a reason (entries are never deleted). Both audited.
 */
import type { Services } from '../../app.types.js';
import { badRequest, notFound } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import type { Actor } from '../../platform/auth/actor.js';
import { changeWithAudit } from '../../platform/tx.js';
import { assertMonth } from './ledger.query.js';
import { postLedgerEntry, voidLedgerEntry } from './ledger.service.js';
import type { LedgerKind } from './ledger.table.js';
import { beijingDate } from '../../platform/calendar/beijing.js';

export const MANUAL_SOURCE = 'manual';

export interface ManualPostingInput {
  userId: string;
  kind: LedgerKind;
  amountFen: number;
  reason: string;
  occurredOn: string;
  /** The payroll month when it differs from the month of occurredOn (e.g. a late correction). */
  month?: string;
}

export async function postManualEntry(s: Services, actor: Actor, input: ManualPostingInput): Promise<string> {
  const reason = input.reason.trim();
  if (!reason) throw badRequest('ledger.reasonRequired');
  if (input.month !== undefined) assertMonth(input.month);
  const today = beijingDate(s.clock.now());
  if (input.occurredOn > today && /^\d{4}-\d{2}-\d{2}$/.test(input.occurredOn)) throw badRequest('ledger.futureDate', { value: input.occurredOn });
  return changeWithAudit(s, actor, async (trx) => {
    const user = await trx.selectFrom('app_user').select(['id', 'name']).where('id', '=', input.userId).executeTakeFirst();
    if (!user) throw badRequest('ledger.userNotFound', { id: input.userId });
    const id = await postLedgerEntry(trx, s.clock, actor.id === 'system' ? null : actor.id, {
      userId: user.id, kind: input.kind, amountFen: input.amountFen, source: MANUAL_SOURCE, sourceId: newId(), reason, occurredOn: input.occurredOn,
      month: input.month,
    });
    return { result: id, audit: { action: 'ledger.post', entity: 'ledger_entry', entityId: id, data: { ...input, userName: user.name } } };
  });
}

export async function voidEntry(s: Services, actor: Actor, id: string, reason: string): Promise<void> {
  await changeWithAudit(s, actor, async (trx) => {
    const row = await trx.selectFrom('ledger_entry').select(['id', 'user_id', 'kind', 'amount_fen', 'source', 'month']).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('ledger.notFound');
    await voidLedgerEntry(trx, s.clock, actor.id, id, reason);
    return { result: undefined, audit: { action: 'ledger.void', entity: 'ledger_entry', entityId: id, data: { reason: reason.trim(), userId: row.user_id, kind: row.kind, amountFen: Number(row.amount_fen), source: row.source, month: row.month } } };
  });
}


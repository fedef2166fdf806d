/**
 * Engine hooks of 礼品领用: the check step (lines, stock, GIFT-2 tier into the data, mirror row),
 * the status on the way, and the stock going out when the keeper completes 礼品发放出库.
 */
import type { EngineHooks, InstanceRef } from '@guanjia/engine';
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest, conflict } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import { moveStock, readIssue, type IssueLineInput } from './gifts.core.js';
import { GIFT_CHECK_HOOK, GIFT_ISSUE_KEY } from './gifts.process.js';

export function giftsEngineHooks(s: Services): EngineHooks {
  const mine = (i: { processKey: string }) => i.processKey === GIFT_ISSUE_KEY;
  const issueOf = (db: Db, instanceId: string) => db.selectFrom('gift_issue').selectAll().where('instance_id', '=', instanceId).executeTakeFirst();
  return {
    auto: { [GIFT_CHECK_HOOK]: async (trx, ctx) => check(trx as Db, s, ctx) },
    onEnterStep: async (trx, ctx) => {
      if (!mine(ctx) || ctx.stepId !== 'issue') return;
      const db = trx as Db;
      await db.updateTable('gift_issue').set({ status: 'approved', updated_at: s.clock.now().toISOString() }).where('instance_id', '=', ctx.instanceId).execute();
    },
    onCompleted: async (trx, i) => {
      if (!mine(i)) return;
      const db = trx as Db;
      const issue = await issueOf(db, i.instanceId);
      if (!issue) return;
      const now = s.clock.now().toISOString();
      if (i.status === 'rejected') {
        await db.updateTable('gift_issue').set({ status: 'rejected', updated_at: now }).where('id', '=', issue.id).execute();
        return;
      }
      // The keeper confirmed: the stock goes out (refused with the item named when short).
      const keeper = await db
        .selectFrom('process_task').select('completed_by').where('instance_id', '=', i.instanceId).where('step_id', '=', 'issue').where('status', '=', 'done')
        .orderBy('completed_at', 'desc').executeTakeFirst();
      const actorId = keeper?.completed_by ?? i.initiatorId;
      const lines = await db.selectFrom('gift_issue_line').selectAll().where('issue_id', '=', issue.id).execute();
      for (const l of lines) {
        await moveStock(db, actorId, now, { itemId: l.item_id, kind: 'out', delta: -l.quantity, issueId: issue.id, receptionId: issue.reception_id, note: `礼品领用：${issue.purpose}`.slice(0, 500) });
      }
      await db.updateTable('gift_issue').set({ status: 'issued', issued_at: now, issued_by: actorId, updated_at: now }).where('id', '=', issue.id).execute();
    },
    onCancelled: async (trx, i) => {
      if (!mine(i)) return;
      await (trx as Db).updateTable('gift_issue').set({ status: 'cancelled', updated_at: s.clock.now().toISOString() }).where('instance_id', '=', i.instanceId).execute();
    },
  };
}

async function check(db: Db, s: Services, ctx: InstanceRef & { stepId: string }): Promise<Record<string, unknown>> {
  const r = await readIssue(db, (ctx.data.lines ?? []) as IssueLineInput[]);
  const receptionId = typeof ctx.data.receptionId === 'string' && ctx.data.receptionId ? ctx.data.receptionId : null;
  if (receptionId) {
    const rec = await db.selectFrom('reception').select(['id', 'title', 'status', 'gift_issue_id']).where('id', '=', receptionId).executeTakeFirst();
    if (!rec) throw badRequest('gifts.receptionNotFound', { id: receptionId });
    // Only the arrangement links an issue, once: no one may relink another reception's gifts.
    if (rec.status !== 'arranging') throw conflict('reception.notArranging', { title: rec.title });
    if (rec.gift_issue_id) throw conflict('reception.alreadyArranged', { title: rec.title, what: '礼品' });
  }
  const now = s.clock.now().toISOString();
  const id = newId();
  await db
    .insertInto('gift_issue')
    .values({
      id, instance_id: ctx.instanceId, requester_id: ctx.initiatorId, reception_id: receptionId, purpose: String(ctx.data.purpose ?? '').slice(0, 500),
      tier: r.tier, packs: r.packs, value_fen: r.valueFen, status: 'pending', issued_at: null, issued_by: null, created_at: now, updated_at: now,
    })
    .execute();
  for (const l of r.lines) {
    await db.insertInto('gift_issue_line').values({ id: newId(), issue_id: id, item_id: l.itemId, quantity: l.quantity, unit_price_fen: l.unitPriceFen }).execute();
  }
  if (receptionId) await db.updateTable('reception').set({ gift_issue_id: id, updated_at: now }).where('id', '=', receptionId).execute();
  return { tier: r.tier, tierLabel: r.tierLabel, packs: r.packs, valueFen: r.valueFen, linesText: r.linesText, issueId: id };
}

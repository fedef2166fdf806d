/**
 * VEH-22 driver purchases (零星采购) and VEH-21 untruthful reimbursements. A special item needs
 * three suppliers' quotes; a receipt not reimbursed on the purchase day is flagged; an admin may
 * record a reimbursement as untruthful, which is a case for HR with the documents' consequence.
 */
import type { Services } from '../../../app.types.js';
import { badRequest, conflict, notFound } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { linkAttachments, registerAttachmentAccess } from '../../../platform/attachments/attachments.service.js';
import { notify } from '../../../platform/notifications/notifications.service.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { activeUser, assertDate } from './incidents.records.js';
import { beijingDate } from '../../../platform/calendar/beijing.js';
import { purchaseQuotesOk, reimbursedLate } from './incidents.rules.js';
import { READ_ALL } from './incidents.service.js';

/** VEH-21 the documents' consequence, verbatim (⑬⑤). */
export const FRAUD_CONSEQUENCE = '司机给车辆加油,零星采购物品,需实事求是报销费用,杜绝弄虚作假,一旦查出将追究经济责任并开除处理。';

export interface PurchaseInput {
  boughtOn: string;
  item: string;
  category: 'regular' | 'special';
  place: string;
  designatedPlace: boolean;
  quotes?: { supplier: string; amountFen: number }[];
  amountFen: number;
  receiptAttachmentId?: string | null;
  handedTo?: string;
  registeredAs?: 'none' | 'tool' | 'asset' | 'consumable';
}

registerAttachmentAccess('vehicle_purchase', async (s, actor, id) => {
  if (actor.can(READ_ALL)) return true;
  const p = await s.db.selectFrom('vehicle_purchase').select('driver_id').where('id', '=', id).executeTakeFirst();
  return p?.driver_id === actor.id;
});

const today = (s: Services) => beijingDate(s.clock.now().getTime());

export async function createPurchase(s: Services, actor: Actor, input: PurchaseInput) {
  const quotes = input.quotes ?? [];
  const q = purchaseQuotesOk(input.category, quotes);
  if (!q.ok) throw badRequest('vehicles.incidents.threeQuotesRequired', { count: q.count });
  if (input.amountFen <= 0) throw badRequest('vehicles.incidents.amountRequired', { field: '金额', value: String(input.amountFen / 100) });
  return changeWithAudit(s, actor, async (trx) => {
    const on = assertDate(input.boughtOn, '采购日期', today(s));
    const id = newId();
    await trx.insertInto('vehicle_purchase').values({
      id, driver_id: actor.id, bought_on: on, item: input.item.trim(), category: input.category, place: input.place.trim(), designated_place: input.designatedPlace ? 1 : 0,
      quotes: JSON.stringify(quotes), amount_fen: input.amountFen, receipt_attachment_id: input.receiptAttachmentId ?? null, handed_to: (input.handedTo ?? '').trim(),
      registered_as: input.registeredAs ?? 'none', reimbursed_on: null, created_at: s.clock.now().toISOString(),
    }).execute();
    if (input.receiptAttachmentId) await linkAttachments(trx, actor.id, [input.receiptAttachmentId], 'vehicle_purchase', id);
    return { result: { id }, audit: { action: 'vehicle.purchase.create', entity: 'vehicle_purchase', entityId: id, data: input } };
  });
}

export async function markReimbursed(s: Services, actor: Actor, id: string, input: { reimbursedOn?: string }) {
  return changeWithAudit(s, actor, async (trx) => {
    const p = await trx.selectFrom('vehicle_purchase').select(['id', 'bought_on', 'reimbursed_on']).where('id', '=', id).executeTakeFirst();
    if (!p) throw notFound('vehicles.incidents.notFound');
    if (p.reimbursed_on) throw conflict('vehicles.incidents.alreadyReimbursed', { date: p.reimbursed_on });
    const on = input.reimbursedOn ? assertDate(input.reimbursedOn, '报销日期', today(s)) : today(s);
    if (on < p.bought_on) throw badRequest('vehicles.incidents.reimbursedBeforePurchase', { reimbursedOn: on, boughtOn: p.bought_on });
    await trx.updateTable('vehicle_purchase').set({ reimbursed_on: on }).where('id', '=', id).execute();
    return { result: { late: reimbursedLate(p.bought_on, on, on) }, audit: { action: 'vehicle.purchase.reimbursed', entity: 'vehicle_purchase', entityId: id, data: { reimbursedOn: on } } };
  });
}

/** VEH-21 records an untruthful reimbursement (a purchase, or a fuel claim by description) for HR. */
export async function recordUntruthful(s: Services, actor: Actor, input: { kind: 'purchase' | 'fuel'; purchaseId?: string; driverId?: string; description: string }) {
  return changeWithAudit(s, actor, async (trx) => {
    let driverId: string;
    if (input.kind === 'purchase') {
      const p = input.purchaseId ? await trx.selectFrom('vehicle_purchase').select(['id', 'driver_id']).where('id', '=', input.purchaseId).executeTakeFirst() : undefined;
      if (!p) throw notFound('vehicles.incidents.notFound');
      const dup = await trx.selectFrom('vehicle_reimbursement_case').select('id').where('purchase_id', '=', p.id).executeTakeFirst();
      if (dup) throw conflict('vehicles.incidents.caseExists');
      driverId = p.driver_id;
    } else {
      driverId = (await activeUser(trx, input.driverId, '司机')).id;
    }
    const id = newId();
    await trx.insertInto('vehicle_reimbursement_case').values({
      id, kind: input.kind, purchase_id: input.kind === 'purchase' ? input.purchaseId! : null, driver_id: driverId, description: input.description.trim(),
      consequence: FRAUD_CONSEQUENCE, created_by: actor.id, created_at: s.clock.now().toISOString(),
    }).execute();
    const hr = await trx.selectFrom('user_role').innerJoin('role', 'role.id', 'user_role.role_id').innerJoin('app_user', 'app_user.id', 'user_role.user_id')
      .select('app_user.id').where('role.key', '=', 'hr').where('app_user.active', '=', 1).execute();
    const name = (await trx.selectFrom('app_user').select('name').where('id', '=', driverId).executeTakeFirst())?.name ?? '';
    await notify(s, trx, hr.map((u) => u.id), { title: `报销不实：${name}`, body: `${input.description.trim()}。${FRAUD_CONSEQUENCE}`, link: '/vehicles/incidents/purchases' });
    return { result: { id }, audit: { action: 'vehicle.reimbursement.untruthful', entity: 'vehicle_reimbursement_case', entityId: id, data: input } };
  });
}

export async function listPurchases(s: Services, actor: Actor, q: { from?: string; to?: string }) {
  let sel = s.db.selectFrom('vehicle_purchase as p').innerJoin('app_user as u', 'u.id', 'p.driver_id').selectAll('p').select('u.name as driverName');
  if (!actor.can(READ_ALL)) sel = sel.where('p.driver_id', '=', actor.id);
  if (q.from) sel = sel.where('p.bought_on', '>=', q.from);
  if (q.to) sel = sel.where('p.bought_on', '<=', q.to);
  const rows = await sel.orderBy('p.bought_on', 'desc').orderBy('p.created_at', 'desc').execute();
  const cases = await s.db.selectFrom('vehicle_reimbursement_case').select(['purchase_id', 'description']).where('purchase_id', 'is not', null).execute();
  const t = today(s);
  return rows.map((p) => ({
    id: p.id, driverId: p.driver_id, driverName: p.driverName, boughtOn: p.bought_on, item: p.item, category: p.category, place: p.place,
    designatedPlace: p.designated_place === 1, quotes: JSON.parse(p.quotes) as { supplier: string; amountFen: number }[], amountFen: Number(p.amount_fen),
    receiptAttachmentId: p.receipt_attachment_id, handedTo: p.handed_to, registeredAs: p.registered_as, reimbursedOn: p.reimbursed_on,
    late: reimbursedLate(p.bought_on, p.reimbursed_on, t), untruthful: cases.find((c) => c.purchase_id === p.id)?.description ?? null,
  }));
}

export async function listCases(s: Services, actor: Actor) {
  let sel = s.db.selectFrom('vehicle_reimbursement_case as c').innerJoin('app_user as u', 'u.id', 'c.driver_id').leftJoin('app_user as b', 'b.id', 'c.created_by')
    .selectAll('c').select(['u.name as driverName', 'b.name as createdByName']);
  if (!actor.can(READ_ALL)) sel = sel.where('c.driver_id', '=', actor.id);
  return (await sel.orderBy('c.created_at', 'desc').execute()).map((c) => ({
    id: c.id, kind: c.kind, purchaseId: c.purchase_id, driverId: c.driver_id, driverName: c.driverName, description: c.description, consequence: c.consequence,
    createdByName: c.createdByName ?? null, createdAt: c.created_at,
  }));
}

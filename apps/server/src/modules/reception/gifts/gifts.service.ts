/** Gift stock, movements (礼品出入库) and issues (礼品领用) — GIFT-1/2. */
import type { Services } from '../../../app.types.js';
import { badRequest, conflict, notFound } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import type { Actor } from '../../../platform/auth/actor.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { exportXlsx } from '../../../platform/xlsx/xlsx-export.js';
import { receptionSettings } from '../reception.settings.js';
import { moveStock, readIssue, type IssueLineInput } from './gifts.core.js';
import { GIFT_ISSUE_KEY } from './gifts.process.js';
import { CIGARETTE_CATEGORY, GIFT_TIER_LABELS, toPacks, type GiftTier, type QuantityUnit } from './gifts.rules.js';
import type { GiftIssueStatus, GiftMovementKind } from './gifts.table.js';

export const MOVEMENT_KIND_LABELS: Record<GiftMovementKind, string> = { in: '入库', out: '出库', adjust: '盘点调整' };
export const ISSUE_STATUS_LABELS: Record<GiftIssueStatus, string> = { pending: '审核中', approved: '待发放', issued: '已发放', rejected: '未批准', cancelled: '已作废' };
export const MOVEMENT_REGISTER = '礼品出入库登记';

export interface ItemInput {
  name: string;
  category: string;
  unit: string;
  spec?: string;
  unitPriceFen: number;
}

export async function listItems(s: Services) {
  const rows = await s.db.selectFrom('gift_item').selectAll().orderBy('category').orderBy('name').execute();
  return rows.map((r) => ({
    id: r.id, name: r.name, category: r.category, unit: r.unit, spec: r.spec, unitPriceFen: Number(r.unit_price_fen), quantity: Number(r.quantity),
    valueFen: Number(r.quantity) * Number(r.unit_price_fen), active: r.active === 1,
  }));
}

export async function createItem(s: Services, actor: Actor, input: ItemInput & { quantity?: number }) {
  return changeWithAudit(s, actor, async (trx) => {
    const spec = input.spec?.trim() ?? '';
    const dup = await trx.selectFrom('gift_item').select('id').where('name', '=', input.name).where('spec', '=', spec).executeTakeFirst();
    if (dup) throw conflict('gifts.duplicateItem', { name: `${input.name}${spec ? `（${spec}）` : ''}` });
    const now = s.clock.now().toISOString();
    const id = newId();
    await trx.insertInto('gift_item').values({ id, name: input.name, category: input.category, unit: input.unit, spec, unit_price_fen: input.unitPriceFen, quantity: 0, active: 1, created_at: now, updated_at: now }).execute();
    if (input.quantity) await moveStock(trx, actor.id, now, { itemId: id, kind: 'in', delta: input.quantity, note: '期初入库' });
    return { result: { id }, audit: { action: 'gift.item.create', entity: 'gift_item', entityId: id, data: input } };
  });
}

export async function updateItem(s: Services, actor: Actor, id: string, input: Partial<ItemInput> & { active?: boolean }) {
  return changeWithAudit(s, actor, async (trx) => {
    const item = await trx.selectFrom('gift_item').select('id').where('id', '=', id).executeTakeFirst();
    if (!item) throw notFound('gifts.itemNotFound', { id });
    const set: Record<string, unknown> = { updated_at: s.clock.now().toISOString() };
    if (input.name !== undefined) set.name = input.name;
    if (input.category !== undefined) set.category = input.category;
    if (input.unit !== undefined) set.unit = input.unit;
    if (input.spec !== undefined) set.spec = input.spec;
    if (input.unitPriceFen !== undefined) set.unit_price_fen = input.unitPriceFen;
    if (input.active !== undefined) set.active = input.active ? 1 : 0;
    await trx.updateTable('gift_item').set(set).where('id', '=', id).execute();
    return { result: { id }, audit: { action: 'gift.item.update', entity: 'gift_item', entityId: id, data: input } };
  });
}

export interface MovementInput {
  kind: GiftMovementKind;
  /** in/out: > 0; adjust: signed, not 0 (盘点 difference). */
  quantity: number;
  /** Cigarettes may be entered in cartons (1 条 = 10 包). */
  unit?: QuantityUnit;
  unitPriceFen?: number;
  note?: string;
}

/** GIFT-1 a manual movement: 入库, 出库 (not for a reception: use an issue) or 盘点调整; never below zero. */
export async function addMovement(s: Services, actor: Actor, itemId: string, input: MovementInput) {
  return changeWithAudit(s, actor, async (trx) => {
    const item = await trx.selectFrom('gift_item').select(['id', 'name', 'category']).where('id', '=', itemId).executeTakeFirst();
    if (!item) throw notFound('gifts.itemNotFound', { id: itemId });
    if (input.unit === 'carton' && item.category !== CIGARETTE_CATEGORY) throw badRequest('gifts.cartonOnlyForCigarettes', { item: item.name });
    if (input.kind !== 'adjust' && !(input.quantity > 0)) throw badRequest('gifts.invalidQuantity', { item: item.name, quantity: String(input.quantity) });
    const { gifts } = await receptionSettings(trx);
    const q = toPacks(input.quantity, input.unit ?? 'pack', gifts.packsPerCarton);
    const delta = input.kind === 'out' ? -q : q;
    if (input.kind === 'in' && input.unitPriceFen !== undefined) await trx.updateTable('gift_item').set({ unit_price_fen: input.unitPriceFen }).where('id', '=', itemId).execute();
    const balance = await moveStock(trx, actor.id, s.clock.now().toISOString(), { itemId, kind: input.kind, delta, note: input.note, unitPriceFen: input.unitPriceFen });
    return { result: { itemId, balance }, audit: { action: `gift.movement.${input.kind}`, entity: 'gift_item', entityId: itemId, data: { ...input, delta, balance } } };
  });
}

export interface MovementQuery {
  itemId?: string;
  kind?: GiftMovementKind;
  month?: string;
}

/** 礼品出入库登记: newest first. */
export async function listMovements(s: Services, q: MovementQuery) {
  let query = s.db
    .selectFrom('gift_movement as m')
    .innerJoin('gift_item as i', 'i.id', 'm.item_id')
    .leftJoin('app_user as u', 'u.id', 'm.actor_id')
    .leftJoin('reception as r', 'r.id', 'm.reception_id')
    .select(['m.id', 'm.item_id', 'i.name', 'i.category', 'i.unit', 'i.spec', 'm.kind', 'm.delta', 'm.balance', 'm.unit_price_fen', 'm.issue_id', 'm.reception_id', 'r.title as reception_title', 'm.note', 'u.name as actor_name', 'm.occurred_at']);
  if (q.itemId) query = query.where('m.item_id', '=', q.itemId);
  if (q.kind) query = query.where('m.kind', '=', q.kind);
  if (q.month) {
    // Beijing month → UTC bounds.
    const start = new Date(`${q.month}-01T00:00:00+08:00`);
    const end = new Date(start);
    end.setUTCMonth(end.getUTCMonth() + 1);
    query = query.where('m.occurred_at', '>=', start.toISOString()).where('m.occurred_at', '<', end.toISOString());
  }
  const rows = await query.orderBy('m.occurred_at', 'desc').orderBy('m.id', 'desc').limit(2000).execute();
  return rows.map((r) => ({
    id: r.id, itemId: r.item_id, name: r.name, category: r.category, unit: r.unit, spec: r.spec, kind: r.kind, kindLabel: MOVEMENT_KIND_LABELS[r.kind],
    delta: Number(r.delta), balance: Number(r.balance), unitPriceFen: Number(r.unit_price_fen), amountFen: Math.abs(Number(r.delta)) * Number(r.unit_price_fen),
    issueId: r.issue_id, receptionId: r.reception_id, receptionTitle: r.reception_title, note: r.note, actorName: r.actor_name ?? '', occurredAt: r.occurred_at,
  }));
}

export async function exportMovements(s: Services, q: MovementQuery): Promise<Buffer> {
  const rows = await listMovements(s, q);
  return exportXlsx({
    sheetName: MOVEMENT_REGISTER,
    columns: [
      { key: 'occurredAt', header: '日期时间', type: 'datetime' },
      { key: 'kindLabel', header: '类别' },
      { key: 'category', header: '礼品类别' },
      { key: 'name', header: '品名', width: 20 },
      { key: 'spec', header: '规格' },
      { key: 'delta', header: '数量（+入/-出）', type: 'number' },
      { key: 'unit', header: '单位' },
      { key: 'unitPriceFen', header: '单价（元）', type: 'money' },
      { key: 'amountFen', header: '金额（元）', type: 'money' },
      { key: 'balance', header: '结存', type: 'number' },
      { key: 'receptionTitle', header: '接待事项', width: 24 },
      { key: 'note', header: '备注', width: 30 },
      { key: 'actorName', header: '经办人' },
    ],
    rows,
  });
}

export interface IssueInput {
  purpose: string;
  receptionId?: string;
  lines: IssueLineInput[];
}

/** GIFT-1/2: starts 礼品领用; the check step computes the tier and creates the issue row. */
export async function startIssue(s: Services, actor: Actor, input: IssueInput) {
  const data: Record<string, unknown> = { purpose: input.purpose, lines: input.lines.map((l) => ({ itemId: l.itemId, quantity: l.quantity, unit: l.unit ?? 'pack' })) };
  if (input.receptionId) data.receptionId = input.receptionId;
  const { instanceId } = await s.engine.start({ id: actor.id }, { processKey: GIFT_ISSUE_KEY, data, title: `礼品领用：${input.purpose}`.slice(0, 200) });
  const issue = await s.db.selectFrom('gift_issue').select(['id', 'tier']).where('instance_id', '=', instanceId).executeTakeFirstOrThrow();
  return { instanceId, issueId: issue.id, tier: issue.tier as GiftTier, tierLabel: GIFT_TIER_LABELS[issue.tier as GiftTier] };
}

/** The tier an issue would get (preview for the form), without writing anything. */
export async function previewIssue(s: Services, lines: IssueLineInput[]) {
  const r = await readIssue(s.db, lines);
  return { tier: r.tier, tierLabel: r.tierLabel, packs: r.packs, valueFen: r.valueFen, linesText: r.linesText };
}

export async function listIssues(s: Services, actor: Actor, q: { receptionId?: string }) {
  let query = s.db
    .selectFrom('gift_issue as g')
    .innerJoin('app_user as u', 'u.id', 'g.requester_id')
    .leftJoin('reception as r', 'r.id', 'g.reception_id')
    .select(['g.id', 'g.instance_id', 'g.reception_id', 'r.title as reception_title', 'g.purpose', 'g.tier', 'g.packs', 'g.value_fen', 'g.status', 'g.issued_at', 'g.created_at', 'g.requester_id', 'u.name as requester_name']);
  if (q.receptionId) query = query.where('g.reception_id', '=', q.receptionId);
  // Record rule: holders of gifts:read see all; others their own issues.
  if (!actor.can('gifts:read')) query = query.where('g.requester_id', '=', actor.id);
  const rows = await query.orderBy('g.created_at', 'desc').limit(500).execute();
  const ids = rows.map((r) => r.id);
  const lines = ids.length
    ? await s.db.selectFrom('gift_issue_line as l').innerJoin('gift_item as i', 'i.id', 'l.item_id').select(['l.issue_id', 'i.name', 'i.unit', 'l.quantity']).where('l.issue_id', 'in', ids).execute()
    : [];
  return rows.map((r) => ({
    id: r.id, instanceId: r.instance_id, receptionId: r.reception_id, receptionTitle: r.reception_title, purpose: r.purpose, tier: r.tier, tierLabel: GIFT_TIER_LABELS[r.tier as GiftTier] ?? r.tier,
    packs: Number(r.packs), valueFen: Number(r.value_fen), status: r.status, statusLabel: ISSUE_STATUS_LABELS[r.status], issuedAt: r.issued_at, createdAt: r.created_at, requesterName: r.requester_name,
    lines: lines.filter((l) => l.issue_id === r.id).map((l) => `${l.name} ${Number(l.quantity)}${l.unit}`).join('；'),
  }));
}

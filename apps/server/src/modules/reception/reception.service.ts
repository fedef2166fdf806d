/** Receptions (RCP-1): request, register (接待登记), detail with the linked records, settle, summary. */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { conflict, notFound } from '../../http/errors.js';
import type { Actor } from '../../platform/auth/actor.js';
import { exportXlsx } from '../../platform/xlsx/xlsx-export.js';
import { REQUEST_STATUS_LABELS } from '../vehicles/requests/requests.core.js';
import { ISSUE_STATUS_LABELS } from './gifts/gifts.service.js';
import { GIFT_TIER_LABELS, type GiftTier } from './gifts/gifts.rules.js';
import type { GiftIssueStatus } from './gifts/gifts.table.js';
import { RECEPTION_KEY } from './reception.process.js';
import { RECEPTION_LEVELS, RECEPTION_TIER_LABELS, settlementTotals, type ReceptionLevel, type ReceptionTier } from './reception.rules.js';
import type { ReceptionStatus } from './reception.table.js';

export const RECEPTION_STATUS_LABELS: Record<ReceptionStatus, string> = {
  pending: '审批中', arranging: '接待安排', settling: '费用结算', summarizing: '接待总结', finished: '已完成', rejected: '未批准', cancelled: '已作废',
};
export const RECEPTION_REGISTER = '接待登记';

export interface ReceptionInput {
  visitorOrg: string;
  guestCount: number;
  guests?: { name: string; company?: string; title?: string }[];
  level: ReceptionLevel;
  purpose: string;
  startDate: string;
  endDate: string;
  needs: { meals?: boolean; hotel?: boolean; car?: boolean; room?: boolean; gifts?: boolean };
  giftLines?: { itemId: string; quantity: number; unit?: 'pack' | 'carton' }[];
  budgetLines?: { category: string; amountFen: number }[];
}

/** Starts 接待申请; the check step writes the reception and picks the approvers. */
export async function createReception(s: Services, actor: Actor, input: ReceptionInput) {
  const data: Record<string, unknown> = {
    visitorOrg: input.visitorOrg, guestCount: input.guestCount, guests: input.guests ?? [], level: RECEPTION_LEVELS[input.level], purpose: input.purpose,
    startDate: input.startDate, endDate: input.endDate, needMeals: !!input.needs.meals, needHotel: !!input.needs.hotel, needCar: !!input.needs.car,
    needRoom: !!input.needs.room, needGifts: !!input.needs.gifts, giftLines: input.giftLines ?? [], budgetLines: input.budgetLines ?? [],
  };
  const { instanceId } = await s.engine.start({ id: actor.id }, { processKey: RECEPTION_KEY, data, title: `接待申请：${input.visitorOrg}` });
  const rec = await s.db.selectFrom('reception').select(['id', 'approval_tier']).where('instance_id', '=', instanceId).executeTakeFirstOrThrow();
  return { instanceId, receptionId: rec.id, approvalTier: rec.approval_tier };
}

export interface ReceptionQuery {
  month?: string;
  status?: ReceptionStatus;
}

export async function listReceptions(s: Services, actor: Actor, q: ReceptionQuery) {
  let query = s.db.selectFrom('reception as r').innerJoin('app_user as u', 'u.id', 'r.requester_id').selectAll('r').select('u.name as requester_name');
  if (q.month) query = query.where('r.start_date', '>=', `${q.month}-01`).where('r.start_date', '<=', `${q.month}-31`);
  if (q.status) query = query.where('r.status', '=', q.status);
  // Record rule: holders of reception:read see every reception; others their own.
  if (!actor.can('reception:read')) query = query.where('r.requester_id', '=', actor.id);
  const rows = await query.orderBy('r.start_date', 'desc').orderBy('r.created_at', 'desc').limit(1000).execute();
  return rows.map((r) => ({
    id: r.id, instanceId: r.instance_id, title: r.title, visitorOrg: r.visitor_org, guestCount: Number(r.guest_count), level: r.level,
    levelLabel: RECEPTION_LEVELS[r.level as ReceptionLevel] ?? r.level, purpose: r.purpose, startDate: r.start_date, endDate: r.end_date,
    needs: JSON.parse(r.needs) as Record<string, boolean>, budgetFen: Number(r.budget_fen), actualFen: r.actual_fen === null ? null : Number(r.actual_fen),
    approvalTier: r.approval_tier, approvalLabel: RECEPTION_TIER_LABELS[r.approval_tier as ReceptionTier] ?? r.approval_tier,
    status: r.status, statusLabel: RECEPTION_STATUS_LABELS[r.status], requesterName: r.requester_name, requesterId: r.requester_id, summary: r.summary,
    hasCar: !!r.car_instance_id, hasRoom: !!r.room_booking_id, hasGifts: !!r.gift_issue_id, createdAt: r.created_at,
  }));
}

export async function loadReception(db: Db, id: string) {
  const r = await db.selectFrom('reception').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('reception.notFound', { id });
  return r;
}

export async function getReception(s: Services, actor: Actor, id: string) {
  const r = await loadReception(s.db, id);
  if (!actor.can('reception:read') && r.requester_id !== actor.id) throw notFound('reception.notFound', { id });
  const [row] = (await listReceptions(s, { ...actor, can: () => true } as Actor, {})).filter((x) => x.id === id);
  const guests = await s.db.selectFrom('reception_guest').select(['name', 'company', 'title']).where('reception_id', '=', id).orderBy('seq').execute();
  const expenses = (await s.db.selectFrom('reception_expense').selectAll().where('reception_id', '=', id).orderBy('seq').execute()).map((e) => ({
    category: e.category, budgetFen: Number(e.budget_fen), actualFen: e.actual_fen === null ? null : Number(e.actual_fen), note: e.note,
  }));
  return { ...row!, guests, expenses, totals: settlementTotals(expenses), giftLines: JSON.parse(r.gift_lines) as unknown[], links: await links(s.db, r) };
}

/** The linked records created by the arrangement, with their current status (RCP-1). */
async function links(db: Db, r: { car_instance_id: string | null; room_booking_id: string | null; gift_issue_id: string | null }) {
  const car = r.car_instance_id
    ? await db.selectFrom('vehicle_request as v').leftJoin('vehicle as c', 'c.id', 'v.vehicle_id').leftJoin('app_user as d', 'd.id', 'v.driver_id')
      .select(['v.id', 'v.status', 'v.start_at', 'v.end_at', 'v.destination', 'c.plate', 'd.name as driver_name']).where('v.instance_id', '=', r.car_instance_id).executeTakeFirst()
    : undefined;
  const room = r.room_booking_id
    ? await db.selectFrom('room_booking as b').innerJoin('meeting_room as m', 'm.id', 'b.room_id').select(['b.id', 'b.status', 'b.start_at', 'b.end_at', 'm.name']).where('b.id', '=', r.room_booking_id).executeTakeFirst()
    : undefined;
  const gift = r.gift_issue_id ? await db.selectFrom('gift_issue').selectAll().where('id', '=', r.gift_issue_id).executeTakeFirst() : undefined;
  return {
    car: r.car_instance_id
      ? { instanceId: r.car_instance_id, requestId: car?.id ?? null, status: car?.status ?? null, statusLabel: car ? REQUEST_STATUS_LABELS[car.status] : '', startAt: car?.start_at ?? null, endAt: car?.end_at ?? null, destination: car?.destination ?? '', plate: car?.plate ?? null, driverName: car?.driver_name ?? null }
      : null,
    room: room ? { bookingId: room.id, status: room.status, statusLabel: room.status === 'active' ? '已预订' : '已取消', roomName: room.name, startAt: room.start_at, endAt: room.end_at } : null,
    gifts: gift
      ? { issueId: gift.id, instanceId: gift.instance_id, status: gift.status, statusLabel: ISSUE_STATUS_LABELS[gift.status as GiftIssueStatus], tier: gift.tier, tierLabel: GIFT_TIER_LABELS[gift.tier as GiftTier], packs: Number(gift.packs), valueFen: Number(gift.value_fen) }
      : null,
  };
}

/** The open task of `stepId` that `userId` may act on, or a 409 naming the step. */
export async function openTaskFor(db: Db, instanceId: string | null, stepId: string, stepName: string, userId: string): Promise<string> {
  const t = instanceId
    ? await db
      .selectFrom('process_task as t').leftJoin('process_task_candidate as c', 'c.task_id', 't.id').select('t.id')
      .where('t.instance_id', '=', instanceId).where('t.step_id', '=', stepId).where('t.status', '=', 'open')
      .where((eb) => eb.or([eb('t.assignee_id', '=', userId), eb('c.user_id', '=', userId)]))
      .executeTakeFirst()
    : undefined;
  if (!t) throw conflict('reception.noOpenTask', { step: stepName });
  return t.id;
}

export async function finishArrangement(s: Services, actor: Actor, id: string) {
  const r = await loadReception(s.db, id);
  const taskId = await openTaskFor(s.db, r.instance_id, 'arrange', '接待安排', actor.id);
  await s.engine.act({ id: actor.id }, taskId, 'complete', { comment: '接待安排已落实' });
  return getReception(s, actor, id);
}

export async function settleReception(s: Services, actor: Actor, id: string, lines: { category: string; budgetFen?: number; actualFen: number; note?: string }[]) {
  const r = await loadReception(s.db, id);
  const taskId = await openTaskFor(s.db, r.instance_id, 'settle', '费用结算', actor.id);
  const actualFen = lines.reduce((a, l) => a + l.actualFen, 0);
  await s.engine.act({ id: actor.id }, taskId, 'complete', { data: { expenses: lines, actualFen } });
  return getReception(s, actor, id);
}

export async function summarizeReception(s: Services, actor: Actor, id: string, summary: string) {
  const r = await loadReception(s.db, id);
  const taskId = await openTaskFor(s.db, r.instance_id, 'summary', '接待总结', actor.id);
  await s.engine.act({ id: actor.id }, taskId, 'complete', { data: { summary } });
  return getReception(s, actor, id);
}

export async function exportReceptions(s: Services, actor: Actor, q: ReceptionQuery): Promise<Buffer> {
  const rows = (await listReceptions(s, actor, q)).map((r) => ({
    ...r,
    needsText: [r.needs.meals && '用餐', r.needs.hotel && '住宿', r.needs.car && '用车', r.needs.room && '会议室', r.needs.gifts && '礼品'].filter(Boolean).join('、'),
  }));
  return exportXlsx({
    sheetName: RECEPTION_REGISTER,
    columns: [
      { key: 'startDate', header: '来访日期', type: 'date' },
      { key: 'endDate', header: '离开日期', type: 'date' },
      { key: 'visitorOrg', header: '来访单位', width: 24 },
      { key: 'guestCount', header: '人数', type: 'number' },
      { key: 'levelLabel', header: '接待规格' },
      { key: 'purpose', header: '来访事由', width: 30 },
      { key: 'needsText', header: '接待需求', width: 20 },
      { key: 'requesterName', header: '申请人' },
      { key: 'budgetFen', header: '预算（元）', type: 'money' },
      { key: 'actualFen', header: '实际费用（元）', type: 'money' },
      { key: 'statusLabel', header: '状态' },
      { key: 'summary', header: '接待总结', width: 40 },
    ],
    rows,
  });
}

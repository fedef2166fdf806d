/**
 * RCP-1 接待安排: the admin specialist creates the linked records — a car request (the vehicles
 * process, started with the reception's data), a room booking (meetings) and a gift issue (GIFT).
 * Each runs in its own transaction and is stored on the reception once; a second one is refused.
 */
import type { Services } from '../../app.types.js';
import { badRequest, conflict } from '../../http/errors.js';
import type { Actor } from '../../platform/auth/actor.js';
import { changeWithAudit } from '../../platform/tx.js';
import { bookRoom } from '../meetings/rooms.service.js';
import { CARGO_LABELS } from '../vehicles/requests/requests.process.js';
import { USE_PURPOSE_LABELS } from '../vehicles/vehicles.rules.dispatch.js';
import { startIssue } from './gifts/gifts.service.js';
import { getReception, loadReception } from './reception.service.js';

const CAR_REQUEST_KEY = 'vehicles.car_request';

async function arranging(s: Services, id: string, what: 'car' | 'room' | 'gifts') {
  const r = await loadReception(s.db, id);
  if (r.status !== 'arranging') throw conflict('reception.notArranging', { title: r.title });
  const done = what === 'car' ? r.car_instance_id : what === 'room' ? r.room_booking_id : r.gift_issue_id;
  if (done) throw conflict('reception.alreadyArranged', { title: r.title, what: WHAT[what] });
  return r;
}
const WHAT = { car: '用车', room: '会议室', gifts: '礼品' } as const;

export interface CarArrangement {
  startAt: string;
  endAt: string;
  origin?: string;
  destination: string;
  direction: string;
  distanceKm: number;
  passengers?: number;
  route?: string;
}

/** Starts 派车申请 (vehicles.car_request) for the reception: 接送公司宾客, passengers = the guests. */
export async function arrangeCar(s: Services, actor: Actor, id: string, input: CarArrangement) {
  const r = await arranging(s, id, 'car');
  const data = {
    purpose: USE_PURPOSE_LABELS.guestReception, purposeText: `接待${r.visitor_org}：${r.purpose}`.slice(0, 500), urgent: false, cargo: CARGO_LABELS.passengers,
    passengers: input.passengers ?? Number(r.guest_count), startAt: input.startAt, endAt: input.endAt, origin: input.origin ?? '公司', destination: input.destination,
    direction: input.direction, distanceKm: input.distanceKm, route: input.route ?? '',
  };
  const { instanceId } = await s.engine.start({ id: actor.id }, { processKey: CAR_REQUEST_KEY, data, title: `派车申请：接待${r.visitor_org}` });
  await changeWithAudit(s, actor, async (trx) => {
    await trx.updateTable('reception').set({ car_instance_id: instanceId, updated_at: s.clock.now().toISOString() }).where('id', '=', id).execute();
    return { result: null, audit: { action: 'reception.arrange.car', entity: 'reception', entityId: id, data: { instanceId } } };
  });
  return getReception(s, actor, id);
}

/** Books a meeting room for the reception (MTG-1 refuses an overlapping booking). */
export async function arrangeRoom(s: Services, actor: Actor, id: string, input: { roomId: string; start: string; end: string }) {
  const r = await arranging(s, id, 'room');
  await changeWithAudit(s, actor, async (trx) => {
    const bookingId = await bookRoom(s, actor, { roomId: input.roomId, start: input.start, end: input.end, title: `接待：${r.visitor_org}`, source: { kind: 'reception.visit', id } }, trx);
    await trx.updateTable('reception').set({ room_booking_id: bookingId, updated_at: s.clock.now().toISOString() }).where('id', '=', id).execute();
    return { result: bookingId, audit: { action: 'reception.arrange.room', entity: 'reception', entityId: id, data: { bookingId } } };
  });
  return getReception(s, actor, id);
}

/** Starts 礼品领用 for the reception with the requested gift lines (or the given ones). */
export async function arrangeGifts(s: Services, actor: Actor, id: string, input: { lines?: { itemId: string; quantity: number; unit?: 'pack' | 'carton' }[] }) {
  const r = await arranging(s, id, 'gifts');
  const lines = input.lines ?? (JSON.parse(r.gift_lines) as { itemId: string; quantity: number; unit?: 'pack' | 'carton' }[]);
  if (lines.length === 0) throw badRequest('gifts.noLines');
  await startIssue(s, actor, { purpose: `接待${r.visitor_org}`, receptionId: id, lines });
  return getReception(s, actor, id);
}

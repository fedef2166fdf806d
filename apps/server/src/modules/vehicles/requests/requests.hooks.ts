/**
 * Engine hooks of 派车申请: the check step (VEH-2 refusal at start, VEH-7 advice, VEH-11 GM flag,
 * the mirror row), the dispatch on entering 司机出车, and the mirror's status on the way.
 */
import type { EngineHooks, InstanceRef } from '@guanjia/engine';
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { badRequest } from '../../../http/errors.js';
import { newId } from '../../../ports/ids.js';
import { loadActor } from '../../../platform/auth/actor.repository.js';
import { loadCalendar } from '../../../platform/calendar/calendar.service.js';
import { notify } from '../../../platform/notifications/notifications.service.js';
import { gmApprovalReasons, isAllowedUse } from '../vehicles.rules.dispatch.js';
import { beijingText } from '../vehicles.rules.checks.js';
import { vehicleSettings } from '../vehicles.service.js';
import { assignToTrip, readRequestData, requestRow } from './requests.core.js';
import * as repo from './requests.repository.js';
import { CAR_REQUEST_KEY, CHECK_HOOK } from './requests.process.js';

const GM_REASON_TEXT = { nonWorkday: '非工作日（节假日）用车', outsideWorkingHours: '工作时间以外（业余时间）用车' } as const;

export function requestsEngineHooks(s: Services): EngineHooks {
  const mine = (i: { processKey: string }) => i.processKey === CAR_REQUEST_KEY;
  return {
    auto: {
      [CHECK_HOOK]: async (trx, ctx) => check(trx as Db, s, ctx),
    },
    onEnterStep: async (trx, ctx) => {
      if (!mine(ctx)) return;
      const db = trx as Db;
      const req = await repo.findRequestByInstance(db, ctx.instanceId);
      if (!req) return;
      const now = s.clock.now().toISOString();
      if (ctx.stepId === 'dispatch') {
        await db.updateTable('vehicle_request').set({ status: 'approved', updated_at: now }).where('id', '=', req.id).execute();
      } else if (ctx.stepId === 'trip' && !req.trip_id) {
        // The dispatch task was completed (board or inbox): put the request on a trip.
        const actorId = (await repo.lastStepActor(db, ctx.instanceId, 'dispatch')) ?? ctx.initiatorId;
        const d = ctx.data;
        const tripId = await assignToTrip(db, s, actorId, req, {
          vehicleId: String(d.vehicleId ?? ''),
          driverId: String(d.driverId ?? ''),
          tripId: typeof d.tripId === 'string' && d.tripId ? d.tripId : null,
        });
        // The requester learns which car and driver come, and when.
        const trip = await repo.findTrip(db, tripId);
        if (trip) {
          await notify(s, db, [req.requester_id], {
            title: `已派车：${trip.plate}`,
            body: `${beijingText(Date.parse(req.start_at))} 用车，车辆 ${trip.plate}（${trip.model}），司机 ${trip.driver_name}${trip.carpool_group ? '，拼车出行' : ''}`,
            link: `/instances/${ctx.instanceId}`,
          });
        }
      }
    },
    onCompleted: async (trx, i) => {
      if (!mine(i)) return;
      const db = trx as Db;
      const req = await repo.findRequestByInstance(db, i.instanceId);
      if (!req) return;
      const now = s.clock.now().toISOString();
      if (req.backfill) {
        // 补办: the paperwork is done when approved; a refused one stays missing on the board.
        if (i.status !== 'rejected') await db.updateTable('vehicle_request').set({ paperwork_done: 1, updated_at: now }).where('id', '=', req.id).execute();
        return;
      }
      if (i.status === 'rejected') {
        await db.updateTable('vehicle_request').set({ status: 'rejected', updated_at: now }).where('id', '=', req.id).execute();
        return;
      }
      // The driver's task ends with the return (附表11), not before.
      if (req.status !== 'returned') throw badRequest('vehicles.req.returnFirst');
    },
    onCancelled: async (trx, i) => {
      if (!mine(i)) return;
      const db = trx as Db;
      const req = await repo.findRequestByInstance(db, i.instanceId);
      if (!req || req.backfill) return;
      const now = s.clock.now().toISOString();
      await db.updateTable('vehicle_request').set({ status: 'cancelled', updated_at: now }).where('id', '=', req.id).execute();
      if (req.trip_id) {
        const others = await db.selectFrom('vehicle_request').select('id').where('trip_id', '=', req.trip_id).where('id', '!=', req.id).where('status', 'in', ['dispatched', 'in_trip']).execute();
        if (others.length === 0) await db.updateTable('vehicle_trip').set({ status: 'cancelled', updated_at: now }).where('id', '=', req.trip_id).where('status', '=', 'planned').execute();
      }
    },
  };
}

async function check(db: Db, s: Services, ctx: InstanceRef & { stepId: string }): Promise<Record<string, unknown>> {
  const f = readRequestData(ctx.data);
  const settings = await vehicleSettings(db);
  const startYear = Number(beijingText(Date.parse(f.startAt)).slice(0, 4));
  const endYear = Number(beijingText(Date.parse(f.endAt)).slice(0, 4));
  const cal = await loadCalendar(db, startYear, endYear);
  const gm = gmApprovalReasons(f.startAt, f.endAt, cal, settings);
  const needsGm = gm.reasons.length > 0;
  const gmReason = gm.reasons.map((r) => GM_REASON_TEXT[r]).join('；') + (gm.nonWorkdays.length ? `（${gm.nonWorkdays.join('、')}）` : '');
  const now = s.clock.now().toISOString();

  if (ctx.data.backfill === true) {
    // VEH-3 paperwork for a direct dispatch: only for a real one, of this user, not yet filed.
    const id = String(ctx.data.requestId ?? '');
    const req = id ? await db.selectFrom('vehicle_request').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
    if (!req || !req.backfill || req.instance_id !== null || req.requester_id !== ctx.initiatorId) throw badRequest('vehicles.req.backfillInvalid', { id });
    await db.updateTable('vehicle_request').set({ instance_id: ctx.instanceId, needs_gm: needsGm ? 1 : 0, gm_reasons: JSON.stringify(gm.reasons), updated_at: now }).where('id', '=', id).execute();
    return { needsGm, gmReason, advice: '', requestId: id };
  }
  if (Date.parse(f.endAt) <= s.clock.now().getTime()) throw badRequest('vehicles.req.inPast', { end: beijingText(Date.parse(f.endAt)), what: '申请' });
  const initiator = await loadActor(db, ctx.initiatorId, 'system');
  const decision = isAllowedUse(f.purpose, { withGoods: f.cargo !== 'passengers', distanceKm: f.distanceKm, adminStaff: initiator?.actor.can('vehicles:dispatch') ?? false }, settings);
  // VEH-2/VEH-7: refused at start with the documents' advice; nothing is created.
  if (!decision.allowed) throw badRequest('vehicles.req.refused', { advice: decision.suggestion ?? '' });
  const advice = decision.suggestion ?? '';
  const user = await db.selectFrom('app_user').select('department_id').where('id', '=', ctx.initiatorId).executeTakeFirst();
  const id = newId();
  const row = requestRow(f, { id, requesterId: ctx.initiatorId, departmentId: user?.department_id ?? null, now });
  await db.insertInto('vehicle_request').values({ ...row, instance_id: ctx.instanceId, needs_gm: needsGm ? 1 : 0, gm_reasons: JSON.stringify(gm.reasons), advice }).execute();
  return { needsGm, gmReason, advice, requestId: id };
}

/** HTTP face of the requests part: dispatch board, direct dispatch, trips, registers (附表10/11). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, IdParams } from '@guanjia/contracts';
import type { Services } from '../../../app.types.js';
import { actorOf } from '../../../http/auth-hook.js';
import { sendXlsx } from '../../../http/route-helpers.js';
import { registerAttachmentAccess } from '../../../platform/attachments/attachments.service.js';
import { USE_PURPOSE_LABELS } from '../vehicles.rules.dispatch.js';
import { directDispatch, dispatchBoard, dispatchRequests, myRequests, startPaperwork } from './dispatch.service.js';
import { CARGO_LABELS, DIRECTION_BEARINGS } from './requests.process.js';
import { drivingRegister, DRIVING_REGISTER, exportDriving, exportUsage, usageRegister, USAGE_REGISTER } from './registers.service.js';
import { departTrip, myTrips, returnTrip } from './trips.service.js';

const IsoInstant = z.string().datetime({ offset: true });
const RegisterQuery = z.strictObject({ vehicleId: Id.optional(), driverId: Id.optional(), month: z.string().regex(/^\d{4}-\d{2}$/, 'YYYY-MM').optional() });
const DispatchBody = z.strictObject({ requestIds: z.array(Id).min(1).max(20), vehicleId: Id, driverId: Id, note: z.string().max(500).optional() });
const DirectBody = z.strictObject({
  requesterId: Id,
  purpose: z.enum(Object.values(USE_PURPOSE_LABELS) as [string, ...string[]]),
  purposeText: z.string().max(500).optional(),
  urgent: z.boolean().optional(),
  cargo: z.enum(Object.values(CARGO_LABELS) as [string, ...string[]]),
  passengers: z.number().int().min(0).max(50).optional(),
  goodsDesc: z.string().max(500).optional(),
  startAt: IsoInstant,
  endAt: IsoInstant,
  origin: z.string().max(100).optional(),
  destination: z.string().trim().min(1).max(100),
  direction: z.enum(Object.keys(DIRECTION_BEARINGS) as [string, ...string[]]),
  distanceKm: z.number().min(0).max(5000),
  route: z.string().max(500).optional(),
  vehicleId: Id,
  driverId: Id,
});
const DepartBody = z.strictObject({
  departedAt: IsoInstant.optional(),
  route: z.string().max(500).optional(),
  destination: z.string().max(100).optional(),
  purpose: z.string().max(500).optional(),
  odometerKm: z.number().optional(),
});
// Numbers are checked by the rules (checkOdometer, checkFuel) so their messages name the value.
const ReturnBody = z.strictObject({
  returnedAt: IsoInstant.optional(),
  odometerKm: z.number(),
  fuel: z
    .strictObject({
      liters: z.number(),
      amountFen: z.number(),
      payment: z.enum(['card', 'cash']),
      fueledAt: IsoInstant.optional(),
      receiptAttachmentId: Id.nullable().optional(),
    })
    .nullable()
    .optional(),
  notes: z.string().max(500).optional(),
});

export function requestsRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['vehicles'];
  // A fuel receipt is seen by whoever may read the registers.
  registerAttachmentAccess('vehicle_fuel', async (_s, actor) => actor.can('vehicles:read'));

  r.get('/api/vehicles/dispatch/board', { config: { permission: 'vehicles:dispatch' }, schema: { tags, summary: '派车调度：待派车申请（先急后缓、先货后人）与拼车建议（VEH-6/7）' } },
    async () => dispatchBoard(s));
  r.post('/api/vehicles/dispatch', { config: { permission: 'vehicles:dispatch' }, schema: { tags, summary: '派车：一个申请或一组拼车派给车辆与指定司机（VEH-14）', body: DispatchBody } },
    async (req) => dispatchRequests(s, actorOf(req), req.body));
  r.post('/api/vehicles/dispatch/direct', { config: { permission: 'vehicles:dispatch' }, schema: { tags, summary: '特殊情况直接派车，用车人回来补办手续（VEH-3）', body: DirectBody } },
    async (req, reply) => reply.status(201).send(await directDispatch(s, actorOf(req), req.body)));
  r.post('/api/vehicles/requests/:id/paperwork', { config: { permission: 'vehicles:dispatch' }, schema: { tags, summary: '重新发起补办手续（VEH-3）', params: IdParams } },
    async (req) => ({ instanceId: await startPaperwork(s, req.params.id) }));
  r.get('/api/vehicles/requests/mine', { config: { permission: 'authenticated' }, schema: { tags, summary: '我的用车申请' } },
    async (req) => myRequests(s, actorOf(req)));
  r.get('/api/vehicles/trips/mine', { config: { permission: 'vehicles:trip' }, schema: { tags, summary: '司机：我的出车任务' } },
    async (req) => myTrips(s, actorOf(req)));
  r.post('/api/vehicles/trips/:id/depart', { config: { permission: 'vehicles:trip' }, schema: { tags, summary: '出车：填写车辆使用登记表（附表10）并领取钥匙（VEH-4）', params: IdParams, body: DepartBody } },
    async (req) => departTrip(s, actorOf(req), req.params.id, req.body));
  r.post('/api/vehicles/trips/:id/return', { config: { permission: 'vehicles:trip' }, schema: { tags, summary: '回车：行车记录、加油信息登记表（附表11），交回钥匙（VEH-5）', params: IdParams, body: ReturnBody } },
    async (req) => returnTrip(s, actorOf(req), req.params.id, req.body));
  r.get('/api/vehicles/registers/usage', { config: { permission: 'vehicles:read' }, schema: { tags, summary: USAGE_REGISTER, querystring: RegisterQuery } },
    async (req) => usageRegister(s, req.query));
  r.get('/api/vehicles/registers/usage.xlsx', { config: { permission: 'vehicles:read' }, schema: { tags, summary: `导出${USAGE_REGISTER} xlsx`, querystring: RegisterQuery } },
    async (req, reply) => sendXlsx(reply, `${USAGE_REGISTER}.xlsx`, await exportUsage(s, req.query)));
  r.get('/api/vehicles/registers/driving', { config: { permission: 'vehicles:read' }, schema: { tags, summary: DRIVING_REGISTER, querystring: RegisterQuery } },
    async (req) => drivingRegister(s, req.query));
  r.get('/api/vehicles/registers/driving.xlsx', { config: { permission: 'vehicles:read' }, schema: { tags, summary: `导出${DRIVING_REGISTER} xlsx`, querystring: RegisterQuery } },
    async (req, reply) => sendXlsx(reply, `${DRIVING_REGISTER}.xlsx`, await exportDriving(s, req.query)));
}

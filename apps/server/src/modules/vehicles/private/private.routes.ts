/** Thin HTTP face of VEH-9: 附表13 registrations, 附表14 uses, approval, the monthly motorcycle allowance. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateStr, Id, IdParams, Ok } from '@guanjia/contracts';
import type { Services } from '../../../app.types.js';
import { actorOf } from '../../../http/auth-hook.js';
import { sendXlsx } from '../../../http/route-helpers.js';
import { postMonthlyAllowances } from './private.allowance.js';
import { isApprover, PRIVATE_MANAGE } from './private.common.js';
import { listRegistrations, registerVehicle, reviewRegistration, withdrawRegistration } from './private.registry.js';
import { listUses, logUse, previewSubsidy, reviewUse } from './private.uses.js';
import { exportRegistrations, exportUses, REGISTRATION_FORM, USE_FORM } from './private.xlsx.js';

const VType = z.enum(['car', 'motorcycle']);
const RegStatus = z.enum(['pending', 'approved', 'rejected', 'withdrawn']);
const UseStatus = z.enum(['pending', 'approved', 'rejected']);
const RegQuery = z.strictObject({ status: RegStatus.optional(), vehicleType: VType.optional(), ownerId: Id.optional(), q: z.string().max(50).optional() });
const UseQuery = z.strictObject({ month: z.string().max(20).optional(), status: UseStatus.optional(), userId: Id.optional(), toApprove: z.enum(['true', 'false']).optional() });
const RegBody = z.strictObject({
  ownerId: Id.optional(),
  plate: z.string().max(20),
  vehicleType: VType,
  model: z.string().max(100),
  licenceNo: z.string().max(40),
  insuranceExpiry: DateStr.nullable().optional(),
  notes: z.string().max(1000).optional(),
});
const ReviewBody = z.strictObject({ approve: z.boolean(), note: z.string().max(500).optional() });
const WithdrawBody = z.strictObject({ on: DateStr.optional(), note: z.string().max(500).optional() });
const UseBody = z.strictObject({
  userId: Id.optional(),
  useDate: z.string().max(20),
  privateVehicleId: Id,
  fromPlace: z.string().max(100),
  toPlace: z.string().max(100),
  purpose: z.string().max(500),
  distanceKm: z.number(),
});
const UseReviewBody = ReviewBody.extend({ amountFen: z.number().int().optional() });
const Created = z.object({ id: z.string() });

export function privateRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['vehicles'];
  const useFilter = (q: z.infer<typeof UseQuery>) => ({ ...q, toApprove: q.toApprove === 'true' });

  r.get('/api/vehicles/private/me', { config: { permission: 'authenticated' }, schema: { tags, summary: '私车公用：我能做什么（审批、代登记）' } },
    async (req) => {
      const actor = actorOf(req);
      return { canApprove: await isApprover(s.db, actor), canManage: actor.can(PRIVATE_MANAGE), canPostAllowance: actor.can('ledger:manage') };
    });
  r.get('/api/vehicles/private/vehicles', { config: { permission: 'authenticated' }, schema: { tags, summary: `${REGISTRATION_FORM}（本人/本部门/全部）`, querystring: RegQuery } },
    async (req) => listRegistrations(s, actorOf(req), req.query));
  r.get('/api/vehicles/private/vehicles/export.xlsx', { config: { permission: 'authenticated' }, schema: { tags, summary: `导出${REGISTRATION_FORM}`, querystring: RegQuery } },
    async (req, reply) => sendXlsx(reply, `${REGISTRATION_FORM}.xlsx`, await exportRegistrations(s, actorOf(req), req.query)));
  r.post('/api/vehicles/private/vehicles', { config: { permission: 'authenticated' }, schema: { tags, summary: '报备私车或摩托车（附表13）', body: RegBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await registerVehicle(s, actorOf(req), req.body) }));
  r.post('/api/vehicles/private/vehicles/:id/review', { config: { permission: PRIVATE_MANAGE }, schema: { tags, summary: '审核私车报备（批准/退回）', params: IdParams, body: ReviewBody, response: { 200: Ok } } },
    async (req) => { await reviewRegistration(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.post('/api/vehicles/private/vehicles/:id/withdraw', { config: { permission: 'authenticated' }, schema: { tags, summary: '注销私车报备', params: IdParams, body: WithdrawBody, response: { 200: Ok } } },
    async (req) => { await withdrawRegistration(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });

  r.get('/api/vehicles/private/uses', { config: { permission: 'authenticated' }, schema: { tags, summary: `${USE_FORM}（本人/本部门/全部；toApprove=true 为待我审批）`, querystring: UseQuery } },
    async (req) => listUses(s, actorOf(req), useFilter(req.query)));
  r.get('/api/vehicles/private/uses/export.xlsx', { config: { permission: 'authenticated' }, schema: { tags, summary: `导出${USE_FORM}`, querystring: UseQuery } },
    async (req, reply) => sendXlsx(reply, `${USE_FORM}${req.query.month ? `-${req.query.month}` : ''}.xlsx`, await exportUses(s, actorOf(req), useFilter(req.query))));
  r.get('/api/vehicles/private/subsidy-preview', { config: { permission: 'authenticated' }, schema: { tags, summary: '按里程预估补贴（VEH-9）', querystring: z.strictObject({ distanceKm: z.coerce.number().min(0).max(5000), vehicleType: VType }) } },
    async (req) => previewSubsidy(s, req.query.distanceKm, req.query.vehicleType));
  r.post('/api/vehicles/private/uses', { config: { permission: 'authenticated' }, schema: { tags, summary: '登记一次私车公用（附表14）', body: UseBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await logUse(s, actorOf(req), req.body) }));
  r.post('/api/vehicles/private/uses/:id/review', { config: { permission: 'authenticated' }, schema: { tags, summary: '综合部部长审批私车公用（50 公里以上核定金额）', params: IdParams, body: UseReviewBody, response: { 200: Ok } } },
    async (req) => { await reviewUse(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });

  r.post('/api/vehicles/private/allowance', { config: { permission: 'ledger:manage' }, schema: { tags, summary: '发放本月摩托车交通补助（每人每月一次）', body: z.strictObject({ month: z.string().max(20) }) } },
    async (req) => postMonthlyAllowances(s, actorOf(req), req.body.month));
}

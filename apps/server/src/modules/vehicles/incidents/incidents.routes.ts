/** Thin HTTP face of the incidents part: registers, fines, daily checks and washing, purchases. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateStr, Id, IdParams } from '@guanjia/contracts';
import type { Services } from '../../../app.types.js';
import { actorOf } from '../../../http/auth-hook.js';
import { sendXlsx } from '../../../http/route-helpers.js';
import { CHECK_ITEMS, checksBoard, listFines, recordDailyCheck, recordFine, recordWash } from './checks.service.js';
import { driverUnavailable, licenceHeldDrivers, listAccidents, listBorrows, listHired, listRepairs, listViolations, pointsByDriver } from './incidents.service.js';
import { exportRegister, REGISTERS, type RegisterKey } from './incidents.xlsx.js';
import { createPurchase, listCases, listPurchases, markReimbursed, recordUntruthful } from './purchases.service.js';

const any = { permission: 'authenticated' as const };
const Range = z.strictObject({ from: DateStr.optional(), to: DateStr.optional(), vehicleId: Id.optional(), userId: Id.optional() });
const Fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const Plate = z.string().trim().min(1).max(20);
const FineBody = z.strictObject({
  kind: z.enum(['handover', 'dirty']),
  plate: Plate,
  driverId: Id,
  occurredOn: DateStr,
  approvedByAdminManager: z.boolean().optional(),
  notes: z.string().max(1000).optional(),
});
const CheckBody = z.strictObject({
  plate: Plate,
  date: DateStr.optional(),
  items: z.strictObject(Object.fromEntries(CHECK_ITEMS.map((k) => [k, z.boolean()])) as Record<(typeof CHECK_ITEMS)[number], z.ZodBoolean>),
  problems: z.string().max(2000).optional(),
  repairEstimateFen: Fen.optional(),
});
const WashBody = z.strictObject({ plate: Plate, date: DateStr.optional(), notes: z.string().max(500).optional() });
const PurchaseBody = z.strictObject({
  boughtOn: DateStr,
  item: z.string().trim().min(1).max(200),
  category: z.enum(['regular', 'special']),
  place: z.string().trim().min(1).max(200),
  designatedPlace: z.boolean(),
  quotes: z.array(z.strictObject({ supplier: z.string().trim().min(1).max(100), amountFen: Fen })).max(10).optional(),
  amountFen: Fen,
  receiptAttachmentId: Id.nullable().optional(),
  handedTo: z.string().max(100).optional(),
  registeredAs: z.enum(['none', 'tool', 'asset', 'consumable']).optional(),
});
const CaseBody = z.strictObject({ kind: z.enum(['purchase', 'fuel']), purchaseId: Id.optional(), driverId: Id.optional(), description: z.string().trim().min(1).max(2000) });
const RegisterParams = z.strictObject({ register: z.enum(Object.keys(REGISTERS) as [RegisterKey, ...RegisterKey[]]) });

export function incidentsRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['vehicles'];
  const base = '/api/vehicles/incidents';

  r.get(`${base}/repairs`, { config: any, schema: { tags, summary: '车辆维修登记（VEH-16）', querystring: Range } }, async (req) => listRepairs(s, actorOf(req), req.query));
  r.get(`${base}/accidents`, { config: any, schema: { tags, summary: '车辆事故登记（VEH-18/19/20）', querystring: Range } }, async (req) => listAccidents(s, actorOf(req), req.query));
  r.get(`${base}/violations`, { config: any, schema: { tags, summary: '交通违章登记（VEH-17）', querystring: Range } }, async (req) => listViolations(s, actorOf(req), req.query));
  r.get(`${base}/violations/points`, { config: any, schema: { tags, summary: '司机年度累计罚分（VEH-17）', querystring: z.strictObject({ year: z.string().regex(/^\d{4}$/) }) } },
    async (req) => pointsByDriver(s, actorOf(req), req.query.year));
  r.get(`${base}/licence-held`, { config: { permission: 'vehicles:read' }, schema: { tags, summary: '扣证期间的司机（VEH-17，不予派车）', querystring: z.strictObject({ date: DateStr }) } },
    async (req) => licenceHeldDrivers(s.db, req.query.date));
  r.get(`${base}/drivers/:id/unavailable`, { config: { permission: 'vehicles:read' }, schema: { tags, summary: '司机某日是否扣证不能驾车（VEH-17）', params: IdParams, querystring: z.strictObject({ date: DateStr }) } },
    async (req) => ({ unavailable: await driverUnavailable(s.db, req.params.id, req.query.date) }));
  r.get(`${base}/borrows`, { config: any, schema: { tags, summary: '因私借用公车登记（VEH-10）', querystring: Range } }, async (req) => listBorrows(s, actorOf(req), req.query));
  r.get(`${base}/hired`, { config: any, schema: { tags, summary: '雇佣交通工具报销登记（VEH-8）', querystring: Range } }, async (req) => listHired(s, actorOf(req), req.query));
  r.get(`${base}/export/:register`, { config: any, schema: { tags, summary: '导出登记表 xlsx', params: RegisterParams, querystring: Range } },
    async (req, reply) => sendXlsx(reply, `${REGISTERS[req.params.register]}.xlsx`, await exportRegister(s, actorOf(req), req.params.register, req.query)));

  r.get(`${base}/fines`, { config: any, schema: { tags, summary: '罚款登记（VEH-14/15）', querystring: Range } }, async (req) => listFines(s, actorOf(req), req.query));
  r.post(`${base}/fines`, { config: { permission: 'vehicles:incidents' }, schema: { tags, summary: '登记擅自交车罚款或有碍车容警告/罚款（VEH-14/15）', body: FineBody } },
    async (req, reply) => reply.status(201).send(await recordFine(s, actorOf(req), req.body)));

  r.get(`${base}/checks`, { config: any, schema: { tags, summary: '日检与洗车（VEH-15）', querystring: Range } }, async (req) => checksBoard(s, actorOf(req), req.query));
  r.post(`${base}/checks`, { config: { permission: 'vehicles:checks' }, schema: { tags, summary: '登记下班前日检（VEH-15），可同时报修', body: CheckBody } },
    async (req, reply) => reply.status(201).send(await recordDailyCheck(s, actorOf(req), req.body)));
  r.post(`${base}/washes`, { config: { permission: 'vehicles:checks' }, schema: { tags, summary: '登记洗车（VEH-15）', body: WashBody } },
    async (req, reply) => reply.status(201).send(await recordWash(s, actorOf(req), req.body)));

  r.get(`${base}/purchases`, { config: any, schema: { tags, summary: '司机采购登记（VEH-22）', querystring: Range } }, async (req) => listPurchases(s, actorOf(req), req.query));
  r.post(`${base}/purchases`, { config: { permission: 'vehicles:checks' }, schema: { tags, summary: '登记采购（VEH-22）', body: PurchaseBody } },
    async (req, reply) => reply.status(201).send(await createPurchase(s, actorOf(req), req.body)));
  r.post(`${base}/purchases/:id/reimbursed`, { config: { permission: 'vehicles:incidents' }, schema: { tags, summary: '登记报销（VEH-22）', params: IdParams, body: z.strictObject({ reimbursedOn: DateStr.optional() }) } },
    async (req) => markReimbursed(s, actorOf(req), req.params.id, req.body));
  r.get(`${base}/cases`, { config: any, schema: { tags, summary: '不实报销记录（VEH-21）' } }, async (req) => listCases(s, actorOf(req)));
  r.post(`${base}/cases`, { config: { permission: 'vehicles:incidents' }, schema: { tags, summary: '登记不实报销（VEH-21，开除处理）', body: CaseBody } },
    async (req, reply) => reply.status(201).send(await recordUntruthful(s, actorOf(req), req.body)));
}

/** HTTP face of the reception part: requests, 接待登记, arrangement, settlement, summary, settings. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, IdParams } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf } from '../../http/auth-hook.js';
import { sendXlsx } from '../../http/route-helpers.js';
import { IssueLine, IssueLines } from './gifts/gifts.routes.js';
import { arrangeCar, arrangeGifts, arrangeRoom } from './reception.arrange.js';
import { EXPENSE_CATEGORIES, RECEPTION_LEVELS } from './reception.rules.js';
import { createReception, exportReceptions, finishArrangement, getReception, listReceptions, RECEPTION_REGISTER, settleReception, summarizeReception } from './reception.service.js';
import { receptionSettings, updateReceptionSettings } from './reception.settings.js';

const Fen = z.number().int().min(0).max(1_000_000_000);
const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').refine((v) => !Number.isNaN(Date.parse(v)), '日期无效');
const IsoInstant = z.string().datetime({ offset: true });
const Category = z.enum(EXPENSE_CATEGORIES);
const Level = z.enum(Object.keys(RECEPTION_LEVELS) as [keyof typeof RECEPTION_LEVELS, ...(keyof typeof RECEPTION_LEVELS)[]]);
const CreateBody = z.strictObject({
  visitorOrg: z.string().trim().min(1).max(100),
  guestCount: z.number().int().min(1).max(500),
  guests: z.array(z.strictObject({ name: z.string().trim().min(1).max(50), company: z.string().trim().max(100).optional(), title: z.string().trim().max(50).optional() })).max(100).optional(),
  level: Level,
  purpose: z.string().trim().min(1).max(500),
  startDate: DateText,
  endDate: DateText,
  needs: z.strictObject({ meals: z.boolean().optional(), hotel: z.boolean().optional(), car: z.boolean().optional(), room: z.boolean().optional(), gifts: z.boolean().optional() }),
  giftLines: z.array(IssueLine).max(20).optional(),
  budgetLines: z.array(z.strictObject({ category: Category, amountFen: Fen })).max(20).optional(),
});
const Query = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM').optional(),
  status: z.enum(['pending', 'arranging', 'settling', 'summarizing', 'finished', 'rejected', 'cancelled']).optional(),
});
const CarBody = z.strictObject({
  startAt: IsoInstant,
  endAt: IsoInstant,
  origin: z.string().trim().max(100).optional(),
  destination: z.string().trim().min(1).max(100),
  direction: z.enum(['北', '东北', '东', '东南', '南', '西南', '西', '西北']),
  distanceKm: z.number().min(0).max(5000),
  passengers: z.number().int().min(0).max(50).optional(),
  route: z.string().max(500).optional(),
});
const RoomBody = z.strictObject({ roomId: Id, start: IsoInstant, end: IsoInstant });
const GiftsBody = z.strictObject({ lines: IssueLines.optional() });
const SettleBody = z.strictObject({
  lines: z.array(z.strictObject({ category: Category, budgetFen: Fen.optional(), actualFen: Fen, note: z.string().max(200).optional() })).min(1).max(20),
});
const SummaryBody = z.strictObject({ summary: z.string().trim().min(1).max(2000) });
const Tier = z.strictObject({ assistantMax: z.number().int().min(0), managerMax: z.number().int().min(0) }).partial();
const SettingsBody = z.strictObject({
  gifts: z.strictObject({ packsPerCarton: z.number().int().min(1).max(100), cigarettePacks: Tier, valueFen: Tier }).partial().optional(),
  approval: z.strictObject({ managerMaxBudgetFen: Fen, leaderLevels: z.array(Level).max(3) }).partial().optional(),
});

export function receptionRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reception'];
  r.post('/api/reception/receptions', { config: { permission: 'authenticated' }, schema: { tags, summary: '接待申请（RCP-1）', body: CreateBody } },
    async (req, reply) => reply.status(201).send(await createReception(s, actorOf(req), req.body)));
  r.get('/api/reception/receptions', { config: { permission: 'authenticated' }, schema: { tags, summary: `${RECEPTION_REGISTER}（本人的，或 reception:read 全部）`, querystring: Query } },
    async (req) => listReceptions(s, actorOf(req), req.query));
  r.get('/api/reception/receptions.xlsx', { config: { permission: 'reception:read' }, schema: { tags, summary: `导出${RECEPTION_REGISTER} xlsx`, querystring: Query } },
    async (req, reply) => sendXlsx(reply, `${RECEPTION_REGISTER}.xlsx`, await exportReceptions(s, actorOf(req), req.query)));
  r.get('/api/reception/receptions/:id', { config: { permission: 'authenticated' }, schema: { tags, summary: '接待详情与关联的派车、会议室、礼品', params: IdParams } },
    async (req) => getReception(s, actorOf(req), req.params.id));
  r.post('/api/reception/receptions/:id/arrange/car', { config: { permission: 'reception:manage' }, schema: { tags, summary: '接待安排：发起派车申请', params: IdParams, body: CarBody } },
    async (req) => arrangeCar(s, actorOf(req), req.params.id, req.body));
  r.post('/api/reception/receptions/:id/arrange/room', { config: { permission: 'reception:manage' }, schema: { tags, summary: '接待安排：预订会议室', params: IdParams, body: RoomBody } },
    async (req) => arrangeRoom(s, actorOf(req), req.params.id, req.body));
  r.post('/api/reception/receptions/:id/arrange/gifts', { config: { permission: 'reception:manage' }, schema: { tags, summary: '接待安排：礼品领用', params: IdParams, body: GiftsBody } },
    async (req) => arrangeGifts(s, actorOf(req), req.params.id, req.body));
  r.post('/api/reception/receptions/:id/arrange/done', { config: { permission: 'reception:manage' }, schema: { tags, summary: '接待安排完成', params: IdParams } },
    async (req) => finishArrangement(s, actorOf(req), req.params.id));
  r.post('/api/reception/receptions/:id/settle', { config: { permission: 'reception:manage' }, schema: { tags, summary: '费用结算：各项实际费用与预算对比', params: IdParams, body: SettleBody } },
    async (req) => settleReception(s, actorOf(req), req.params.id, req.body.lines));
  r.post('/api/reception/receptions/:id/summary', { config: { permission: 'authenticated' }, schema: { tags, summary: '接待总结', params: IdParams, body: SummaryBody } },
    async (req) => summarizeReception(s, actorOf(req), req.params.id, req.body.summary));
  r.get('/api/reception/settings', { config: { permission: 'authenticated' }, schema: { tags, summary: '接待与礼品设置（GIFT-2 审核签字级别、接待审批限额）' } },
    async () => receptionSettings(s.db));
  r.put('/api/reception/settings', { config: { permission: 'reception:manage' }, schema: { tags, summary: '修改接待与礼品设置', body: SettingsBody } },
    async (req) => updateReceptionSettings(s, actorOf(req), req.body));
}

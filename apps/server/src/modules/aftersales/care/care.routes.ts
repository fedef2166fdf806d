/**
 * 售后关怀 API (ASV-12/13/15): 维保协议 and their visits, 回访任务, 二次销售业务记录表, 员工销售提成表,
 * 维保提成表 and the care settings. The register and tables need aftersales:care; a salesperson or
 * technician reads his own lines through the /mine routes.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../app.types.js';
import { actorOf } from '../../../http/auth-hook.js';
import { sendXlsx } from '../../../http/route-helpers.js';
import { getSetting, putSetting } from '../../../platform/settings/settings.service.js';
import { changeWithAudit } from '../../../platform/tx.js';
import { createContract, getContract, listContracts, terminateContract, updateContract } from './care.contracts.service.js';
import { listTasks, recordOutcome } from './care.reminders.service.js';
import { intervalMonthsOf, visitSchedule } from './care.rules.js';
import { createSale, listSales, salesCommission, updateSale } from './care.sales.service.js';
import { CARE_SETTINGS_KEY, careSettings, careSettingsFrom, defaultCareSettings } from './care.settings.js';
import { dispatchVisitNow, maintenanceCommission } from './care.visits.service.js';
import { exportMaintenanceCommission, exportSales, exportSalesCommission, MAINTENANCE_COMMISSION_NAME, SALES_COMMISSION_NAME, SALES_NAME } from './care.xlsx.js';

// Dates are checked by the rules (named 400 in Chinese); here only the shape.
const DATE = z.string().max(10);
const ID = z.string().min(1).max(40);
const MONTH = z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM') });
// Negative amounts reach the rule's check, which names the field in Chinese.
const FEN = z.number().int().max(100_000_000_000);

const ContractBody = z.strictObject({
  customerId: ID, number: z.string().trim().max(40).optional(), equipmentIds: z.array(ID).max(50).default([]),
  startOn: DATE, endOn: DATE, signedOn: DATE.optional(), visitsPerYear: z.number().int().nullable().optional(), intervalMonths: z.number().int().nullable().optional(),
  feeFen: FEN, salespersonId: ID.nullable().optional(), technicianId: ID,
  commissionMode: z.enum(['default', 'perVisit', 'feePercent']).optional(), commissionValue: z.number().int().optional(), notes: z.string().max(1000).optional(),
});
const SaleFields = {
  soldOn: DATE.optional(), equipmentId: ID.nullable().optional(), item: z.string().trim().min(1).max(200), category: z.string().min(1).max(40),
  quantity: z.number().int().min(1).max(100_000).optional(), amountFen: FEN, salespersonId: ID.optional(), jobId: ID.nullable().optional(), notes: z.string().max(1000).optional(),
};
const SaleBody = z.strictObject({ ...SaleFields, customerId: ID, source: z.enum(['reminder', 'callback', 'other']).default('other') });
const SaleQuery = z.strictObject({ from: DATE.optional(), to: DATE.optional(), salespersonId: ID.optional(), source: z.enum(['reminder', 'callback', 'other']).optional(), q: z.string().max(100).optional() });
const SettingsBody = z.strictObject({
  visitLeadDays: z.number().int().min(0).max(60).optional(), maintenanceMode: z.enum(['perVisit', 'feePercent']).optional(),
  maintenancePerVisitFen: z.number().int().min(0).max(100_000_000).optional(), maintenanceFeePercent: z.number().int().min(0).max(100).optional(),
  salesCategories: z.array(z.strictObject({ code: z.string().regex(/^[a-z0-9_-]{1,40}$/), name: z.string().trim().min(1).max(40), percent: z.number().min(0).max(100) })).min(1).max(50).optional(),
});

export function careRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['aftersales'];
  const care = { permission: 'aftersales:care' } as const;

  r.get('/api/aftersales/care/settings', { config: care, schema: { tags, summary: '维保与销售提成设置（提前派工天数、维保提成、销售提成比例）' } },
    async () => ({ settings: await careSettings(s.db), defaults: defaultCareSettings }));
  r.put('/api/aftersales/care/settings', { config: { permission: 'aftersales:settings' }, schema: { tags, summary: '修改维保与销售提成设置', body: SettingsBody } }, async (req) => {
    const actor = actorOf(req);
    await changeWithAudit(s, actor, async (trx) => {
      const stored = await getSetting<unknown>(trx, CARE_SETTINGS_KEY, {});
      const valid = careSettingsFrom({ ...(typeof stored === 'object' && stored !== null ? stored : {}), ...req.body });
      await putSetting(trx, CARE_SETTINGS_KEY, valid, s.clock.now().toISOString(), actor.id);
      return { result: null, audit: { action: 'aftersales.care.settings.update', entity: 'setting', entityId: CARE_SETTINGS_KEY, data: { changed: req.body } } };
    });
    return { settings: await careSettings(s.db), defaults: defaultCareSettings };
  });

  // ASV-13 维保协议
  r.post('/api/aftersales/care/schedule-preview', {
    config: care, schema: { tags, summary: '预览维保上门计划（ASV-13）', body: z.strictObject({ startOn: DATE, endOn: DATE, visitsPerYear: z.number().int().nullable().optional(), intervalMonths: z.number().int().nullable().optional() }) },
  }, async (req) => ({ dates: visitSchedule(req.body.startOn, req.body.endOn, intervalMonthsOf(req.body)) }));
  r.get('/api/aftersales/care/contracts', { config: care, schema: { tags, summary: '维保协议列表', querystring: z.strictObject({ status: z.enum(['active', 'terminated']).optional(), q: z.string().max(100).optional() }) } },
    async (req) => listContracts(s, req.query));
  r.get('/api/aftersales/care/contracts/:id', { config: care, schema: { tags, summary: '维保协议详情与上门计划、派工单', params: z.strictObject({ id: ID }) } }, async (req) => getContract(s, req.params.id));
  r.post('/api/aftersales/care/contracts', { config: care, schema: { tags, summary: '新增维保协议（生成上门计划）', body: ContractBody } }, async (req, reply) => {
    reply.code(201);
    return createContract(s, actorOf(req), req.body);
  });
  r.put('/api/aftersales/care/contracts/:id', { config: care, schema: { tags, summary: '修改维保协议（重排未派工的上门计划）', params: z.strictObject({ id: ID }), body: ContractBody } }, async (req) => {
    await updateContract(s, actorOf(req), req.params.id, req.body);
    return { ok: true };
  });
  r.post('/api/aftersales/care/contracts/:id/terminate', {
    config: care, schema: { tags, summary: '终止维保协议（取消终止日之后未派工的上门）', params: z.strictObject({ id: ID }), body: z.strictObject({ on: DATE.optional(), reason: z.string().trim().min(1).max(500) }) },
  }, async (req) => {
    await terminateContract(s, actorOf(req), req.params.id, req.body);
    return { ok: true };
  });
  r.post('/api/aftersales/care/visits/:id/dispatch', { config: care, schema: { tags, summary: '立即为一次维保上门生成派工单', params: z.strictObject({ id: ID }) } },
    async (req) => dispatchVisitNow(s, actorOf(req), req.params.id));
  r.get('/api/aftersales/care/maintenance-commission', { config: care, schema: { tags, summary: `${MAINTENANCE_COMMISSION_NAME}（按月，ASV-13）`, querystring: MONTH } },
    async (req) => maintenanceCommission(s, req.query.month));
  r.get('/api/aftersales/care/maintenance-commission/mine', { config: { permission: 'authenticated' }, schema: { tags, summary: `我的${MAINTENANCE_COMMISSION_NAME}`, querystring: MONTH } }, async (req) => {
    const m = await maintenanceCommission(s, req.query.month);
    const id = actorOf(req).id;
    const lines = m.lines.filter((l) => l.userId === id);
    return { month: m.month, lines, people: m.people.filter((p) => p.userId === id), totalFen: lines.reduce((a, l) => a + l.commissionFen, 0) };
  });
  r.get('/api/aftersales/care/maintenance-commission/export.xlsx', { config: care, schema: { tags, summary: `导出${MAINTENANCE_COMMISSION_NAME} xlsx`, querystring: MONTH } },
    async (req, reply) => sendXlsx(reply, `${MAINTENANCE_COMMISSION_NAME}${req.query.month}.xlsx`, await exportMaintenanceCommission(s, req.query.month)));

  // ASV-15 回访任务
  r.get('/api/aftersales/care/tasks', {
    config: care, schema: { tags, summary: '回访任务（免费维保到期、配件使用寿命到期）', querystring: z.strictObject({ status: z.enum(['open', 'done']).optional(), mine: z.enum(['true', 'false']).optional(), reason: z.enum(['warranty', 'part_life']).optional() }) },
  }, async (req) => listTasks(s, actorOf(req), { ...req.query, mine: req.query.mine === 'true' }));
  r.post('/api/aftersales/care/tasks/:id/outcome', {
    config: care,
    schema: { tags, summary: '记录回访结果（已成交时登记二次销售）', params: z.strictObject({ id: ID }), body: z.strictObject({ outcome: z.enum(['contacted', 'interested', 'not_interested', 'sale_made']), note: z.string().max(1000).optional(), sale: z.strictObject(SaleFields).optional() }) },
  }, async (req) => recordOutcome(s, actorOf(req), req.params.id, req.body));

  // 二次销售业务记录表 (ASV-15) and 员工销售提成表 (ASV-12)
  r.get('/api/aftersales/care/sales', { config: care, schema: { tags, summary: SALES_NAME, querystring: SaleQuery } }, async (req) => listSales(s, actorOf(req), req.query));
  r.get('/api/aftersales/care/sales/export.xlsx', { config: care, schema: { tags, summary: `导出${SALES_NAME} xlsx`, querystring: SaleQuery } },
    async (req, reply) => sendXlsx(reply, `${SALES_NAME}.xlsx`, await exportSales(s, actorOf(req), req.query)));
  r.post('/api/aftersales/care/sales', { config: care, schema: { tags, summary: '登记二次销售', body: SaleBody } }, async (req, reply) => {
    reply.code(201);
    return createSale(s, actorOf(req), req.body);
  });
  r.put('/api/aftersales/care/sales/:id', { config: care, schema: { tags, summary: '修改二次销售记录', params: z.strictObject({ id: ID }), body: SaleBody } }, async (req) => {
    await updateSale(s, actorOf(req), req.params.id, req.body);
    return { ok: true };
  });
  r.get('/api/aftersales/care/sales-commission', { config: care, schema: { tags, summary: `${SALES_COMMISSION_NAME}（按月，ASV-12）`, querystring: MONTH } },
    async (req) => salesCommission(s, req.query.month));
  r.get('/api/aftersales/care/sales-commission/mine', { config: { permission: 'authenticated' }, schema: { tags, summary: `我的${SALES_COMMISSION_NAME}`, querystring: MONTH } }, async (req) => {
    const m = await salesCommission(s, req.query.month);
    const id = actorOf(req).id;
    const lines = m.lines.filter((l) => l.userId === id);
    return { month: m.month, lines, people: m.people.filter((p) => p.userId === id), totalAmountFen: lines.reduce((a, l) => a + l.amountFen, 0), totalFen: lines.reduce((a, l) => a + l.commissionFen, 0), categories: m.categories };
  });
  r.get('/api/aftersales/care/sales-commission/export.xlsx', { config: care, schema: { tags, summary: `导出${SALES_COMMISSION_NAME} xlsx`, querystring: MONTH } },
    async (req, reply) => sendXlsx(reply, `${SALES_COMMISSION_NAME}${req.query.month}.xlsx`, await exportSalesCommission(s, req.query.month)));
}

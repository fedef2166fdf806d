/**
 * Stock API (ASV-4/10/11): catalog, warehouse movements and register, small stocks and 补库,
 * part loans (借件登记) with their reconciliation, parts on a job (the technician's phone), and
 * 安装出库 (the process is also startable through POST /api/instances).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, IdParams } from '@guanjia/contracts';
import type { Services } from '../../../app.types.js';
import { actorOf } from '../../../http/auth-hook.js';
import { sendXlsx } from '../../../http/route-helpers.js';
import { listInstallOuts, startInstallOut } from './install.service.js';
import { actOnLoan, createLoan, jobParts, listLoans, requestLoan, usePart } from './loans.service.js';
import { addWarehouseMovement, adjustSmallStock, createItem, listItems, listMovements, listSmallStocks, MOVEMENT_REGISTER, replenish, replenishSuggestions, stockTechnicians, updateItem } from './stock.service.js';
import { exportLoans, exportMovements, exportStock, LOAN_REGISTER, STOCK_REGISTER } from './stock.xlsx.js';

const Qty = z.number().int().min(1).max(1_000_000);
const Fen = z.number().int().min(0).max(1_000_000_000);
const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const SetLines = z.array(z.strictObject({ itemId: Id, qty: z.number().int().min(1).max(1000) })).max(50);
const ItemBody = z.strictObject({
  code: z.string().trim().min(1).max(40), name: z.string().trim().min(1).max(100), model: z.string().trim().max(100).optional(), unit: z.string().trim().max(10).optional(),
  isInstallGoods: z.boolean().optional(), unitCostFen: Fen.optional(), smallMin: z.number().int().min(0).max(10_000).optional(), quantity: z.number().int().min(0).max(1_000_000).optional(),
  setLines: SetLines.optional(),
});
const ItemPatch = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(), model: z.string().trim().max(100).optional(), unit: z.string().trim().min(1).max(10).optional(), isInstallGoods: z.boolean().optional(),
  unitCostFen: Fen.optional(), smallMin: z.number().int().min(0).max(10_000).optional(), active: z.boolean().optional(), setLines: SetLines.optional(),
});
const MovementKind = z.enum(['in', 'out', 'adjust', 'replenish', 'small_adjust', 'loan_issue', 'loan_return', 'loan_book', 'use', 'install_out']);
const MovementQuery = z.strictObject({ itemId: Id.optional(), kind: MovementKind.optional(), technicianId: Id.optional(), from: DATE.optional(), to: DATE.optional() });
const LoanStatus = z.enum(['requested', 'recorded', 'issued', 'booked', 'returned', 'cancelled']);
const LoanQuery = z.strictObject({ status: LoanStatus.optional(), technicianId: Id.optional(), jobId: Id.optional(), overdue: z.enum(['true', 'false']).optional(), open: z.enum(['true', 'false']).optional() });
const loanFilter = (q: z.infer<typeof LoanQuery>) => ({ ...q, overdue: q.overdue === 'true', open: q.open === 'true' });
const PartBody = z.strictObject({ itemId: Id, quantity: Qty, note: z.string().trim().max(500).optional() });
const InstallBody = z.strictObject({
  customerId: Id.optional(), newCustomerName: z.string().trim().max(100).optional(), newCustomerPhone: z.string().trim().max(40).optional(), newCustomerAddress: z.string().trim().max(200).optional(),
  contractNo: z.string().trim().min(1).max(40), contractAmountFen: Fen.optional(), source: z.string().trim().min(1).max(40),
  lines: z.array(z.strictObject({ itemId: Id, qty: z.number().int().min(1).max(100_000) })).min(1).max(50), note: z.string().trim().max(500).optional(),
});

export function stockRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['aftersales'];
  const read = { permission: 'aftersales:read' } as const;
  const stock = { permission: 'aftersales:stock' } as const;
  const loans = { permission: 'aftersales:loans' } as const;
  const borrow = { permission: 'aftersales:borrow' } as const;

  // Catalog and warehouse
  r.get('/api/aftersales/stock/items', { config: read, schema: { tags, summary: '配件/商品目录与仓库库存', querystring: z.strictObject({ q: z.string().max(100).optional(), installGoods: z.enum(['true', 'false']).optional(), includeInactive: z.enum(['true', 'false']).optional() }) } },
    async (req) => listItems(s, { q: req.query.q, installGoods: req.query.installGoods === undefined ? undefined : req.query.installGoods === 'true', includeInactive: req.query.includeInactive === 'true' }));
  r.get('/api/aftersales/stock/items.xlsx', { config: stock, schema: { tags, summary: `导出${STOCK_REGISTER} xlsx` } },
    async (_req, reply) => sendXlsx(reply, `${STOCK_REGISTER}.xlsx`, await exportStock(s)));
  r.post('/api/aftersales/stock/items', { config: stock, schema: { tags, summary: '新增配件/商品（含成套物品）', body: ItemBody } },
    async (req, reply) => reply.status(201).send(await createItem(s, actorOf(req), req.body)));
  r.patch('/api/aftersales/stock/items/:id', { config: stock, schema: { tags, summary: '修改配件/商品', params: IdParams, body: ItemPatch } },
    async (req) => updateItem(s, actorOf(req), req.params.id, req.body));
  r.post('/api/aftersales/stock/items/:id/movements', {
    config: stock,
    schema: { tags, summary: '仓库入库/出库/盘点调整，库存不能为负', params: IdParams, body: z.strictObject({ kind: z.enum(['in', 'out', 'adjust']), quantity: z.number().int().min(-1_000_000).max(1_000_000).refine((n) => n !== 0, '数量不能为 0'), note: z.string().max(500).optional() }) },
  }, async (req, reply) => reply.status(201).send(await addWarehouseMovement(s, actorOf(req), req.params.id, req.body)));
  r.get('/api/aftersales/stock/movements', { config: read, schema: { tags, summary: MOVEMENT_REGISTER, querystring: MovementQuery } }, async (req) => ({ items: await listMovements(s, actorOf(req), req.query) }));
  r.get('/api/aftersales/stock/movements.xlsx', { config: read, schema: { tags, summary: `导出${MOVEMENT_REGISTER} xlsx`, querystring: MovementQuery } },
    async (req, reply) => sendXlsx(reply, `${MOVEMENT_REGISTER}.xlsx`, await exportMovements(s, actorOf(req), req.query)));

  // Small stocks (小库) and 补库
  r.get('/api/aftersales/stock/technicians', { config: read, schema: { tags, summary: '售后维修人员（小库持有人）' } }, async () => ({ items: await stockTechnicians(s.db) }));
  r.get('/api/aftersales/stock/small', { config: read, schema: { tags, summary: '小库（售后维修人员只看自己的）', querystring: z.strictObject({ technicianId: Id.optional() }) } },
    async (req) => listSmallStocks(s, actorOf(req), req.query));
  r.get('/api/aftersales/stock/replenish/suggestions', { config: stock, schema: { tags, summary: '建议补库清单（低于小库最低数量，ASV-10）' } }, async () => replenishSuggestions(s));
  r.post('/api/aftersales/stock/replenish', { config: stock, schema: { tags, summary: '补库：仓库调拨至售后人员小库（ASV-10）', body: z.strictObject({ technicianId: Id, itemId: Id, quantity: Qty, note: z.string().max(500).optional() }) } },
    async (req, reply) => reply.status(201).send(await replenish(s, actorOf(req), req.body)));
  r.post('/api/aftersales/stock/small/adjust', {
    config: stock,
    schema: { tags, summary: '小库盘点调整', body: z.strictObject({ technicianId: Id, itemId: Id, delta: z.number().int().min(-100_000).max(100_000).refine((n) => n !== 0, '数量不能为 0'), note: z.string().max(500).optional() }) },
  }, async (req, reply) => reply.status(201).send(await adjustSmallStock(s, actorOf(req), req.body)));

  // Loans (借件登记)
  r.get('/api/aftersales/stock/loans', { config: read, schema: { tags, summary: `${LOAN_REGISTER}（售后维修人员只看自己的；逾期标记，ASV-10）`, querystring: LoanQuery } },
    async (req) => listLoans(s, actorOf(req), loanFilter(req.query)));
  r.get('/api/aftersales/stock/loans.xlsx', { config: read, schema: { tags, summary: `导出${LOAN_REGISTER} xlsx`, querystring: LoanQuery } },
    async (req, reply) => sendXlsx(reply, `${LOAN_REGISTER}.xlsx`, await exportLoans(s, actorOf(req), loanFilter(req.query))));
  r.post('/api/aftersales/stock/loans', { config: loans, schema: { tags, summary: '借件登记（客服记录售后人员向库管借领配件，ASV-4）', body: z.strictObject({ technicianId: Id, jobId: Id.optional(), itemId: Id, quantity: Qty, note: z.string().trim().max(500).optional() }) } },
    async (req, reply) => reply.status(201).send(await createLoan(s, actorOf(req), { ...req.body, jobId: req.body.jobId ?? null })));
  r.post('/api/aftersales/stock/loans/:id/:action', {
    config: read,
    schema: { tags, summary: '借件：登记(客服)、发放(库管)、出库核销或归还(ASV-10)、取消', params: z.strictObject({ id: Id, action: z.enum(['record', 'issue', 'book', 'return', 'cancel']) }), body: z.strictObject({ note: z.string().trim().max(500).optional() }) },
  }, async (req) => actOnLoan(s, actorOf(req), req.params.id, req.params.action, req.body.note));

  // Parts on a job (the technician's phone)
  r.get('/api/aftersales/stock/jobs/:id/parts', { config: read, schema: { tags, summary: '派工单的借件与配件使用', params: IdParams } }, async (req) => jobParts(s, actorOf(req), req.params.id));
  r.post('/api/aftersales/stock/jobs/:id/loans', { config: borrow, schema: { tags, summary: '借配件：小库没有的配件向客服汇报（ASV-4）', params: IdParams, body: PartBody } },
    async (req, reply) => reply.status(201).send(await requestLoan(s, actorOf(req), req.params.id, req.body)));
  r.post('/api/aftersales/stock/jobs/:id/uses', { config: borrow, schema: { tags, summary: '使用小库配件（ASV-4）', params: IdParams, body: PartBody } },
    async (req, reply) => reply.status(201).send(await usePart(s, actorOf(req), req.params.id, req.body)));

  // 安装出库 (ASV-11)
  r.get('/api/aftersales/stock/install-outs', { config: read, schema: { tags, summary: '安装出库列表（ASV-11）', querystring: z.strictObject({ status: z.enum(['check', 'receipt', 'ship', 'confirm', 'done', 'cancelled']).optional() }) } },
    async (req) => listInstallOuts(s, req.query));
  r.post('/api/aftersales/stock/install-outs', { config: { permission: 'aftersales:install' }, schema: { tags, summary: '发起安装出库：新增订货合同（ASV-11）', body: InstallBody } },
    async (req, reply) => reply.status(201).send(await startInstallOut(s, actorOf(req), req.body)));
}

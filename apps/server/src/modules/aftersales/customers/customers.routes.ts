/** Thin HTTP face of the customer base (ASV-2, ASV-13, ASV-15). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateStr, Id, IdParams, ImportQuery, ImportResult, Ok } from '@guanjia/contracts';
import type { Services } from '../../../app.types.js';
import { actorOf } from '../../../http/auth-hook.js';
import { pickLang } from '../../../http/messages.js';
import { sendXlsx } from '../../../http/route-helpers.js';
import { readUpload } from '../../../http/upload.js';
import {
  addContract, addEquipment, addSite, CONTRACT_TYPES, deleteContract, deleteEquipment, deleteSite, getCustomer, updateContract, updateEquipment, updateSite,
} from './customers.records.js';
import { createCustomer, CUSTOMER_TYPES, deleteCustomer, listCustomers, updateCustomer } from './customers.service.js';
import { CUSTOMER_BASE_NAME, customerTemplate, exportCustomers, importCustomers } from './customers.xlsx.js';

const CustomerType = z.enum(CUSTOMER_TYPES as ['retail', 'project', 'company']);
const ContractType = z.enum(CONTRACT_TYPES as ['sales', 'order', 'installation', 'maintenance', 'other']);
const str = (max: number) => z.string().max(max);
const CustomerBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  type: CustomerType.optional(),
  phones: z.array(str(40)).min(1).max(10),
  address: str(300).optional(),
  notes: str(2000).optional(),
});
const SiteBody = z.strictObject({ name: z.string().trim().min(1).max(100), address: str(300).optional(), contact: str(50).optional(), phone: str(40).optional(), notes: str(2000).optional() });
const PartBody = z.strictObject({ name: z.string().trim().min(1).max(100), serviceLifeMonths: z.number().int().min(1).max(600).nullable().optional(), installedOn: DateStr.nullable().optional() });
const EquipmentBody = z.strictObject({
  siteId: Id.nullable().optional(),
  name: z.string().trim().min(1).max(100),
  model: str(100).optional(),
  serial: str(100).nullable().optional(),
  installedOn: DateStr.nullable().optional(),
  warrantyMonths: z.number().int().min(0).max(600).nullable().optional(),
  notes: str(2000).optional(),
  parts: z.array(PartBody).max(50).optional(),
});
const ContractBody = z.strictObject({
  number: z.string().trim().min(1).max(50),
  type: ContractType,
  startOn: DateStr,
  endOn: DateStr.nullable().optional(),
  amountFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  notes: str(2000).optional(),
});
const ListQuery = z.strictObject({
  q: z.string().max(100).optional(),
  type: CustomerType.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
const ExportQuery = ListQuery.pick({ q: true, type: true });
const Created = z.object({ id: z.string() });
const tags = ['aftersales'];

export function customersRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { permission: 'aftersales:read' } as const;
  const write = { permission: 'aftersales:customers' } as const;

  r.get('/api/aftersales/customers', { config: read, schema: { tags, summary: '客户档案：按电话、名称、地址、编号、设备序列号查找（ASV-2）', querystring: ListQuery } },
    async (req) => listCustomers(s, req.query));
  r.get('/api/aftersales/customers/export.xlsx', { config: read, schema: { tags, summary: `导出${CUSTOMER_BASE_NAME} xlsx`, querystring: ExportQuery } },
    async (req, reply) => sendXlsx(reply, `${CUSTOMER_BASE_NAME}.xlsx`, await exportCustomers(s, req.query)));
  r.get('/api/aftersales/customers/template.xlsx', { config: write, schema: { tags, summary: '客户导入模板 xlsx' } },
    async (_req, reply) => sendXlsx(reply, `${CUSTOMER_BASE_NAME}导入模板.xlsx`, await customerTemplate()));
  r.post('/api/aftersales/customers/import', { config: write, schema: { tags, summary: '批量导入历史客户 xlsx（multipart 字段 file；ASV-15）', querystring: ImportQuery, response: { 200: ImportResult } } },
    async (req) => {
      const { buffer } = await readUpload(req);
      return importCustomers(s, actorOf(req), buffer, req.query.mode, pickLang(req.headers['accept-language']));
    });
  r.get('/api/aftersales/customers/:id', { config: read, schema: { tags, summary: '客户详情：地点、设备（保修状态）、合同', params: IdParams } },
    async (req) => getCustomer(s, req.params.id));
  r.post('/api/aftersales/customers', { config: write, schema: { tags, summary: '新增客户（重复电话或同名同地址将被拒绝）', body: CustomerBody } },
    async (req, reply) => reply.status(201).send(await createCustomer(s, actorOf(req), req.body)));
  r.patch('/api/aftersales/customers/:id', { config: write, schema: { tags, summary: '修改客户', params: IdParams, body: CustomerBody.partial(), response: { 200: Ok } } },
    async (req) => { await updateCustomer(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.delete('/api/aftersales/customers/:id', { config: write, schema: { tags, summary: '删除客户（仅无设备、无合同的误录）', params: IdParams, response: { 200: Ok } } },
    async (req) => { await deleteCustomer(s, actorOf(req), req.params.id); return { ok: true as const }; });

  r.post('/api/aftersales/customers/:id/sites', { config: write, schema: { tags, summary: '添加客户地点', params: IdParams, body: SiteBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await addSite(s, actorOf(req), req.params.id, req.body) }));
  r.patch('/api/aftersales/sites/:id', { config: write, schema: { tags, summary: '修改客户地点', params: IdParams, body: SiteBody.partial(), response: { 200: Ok } } },
    async (req) => { await updateSite(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.delete('/api/aftersales/sites/:id', { config: write, schema: { tags, summary: '删除客户地点（设备保留在客户名下）', params: IdParams, response: { 200: Ok } } },
    async (req) => { await deleteSite(s, actorOf(req), req.params.id); return { ok: true as const }; });

  r.post('/api/aftersales/customers/:id/equipment', { config: write, schema: { tags, summary: '添加设备（型号、序列号、安装日期、保修期、零配件寿命）', params: IdParams, body: EquipmentBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await addEquipment(s, actorOf(req), req.params.id, req.body) }));
  r.patch('/api/aftersales/equipment/:id', { config: write, schema: { tags, summary: '修改设备（parts 给出时整体替换）', params: IdParams, body: EquipmentBody.partial(), response: { 200: Ok } } },
    async (req) => { await updateEquipment(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.delete('/api/aftersales/equipment/:id', { config: write, schema: { tags, summary: '删除设备', params: IdParams, response: { 200: Ok } } },
    async (req) => { await deleteEquipment(s, actorOf(req), req.params.id); return { ok: true as const }; });

  r.post('/api/aftersales/customers/:id/contracts', { config: write, schema: { tags, summary: '添加合同（含维保协议）', params: IdParams, body: ContractBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await addContract(s, actorOf(req), req.params.id, req.body) }));
  r.patch('/api/aftersales/contracts/:id', { config: write, schema: { tags, summary: '修改合同', params: IdParams, body: ContractBody.partial(), response: { 200: Ok } } },
    async (req) => { await updateContract(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.delete('/api/aftersales/contracts/:id', { config: write, schema: { tags, summary: '删除合同', params: IdParams, response: { 200: Ok } } },
    async (req) => { await deleteContract(s, actorOf(req), req.params.id); return { ok: true as const }; });
}

/** Thin HTTP face of the vehicles module: register (附表12), vehicle file, keys, reminders. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateStr, Id, IdParams, ImportQuery, ImportResult, Ok } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf } from '../../http/auth-hook.js';
import { pickLang } from '../../http/messages.js';
import { sendXlsx } from '../../http/route-helpers.js';
import { readUpload } from '../../http/upload.js';
import {
  addFileEntry, createVehicle, deleteVehicle, getVehicle, handOutKey, keyBoard, listVehicles, outstandingKeys, reminders,
  returnKey, updateVehicle, VEHICLE_STATUSES,
} from './vehicles.service.js';
import { exportVehicles, importVehicles, REGISTER_NAME } from './vehicles.xlsx.js';

const Status = z.enum(VEHICLE_STATUSES as [string, ...string[]]) as z.ZodType<'in_service' | 'repair' | 'retired'>;
const text = (max: number) => z.string().max(max).nullable().optional();
const VehicleBody = z.strictObject({
  plate: z.string().trim().min(1).max(20),
  model: z.string().trim().min(1).max(100),
  seats: z.number().int().min(0).max(100).nullable().optional(),
  loadKg: z.number().int().min(0).max(100_000).nullable().optional(),
  purchaseDate: DateStr.nullable().optional(),
  insurer: text(100),
  policyNo: text(100),
  insuranceExpiry: DateStr.nullable().optional(),
  inspectionDue: DateStr.nullable().optional(),
  fuelCardNo: text(50),
  fuelCardBalanceFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  cityPassExpiry: DateStr.nullable().optional(),
  status: Status.optional(),
  usualDriverId: Id.nullable().optional(),
  driverIds: z.array(Id).max(50).optional(),
  notes: z.string().max(2000).optional(),
});
const VehicleUpdateBody = VehicleBody.partial();
const ListQuery = z.strictObject({ q: z.string().max(100).optional(), status: Status.optional() });
const Person = z.object({ id: z.string(), name: z.string(), username: z.string() });
const Vehicle = z.object({
  id: z.string(), plate: z.string(), model: z.string(), seats: z.number().nullable(), loadKg: z.number().nullable(),
  purchaseDate: z.string().nullable(), insurer: z.string().nullable(), policyNo: z.string().nullable(),
  insuranceExpiry: z.string().nullable(), inspectionDue: z.string().nullable(), fuelCardNo: z.string().nullable(),
  fuelCardBalanceFen: z.number(), cityPassExpiry: z.string().nullable(), status: z.string(),
  usualDriverId: z.string().nullable(), usualDriverName: z.string().nullable(), drivers: z.array(Person), notes: z.string(),
  createdAt: z.string(), updatedAt: z.string(),
});
const KeyLog = z.object({
  id: z.string(), vehicleId: z.string(), plate: z.string(), model: z.string(), holderId: z.string(), holderName: z.string(),
  handedOutAt: z.string(), handedOutByName: z.string().nullable(), returnedAt: z.string().nullable(), receivedByName: z.string().nullable(),
});
const FileEntry = z.object({ id: z.string(), at: z.string(), kind: z.string(), text: z.string(), attachmentId: z.string().nullable(), createdByName: z.string().nullable() });
const VehicleDetail = Vehicle.extend({ keyOut: z.boolean(), file: z.array(FileEntry), keyLogs: z.array(KeyLog) });
const FileEntryBody = z.strictObject({ kind: z.enum(['note', 'insurance', 'fuel_card', 'inspection', 'city_pass', 'repair']), text: z.string().trim().min(1).max(2000), attachmentId: Id.nullable().optional() });
const KeyOutBody = z.strictObject({ holderId: Id });
const Created = z.object({ id: z.string() });

export function vehiclesRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['vehicles'];

  r.get('/api/vehicles', { config: { permission: 'vehicles:read' }, schema: { tags, summary: '公司车辆信息登记表（附表12）', querystring: ListQuery, response: { 200: z.array(Vehicle) } } },
    async (req) => listVehicles(s.db, req.query));
  r.get('/api/vehicles/export.xlsx', { config: { permission: 'vehicles:read' }, schema: { tags, summary: `导出${REGISTER_NAME} xlsx`, querystring: ListQuery } },
    async (req, reply) => sendXlsx(reply, `${REGISTER_NAME}.xlsx`, await exportVehicles(s, req.query)));
  r.post('/api/vehicles/import', { config: { permission: 'vehicles:manage' }, schema: { tags, summary: `导入${REGISTER_NAME} xlsx（multipart 字段 file）`, querystring: ImportQuery, response: { 200: ImportResult } } },
    async (req) => {
      const { buffer } = await readUpload(req);
      return importVehicles(s, actorOf(req), buffer, req.query.mode, pickLang(req.headers['accept-language']));
    });
  r.get('/api/vehicles/keys', { config: { permission: 'vehicles:read' }, schema: { tags, summary: '钥匙登记：谁持有哪把钥匙（VEH-12）' } },
    async () => keyBoard(s.db));
  r.get('/api/vehicles/keys/outstanding', { config: { permission: 'vehicles:read' }, schema: { tags, summary: '下班后未交回的钥匙（VEH-12）', querystring: z.strictObject({ at: DateStr.optional() }) } },
    async (req) => outstandingKeys(s, req.query.at));
  r.get('/api/vehicles/reminders', { config: { permission: 'vehicles:read' }, schema: { tags, summary: '保险、年检、通行证到期提醒（VEH-1）', querystring: z.strictObject({ date: DateStr.optional() }) } },
    async (req) => reminders(s, req.query.date));
  r.get('/api/vehicles/:id', { config: { permission: 'vehicles:read' }, schema: { tags, summary: '车辆档案：登记信息、司机、档案记录、钥匙记录（VEH-13）', params: IdParams, response: { 200: VehicleDetail } } },
    async (req) => getVehicle(s.db, req.params.id));
  r.post('/api/vehicles', { config: { permission: 'vehicles:manage' }, schema: { tags, summary: '登记车辆', body: VehicleBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await createVehicle(s, actorOf(req), req.body) }));
  r.patch('/api/vehicles/:id', { config: { permission: 'vehicles:manage' }, schema: { tags, summary: '修改车辆登记信息、状态、指定司机', params: IdParams, body: VehicleUpdateBody, response: { 200: Ok } } },
    async (req) => { await updateVehicle(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.delete('/api/vehicles/:id', { config: { permission: 'vehicles:manage' }, schema: { tags, summary: '删除车辆（仅无钥匙记录的误登记；否则请改为报废）', params: IdParams, response: { 200: Ok } } },
    async (req) => { await deleteVehicle(s, actorOf(req), req.params.id); return { ok: true as const }; });
  r.post('/api/vehicles/:id/file', { config: { permission: 'vehicles:manage' }, schema: { tags, summary: '车辆档案：添加记录', params: IdParams, body: FileEntryBody, response: { 200: Ok } } },
    async (req) => { await addFileEntry(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.post('/api/vehicles/:id/key/out', { config: { permission: 'vehicles:keys' }, schema: { tags, summary: '交出钥匙（仅指定司机，VEH-14）', params: IdParams, body: KeyOutBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await handOutKey(s, actorOf(req), req.params.id, req.body) }));
  r.post('/api/vehicles/:id/key/return', { config: { permission: 'vehicles:keys' }, schema: { tags, summary: '收回钥匙', params: IdParams, response: { 200: Ok } } },
    async (req) => { await returnKey(s, actorOf(req), req.params.id); return { ok: true as const }; });
}

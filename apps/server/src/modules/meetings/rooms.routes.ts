/** HTTP face of meeting rooms and bookings (MTG-1). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, IdParams, IsoTime, Ok } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf } from '../../http/auth-hook.js';
import { badRequest } from '../../http/errors.js';
import { bookRoom, cancelBooking, createRoom, listBookings, listRooms, updateRoom } from './rooms.service.js';

const RoomBody = z.strictObject({
  name: z.string().trim().min(1).max(50),
  capacity: z.number().int().min(1).max(10_000),
  equipment: z.string().max(500).optional(),
  location: z.string().max(200).optional(),
  active: z.boolean().optional(),
});
const Room = z.object({ id: z.string(), name: z.string(), capacity: z.number(), equipment: z.string(), location: z.string(), active: z.boolean() });
const BookingBody = z.strictObject({ roomId: Id, start: IsoTime, end: IsoTime, title: z.string().max(200) });
const BookingQuery = z.strictObject({ from: IsoTime, to: IsoTime, roomId: Id.optional(), mine: z.enum(['true', 'false']).optional() });
const Booking = z.object({
  id: z.string(), roomId: z.string(), roomName: z.string(), title: z.string(), start: z.string(), end: z.string(), bookedById: z.string(), bookedByName: z.string(),
  sourceKind: z.string().nullable(), sourceId: z.string().nullable(),
});
const Created = z.object({ id: z.string() });
const MAX_RANGE_MS = 62 * 86_400_000;

export function roomsRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  r.get('/api/meetings/rooms', { config: { permission: 'meetings:read' }, schema: { tags, summary: '会议室列表', querystring: z.strictObject({ all: z.enum(['true', 'false']).optional() }), response: { 200: z.array(Room) } } },
    async (req) => listRooms(s.db, { all: req.query.all === 'true' }));
  r.post('/api/meetings/rooms', { config: { permission: 'meetings:manage' }, schema: { tags, summary: '登记会议室', body: RoomBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await createRoom(s, actorOf(req), req.body) }));
  r.patch('/api/meetings/rooms/:id', { config: { permission: 'meetings:manage' }, schema: { tags, summary: '修改会议室（名称、容量、设备、位置、停用）', params: IdParams, body: RoomBody.partial(), response: { 200: Ok } } },
    async (req) => { await updateRoom(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.get('/api/meetings/bookings', { config: { permission: 'meetings:read' }, schema: { tags, summary: '会议室预订日历（时段内的有效预订）', querystring: BookingQuery, response: { 200: z.array(Booking) } } },
    async (req) => {
      const { from, to } = req.query;
      const span = Date.parse(to) - Date.parse(from);
      if (!(span > 0) || span > MAX_RANGE_MS) throw badRequest('meetings.rangeTooLong', { from, to });
      return listBookings(s.db, { from, to, roomId: req.query.roomId, mine: req.query.mine === 'true' ? actorOf(req).id : undefined });
    });
  r.post('/api/meetings/bookings', { config: { permission: 'meetings:read' }, schema: { tags, summary: '预订会议室（与同一会议室已有预订时间重叠则拒绝，MTG-1）', body: BookingBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await bookRoom(s, actorOf(req), req.body) }));
  r.post('/api/meetings/bookings/:id/cancel', { config: { permission: 'meetings:read' }, schema: { tags, summary: '取消预订（本人或会议管理员）', params: IdParams, response: { 200: Ok } } },
    async (req) => { await cancelBooking(s, actorOf(req), req.params.id); return { ok: true as const }; });
}

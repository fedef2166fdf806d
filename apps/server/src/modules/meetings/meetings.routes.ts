/** HTTP face of meetings (MTG-2) and large events (MTG-3). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateStr, Id, IdParams, IsoTime, Ok } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf } from '../../http/auth-hook.js';
import { addBudgetLine, addEventTask, createEvent, deleteBudgetLine, eventDetail, listEvents, updateBudgetLine, updateEvent } from './events.service.js';
import { listMeetings, meetingDetail, meetingsTakingTopics } from './meetings.query.js';
import { addMaterials, addResolution, cancelMeeting, createMeeting, decideTopic, saveMinutes, sendNotice, setAttendance, submitTopic } from './meetings.service.js';

const MeetingBody = z.strictObject({
  title: z.string().max(200),
  start: IsoTime,
  end: IsoTime,
  roomId: Id.nullable().optional(),
  place: z.string().max(200).optional(),
  topicDeadline: IsoTime.nullable().optional(),
  agenda: z.string().max(4000).optional(),
  attendeeIds: z.array(Id).max(500),
});
const TopicBody = z.strictObject({ title: z.string().max(200), description: z.string().max(4000).optional() });
const TopicDecision = z.strictObject({ decision: z.enum(['accepted', 'rejected']) });
const AttendanceBody = z.strictObject({ userId: Id.optional(), attendance: z.enum(['present', 'absent', 'leave']), note: z.string().max(200).optional() });
const MinutesBody = z.strictObject({ minutes: z.string().max(50_000) });
const ResolutionBody = z.strictObject({ content: z.string().max(2000), ownerId: Id, dueDate: DateStr });
const MaterialsBody = z.strictObject({ attachmentIds: z.array(Id).min(1).max(50) });
const EventBody = z.strictObject({ name: z.string().trim().min(1).max(200), startDate: DateStr, endDate: DateStr, place: z.string().max(200).optional(), goal: z.string().max(4000).optional() });
const EventTaskBody = z.strictObject({ title: z.string().max(200), description: z.string().max(4000).optional(), ownerId: Id, dueDate: DateStr });
const Fen = z.number().int().min(0).max(1_000_000_000_00);
const BudgetBody = z.strictObject({ item: z.string().trim().min(1).max(200), plannedFen: Fen, actualFen: Fen.optional(), notes: z.string().max(500).optional() });
const Created = z.object({ id: z.string() });

export function meetingsRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  const read = { permission: 'meetings:read' } as const;
  const manage = { permission: 'meetings:manage' } as const;

  r.get('/api/meetings', { config: read, schema: { tags, summary: '会议列表（本人组织或参加的；scope=all 须 meetings:manage）', querystring: z.strictObject({ scope: z.enum(['mine', 'all']).default('mine'), from: IsoTime.optional(), to: IsoTime.optional() }) } },
    async (req) => listMeetings(s, actorOf(req), req.query));
  r.get('/api/meetings/collecting-topics', { config: read, schema: { tags, summary: '正在收集议题的会议' } },
    async () => meetingsTakingTopics(s));
  r.post('/api/meetings', { config: read, schema: { tags, summary: '安排会议（可同时预订会议室）', body: MeetingBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await createMeeting(s, actorOf(req), req.body) }));
  r.get('/api/meetings/:id', { config: read, schema: { tags, summary: '会议详情：议题、参会人与签到、材料、会议记录、决议及其落实', params: IdParams } },
    async (req) => meetingDetail(s, actorOf(req), req.params.id));
  r.post('/api/meetings/:id/cancel', { config: read, schema: { tags, summary: '取消会议（释放会议室并通知参会人）', params: IdParams, response: { 200: Ok } } },
    async (req) => { await cancelMeeting(s, actorOf(req), req.params.id); return { ok: true as const }; });
  r.post('/api/meetings/:id/topics', { config: read, schema: { tags, summary: '提交议题（截止时间前）', params: IdParams, body: TopicBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await submitTopic(s, actorOf(req), req.params.id, req.body) }));
  r.post('/api/meetings/topics/:id/decision', { config: read, schema: { tags, summary: '组织人采纳或不采纳议题', params: IdParams, body: TopicDecision, response: { 200: Ok } } },
    async (req) => { await decideTopic(s, actorOf(req), req.params.id, req.body.decision); return { ok: true as const }; });
  r.post('/api/meetings/:id/notice', { config: read, schema: { tags, summary: '发送会议通知给全体参会人', params: IdParams, response: { 200: z.object({ recipients: z.number() }) } } },
    async (req) => ({ recipients: await sendNotice(s, actorOf(req), req.params.id) }));
  r.post('/api/meetings/:id/materials', { config: read, schema: { tags, summary: '添加会议材料（先经 /api/attachments 上传）', params: IdParams, body: MaterialsBody, response: { 200: Ok } } },
    async (req) => { await addMaterials(s, actorOf(req), req.params.id, req.body.attachmentIds); return { ok: true as const }; });
  r.post('/api/meetings/:id/attendance', { config: read, schema: { tags, summary: '签到（本人）或登记出席/缺席/请假（组织人）', params: IdParams, body: AttendanceBody, response: { 200: Ok } } },
    async (req) => { await setAttendance(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.put('/api/meetings/:id/minutes', { config: read, schema: { tags, summary: '会议记录', params: IdParams, body: MinutesBody, response: { 200: Ok } } },
    async (req) => { await saveMinutes(s, actorOf(req), req.params.id, req.body.minutes); return { ok: true as const }; });
  r.post('/api/meetings/:id/resolutions', { config: read, schema: { tags, summary: '决议：责任人与完成期限，生成交办事项跟踪至办结', params: IdParams, body: ResolutionBody, response: { 201: z.object({ id: z.string(), taskId: z.string() }) } } },
    async (req, reply) => reply.status(201).send(await addResolution(s, actorOf(req), req.params.id, req.body)));

  r.get('/api/meetings/events', { config: read, schema: { tags, summary: '大型活动列表' } }, async () => listEvents(s));
  r.post('/api/meetings/events', { config: manage, schema: { tags, summary: '大型活动方案（名称、日期、地点、目标）', body: EventBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await createEvent(s, actorOf(req), req.body) }));
  r.get('/api/meetings/events/:id', { config: read, schema: { tags, summary: '大型活动：方案、任务分工、预算', params: IdParams } },
    async (req) => eventDetail(s, req.params.id));
  r.patch('/api/meetings/events/:id', { config: manage, schema: { tags, summary: '修改活动方案', params: IdParams, body: EventBody.partial(), response: { 200: Ok } } },
    async (req) => { await updateEvent(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.post('/api/meetings/events/:id/tasks', { config: manage, schema: { tags, summary: '活动任务（责任人、期限，生成交办事项）', params: IdParams, body: EventTaskBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await addEventTask(s, actorOf(req), req.params.id, req.body) }));
  r.post('/api/meetings/events/:id/budget', { config: manage, schema: { tags, summary: '添加预算项（预算、实际，单位分）', params: IdParams, body: BudgetBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send({ id: await addBudgetLine(s, actorOf(req), req.params.id, req.body) }));
  r.patch('/api/meetings/budget/:id', { config: manage, schema: { tags, summary: '修改预算项', params: IdParams, body: BudgetBody.partial(), response: { 200: Ok } } },
    async (req) => { await updateBudgetLine(s, actorOf(req), req.params.id, req.body); return { ok: true as const }; });
  r.delete('/api/meetings/budget/:id', { config: manage, schema: { tags, summary: '删除预算项', params: IdParams, response: { 200: Ok } } },
    async (req) => { await deleteBudgetLine(s, actorOf(req), req.params.id); return { ok: true as const }; });
}

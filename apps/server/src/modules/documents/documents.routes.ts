/** HTTP face of 公文管理: 收文 (DOC-1), 发文 (DOC-2), 函件/通知 (DOC-3) and their registers. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, IdParams } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf } from '../../http/auth-hook.js';
import { sendXlsx } from '../../http/route-helpers.js';
import { registerAttachmentAccess } from '../../platform/attachments/attachments.service.js';
import { canReadIncoming, canReadOutgoing } from './documents.access.js';
import { SECRECY, URGENCY } from './documents.core.js';
import { actOnStep, circulate, closeRoutine, confirmRead, incomingDetail, listIncoming, registerIncoming, submitIncoming } from './incoming.service.js';
import { createLetter, listLetters } from './letters.service.js';
import { getPrefixes, listOutgoing, numberOutgoing, outgoingDetail, putPrefixes, startDraft } from './outgoing.service.js';
import { exportIncoming, exportLetters, exportOutgoing, INCOMING_REGISTER, LETTER_REGISTER, OUTGOING_REGISTER } from './registers.service.js';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const Text = (max: number) => z.string().trim().min(1).max(max);
const Urgency = z.enum(URGENCY);
const Secrecy = z.enum(SECRECY);
const IncomingBody = z.strictObject({
  sourceNo: z.string().max(50).optional(),
  issuer: Text(100),
  title: Text(200),
  receivedOn: Day,
  urgency: Urgency,
  secrecy: Secrecy,
  copies: z.number().int().min(1).max(999),
  attachmentIds: z.array(Id).max(20).optional(),
  routine: z.boolean(),
});
const IncomingQuery = z.strictObject({ q: z.string().max(100).optional(), status: z.string().max(20).optional(), urgency: Urgency.optional(), from: Day.optional(), to: Day.optional() });
const CloseBody = z.strictObject({ note: Text(1000) });
const SubmitBody = z.strictObject({ proposal: Text(2000).optional(), leaderId: Id.optional() });
const ProposeBody = z.strictObject({ proposal: Text(2000), leaderId: Id });
const InstructBody = z.strictObject({ instruction: Text(2000), departmentIds: z.array(Id).min(1).max(20) });
const FeedbackBody = z.strictObject({ feedback: Text(2000), returnToLeader: z.boolean().optional() });
const ArchiveBody = z.strictObject({ note: z.string().max(1000).optional() });
const CirculateBody = z.strictObject({ userIds: z.array(Id).min(1).max(100) });
const KindParams = z.strictObject({ kind: z.enum(['incoming', 'outgoing']), id: Id });
const DraftBody = z.strictObject({
  title: Text(200),
  body: z.string().max(20000).optional(),
  attachments: z.array(Id).max(20).optional(),
  mainTo: Text(500),
  ccTo: z.string().max(500).optional(),
  secrecy: Secrecy,
  urgency: Urgency,
  legalReview: z.boolean(),
  signerId: Id,
});
const OutgoingQuery = z.strictObject({ q: z.string().max(100).optional(), status: z.string().max(20).optional(), year: z.coerce.number().int().min(2000).max(2100).optional(), prefix: z.string().max(20).optional() });
const NumberBody = z.strictObject({ prefix: Text(20) });
const PrefixesBody = z.strictObject({ prefixes: z.array(z.string().max(20)).min(1).max(30) });
const LetterBody = z.strictObject({
  direction: z.enum(['in', 'out']),
  kind: z.enum(['letter', 'notice']),
  number: z.string().max(50).optional(),
  title: Text(200),
  counterpart: Text(100),
  date: Day,
  handlerId: Id.nullable().optional(),
  attachmentIds: z.array(Id).max(20).optional(),
  note: z.string().max(1000).optional(),
});
const LetterQuery = z.strictObject({ direction: z.enum(['in', 'out']).optional(), kind: z.enum(['letter', 'notice']).optional(), from: Day.optional(), to: Day.optional(), q: z.string().max(100).optional() });

export function documentsRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['documents'];
  const auth = { permission: 'authenticated' } as const;
  // A scan is seen by whoever may read its document.
  registerAttachmentAccess('doc_incoming', async (_s, actor, id) => {
    const d = await s.db.selectFrom('doc_incoming').selectAll().where('id', '=', id).executeTakeFirst();
    return !!d && canReadIncoming(s.db, actor, d);
  });
  registerAttachmentAccess('doc_outgoing', async (_s, actor, id) => {
    const d = await s.db.selectFrom('doc_outgoing').selectAll().where('id', '=', id).executeTakeFirst();
    return !!d && canReadOutgoing(s.db, actor, d);
  });
  registerAttachmentAccess('doc_letter', async (_s, actor) => actor.can('documents:read'));

  // DOC-1 收文
  r.get('/api/documents/incoming', { config: { permission: 'authenticated' }, schema: { tags, summary: `${INCOMING_REGISTER}（按权限：全部 / 分送本部门 / 传阅给我）`, querystring: IncomingQuery } },
    async (req) => listIncoming(s, actorOf(req), req.query));
  r.get('/api/documents/incoming.xlsx', { config: { permission: 'documents:read' }, schema: { tags, summary: `导出${INCOMING_REGISTER} xlsx`, querystring: IncomingQuery } },
    async (req, reply) => sendXlsx(reply, `${INCOMING_REGISTER}.xlsx`, await exportIncoming(s, actorOf(req), req.query)));
  r.post('/api/documents/incoming', { config: { permission: 'documents:register' }, schema: { tags, summary: '收文登记（DOC-1）', body: IncomingBody } },
    async (req, reply) => reply.status(201).send(await registerIncoming(s, actorOf(req), req.body)));
  r.get('/api/documents/incoming/:id', { config: auth, schema: { tags, summary: '收文详情：拟办、批示、承办反馈、传阅回执、催办记录', params: IdParams } },
    async (req) => incomingDetail(s, actorOf(req), req.params.id));
  r.post('/api/documents/incoming/:id/close', { config: { permission: 'documents:register' }, schema: { tags, summary: '常规收文由内勤/秘书直接处理办结', params: IdParams, body: CloseBody } },
    async (req) => closeRoutine(s, actorOf(req), req.params.id, req.body.note));
  r.post('/api/documents/incoming/:id/submit', { config: { permission: 'documents:register' }, schema: { tags, summary: '呈批办理：发起收文处理流程（可同时填写拟办意见和批示领导）', params: IdParams, body: SubmitBody } },
    async (req) => submitIncoming(s, actorOf(req), req.params.id, req.body));
  r.post('/api/documents/incoming/:id/propose', { config: auth, schema: { tags, summary: '拟办', params: IdParams, body: ProposeBody } },
    async (req) => actOnStep(s, actorOf(req), req.params.id, 'propose', 'complete', { data: { ...req.body } }));
  r.post('/api/documents/incoming/:id/instruct', { config: auth, schema: { tags, summary: '领导批示并指定承办部门', params: IdParams, body: InstructBody } },
    async (req) => actOnStep(s, actorOf(req), req.params.id, 'instruct', 'complete', { data: { ...req.body } }));
  r.post('/api/documents/incoming/:id/feedback', { config: auth, schema: { tags, summary: '承办部门办理反馈（或退回领导）', params: IdParams, body: FeedbackBody } },
    async (req) => actOnStep(s, actorOf(req), req.params.id, 'handle', req.body.returnToLeader ? 'reject' : 'approve', { comment: req.body.feedback }));
  r.post('/api/documents/incoming/:id/archive', { config: auth, schema: { tags, summary: '办结归档', params: IdParams, body: ArchiveBody } },
    async (req) => actOnStep(s, actorOf(req), req.params.id, 'archive', 'complete', { data: req.body.note ? { archiveNote: req.body.note } : {} }));

  // 传阅 and read receipts (incoming and outgoing)
  r.post('/api/documents/:kind/:id/circulate', { config: { permission: 'documents:register' }, schema: { tags, summary: '传阅给指定人员', params: KindParams, body: CirculateBody } },
    async (req) => circulate(s, actorOf(req), req.params.kind, req.params.id, req.body.userIds));
  r.post('/api/documents/:kind/:id/read', { config: auth, schema: { tags, summary: '确认已阅（阅读回执）', params: KindParams } },
    async (req) => confirmRead(s, actorOf(req), req.params.kind, req.params.id));

  // DOC-2 发文
  r.get('/api/documents/outgoing', { config: auth, schema: { tags, summary: `${OUTGOING_REGISTER}（含文号）`, querystring: OutgoingQuery } },
    async (req) => listOutgoing(s, actorOf(req), req.query));
  r.get('/api/documents/outgoing.xlsx', { config: { permission: 'documents:read' }, schema: { tags, summary: `导出${OUTGOING_REGISTER} xlsx`, querystring: OutgoingQuery } },
    async (req, reply) => sendXlsx(reply, `${OUTGOING_REGISTER}.xlsx`, await exportOutgoing(s, actorOf(req), req.query)));
  r.post('/api/documents/outgoing', { config: { permission: 'process:start' }, schema: { tags, summary: '拟稿并发起发文办理（DOC-2）', body: DraftBody } },
    async (req, reply) => reply.status(201).send(await startDraft(s, actorOf(req), req.body)));
  r.get('/api/documents/outgoing/:id', { config: auth, schema: { tags, summary: '发文详情', params: IdParams } },
    async (req) => outgoingDetail(s, actorOf(req), req.params.id));
  r.post('/api/documents/outgoing/:id/number', { config: { permission: 'documents:number' }, schema: { tags, summary: '编号：按前缀和年度连续编文号（不空号、不重号）', params: IdParams, body: NumberBody } },
    async (req) => numberOutgoing(s, actorOf(req), req.params.id, req.body.prefix));
  r.get('/api/documents/prefixes', { config: auth, schema: { tags, summary: '文号前缀' } }, async () => getPrefixes(s));
  r.put('/api/documents/prefixes', { config: { permission: 'documents:number' }, schema: { tags, summary: '设置文号前缀', body: PrefixesBody } },
    async (req) => putPrefixes(s, actorOf(req), req.body.prefixes));

  // DOC-3 函件/通知
  r.get('/api/documents/letters', { config: { permission: 'documents:read' }, schema: { tags, summary: LETTER_REGISTER, querystring: LetterQuery } }, async (req) => listLetters(s, req.query));
  r.get('/api/documents/letters.xlsx', { config: { permission: 'documents:read' }, schema: { tags, summary: `导出${LETTER_REGISTER} xlsx`, querystring: LetterQuery } },
    async (req, reply) => sendXlsx(reply, `${LETTER_REGISTER}.xlsx`, await exportLetters(s, req.query)));
  r.post('/api/documents/letters', { config: { permission: 'documents:register' }, schema: { tags, summary: '函件/通知登记（DOC-3）', body: LetterBody } },
    async (req, reply) => reply.status(201).send(await createLetter(s, actorOf(req), req.body)));
}

/**
 * DOC-1 收文: register (收文登记簿), close a routine document directly (常规收文由内勤/秘书直接处理),
 * send the others through 收文处理 (拟办 → 批示 → 承办反馈 → 归档), circulation and read receipts.
 */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, forbidden, notFound } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import type { Actor } from '../../platform/auth/actor.js';
import { linkAttachments } from '../../platform/attachments/attachments.service.js';
import { notify } from '../../platform/notifications/notifications.service.js';
import { changeWithAudit } from '../../platform/tx.js';
import { engineActor } from '../../process/process.service.js';
import { canReadIncoming, distributedToHead } from './documents.access.js';
import { assertLeader, assertOwnAttachments, beijingYear, checkDate, INCOMING_COUNTER, INCOMING_STATUS, incomingRegNo, parseIds, takeNumber, userNames } from './documents.core.js';
import { beijingDate } from '../../platform/calendar/beijing.js';
import { INCOMING_KEY } from './documents.processes.js';

export interface IncomingInput {
  sourceNo?: string;
  issuer: string;
  title: string;
  receivedOn: string;
  urgency: string;
  secrecy: string;
  copies: number;
  attachmentIds?: string[];
  routine: boolean;
}

export async function registerIncoming(s: Services, actor: Actor, input: IncomingInput) {
  checkDate(input.receivedOn, '收文日期', beijingDate(s.clock.now()));
  const attachments = [...new Set(input.attachmentIds ?? [])];
  await assertOwnAttachments(s.db, actor.id, attachments);
  return changeWithAudit(s, actor, async (trx) => {
    const now = s.clock.now();
    const year = beijingYear(now);
    const seq = await takeNumber(trx, INCOMING_COUNTER, year);
    const id = newId();
    const row = {
      id, reg_no: incomingRegNo(year, seq), reg_year: year, reg_seq: seq, source_no: input.sourceNo?.trim() ?? '', issuer: input.issuer.trim(), title: input.title.trim(),
      received_on: input.receivedOn, urgency: input.urgency, secrecy: input.secrecy, copies: input.copies, attachment_ids: JSON.stringify(attachments),
      routine: input.routine ? 1 : 0, status: 'registered', note: '', instance_id: null, leader_id: null, distribution: '[]', registered_by: actor.id,
      created_at: now.toISOString(), updated_at: now.toISOString(), closed_at: null,
    };
    await trx.insertInto('doc_incoming').values(row).execute();
    await linkAttachments(trx, actor.id, attachments, 'doc_incoming', id);
    return { result: { id, regNo: row.reg_no }, audit: { action: 'documents.incoming.register', entity: 'doc_incoming', entityId: id, data: { regNo: row.reg_no, title: row.title } } };
  });
}

async function loadDoc(db: Db, id: string) {
  const d = await db.selectFrom('doc_incoming').selectAll().where('id', '=', id).executeTakeFirst();
  if (!d) throw notFound('documents.notFound', { id });
  return d;
}

export async function closeRoutine(s: Services, actor: Actor, id: string, note: string) {
  return changeWithAudit(s, actor, async (trx) => {
    const d = await loadDoc(trx, id);
    if (d.status !== 'registered') throw badRequest('documents.wrongStatus', { title: d.title, status: INCOMING_STATUS[d.status] ?? d.status, what: '直接办结' });
    const now = s.clock.now().toISOString();
    await trx.updateTable('doc_incoming').set({ status: 'closed', note: note.trim(), closed_at: now, updated_at: now }).where('id', '=', id).where('status', '=', 'registered').execute();
    return { result: { id, status: 'closed' }, audit: { action: 'documents.incoming.close', entity: 'doc_incoming', entityId: id, data: { note } } };
  });
}

/** Starts 收文处理 and, when given, completes the clerk's 拟办 with the proposal and the leader. */
export async function submitIncoming(s: Services, actor: Actor, id: string, input: { proposal?: string; leaderId?: string }) {
  const d = await loadDoc(s.db, id);
  if (d.status !== 'registered') throw badRequest('documents.wrongStatus', { title: d.title, status: INCOMING_STATUS[d.status] ?? d.status, what: '呈批办理' });
  if (input.leaderId) await assertLeader(s.db, input.leaderId, '批示收文');
  const { instanceId } = await s.engine.start(engineActor(actor), { processKey: INCOMING_KEY, title: `收文：${d.title}`, data: { docId: id } });
  if (input.proposal && input.leaderId) await actOnStep(s, actor, id, 'propose', 'complete', { data: { proposal: input.proposal, leaderId: input.leaderId } });
  return { id, instanceId };
}

const STEP_NAMES: Record<string, string> = { propose: '拟办', instruct: '领导批示', handle: '承办反馈', archive: '归档' };

/** Acts on the actor's open task of `stepId` for this document (the document page's buttons). */
export async function actOnStep(s: Services, actor: Actor, id: string, stepId: string, action: 'complete' | 'approve' | 'reject', input: { data?: Record<string, unknown>; comment?: string }) {
  const d = await loadDoc(s.db, id);
  const task = d.instance_id
    ? await s.db
        .selectFrom('process_task')
        .select('id')
        .where('instance_id', '=', d.instance_id)
        .where('step_id', '=', stepId)
        .where('status', '=', 'open')
        .where('assignee_id', '=', actor.id)
        .executeTakeFirst()
    : undefined;
  if (!task) throw badRequest('documents.noTask', { title: d.title, step: STEP_NAMES[stepId] ?? stepId });
  await s.engine.act(engineActor(actor), task.id, action, input);
  return incomingDetail(s, actor, id);
}

export async function circulate(s: Services, actor: Actor, kind: 'incoming' | 'outgoing', id: string, userIds: string[]) {
  const table = kind === 'incoming' ? 'doc_incoming' : 'doc_outgoing';
  const d = await s.db.selectFrom(table).select(['id', 'title']).where('id', '=', id).executeTakeFirst();
  if (!d) throw notFound('documents.notFound', { id });
  const want = [...new Set(userIds)];
  const users = await s.db.selectFrom('app_user').select('id').where('id', 'in', want).where('active', '=', 1).execute();
  for (const u of want) if (!users.some((x) => x.id === u)) throw badRequest('documents.userUnknown', { id: u });
  return changeWithAudit(s, actor, async (trx) => {
    const now = s.clock.now().toISOString();
    for (const u of want) {
      await trx.insertInto('doc_circulation').values({ id: newId(), doc_kind: kind, doc_id: id, user_id: u, reason: 'circulate', sent_by: actor.id, sent_at: now, read_at: null }).onConflict((oc) => oc.columns(['doc_kind', 'doc_id', 'user_id']).doNothing()).execute();
    }
    await notify(s, trx, want, { title: `传阅：${d.title}`, body: '请阅读并确认已阅', link: `/documents/${kind}/${id}` });
    return { result: { id, count: want.length }, audit: { action: `documents.${kind}.circulate`, entity: table, entityId: id, data: { userIds: want } } };
  });
}

/** 已阅: the reader's receipt; the first confirmation's time is kept. */
export async function confirmRead(s: Services, actor: Actor, kind: 'incoming' | 'outgoing', id: string) {
  const row = await s.db.selectFrom('doc_circulation').select(['id', 'read_at']).where('doc_kind', '=', kind).where('doc_id', '=', id).where('user_id', '=', actor.id).executeTakeFirst();
  if (!row) {
    const table = kind === 'incoming' ? 'doc_incoming' : 'doc_outgoing';
    const d = await s.db.selectFrom(table).select('title').where('id', '=', id).executeTakeFirst();
    if (!d) throw notFound('documents.notFound', { id });
    throw forbidden('documents.notCirculated', { title: d.title });
  }
  if (row.read_at) return { readAt: row.read_at };
  return changeWithAudit(s, actor, async (trx) => {
    const now = s.clock.now().toISOString();
    await trx.updateTable('doc_circulation').set({ read_at: now }).where('id', '=', row.id).where('read_at', 'is', null).execute();
    return { result: { readAt: now }, audit: { action: `documents.${kind}.read`, entity: 'doc_circulation', entityId: row.id } };
  });
}

export async function receipts(db: Db, kind: string, id: string) {
  const rows = await db.selectFrom('doc_circulation').selectAll().where('doc_kind', '=', kind).where('doc_id', '=', id).orderBy('sent_at').orderBy('id').execute();
  const names = await userNames(db, rows.flatMap((r) => [r.user_id, r.sent_by]));
  return rows.map((r) => ({ userId: r.user_id, userName: names.get(r.user_id) ?? '', reason: r.reason, sentBy: names.get(r.sent_by ?? '') ?? '', sentAt: r.sent_at, readAt: r.read_at }));
}

export async function urges(db: Db, kind: string, id: string) {
  const rows = await db.selectFrom('doc_urge').selectAll().where('doc_kind', '=', kind).where('doc_id', '=', id).orderBy('at').orderBy('id').execute();
  const names = await userNames(db, rows.flatMap((r) => [...parseIds(r.user_ids), r.by_user_id]));
  return rows.map((r) => ({ stepName: r.step_name, users: parseIds(r.user_ids).map((u) => names.get(u) ?? ''), auto: r.auto === 1, by: names.get(r.by_user_id ?? '') ?? '', at: r.at }));
}

export function incomingView(d: Awaited<ReturnType<typeof loadDoc>>, names: Map<string, string>) {
  return {
    id: d.id, regNo: d.reg_no, sourceNo: d.source_no, issuer: d.issuer, title: d.title, receivedOn: d.received_on, urgency: d.urgency, secrecy: d.secrecy,
    copies: d.copies, attachmentIds: parseIds(d.attachment_ids), routine: d.routine === 1, status: d.status, statusLabel: INCOMING_STATUS[d.status] ?? d.status,
    note: d.note, instanceId: d.instance_id, leaderId: d.leader_id, leaderName: names.get(d.leader_id ?? '') ?? '',
    departments: (JSON.parse(d.distribution) as { departmentName: string }[]).map((x) => x.departmentName),
    registeredBy: names.get(d.registered_by) ?? '', createdAt: d.created_at, closedAt: d.closed_at,
  };
}

export async function incomingDetail(s: Services, actor: Actor, id: string) {
  const d = await loadDoc(s.db, id);
  if (!(await canReadIncoming(s.db, actor, d))) throw forbidden('documents.noAccess', { title: d.title });
  const tasks = d.instance_id ? await s.db.selectFrom('process_task').selectAll().where('instance_id', '=', d.instance_id).where('kind', '!=', 'cc').orderBy('created_at').orderBy('id').execute() : [];
  const inst = d.instance_id ? await s.db.selectFrom('process_instance').select(['data', 'status']).where('id', '=', d.instance_id).executeTakeFirst() : undefined;
  const data = inst ? (JSON.parse(inst.data) as Record<string, unknown>) : {};
  const names = await userNames(s.db, [d.leader_id, d.registered_by, ...tasks.flatMap((t) => [t.assignee_id, t.completed_by])]);
  const distribution = JSON.parse(d.distribution) as { departmentId: string; departmentName: string; headUserId: string }[];
  // Each department's 承办反馈: the latest task of its head at the handle step.
  const handling = distribution.map((x) => {
    const t = [...tasks].reverse().find((k) => k.step_id === 'handle' && (k.assignee_id === x.headUserId || k.completed_by === x.headUserId));
    return { departmentName: x.departmentName, headName: names.get(x.headUserId) ?? (t ? names.get(t.assignee_id ?? '') : '') ?? '', status: t?.status ?? 'open', feedback: t?.comment ?? '', doneAt: t?.completed_at ?? null, dueAt: t?.due_at ?? null, overdue: t?.overdue === 1 };
  });
  const myOpen = tasks.filter((t) => t.status === 'open' && t.assignee_id === actor.id).map((t) => t.step_id);
  return {
    ...incomingView(d, names),
    proposal: typeof data.proposal === 'string' ? data.proposal : '',
    instruction: typeof data.instruction === 'string' ? data.instruction : '',
    archiveNote: typeof data.archiveNote === 'string' ? data.archiveNote : '',
    handling,
    receipts: await receipts(s.db, 'incoming', d.id),
    urges: await urges(s.db, 'incoming', d.id),
    myOpenSteps: myOpen,
    canRegister: actor.can('documents:register'),
  };
}

export interface IncomingFilter {
  q?: string;
  status?: string;
  from?: string;
  to?: string;
  urgency?: string;
}

export async function listIncoming(s: Services, actor: Actor, f: IncomingFilter) {
  let q = s.db.selectFrom('doc_incoming').selectAll().orderBy('received_on', 'desc').orderBy('reg_seq', 'desc');
  if (f.status) q = q.where('status', '=', f.status);
  if (f.urgency) q = q.where('urgency', '=', f.urgency);
  if (f.from) q = q.where('received_on', '>=', f.from);
  if (f.to) q = q.where('received_on', '<=', f.to);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) => eb.or([eb('title', 'like', like), eb('issuer', 'like', like), eb('source_no', 'like', like), eb('reg_no', 'like', like)]));
  }
  let rows = await q.limit(2000).execute();
  if (!actor.can('documents:read')) {
    const mine = new Set((await s.db.selectFrom('doc_circulation').select('doc_id').where('doc_kind', '=', 'incoming').where('user_id', '=', actor.id).execute()).map((r) => r.doc_id));
    rows = rows.filter((d) => d.registered_by === actor.id || mine.has(d.id) || distributedToHead(d.distribution, actor));
  }
  const names = await userNames(s.db, rows.flatMap((d) => [d.leader_id, d.registered_by]));
  return rows.map((d) => incomingView(d, names));
}

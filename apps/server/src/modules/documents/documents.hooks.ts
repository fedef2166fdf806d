/**
 * Engine hooks of 收文处理 and 发文办理: the register rows follow the instance (status, leader,
 * distribution, 文号), distribution opens read receipts for the department heads, and late
 * handling is urged automatically and recorded (催办记录).
 */
import type { EngineHooks, InstanceRef, TaskRef } from '@guanjia/engine';
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import { notify } from '../../platform/notifications/notifications.service.js';
import { linkAttachments } from '../../platform/attachments/attachments.service.js';
import { assertLeader, beijingYear, departmentHead, numberPrefixes, outgoingNumber, takeNumber } from './documents.core.js';
import { INCOMING_KEY, INCOMING_LINK_HOOK, INCOMING_ROUTE_HOOK, OUTGOING_CREATE_HOOK, OUTGOING_KEY, OUTGOING_NUMBER_HOOK } from './documents.processes.js';

const INCOMING_STEP_STATUS: Record<string, string> = { propose: 'proposing', instruct: 'instructing', handle: 'handling', archive: 'archiving' };
const OUTGOING_STEP_STATUS: Record<string, string> = { deptReview: 'dept_review', legal: 'legal_review', sign: 'signing', numbering: 'numbering', seal: 'sealing', dispatch: 'dispatching', archive: 'archiving' };

const str = (v: unknown) => (typeof v === 'string' ? v : '');

async function docOf(db: Db, ref: { processKey: string; instanceId: string }): Promise<{ kind: 'incoming' | 'outgoing'; id: string; title: string } | null> {
  if (ref.processKey === INCOMING_KEY) {
    const d = await db.selectFrom('doc_incoming').select(['id', 'title']).where('instance_id', '=', ref.instanceId).executeTakeFirst();
    return d ? { kind: 'incoming', ...d } : null;
  }
  if (ref.processKey === OUTGOING_KEY) {
    const d = await db.selectFrom('doc_outgoing').select(['id', 'title']).where('instance_id', '=', ref.instanceId).executeTakeFirst();
    return d ? { kind: 'outgoing', ...d } : null;
  }
  return null;
}

export function documentsEngineHooks(s: Services): EngineHooks {
  const now = () => s.clock.now().toISOString();
  const recordUrge = async (db: Db, t: TaskRef, auto: boolean, by: string | null) => {
    const doc = await docOf(db, t);
    if (!doc) return;
    await db.insertInto('doc_urge').values({ id: newId(), doc_kind: doc.kind, doc_id: doc.id, step_name: t.stepName, user_ids: JSON.stringify(t.userIds), auto: auto ? 1 : 0, by_user_id: by, at: now() }).execute();
    if (auto) {
      const link = doc.kind === 'incoming' ? `/documents/incoming/${doc.id}` : `/documents/outgoing/${doc.id}`;
      await notify(s, db, t.userIds, { title: `催办：${doc.title}`, body: `“${t.stepName}”已超过办理时限，请尽快办理并反馈（限时结办）`, link });
    }
  };
  return {
    auto: {
      [INCOMING_LINK_HOOK]: async (trx, ctx) => linkIncoming(trx as Db, now(), ctx),
      [INCOMING_ROUTE_HOOK]: async (trx, ctx) => routeIncoming(trx as Db, s, ctx),
      [OUTGOING_CREATE_HOOK]: async (trx, ctx) => createOutgoing(trx as Db, now(), ctx),
      [OUTGOING_NUMBER_HOOK]: async (trx, ctx) => numberOutgoing(trx as Db, s, ctx),
    },
    onEnterStep: async (trx, ctx) => {
      const db = trx as Db;
      if (ctx.processKey === INCOMING_KEY && INCOMING_STEP_STATUS[ctx.stepId]) {
        // 批示 goes to a company leader only: a wrong pick is refused and the 拟办 stays open.
        if (ctx.stepId === 'instruct') await assertLeader(db, ctx.data.leaderId, '批示收文');
        await db.updateTable('doc_incoming').set({ status: INCOMING_STEP_STATUS[ctx.stepId]!, ...(ctx.stepId === 'instruct' && { leader_id: str(ctx.data.leaderId) }), updated_at: now() }).where('instance_id', '=', ctx.instanceId).execute();
      }
      if (ctx.processKey === OUTGOING_KEY && OUTGOING_STEP_STATUS[ctx.stepId]) {
        await db
          .updateTable('doc_outgoing')
          .set({ status: OUTGOING_STEP_STATUS[ctx.stepId]!, ...(ctx.stepId === 'numbering' && { signed_at: now() }), ...(ctx.stepId === 'archive' && { dispatched_at: now() }), updated_at: now() })
          .where('instance_id', '=', ctx.instanceId)
          .execute();
      }
    },
    onCompleted: async (trx, i) => {
      const db = trx as Db;
      if (i.processKey === INCOMING_KEY) {
        await db.updateTable('doc_incoming').set({ status: 'archived', closed_at: now(), updated_at: now() }).where('instance_id', '=', i.instanceId).execute();
      } else if (i.processKey === OUTGOING_KEY) {
        await db.updateTable('doc_outgoing').set({ status: i.status === 'rejected' ? 'rejected' : 'archived', updated_at: now() }).where('instance_id', '=', i.instanceId).execute();
      }
    },
    onCancelled: async (trx, i) => {
      const db = trx as Db;
      if (i.processKey === INCOMING_KEY) {
        // The document is still on the desk: it may be routed again or closed directly.
        await db.updateTable('doc_incoming').set({ status: 'registered', instance_id: null, leader_id: null, distribution: '[]', updated_at: now() }).where('instance_id', '=', i.instanceId).execute();
      } else if (i.processKey === OUTGOING_KEY) {
        const d = await db.selectFrom('doc_outgoing').selectAll().where('instance_id', '=', i.instanceId).executeTakeFirst();
        if (!d) return;
        // A numbered document that is cancelled voids its number, recorded; the number is never reused.
        if (d.number_text && d.prefix && d.num_year && d.num_seq) {
          await db.insertInto('doc_number_log').values({ id: newId(), prefix: d.prefix, year: d.num_year, seq: d.num_seq, number_text: d.number_text, entity: 'doc_outgoing', entity_id: d.id, action: 'void', reason: i.reason, actor_id: null, at: now() }).execute();
        }
        await db.updateTable('doc_outgoing').set({ status: 'cancelled', number_void: d.number_text ? 1 : 0, updated_at: now() }).where('id', '=', d.id).execute();
      }
    },
    onOverdue: async (trx, t) => recordUrge(trx as Db, t, true, null),
    onUrged: async (trx, t) => recordUrge(trx as Db, t, false, t.byUserId),
  };
}

async function linkIncoming(db: Db, nowIso: string, ctx: InstanceRef): Promise<Record<string, unknown>> {
  const id = str(ctx.data.docId);
  const d = id ? await db.selectFrom('doc_incoming').select(['id', 'title', 'status', 'instance_id']).where('id', '=', id).executeTakeFirst() : undefined;
  if (!d) throw badRequest('documents.notFound', { id: id || '—' });
  if (d.status !== 'registered' || d.instance_id) throw badRequest('documents.wrongStatus', { title: d.title, status: d.status, what: '呈批办理' });
  await db.updateTable('doc_incoming').set({ instance_id: ctx.instanceId, status: 'proposing', updated_at: nowIso }).where('id', '=', id).execute();
  return { docId: id };
}

async function routeIncoming(db: Db, s: Services, ctx: InstanceRef): Promise<Record<string, unknown>> {
  const ids = Array.isArray(ctx.data.departmentIds) ? ctx.data.departmentIds.map(String) : [];
  const distribution: { departmentId: string; departmentName: string; headUserId: string }[] = [];
  for (const depId of ids) {
    const h = await departmentHead(db, depId);
    if (!h) throw badRequest('documents.departmentUnknown', { id: depId });
    if (!h.headUserId) throw badRequest('documents.noHead', { name: h.name });
    distribution.push({ departmentId: depId, departmentName: h.name, headUserId: h.headUserId });
  }
  const doc = await db.selectFrom('doc_incoming').select(['id', 'title', 'attachment_ids']).where('instance_id', '=', ctx.instanceId).executeTakeFirstOrThrow();
  const nowIso = s.clock.now().toISOString();
  await db.updateTable('doc_incoming').set({ distribution: JSON.stringify(distribution), updated_at: nowIso }).where('id', '=', doc.id).execute();
  const heads = [...new Set(distribution.map((x) => x.headUserId))];
  // Each head confirms reading (read receipt) besides handling the task.
  for (const u of heads) {
    await db.insertInto('doc_circulation').values({ id: newId(), doc_kind: 'incoming', doc_id: doc.id, user_id: u, reason: 'distribute', sent_by: null, sent_at: nowIso, read_at: null }).onConflict((oc) => oc.columns(['doc_kind', 'doc_id', 'user_id']).doNothing()).execute();
  }
  return { handlerIds: heads };
}

async function createOutgoing(db: Db, nowIso: string, ctx: InstanceRef): Promise<Record<string, unknown>> {
  const d = ctx.data;
  await assertLeader(db, d.signerId, '签发公文');
  const attachments = Array.isArray(d.attachments) ? d.attachments.map(String) : [];
  const drafter = await db.selectFrom('app_user').select('department_id').where('id', '=', ctx.initiatorId).executeTakeFirst();
  const id = newId();
  await db
    .insertInto('doc_outgoing')
    .values({
      id, title: str(d.title), body: str(d.body), attachment_ids: JSON.stringify(attachments), main_to: str(d.mainTo), cc_to: str(d.ccTo),
      secrecy: str(d.secrecy), urgency: str(d.urgency), legal_review: d.legalReview === true ? 1 : 0, department_id: drafter?.department_id ?? null,
      drafter_id: ctx.initiatorId, signer_id: str(d.signerId), instance_id: ctx.instanceId, status: 'dept_review',
      prefix: null, num_year: null, num_seq: null, number_text: null, numbered_at: null, numbered_by: null, number_void: 0, signed_at: null, dispatched_at: null,
      created_at: nowIso, updated_at: nowIso,
    })
    .execute();
  await linkAttachments(db, ctx.initiatorId, attachments, 'doc_outgoing', id);
  // The number is given at 编号 only; whatever the draft said is dropped.
  return { docId: id, number: '' };
}

async function numberOutgoing(db: Db, s: Services, ctx: InstanceRef): Promise<Record<string, unknown>> {
  const prefix = str(ctx.data.prefix).trim();
  const allowed = await numberPrefixes(db);
  if (!allowed.includes(prefix)) throw badRequest('documents.prefixUnknown', { prefix, allowed: allowed.join('、') });
  const doc = await db.selectFrom('doc_outgoing').select(['id', 'number_text']).where('instance_id', '=', ctx.instanceId).executeTakeFirstOrThrow();
  if (doc.number_text) return { number: doc.number_text };
  const now = s.clock.now();
  const year = beijingYear(now);
  const seq = await takeNumber(db, prefix, year);
  const text = outgoingNumber(prefix, year, seq);
  const by = await db.selectFrom('process_task').select('completed_by').where('instance_id', '=', ctx.instanceId).where('step_id', '=', 'numbering').where('status', '=', 'done').orderBy('completed_at', 'desc').executeTakeFirst();
  await db.updateTable('doc_outgoing').set({ prefix, num_year: year, num_seq: seq, number_text: text, numbered_at: now.toISOString(), numbered_by: by?.completed_by ?? null, updated_at: now.toISOString() }).where('id', '=', doc.id).execute();
  await db.insertInto('doc_number_log').values({ id: newId(), prefix, year, seq, number_text: text, entity: 'doc_outgoing', entity_id: doc.id, action: 'assign', reason: '', actor_id: by?.completed_by ?? null, at: now.toISOString() }).execute();
  return { number: text };
}

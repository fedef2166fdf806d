/**
 * DOC-2 发文: the list and page of outgoing documents, numbering (编号) from the document page, and
 * the configurable 文号 prefixes. Drafting starts 发文办理 (the engine's start page or POST here).
 */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, forbidden, notFound } from '../../http/errors.js';
import type { Actor } from '../../platform/auth/actor.js';
import { changeWithAudit } from '../../platform/tx.js';
import { engineActor } from '../../process/process.service.js';
import { canReadOutgoing } from './documents.access.js';
import { assertLeader, assertOwnAttachments, numberPrefixes, OUTGOING_STATUS, parseIds, saveNumberPrefixes, userNames } from './documents.core.js';
import { OUTGOING_KEY } from './documents.processes.js';
import { receipts, urges } from './incoming.service.js';

export interface DraftInput {
  title: string;
  body?: string;
  attachments?: string[];
  mainTo: string;
  ccTo?: string;
  secrecy: string;
  urgency: string;
  legalReview: boolean;
  signerId: string;
}

export async function startDraft(s: Services, actor: Actor, input: DraftInput) {
  await assertLeader(s.db, input.signerId, '签发公文');
  await assertOwnAttachments(s.db, actor.id, input.attachments ?? []);
  const { instanceId } = await s.engine.start(engineActor(actor), { processKey: OUTGOING_KEY, title: `发文：${input.title}`, data: { ...input } });
  const d = await s.db.selectFrom('doc_outgoing').select('id').where('instance_id', '=', instanceId).executeTakeFirstOrThrow();
  return { id: d.id, instanceId };
}

async function loadDoc(db: Db, id: string) {
  const d = await db.selectFrom('doc_outgoing').selectAll().where('id', '=', id).executeTakeFirst();
  if (!d) throw notFound('documents.notFound', { id });
  return d;
}

/** 编号: completes the clerk's numbering task with the prefix; the engine hook assigns the number. */
export async function numberOutgoing(s: Services, actor: Actor, id: string, prefix: string) {
  const d = await loadDoc(s.db, id);
  const task = d.instance_id
    ? await s.db.selectFrom('process_task').select(['id']).where('instance_id', '=', d.instance_id).where('step_id', '=', 'numbering').where('status', '=', 'open').executeTakeFirst()
    : undefined;
  if (!task) throw badRequest('documents.wrongStatus', { title: d.title, status: OUTGOING_STATUS[d.status] ?? d.status, what: '编号' });
  const allowed = await numberPrefixes(s.db);
  if (!allowed.includes(prefix)) throw badRequest('documents.prefixUnknown', { prefix, allowed: allowed.join('、') });
  await s.engine.act(engineActor(actor), task.id, 'complete', { data: { prefix } });
  const after = await loadDoc(s.db, id);
  return { id, number: after.number_text };
}

export function outgoingView(d: Awaited<ReturnType<typeof loadDoc>>, names: Map<string, string>, departments: Map<string, string>) {
  return {
    id: d.id, title: d.title, body: d.body, attachmentIds: parseIds(d.attachment_ids), mainTo: d.main_to, ccTo: d.cc_to, secrecy: d.secrecy, urgency: d.urgency,
    legalReview: d.legal_review === 1, department: departments.get(d.department_id ?? '') ?? '', drafter: names.get(d.drafter_id) ?? '', signer: names.get(d.signer_id ?? '') ?? '',
    instanceId: d.instance_id, status: d.status, statusLabel: OUTGOING_STATUS[d.status] ?? d.status, number: d.number_text, numberVoid: d.number_void === 1,
    numberedAt: d.numbered_at, signedAt: d.signed_at, dispatchedAt: d.dispatched_at, createdAt: d.created_at,
  };
}

async function departmentNames(db: Db): Promise<Map<string, string>> {
  return new Map((await db.selectFrom('department').select(['id', 'name']).execute()).map((r) => [r.id, r.name]));
}

export async function outgoingDetail(s: Services, actor: Actor, id: string) {
  const d = await loadDoc(s.db, id);
  if (!(await canReadOutgoing(s.db, actor, d))) throw forbidden('documents.noAccess', { title: d.title });
  const names = await userNames(s.db, [d.drafter_id, d.signer_id]);
  const myOpen = d.instance_id ? (await s.db.selectFrom('process_task').select('step_id').where('instance_id', '=', d.instance_id).where('status', '=', 'open').where('assignee_id', '=', actor.id).execute()).map((t) => t.step_id) : [];
  const log = await s.db.selectFrom('doc_number_log').selectAll().where('entity', '=', 'doc_outgoing').where('entity_id', '=', id).orderBy('at').orderBy('id').execute();
  return {
    ...outgoingView(d, names, await departmentNames(s.db)),
    receipts: await receipts(s.db, 'outgoing', id),
    urges: await urges(s.db, 'outgoing', id),
    numberLog: log.map((l) => ({ number: l.number_text, action: l.action, reason: l.reason, at: l.at })),
    myOpenSteps: myOpen,
    canNumber: actor.can('documents:number'),
  };
}

export interface OutgoingFilter {
  q?: string;
  status?: string;
  year?: number;
  prefix?: string;
}

export async function listOutgoing(s: Services, actor: Actor, f: OutgoingFilter) {
  let q = s.db.selectFrom('doc_outgoing').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc');
  if (!actor.can('documents:read')) {
    const circ = s.db.selectFrom('doc_circulation').select('doc_id').where('doc_kind', '=', 'outgoing').where('user_id', '=', actor.id);
    q = q.where((eb) => eb.or([eb('drafter_id', '=', actor.id), eb('id', 'in', circ)]));
  }
  if (f.status) q = q.where('status', '=', f.status);
  if (f.year) q = q.where('num_year', '=', f.year);
  if (f.prefix) q = q.where('prefix', '=', f.prefix);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) => eb.or([eb('title', 'like', like), eb('number_text', 'like', like), eb('main_to', 'like', like)]));
  }
  const rows = await q.limit(2000).execute();
  const names = await userNames(s.db, rows.flatMap((d) => [d.drafter_id, d.signer_id]));
  const deps = await departmentNames(s.db);
  return rows.map((d) => outgoingView(d, names, deps));
}

export async function getPrefixes(s: Services) {
  return { prefixes: await numberPrefixes(s.db) };
}

export async function putPrefixes(s: Services, actor: Actor, prefixes: string[]) {
  return changeWithAudit(s, actor, async (trx) => {
    await saveNumberPrefixes(trx, prefixes, s.clock.now().toISOString(), actor.id);
    return { result: { prefixes: prefixes.map((p) => p.trim()) }, audit: { action: 'documents.prefixes.update', entity: 'setting', entityId: 'documents.numberPrefixes', data: { prefixes } } };
  });
}

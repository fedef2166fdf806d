/**
 * The platform's reactions to the engine (ENG-8, X-4): notices in-app, by e-mail and to the group
 * robots for assigned, CC'd, urged, due-soon, overdue (with escalation to the supervisor) and
 * finished work, each linking to the instance page. Modules add their own hooks (auto steps,
 * side effects) through their manifests.
 */
import type { EngineHooks, TaskRef } from '@guanjia/engine';
import type { Kysely } from 'kysely';
import type { Services } from '../app.types.js';
import type { Database } from '../db/schema.js';
import { notify } from '../platform/notifications/notifications.service.js';
import { linkAttachments } from '../platform/attachments/attachments.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every id-shaped string in a value (form data, comment attachments). */
function idsIn(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') {
    if (UUID.test(v)) out.push(v);
  } else if (Array.isArray(v)) for (const x of v) idsIn(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) idsIn(x, out);
  return out;
}

const link = (t: { instanceId: string }) => `/instances/${t.instanceId}`;

export function platformEngineHooks(s: Omit<Services, 'engine'>): EngineHooks {
  const send = (trx: Kysely<any>, users: string[], title: string, body: string, to: { instanceId: string }, toGroups = false) =>
    notify(s as Services, trx as Kysely<Database>, users, { title, body, link: link(to), toGroups });
  return {
    onTaskAssigned: (trx, t: TaskRef) => send(trx, t.userIds, `新待办：${t.title}`, `环节“${t.stepName}”等待您办理`, t),
    onCc: (trx, t) => send(trx, t.userIds, `抄送：${t.title}`, `“${t.stepName}”抄送给您，请阅知`, t),
    onUrged: (trx, t) => send(trx, t.userIds, `催办：${t.title}`, `发起人催办环节“${t.stepName}”，请尽快办理`, t, true),
    onDueSoon: (trx, t) => send(trx, t.userIds, `即将超时：${t.title}`, `环节“${t.stepName}”即将到达办理时限`, t),
    onOverdue: async (trx, t) => {
      await send(trx, t.userIds, `已超时：${t.title}`, `环节“${t.stepName}”已超过办理时限`, t, true);
      if (t.escalateTo.length) await send(trx, t.escalateTo, `下属待办超时：${t.title}`, `环节“${t.stepName}”已超时未办，请督办`, t);
    },
    onCompleted: (trx, i) =>
      send(trx, [i.initiatorId], `${i.status === 'rejected' ? '已驳回' : '已办结'}：${i.title}`, i.status === 'rejected' ? '您发起的流程未获通过' : '您发起的流程已办结', i),
    onCancelled: (trx, i) => send(trx, [i.initiatorId], `已作废：${i.title}`, `原因：${i.reason}`, i),
    // Files referenced by an action (form fields, comment attachments) become visible to everyone
    // who may see the instance.
    onEvent: (trx, e) => linkAttachments(trx as Kysely<Database>, e.actorId, idsIn(e.data), 'process_instance', e.instanceId),
  };
}

/** Combines hook sets: every set's reaction runs, in order; auto hooks are merged by name. */
export function combineHooks(...sets: EngineHooks[]): EngineHooks {
  const out: EngineHooks = { auto: {} };
  const names = ['onEnterStep', 'onTaskAssigned', 'onCc', 'onUrged', 'onDueSoon', 'onOverdue', 'onCompleted', 'onCancelled', 'onEvent'] as const;
  for (const n of names) {
    const fns = sets.map((h) => h[n]).filter((f): f is NonNullable<typeof f> => !!f);
    if (fns.length) (out as Record<string, unknown>)[n] = async (trx: Kysely<any>, arg: never) => {
      for (const f of fns) await (f as (t: Kysely<any>, a: never) => Promise<void>)(trx, arg);
    };
  }
  for (const h of sets) Object.assign(out.auto!, h.auto ?? {});
  return out;
}

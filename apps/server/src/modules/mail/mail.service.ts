/**
 * MAIL-1 邮件寄发: employees register what they want sent (business or personal); the admin staff
 * dispatch it with courier, tracking number, weight and cost. Personal mail is paid by the sender:
 * its cost goes to the HR-8 ledger as a deduction. Record rules: own / department / mail:read.
 */
import type { Services } from '../../app.types.js';
import type { Db } from '../../db/create-db.js';
import { badRequest, forbidden, notFound } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import { scopeFor } from '../../platform/access/record-rules.js';
import type { Actor } from '../../platform/auth/actor.js';
import { changeWithAudit } from '../../platform/tx.js';
import { postLedgerEntry } from '../ledger/ledger.service.js';
import { monthlyByDepartment, monthsBetween } from './mail.rules.js';
import { beijingDate } from '../../platform/calendar/beijing.js';

export interface MailInput {
  senderId?: string;
  recipient: string;
  address: string;
  phone?: string;
  contents: string;
  personal: boolean;
  notes?: string;
}

export interface DispatchInput {
  courier: string;
  trackingNo: string;
  weightG: number;
  costFen: number;
  sentOn?: string;
}

export interface MailQuery {
  month?: string;
  departmentId?: string;
  personal?: 'true' | 'false';
  status?: 'requested' | 'sent';
  courier?: string;
  q?: string;
}

const beijingDay = (ms: number) => beijingDate(ms);

function assertDate(v: string, field: string): string {
  const d = new Date(`${v}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) throw badRequest('mail.invalidDate', { field, value: v });
  return v;
}

function listQuery(db: Db) {
  return db.selectFrom('mail_item')
    .innerJoin('app_user as u', 'u.id', 'mail_item.sender_id')
    .leftJoin('department as d', 'd.id', 'mail_item.department_id')
    .selectAll('mail_item')
    .select(['u.name as sender_name', 'd.name as department_name']);
}
type Row = Awaited<ReturnType<ReturnType<typeof listQuery>['execute']>>[number];

const out = (r: Row) => ({
  id: r.id, senderId: r.sender_id, senderName: r.sender_name, departmentId: r.department_id, departmentName: r.department_name, recipient: r.recipient,
  address: r.address, phone: r.phone, contents: r.contents, personal: Number(r.personal) === 1, courier: r.courier, trackingNo: r.tracking_no,
  weightG: r.weight_g === null ? null : Number(r.weight_g), costFen: r.cost_fen === null ? null : Number(r.cost_fen), sentOn: r.sent_on, status: r.status,
  notes: r.notes, createdAt: r.created_at,
});

export async function listMail(s: Services, actor: Actor, q: MailQuery) {
  let sel = listQuery(s.db);
  const scope = scopeFor(actor, 'mail:read');
  if (scope.kind === 'own') sel = sel.where('mail_item.sender_id', '=', scope.userId);
  if (scope.kind === 'department') {
    sel = sel.where((eb) => eb.or([eb('mail_item.sender_id', '=', scope.userId), eb('mail_item.department_id', 'in', scope.departmentIds)]));
  }
  if (q.month) sel = sel.where('mail_item.sent_on', 'like', `${q.month}-%`);
  if (q.departmentId) sel = sel.where('mail_item.department_id', '=', q.departmentId);
  if (q.personal) sel = sel.where('mail_item.personal', '=', q.personal === 'true' ? 1 : 0);
  if (q.status) sel = sel.where('mail_item.status', '=', q.status);
  if (q.courier) sel = sel.where('mail_item.courier', '=', q.courier);
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    sel = sel.where((eb) => eb.or([eb('mail_item.recipient', 'like', like), eb('mail_item.tracking_no', 'like', like), eb('mail_item.contents', 'like', like)]));
  }
  const rows = await sel.orderBy('mail_item.created_at', 'desc').execute();
  return rows.map(out);
}

export async function createMail(s: Services, actor: Actor, input: MailInput) {
  return changeWithAudit(s, actor, async (trx) => {
    // Registering for someone else is the admin staff's job (收寄件登记 at the front desk).
    const senderId = input.senderId && input.senderId !== actor.id ? (actor.can('mail:manage') ? input.senderId : null) : actor.id;
    if (senderId === null) throw forbidden('mail.notYours');
    const sender = await trx.selectFrom('app_user').select(['id', 'department_id']).where('id', '=', senderId).where('active', '=', 1).executeTakeFirst();
    if (!sender) throw badRequest('mail.senderUnknown', { value: senderId });
    const id = newId();
    const now = s.clock.now().toISOString();
    await trx.insertInto('mail_item').values({
      id, sender_id: sender.id, department_id: sender.department_id, recipient: input.recipient, address: input.address, phone: input.phone ?? '', contents: input.contents,
      personal: input.personal ? 1 : 0, courier: null, tracking_no: null, weight_g: null, cost_fen: null, sent_on: null, status: 'requested', notes: input.notes ?? '',
      created_by: actor.id === 'system' ? null : actor.id, created_at: now, updated_at: now,
    }).execute();
    return { result: { id }, audit: { action: 'mail.create', entity: 'mail_item', entityId: id, data: input } };
  });
}

/** Handed to the courier: tracking number, weight and cost; personal mail is charged to the sender. */
export async function dispatchMail(s: Services, actor: Actor, id: string, input: DispatchInput) {
  return changeWithAudit(s, actor, async (trx) => {
    const m = await trx.selectFrom('mail_item').selectAll().where('id', '=', id).executeTakeFirst();
    if (!m) throw notFound('mail.notFound');
    if (m.status === 'sent') throw badRequest('mail.alreadySent', { sentOn: m.sent_on ?? '', trackingNo: m.tracking_no ?? '' });
    const today = beijingDay(s.clock.now().getTime());
    const sentOn = input.sentOn ? assertDate(input.sentOn, '寄出日期') : today;
    if (sentOn > today) throw badRequest('mail.sentInFuture', { value: sentOn });
    await trx.updateTable('mail_item').set({
      courier: input.courier, tracking_no: input.trackingNo, weight_g: input.weightG, cost_fen: input.costFen, sent_on: sentOn, status: 'sent', updated_at: s.clock.now().toISOString(),
    }).where('id', '=', id).execute();
    if (Number(m.personal) === 1 && input.costFen > 0) {
      await postLedgerEntry(trx, s.clock, actor.id === 'system' ? null : actor.id, {
        userId: m.sender_id, kind: 'penalty', amountFen: input.costFen, source: 'mail.personal', sourceId: id,
        reason: `私人邮件快递费由本人承担（${input.courier} ${input.trackingNo}，寄 ${m.recipient}）`, occurredOn: sentOn,
      });
    }
    return { result: { id }, audit: { action: 'mail.dispatch', entity: 'mail_item', entityId: id, data: input } };
  });
}

/** A request not yet sent may be withdrawn by its sender or the admin staff. */
export async function deleteMail(s: Services, actor: Actor, id: string) {
  return changeWithAudit(s, actor, async (trx) => {
    const m = await trx.selectFrom('mail_item').select(['id', 'sender_id', 'status', 'sent_on', 'tracking_no']).where('id', '=', id).executeTakeFirst();
    if (!m) throw notFound('mail.notFound');
    if (m.sender_id !== actor.id && !actor.can('mail:manage')) throw forbidden('mail.notYours');
    if (m.status === 'sent') throw badRequest('mail.alreadySent', { sentOn: m.sent_on ?? '', trackingNo: m.tracking_no ?? '' });
    await trx.deleteFrom('mail_item').where('id', '=', id).execute();
    return { result: { ok: true as const }, audit: { action: 'mail.delete', entity: 'mail_item', entityId: id } };
  });
}

/** Monthly cost per department over sent mail, months `from`..`to` ('YYYY-MM'). */
export async function monthlyReport(s: Services, from: string, to: string) {
  const months = monthsBetween(from, to);
  if (!months) throw badRequest('mail.monthRange', { from, to });
  const rows = await s.db.selectFrom('mail_item').leftJoin('department as d', 'd.id', 'mail_item.department_id')
    .select(['mail_item.sent_on', 'mail_item.department_id', 'mail_item.cost_fen', 'mail_item.personal', 'd.name as department_name'])
    .where('mail_item.status', '=', 'sent').where('mail_item.sent_on', '>=', `${from}-01`).where('mail_item.sent_on', '<=', `${to}-31`).execute();
  const byMonth = monthlyByDepartment(rows.map((r) => ({ sentOn: r.sent_on!, departmentId: r.department_id, departmentName: r.department_name, costFen: Number(r.cost_fen ?? 0), personal: Number(r.personal) === 1 })));
  return { months, rows: byMonth };
}

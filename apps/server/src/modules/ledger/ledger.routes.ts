/** Thin HTTP face of the HR-8 ledger: month entries, summary, my ledger, manual posting, void, payroll export. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DateStr, Id, IdParams, Ok } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { actorOf } from '../../http/auth-hook.js';
import { sendXlsx } from '../../http/route-helpers.js';
import { postManualEntry, voidEntry } from './ledger.manage.js';
import { scopeFor } from '../../platform/access/record-rules.js';
import { assertMonth, beijingMonth, LEDGER_READ_ALL, listEntries, listEntriesIn, monthSummary, monthSummaryIn } from './ledger.query.js';
import { LEDGER_SOURCE_LABELS } from './ledger.sources.js';
import { exportPayroll, payrollFileName } from './ledger.xlsx.js';

// The month is checked by the service so the message names the bad value (ledger.invalidMonth).
const Month = z.string().max(20);
const Kind = z.enum(['subsidy', 'penalty']);
const ListQuery = z.strictObject({
  month: Month.optional(),
  departmentId: Id.optional(),
  userId: Id.optional(),
  kind: Kind.optional(),
  source: z.string().max(100).optional(),
  includeVoided: z.enum(['true', 'false']).optional(),
});
const Entry = z.object({
  id: z.string(), userId: z.string(), username: z.string(), userName: z.string(), departmentName: z.string().nullable(), month: z.string(),
  kind: Kind, kindLabel: z.string(), amountFen: z.number(), source: z.string(), sourceLabel: z.string(), sourceId: z.string(), reason: z.string(),
  occurredOn: z.string(), createdAt: z.string(), voided: z.boolean(), voidedAt: z.string().nullable(), voidReason: z.string().nullable(),
});
const Totals = z.object({ subsidyFen: z.number(), penaltyFen: z.number(), netFen: z.number(), count: z.number() });
const SummaryRow = Totals.extend({ userId: z.string(), username: z.string(), name: z.string(), departmentName: z.string().nullable() });
const Summary = z.object({ month: z.string(), rows: z.array(SummaryRow), totals: Totals });
const PostBody = z.strictObject({
  userId: Id,
  kind: Kind,
  amountFen: z.number().int().max(Number.MAX_SAFE_INTEGER),
  reason: z.string().max(500),
  occurredOn: DateStr,
  month: Month.optional(),
});
const VoidBody = z.strictObject({ reason: z.string().max(500) });

export function ledgerRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['ledger'];
  const filterOf = (q: z.infer<typeof ListQuery>) => ({ ...q, includeVoided: q.includeVoided === undefined ? undefined : q.includeVoided === 'true' });

  r.get('/api/ledger/sources', { config: { permission: 'authenticated' }, schema: { tags, summary: '台账来源及名称' } },
    async () => Object.entries(LEDGER_SOURCE_LABELS).map(([key, label]) => ({ key, label })));
  r.get('/api/ledger/entries', { config: { permission: 'authenticated' }, schema: { tags, summary: '奖惩与补贴台账明细（按记录规则：本人/本部门/全部）', querystring: ListQuery, response: { 200: z.object({ month: z.string(), items: z.array(Entry) }) } } },
    async (req) => listEntries(s, actorOf(req), filterOf(req.query)));
  r.get('/api/ledger/summary', { config: { permission: 'authenticated' }, schema: { tags, summary: '月度汇总：每人补贴合计、罚款合计、净额', querystring: ListQuery, response: { 200: Summary } } },
    async (req) => monthSummary(s, actorOf(req), filterOf(req.query)));
  r.get('/api/ledger/mine', { config: { permission: 'authenticated' }, schema: { tags, summary: '我的奖惩与补贴', querystring: z.strictObject({ month: Month.optional() }) } },
    async (req) => {
      const actor = actorOf(req);
      const own = { kind: 'own', userId: actor.id } as const;
      const month = req.query.month ?? beijingMonth(s.clock.now());
      const [entries, summary] = await Promise.all([listEntriesIn(s, own, { month }), monthSummaryIn(s, own, { month })]);
      // What else the actor may read, so the page can offer the month ledger to a department head.
      return { month: entries.month, items: entries.items, totals: summary.totals, scope: scopeFor(actor, LEDGER_READ_ALL).kind };
    });
  r.get('/api/ledger/export.xlsx', { config: { permission: 'ledger:manage' }, schema: { tags, summary: '导出当月工资表（汇总+明细）xlsx', querystring: z.strictObject({ month: Month }) } },
    async (req, reply) => {
      const month = assertMonth(req.query.month);
      return sendXlsx(reply, payrollFileName(month), await exportPayroll(s, month));
    });
  r.post('/api/ledger/entries', { config: { permission: 'ledger:manage' }, schema: { tags, summary: '人事登记一条补贴或罚款（须填写事由）', body: PostBody, response: { 201: z.object({ id: z.string() }) } } },
    async (req, reply) => reply.status(201).send({ id: await postManualEntry(s, actorOf(req), req.body) }));
  r.post('/api/ledger/entries/:id/void', { config: { permission: 'ledger:manage' }, schema: { tags, summary: '作废台账条目（保留记录，须填写原因）', params: IdParams, body: VoidBody, response: { 200: Ok } } },
    async (req) => { await voidEntry(s, actorOf(req), req.params.id, req.body.reason); return { ok: true as const }; });
}

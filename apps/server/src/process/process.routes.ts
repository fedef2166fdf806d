/** The HTTP face of the engine: catalog, tables and diagrams, instances, inbox and actions. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PROCESS_TABLE_COLUMNS } from '@guanjia/engine';
import {
  ActionBody, IdParams, InboxCounts, InboxPage, InboxQuery, InstanceActionParams, InstanceDetail, OverdueReport, ProcessKeyParams,
  ProcessSummary, ProcessTable, PublishDefinitionBody, PublishResult, StartInstanceBody, TaskActionParams, VersionQuery,
} from '@guanjia/contracts';
import type { Services } from '../app.types.js';
import { actorOf } from '../http/auth-hook.js';
import { sendXlsx } from '../http/route-helpers.js';
import { exportXlsx } from '../platform/xlsx/xlsx-export.js';
import { toBpmnXml } from './bpmn.js';
import { definitionOf, engineActor, inbox, instanceDetail, listProcesses, overdueReport, processTable, publishDefinition, startProcess } from './process.service.js';

export function processRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['process'];
  const any = { permission: 'authenticated' as const };

  r.get('/api/processes', { config: any, schema: { tags, summary: '流程目录', response: { 200: z.array(ProcessSummary) } } }, async (req) => listProcesses(s, actorOf(req)));
  r.get('/api/processes/:key', { config: any, schema: { tags, summary: '流程定义（JSON）', params: ProcessKeyParams, querystring: VersionQuery, response: { 200: z.object({ key: z.string(), version: z.number(), definition: z.record(z.string(), z.unknown()) }) } } },
    async (req) => {
      const d = await definitionOf(s, req.params.key, req.query.version);
      return { key: d.key, version: d.version, definition: d.def as unknown as Record<string, unknown> };
    });
  r.get('/api/processes/:key/table', { config: any, schema: { tags, summary: '流程表（环节、任务概述、内容及责任…）', params: ProcessKeyParams, querystring: VersionQuery, response: { 200: ProcessTable } } },
    async (req) => processTable(s, req.params.key, req.query.version));
  r.get('/api/processes/:key/table.xlsx', { config: any, schema: { tags, summary: '导出流程表 xlsx', params: ProcessKeyParams, querystring: VersionQuery } },
    async (req, reply) => {
      const t = await processTable(s, req.params.key, req.query.version);
      const buf = await exportXlsx({ sheetName: t.name, columns: PROCESS_TABLE_COLUMNS.map((c) => ({ key: c.key, header: c.title, width: c.key === 'content' ? 50 : c.key === 'step' ? 6 : 22 })), rows: t.rows.map((row) => ({ ...row })) });
      return sendXlsx(reply, `${t.name}-流程表.xlsx`, buf);
    });
  r.get('/api/processes/:key/bpmn', { config: any, schema: { tags, summary: 'BPMN 2.0 流程图（含布局）', params: ProcessKeyParams, querystring: VersionQuery } },
    async (req, reply) => {
      const d = await definitionOf(s, req.params.key, req.query.version);
      return reply.type('application/xml; charset=utf-8').send(await toBpmnXml(d.def, d.version));
    });
  r.put('/api/processes/:key', { config: { permission: 'process:admin' }, schema: { tags, summary: '发布新版本（校验后）', params: ProcessKeyParams, body: PublishDefinitionBody, response: { 200: PublishResult } } },
    async (req) => publishDefinition(s, actorOf(req), { ...req.body.definition, key: req.params.key }));

  r.post('/api/instances', { config: any, schema: { tags, summary: '发起流程', body: StartInstanceBody, response: { 201: z.object({ instanceId: z.string() }) } } },
    async (req, reply) => reply.status(201).send(await startProcess(s, actorOf(req), req.body)));
  r.get('/api/instances/:id', { config: any, schema: { tags, summary: '流程实例（表单、任务、历史、我可执行的操作）', params: IdParams, response: { 200: InstanceDetail } } },
    async (req) => instanceDetail(s, actorOf(req), req.params.id));
  r.post('/api/instances/:id/actions/:action', { config: any, schema: { tags, summary: '实例操作：撤回、催办、作废、评论', params: InstanceActionParams, body: ActionBody, response: { 200: z.object({ instanceId: z.string() }) } } },
    async (req) => s.engine.actOnInstance(engineActor(actorOf(req)), req.params.id, req.params.action, req.body));

  r.get('/api/tasks', { config: any, schema: { tags, summary: '我的待办 / 已办 / 我发起的 / 抄送我的', querystring: InboxQuery, response: { 200: InboxPage } } },
    async (req) => inbox(s, actorOf(req), { view: req.query.view, q: req.query.q, processKey: req.query.processKey, overdueOnly: req.query.overdue === 'true', page: req.query.page, pageSize: req.query.pageSize }));
  r.get('/api/tasks/counts', { config: any, schema: { tags, summary: '各视图数量', response: { 200: InboxCounts } } },
    async (req) => s.engine.counts(actorOf(req).id));
  r.post('/api/tasks/:id/actions/:action', { config: any, schema: { tags, summary: '任务操作：认领、办理、同意、驳回、退回、转办、加签、已阅、评论（返回新产生的任务）', params: TaskActionParams, body: ActionBody, response: { 200: z.object({ instanceId: z.string(), nextTaskIds: z.array(z.string()) }) } } },
    async (req) => s.engine.act(engineActor(actorOf(req)), req.params.id, req.params.action, req.body));

  r.get('/api/overdue', { config: { permission: 'process:overdue' }, schema: { tags, summary: '限时结办：超时事项按部门、按人统计', response: { 200: OverdueReport } } },
    async () => overdueReport(s));
}

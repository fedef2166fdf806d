import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditListQuery, AuditPage, AuditVerifyResult } from '@guanjia/contracts';
import type { Services } from '../../app.types.js';
import { verifyAudit } from './audit.service.js';

export function auditRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];
  r.get('/api/audit', { config: { permission: 'audit:read' }, schema: { tags, summary: '审计日志（新的在前）', querystring: AuditListQuery, response: { 200: AuditPage } } },
    async (req) => {
      const q = req.query;
      let base = s.db.selectFrom('audit_log');
      if (q.entity) base = base.where('audit_log.entity', '=', q.entity);
      if (q.actorId) base = base.where('audit_log.actor_id', '=', q.actorId);
      const [total, rows] = await Promise.all([
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        base
          .leftJoin('app_user', 'app_user.id', 'audit_log.actor_id')
          .selectAll('audit_log')
          .select('app_user.name as actor_name')
          .orderBy('audit_log.seq', 'desc')
          .offset((q.page - 1) * q.pageSize)
          .limit(q.pageSize)
          .execute(),
      ]);
      return {
        items: rows.map((e) => ({
          seq: Number(e.seq), id: e.id, at: e.at, actorId: e.actor_id,
          actorName: e.actor_name ?? (e.actor_id === 'system' ? '系统' : null),
          action: e.action, entity: e.entity, entityId: e.entity_id, data: JSON.parse(e.data) as unknown, hash: e.hash,
        })),
        total: Number(total.n), page: q.page, pageSize: q.pageSize,
      };
    });
  r.get('/api/audit/verify', { config: { permission: 'audit:read' }, schema: { tags, summary: '校验哈希链', response: { 200: AuditVerifyResult } } },
    async () => verifyAudit(s.db));
}

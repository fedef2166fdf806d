import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../app.types.js';
import { DEMO_PASSWORD, demoLogins, isDemoSeeded } from './demo/demo.seed.js';
import { getSetting } from './settings/settings.service.js';

const PublicInfo = z.object({
  companyName: z.string(),
  demo: z.boolean(),
  demoPassword: z.string().nullable(),
  demoLogins: z.array(z.object({ username: z.string(), name: z.string(), role: z.string() })),
});

export function publicRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/public/info', { config: { permission: 'public' }, schema: { tags: ['public'], summary: '登录页信息（公司名称；演示模式下的演示账号）', response: { 200: PublicInfo } } },
    async () => {
      const demo = s.config.demoMode && (await isDemoSeeded(s));
      return {
        companyName: await getSetting(s.db, 'company.name', '管家'),
        demo,
        demoPassword: demo ? DEMO_PASSWORD : null,
        demoLogins: demo ? demoLogins() : [],
      };
    });
  r.get('/api/health', { config: { permission: 'public' }, schema: { tags: ['public'], summary: '健康检查', response: { 200: z.object({ ok: z.boolean() }) } } },
    async () => {
      await s.db.selectFrom('audit_head').select('id').limit(1).execute();
      return { ok: true };
    });
}

/**
 * Demo seals: 公章, 合同专用章, 财务专用章 and 法定代表人章 with their keepers, and uses over the last
 * two months run through the engine (a document, a contract with the GM, a take-out returned).
 */
import type { Services } from '../../app.types.js';
import { systemActor } from '../../platform/auth/actor.js';
import { USE_KEY } from './seals.process.js';
import { createSeal } from './seals.service.js';

async function drive(s: Services, instanceId: string, max = 8) {
  for (let i = 0; i < max; i++) {
    const t = await s.db.selectFrom('process_task').select(['id', 'kind', 'assignee_id']).where('instance_id', '=', instanceId).where('status', '=', 'open').where('kind', '!=', 'cc').executeTakeFirst();
    if (!t?.assignee_id) return;
    await s.engine.act({ id: t.assignee_id }, t.id, t.kind === 'task' ? 'complete' : 'approve', { comment: '同意' });
  }
}

export async function seedSealsDemo(s: Services): Promise<void> {
  if (await s.db.selectFrom('seal').select('id').executeTakeFirst()) return;
  const users = await s.db.selectFrom('app_user').select(['id', 'username']).where('username', 'in', ['sunli', 'huanglihua', 'liufang', 'panyu', 'tangming', 'zulin', 'zhulin']).execute();
  const id = (u: string) => users.find((x) => x.username === u)?.id;
  const [sunli, finance, liufang, panyu, tangming, zhulin] = [id('sunli'), id('huanglihua'), id('liufang'), id('panyu'), id('tangming'), id('zhulin')];
  if (!sunli || !finance || !liufang || !panyu || !tangming || !zhulin) return;
  await createSeal(s, systemActor, { name: '公司公章', type: '公章', keeperId: sunli, location: '综合管理部保险柜' });
  await createSeal(s, systemActor, { name: '合同专用章', type: '合同章', keeperId: sunli, location: '综合管理部保险柜' });
  await createSeal(s, systemActor, { name: '财务专用章', type: '财务章', keeperId: zhulin, location: '财务部保险柜' });
  await createSeal(s, systemActor, { name: '法定代表人章', type: '法人章', keeperId: finance, location: '财务部保险柜' });

  const start = async (who: string, data: Record<string, unknown>) => (await s.engine.start({ id: who }, { processKey: USE_KEY, title: `用印申请（${String(data.document)}）`, data })).instanceId;
  await drive(s, await start(panyu, { seal: '公司公章', docKind: '文件', document: '温州S1线项目竣工验收申请', purpose: '报送业主单位', copies: 3 }));
  await drive(s, await start(tangming, { seal: '合同专用章', docKind: '合同', document: '杭州地铁5号线站台门维保合同(2027年度)', purpose: '合同续签', copies: 4 }));
  const outId = await start(panyu, { seal: '公司公章', docKind: '文件', document: '宁波轨道交通投标文件', purpose: '投标现场需盖章', copies: 1, takeOut: true,
    returnBy: new Date(s.clock.now().getTime() + 2 * 86_400_000).toISOString() });
  await drive(s, outId);
  await start(tangming, { seal: '财务专用章', docKind: '文件', document: '售后服务费收款确认函', purpose: '客户对账', copies: 2 });
}

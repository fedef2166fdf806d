/**
 * Demo archives: ten catalog items (contracts, board minutes, personnel files, one 机密 and one
 * 秘密), a returned loan, a loan still out past its due date, and a copy request — all run through
 * the engine like real work.
 */
import type { Services } from '../../app.types.js';
import { systemActor } from '../../platform/auth/actor.js';
import { BORROW_KEY } from './archives.process.js';
import { createItem, type ItemInput } from './archives.service.js';
import { beijingDate } from '../../platform/calendar/beijing.js';

const ITEMS: ItemInput[] = [
  { number: 'HT-2024-001', title: '杭州地铁5号线站台门维保合同', category: '合同协议', year: 2024, retention: '30年', secrecy: '普通', cabinet: 'A1', shelf: '2层', pages: 46 },
  { number: 'HT-2025-014', title: '宁波轨道交通屏蔽门采购合同', category: '合同协议', year: 2025, retention: '30年', secrecy: '秘密', cabinet: 'A1', shelf: '3层', pages: 88 },
  { number: 'HT-2025-022', title: '办公楼租赁协议', category: '合同协议', year: 2025, retention: '10年', secrecy: '普通', cabinet: 'A1', shelf: '3层', pages: 18 },
  { number: 'DS-2025-003', title: '2025年第三次董事会决议', category: '董事会文件', year: 2025, retention: '永久', secrecy: '机密', cabinet: 'B1', shelf: '1层', pages: 12 },
  { number: 'WS-2025-031', title: '关于印发《公务车辆管理规定》的通知', category: '文书', year: 2025, retention: '长期', secrecy: '普通', cabinet: 'C2', shelf: '1层', pages: 6 },
  { number: 'WS-2026-008', title: '2026年度工作计划', category: '文书', year: 2026, retention: '长期', secrecy: '普通', cabinet: 'C2', shelf: '2层', pages: 15 },
  { number: 'CW-2025-Q4', title: '2025年第四季度财务报表', category: '财务', year: 2025, retention: '30年', secrecy: '秘密', cabinet: 'D1', shelf: '1层', pages: 32 },
  { number: 'ZZ-2020-001', title: '营业执照、资质证书复印件汇编', category: '资质证照', year: 2020, retention: '永久', secrecy: '普通', cabinet: 'C1', shelf: '1层', pages: 24 },
  { number: 'XM-2024-007', title: '温州S1线站台门项目竣工资料', category: '项目工程', year: 2024, retention: '长期', secrecy: '普通', cabinet: 'E3', shelf: '2层', pages: 212 },
  { number: 'RS-2026-002', title: '2026年新员工劳动合同汇编', category: '人事', year: 2026, retention: '长期', secrecy: '秘密', cabinet: 'B2', shelf: '2层', pages: 64 },
];

async function drive(s: Services, instanceId: string, steps: { data?: Record<string, unknown> }[]) {
  for (const step of steps) {
    const t = await s.db.selectFrom('process_task').select(['id', 'kind', 'assignee_id']).where('instance_id', '=', instanceId).where('status', '=', 'open').where('kind', '!=', 'cc').executeTakeFirst();
    if (!t?.assignee_id) return;
    await s.engine.act({ id: t.assignee_id }, t.id, t.kind === 'task' ? 'complete' : 'approve', { data: step.data, comment: '同意' });
  }
}

export async function seedArchivesDemo(s: Services): Promise<void> {
  if (await s.db.selectFrom('archive_item').select('id').executeTakeFirst()) return;
  for (const item of ITEMS) await createItem(s, systemActor, item);
  const users = await s.db.selectFrom('app_user').select(['id', 'username']).where('username', 'in', ['panyu', 'tangming', 'zengkai']).execute();
  const id = (u: string) => users.find((x) => x.username === u)?.id;
  const [panyu, tangming, zengkai] = [id('panyu'), id('tangming'), id('zengkai')];
  if (!panyu || !tangming || !zengkai) return;
  const day = (n: number) => beijingDate(s.clock.now().getTime() + n * 86_400_000);

  const returned = await s.engine.start({ id: panyu }, { processKey: BORROW_KEY, title: '档案借阅（XM-2024-007）', data: { number: 'XM-2024-007', kind: '借阅', purpose: '编制宁波项目投标文件参考', dueOn: day(10) } });
  await drive(s, returned.instanceId, [{}, {}, { data: { pagesComplete: true, returnCondition: '完好' } }]);
  const out = await s.engine.start({ id: tangming }, { processKey: BORROW_KEY, title: '档案借阅（HT-2024-001）', data: { number: 'HT-2024-001', kind: '借阅', purpose: '核对维保范围与响应时限', dueOn: day(0) } });
  await drive(s, out.instanceId, [{}, {}]);
  const copy = await s.engine.start({ id: zengkai }, { processKey: BORROW_KEY, title: '档案复印（ZZ-2020-001）', data: { number: 'ZZ-2020-001', kind: '复印', purpose: '投标资格审查', copies: 3 } });
  await drive(s, copy.instanceId, [{}, { data: { copiesMade: 3 } }]);
  // A secret contract waiting for the GM.
  await s.engine.start({ id: tangming }, { processKey: BORROW_KEY, title: '档案借阅（HT-2025-014）', data: { number: 'HT-2025-014', kind: '借阅', purpose: '屏蔽门质保争议核对合同条款', dueOn: day(5) } });
}

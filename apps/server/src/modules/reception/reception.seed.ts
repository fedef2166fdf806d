/**
 * Demo data: gift stock (香烟 中华 in packs, tea, souvenirs) with its entries, one finished
 * reception (gift issue signed by 部长助理, settled and summarized), one approved reception waiting
 * for its arrangement (12 packs → 常务副总), and a pending tea issue.
 */
import { EngineError } from '@guanjia/engine';
import type { Services } from '../../app.types.js';
import { AppError } from '../../http/errors.js';
import { loadActor } from '../../platform/auth/actor.repository.js';
import type { Actor } from '../../platform/auth/actor.js';
import { addMovement, createItem, startIssue } from './gifts/gifts.service.js';
import { arrangeGifts } from './reception.arrange.js';
import { createReception, finishArrangement, openTaskFor, settleReception, summarizeReception } from './reception.service.js';
import { beijingDate } from '../../platform/calendar/beijing.js';

const DAY = 86_400_000;

export async function seedReceptionDemo(s: Services): Promise<void> {
  if (await s.db.selectFrom('gift_item').select('id').executeTakeFirst()) return;
  const users = await s.db.selectFrom('app_user').select(['id', 'username']).execute();
  const actor = async (username: string): Promise<Actor | undefined> => {
    const u = users.find((x) => x.username === username);
    return u ? (await loadActor(s.db, u.id, 'system'))?.actor : undefined;
  };
  const sunli = await actor('sunli');
  if (!sunli) return;
  const now = s.clock.now().getTime();

  const items: Record<string, string> = {};
  for (const it of [
    { key: 'zhonghua', name: '中华（软）', category: '香烟', unit: '包', spec: '20支/包，10包/条', unitPriceFen: 6_500, quantity: 200 },
    { key: 'longjing', name: '西湖龙井', category: '茶叶', unit: '盒', spec: '250克/盒', unitPriceFen: 38_000, quantity: 20 },
    { key: 'wine', name: '五粮液', category: '酒', unit: '瓶', spec: '500毫升', unitPriceFen: 109_900, quantity: 6 },
    { key: 'souvenir', name: '公司纪念册礼盒', category: '纪念品', unit: '套', spec: '', unitPriceFen: 12_000, quantity: 50 },
  ] as const) {
    const { key, quantity, ...input } = it;
    items[key] = (await createItem(s, sunli, { ...input, quantity })).id;
  }
  await addMovement(s, sunli, items.zhonghua!, { kind: 'in', quantity: 5, unit: 'carton', note: '补充库存' });

  try {
    await seedReceptions(s, now, items, actor, sunli);
  } catch (err) {
    if (!(err instanceof AppError) && !(err instanceof EngineError)) throw err;
  }
}

async function seedReceptions(s: Services, now: number, items: Record<string, string>, actor: (u: string) => Promise<Actor | undefined>, sunli: Actor) {
  const liufang = await actor('liufang');
  const zhaomin = await actor('zhaomin');
  const wanghaitao = await actor('wanghaitao');
  const tangming = await actor('tangming');
  if (!liufang || !zhaomin || !wanghaitao || !tangming) return;
  const approve = async (instanceId: string | null, step: string, who: Actor) => {
    const taskId = await openTaskFor(s.db, instanceId, step, step, who.id);
    await s.engine.act({ id: who.id }, taskId, 'approve', { comment: '同意' });
  };

  // Finished: a customer visit last week with meals and a little tobacco.
  const done = await createReception(s, tangming, {
    visitorOrg: '杭州明远物业有限公司', guestCount: 3, guests: [{ name: '陈志远', title: '总经理' }, { name: '李静', title: '工程部经理' }], level: 'general',
    purpose: '售后服务合作洽谈', startDate: beijingDate(now - 7 * DAY), endDate: beijingDate(now - 7 * DAY), needs: { meals: true, gifts: true },
    giftLines: [{ itemId: items.zhonghua!, quantity: 4 }, { itemId: items.souvenir!, quantity: 3 }],
    budgetLines: [{ category: '餐费', amountFen: 120_000 }, { category: '礼品', amountFen: 70_000 }],
  });
  await approve(done.instanceId, 'manager', liufang);
  await arrangeGifts(s, sunli, done.receptionId, {});
  const issue = await s.db.selectFrom('gift_issue').select(['instance_id']).where('reception_id', '=', done.receptionId).executeTakeFirstOrThrow();
  await approve(issue.instance_id, 'assistant', zhaomin);
  await s.engine.act({ id: sunli.id }, await openTaskFor(s.db, issue.instance_id, 'issue', 'issue', sunli.id), 'complete', { comment: '已发放' });
  await finishArrangement(s, sunli, done.receptionId);
  await settleReception(s, sunli, done.receptionId, [{ category: '餐费', actualFen: 108_600, note: '午餐 5 人' }, { category: '礼品', actualFen: 62_000 }]);
  await summarizeReception(s, tangming, done.receptionId, '洽谈顺利，对方同意年内签订售后服务合作协议；接待费用控制在预算内。');

  // Approved, waiting for the arrangement: an important visit needing a car and 12 packs.
  const next = await createReception(s, tangming, {
    visitorOrg: '浙江省建设厅考察组', guestCount: 4, guests: [{ name: '王建国', title: '处长' }], level: 'vip', purpose: '项目现场考察',
    startDate: beijingDate(now + 5 * DAY), endDate: beijingDate(now + 5 * DAY), needs: { meals: true, car: true, gifts: true },
    giftLines: [{ itemId: items.zhonghua!, quantity: 12 }, { itemId: items.longjing!, quantity: 2 }],
    budgetLines: [{ category: '餐费', amountFen: 300_000 }, { category: '用车', amountFen: 50_000 }, { category: '礼品', amountFen: 160_000 }],
  });
  await approve(next.instanceId, 'manager', liufang);
  await approve(next.instanceId, 'leader', wanghaitao);

  // A pending tea issue for a visit not registered as a reception.
  await startIssue(s, sunli, { purpose: '客户来访茶叶', lines: [{ itemId: items.longjing!, quantity: 1 }] });
}

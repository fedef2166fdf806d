/** Demo assigned work: a few tasks in each state, one overdue. */
import type { Services } from '../../app.types.js';
import { loadActor } from '../../platform/auth/actor.repository.js';
import { beijingDate } from '../../platform/calendar/beijing.js';
import { acceptTask, assignTask, reportProgress, requestClosure } from './tasks.service.js';

const DAY_MS = 86_400_000;

export async function seedTasksDemo(s: Services): Promise<void> {
  const users = await s.db.selectFrom('app_user').select(['id', 'username']).where('username', 'in', ['chenzhiqiang', 'wanghaitao', 'liufang', 'sunli', 'zhaomin', 'songjia']).execute();
  const id = (u: string) => users.find((x) => x.username === u)?.id;
  const [gm, vp, liufang, sunli, zhaomin, songjia] = ['chenzhiqiang', 'wanghaitao', 'liufang', 'sunli', 'zhaomin', 'songjia'].map(id);
  if (!gm || !vp || !liufang || !sunli || !zhaomin || !songjia) return;
  const actor = async (uid: string) => (await loadActor(s.db, uid, 'session'))!.actor;
  const now = s.clock.now().getTime();
  const day = (n: number) => beijingDate(now + n * DAY_MS);

  const t1 = await assignTask(s, await actor(gm), { title: '年度办公用品集中采购方案', description: '比较三家供应商报价，提出采购方案报总经理审定。', ownerId: liufang, dueDate: day(10) });
  await acceptTask(s, await actor(liufang), t1);
  await reportProgress(s, await actor(liufang), t1, { text: '已收到两家供应商报价，第三家预计下周一提供。', percent: 40 });

  const t2 = await assignTask(s, await actor(vp), { title: '消防器材年检及台账更新', description: '联系消防维保单位完成年检，更新器材台账。', ownerId: sunli, dueDate: day(-2) }, undefined, { allowPastDue: true });
  await acceptTask(s, await actor(sunli), t2);

  await assignTask(s, await actor(liufang), { title: '整理本月会议室使用情况', ownerId: zhaomin, dueDate: day(5) });

  const t4 = await assignTask(s, await actor(gm), { title: '客户满意度回访季度报告', description: '汇总本季度回访记录，分析主要投诉原因。', ownerId: songjia, dueDate: day(3) });
  await acceptTask(s, await actor(songjia), t4);
  await reportProgress(s, await actor(songjia), t4, { text: '报告初稿完成。', percent: 100 });
  await requestClosure(s, await actor(songjia), t4, { note: '报告已提交，请审阅。' });
}

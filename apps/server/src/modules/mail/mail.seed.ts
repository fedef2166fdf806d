/** Demo mail over the last two months: business mail of several departments and one personal parcel. */
import type { Services } from '../../app.types.js';
import { makeActor, systemActor } from '../../platform/auth/actor.js';
import { createMail, dispatchMail } from './mail.service.js';
import { beijingDate } from '../../platform/calendar/beijing.js';

export async function seedMailDemo(s: Services): Promise<void> {
  if (await s.db.selectFrom('mail_item').select('id').executeTakeFirst()) return;
  const users = await s.db.selectFrom('app_user').select(['id', 'username', 'name']).where('username', 'in', ['lina', 'tangming', 'panyu', 'huanglihua', 'zengkai', 'sunli']).execute();
  const u = (n: string) => users.find((x) => x.username === n);
  const sunli = u('sunli');
  if (!sunli || users.length < 6) return;
  const staff = makeActor({ id: sunli.id, username: sunli.username, name: sunli.name, departmentId: null, headOfDepartmentIds: [], permissions: new Set(['*']), via: 'system' });
  const now = s.clock.now().getTime();
  const day = (n: number) => beijingDate(now - n * 86_400_000);
  const rows: [string, string, string, string, boolean, string, number, number, number | null][] = [
    ['lina', '杭州地铁运营分公司', '杭州市上城区九堡东路1号', '维修回访单', false, '顺丰速运', 500, 1_200, 50],
    ['tangming', '宁波轨道交通集团', '宁波市鄞州区宁东路888号', '质保期服务报告', false, '顺丰速运', 800, 1_800, 45],
    ['panyu', '温州市铁路与轨道交通投资集团', '温州市鹿城区市府路500号', '竣工资料', false, '中国邮政EMS', 3_200, 2_600, 38],
    ['huanglihua', '国家税务总局杭州市税务局', '杭州市上城区解放东路', '发票', false, '中国邮政EMS', 200, 2_000, 30],
    ['zengkai', '曾凯家人', '湖南省长沙市岳麓区麓山路', '私人物品', true, '中通快递', 2_500, 1_500, 20],
    ['lina', '绍兴地铁客服中心', '绍兴市越城区', '客户回访资料', false, '京东快递', 600, 1_300, 12],
    ['tangming', '杭州地铁运营分公司', '杭州市上城区九堡东路1号', '备件', false, '德邦快递', 12_000, 6_500, 5],
    ['panyu', '台州市域铁路公司', '台州市椒江区', '投标文件', false, '顺丰速运', 1_500, 2_300, null],
  ];
  for (const [who, recipient, address, contents, personal, courier, weightG, costFen, daysAgo] of rows) {
    const sender = u(who)!;
    const { id } = await createMail(s, staff, { senderId: sender.id, recipient, address, contents, personal });
    if (daysAgo !== null) await dispatchMail(s, systemActor, id, { courier: courier as never, trackingNo: `SF${String(1_000_000_000 + weightG + costFen)}`, weightG, costFen, sentOn: day(daysAgo) });
  }
}

/**
 * VEH-9 demo: two private cars and a motorcycle reported some two months ago and approved by the
 * admin specialist, a dozen uses over the last two months approved by the 综合部部长 (one over
 * 50 km with the amount he set, one still waiting), so the ledger shows subsidies and allowances.
 */
import type { Services } from '../../../app.types.js';
import { makeActor, systemActor, type Actor } from '../../../platform/auth/actor.js';
import { postMonthlyAllowances } from './private.allowance.js';
import { PRIVATE_MANAGE } from './private.common.js';
import { registerVehicle, reviewRegistration } from './private.registry.js';
import { logUse, reviewUse } from './private.uses.js';
import { beijingDate } from '../../../platform/calendar/beijing.js';

const DAY_MS = 86_400_000;

export async function seedPrivateDemo(s: Services): Promise<void> {
  const users = await s.db.selectFrom('app_user').select(['id', 'username', 'name', 'department_id']).where('username', 'in', ['zhangwei', 'fengtao', 'caoyang', 'sunli', 'liufang', 'zhengxiuying']).execute();
  const u = (name: string) => users.find((x) => x.username === name);
  const actorOf = (name: string, permissions: string[]): Actor | null => {
    const x = u(name);
    return x ? makeActor({ id: x.id, username: x.username, name: x.name, departmentId: x.department_id, headOfDepartmentIds: [], permissions: new Set(permissions), via: 'system' }) : null;
  };
  const zw = u('zhangwei');
  const ft = u('fengtao');
  const cy = u('caoyang');
  const sunli = actorOf('sunli', [PRIVATE_MANAGE]);
  const liufang = actorOf('liufang', []);
  const hr = actorOf('zhengxiuying', ['ledger:manage']);
  if (!zw || !ft || !cy || !sunli || !liufang || !hr) return;

  const now = s.clock.now().getTime();
  const day = (n: number) => beijingDate(now - n * DAY_MS);
  const regs = [
    { owner: zw.id, plate: '浙A·7N2K5', vehicleType: 'car' as const, model: '大众 朗逸', licenceNo: '330106198805124517', insuranceExpiry: day(-140) },
    { owner: ft.id, plate: '浙A·C39U8', vehicleType: 'car' as const, model: '吉利 帝豪', licenceNo: '330102199103207735', insuranceExpiry: day(-20) },
    { owner: cy.id, plate: '浙A·M6281', vehicleType: 'motorcycle' as const, model: '豪爵 UHR150', licenceNo: '330104199507183318', insuranceExpiry: day(-200) },
  ];
  const ids: string[] = [];
  for (const r of regs) {
    const id = await registerVehicle(s, systemActor, { ownerId: r.owner, plate: r.plate, vehicleType: r.vehicleType, model: r.model, licenceNo: r.licenceNo, insuranceExpiry: r.insuranceExpiry });
    // Reported about two months ago (the demo starts with history).
    await s.db.updateTable('private_vehicle').set({ registered_on: day(68) }).where('id', '=', id).execute();
    await reviewRegistration(s, sunli, id, { approve: true, note: '行驶证、驾驶证、保险单已核验' });
    await s.db.updateTable('private_vehicle').set({ reviewed_at: new Date(now - 67 * DAY_MS).toISOString() }).where('id', '=', id).execute();
    ids.push(id);
  }
  const [zwCar, ftCar, cyMoto] = ids as [string, string, string];
  const uses = [
    { user: zw.id, v: zwCar, d: 52, from: '公司', to: '西湖区文三路 客户家', purpose: '智能门锁上门维修', km: 6.5 },
    { user: zw.id, v: zwCar, d: 45, from: '公司', to: '余杭区良渚街道 客户家', purpose: '安装智能晾衣机', km: 24 },
    { user: zw.id, v: zwCar, d: 33, from: '公司', to: '富阳区银湖街道 项目现场', purpose: '工程验收', km: 38.2 },
    { user: zw.id, v: zwCar, d: 12, from: '公司', to: '拱墅区湖墅南路 客户家', purpose: '售后回访维修', km: 8 },
    { user: zw.id, v: zwCar, d: 5, from: '公司', to: '萧山区 湘湖 客户别墅', purpose: '全屋智能系统调试', km: 27.5 },
    { user: ft.id, v: ftCar, d: 40, from: '公司', to: '滨江区 长河街道', purpose: '更换门禁主板', km: 9.6 },
    { user: ft.id, v: ftCar, d: 26, from: '公司', to: '桐庐县 城南街道 客户工厂', purpose: '设备故障抢修（公司车辆已派出）', km: 86, amountFen: 8_000 },
    { user: ft.id, v: ftCar, d: 9, from: '公司', to: '临平区 南苑街道', purpose: '安装可视对讲', km: 21 },
    { user: ft.id, v: ftCar, d: 2, from: '公司', to: '上城区 凯旋路', purpose: '送配件', km: 5.2, pending: true },
    { user: cy.id, v: cyMoto, d: 30, from: '公司', to: '西湖区 转塘街道', purpose: '上门维修', km: 18 },
    { user: cy.id, v: cyMoto, d: 4, from: '公司', to: '上城区 望江街道', purpose: '安装智能窗帘', km: 7 },
  ];
  for (const x of uses) {
    const useId = await logUse(s, systemActor, { userId: x.user, privateVehicleId: x.v, useDate: day(x.d), fromPlace: x.from, toPlace: x.to, purpose: x.purpose, distanceKm: x.km });
    if (x.pending) continue;
    await reviewUse(s, liufang, useId, { approve: true, amountFen: x.amountFen, note: x.amountFen ? '路途较远，按实际油费核定 80 元' : undefined });
  }
  // Last month's motorcycle allowance as HR would have posted it (this month's was posted on approval).
  await postMonthlyAllowances(s, hr, day(40).slice(0, 7));
}

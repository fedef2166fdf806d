/**
 * Demo data of the incidents part, run through the engine like real work: a finished repair above
 * 200 yuan (GM step), an accident with its split, two violations, a hand-over fine, a dirty-car
 * warning then a fine, washing and a few daily checks.
 */
import type { Services } from '../../../app.types.js';
import { makeActor, type Actor } from '../../../platform/auth/actor.js';
import { storeAttachment } from '../../../platform/attachments/attachments.service.js';
import { ACCIDENT_KEY } from './accident.process.js';
import { recordFine, recordWash } from './checks.service.js';
import { beijingDate } from '../../../platform/calendar/beijing.js';
import { REPAIR_KEY } from './repair.process.js';
import { VIOLATION_KEY } from './violation.process.js';
import { newId } from '../../../ports/ids.js';
import { createPurchase, markReimbursed } from './purchases.service.js';

const DAY_MS = 86_400_000;
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** Completes or approves the instance's open tasks in order, each by its assignee. */
async function drive(s: Services, instanceId: string, steps: { data?: Record<string, unknown> }[]) {
  for (const step of steps) {
    const t = await s.db.selectFrom('process_task').select(['id', 'kind', 'assignee_id']).where('instance_id', '=', instanceId).where('status', '=', 'open').where('kind', '!=', 'cc').executeTakeFirst();
    if (!t?.assignee_id) return;
    await s.engine.act({ id: t.assignee_id }, t.id, t.kind === 'task' ? 'complete' : 'approve', { data: step.data, comment: '同意' });
  }
}

export async function seedIncidentsDemo(s: Services): Promise<void> {
  const users = await s.db.selectFrom('app_user').select(['id', 'username', 'name']).where('username', 'in', ['zhouqiang', 'wugang', 'sunli', 'liufang']).execute();
  const u = (name: string) => users.find((x) => x.username === name);
  const zq = u('zhouqiang');
  const wg = u('wugang');
  const sunli = u('sunli');
  if (!zq || !wg || !sunli) return;
  const cars = await s.db.selectFrom('vehicle').select(['id', 'plate']).execute();
  const plate = (p: string) => cars.find((c) => c.plate === p)?.plate;
  const gl8 = plate('浙A3M728');
  const passat = plate('浙A8K512');
  const truck = plate('浙AF6Q39');
  if (!gl8 || !passat || !truck) return;
  const actor = (x: { id: string; username: string; name: string }): Actor =>
    makeActor({ id: x.id, username: x.username, name: x.name, departmentId: null, headOfDepartmentIds: [], permissions: new Set(['*']), via: 'system' });
  const now = s.clock.now().getTime();
  const day = (n: number) => beijingDate(now - n * DAY_MS);
  const at = (n: number, hhmm: string) => new Date(`${day(n)}T${hhmm}:00+08:00`).toISOString();

  // VEH-16 a repair above 200 yuan: admin manager, then the GM, then done with the invoice.
  const invoice = await storeAttachment(s, actor(zq), { filename: '维修发票.png', content: PNG });
  const repair = await s.engine.start({ id: zq.id }, { processKey: REPAIR_KEY, title: `车辆维修（${passat}）`, data: { plate: passat, problem: '前刹车片磨损严重，异响', estimateFen: 45_000 } });
  await drive(s, repair.instanceId, [{}, {}, { data: { actualCostFen: 42_800, invoicePhotos: [invoice.id], workDone: '更换前刹车片一副' } }]);

  // VEH-18/19 an accident, minor responsibility: 8 600 − 7 000 payout → driver 5% of 1 600 = 80 yuan.
  const acc = await s.engine.start({ id: wg.id }, {
    processKey: ACCIDENT_KEY,
    title: `车辆事故（${truck}）`,
    data: { plate: truck, driverId: wg.id, occurredAt: at(12, '10:20'), place: '江干区机场路与石桥路口', description: '送货途中与右转电动车轻微碰擦', policeReported: true,
      policeReportNo: '杭公交认字2026-11-0457', insurerReported: true, claimNo: 'RPCA2026330100457', sceneKept: true, leadersTold: true },
  });
  await drive(s, acc.instanceId, [
    { data: { handlerId: sunli.id } },
    { data: { handlingNotes: '现场已处理，对方电动车维修及医药费已由保险赔付大部分', totalCostFen: 860_000, insurancePayoutFen: 700_000 } },
    { data: { responsibility: '次要责任', responsibilityNotes: '交警认定我方次要责任' } },
    {},
  ]);

  // VEH-17 two violations: driver at fault (30% driver) and the car itself (company 100%).
  const v1 = await s.engine.start({ id: sunli.id }, { processKey: VIOLATION_KEY, title: `交通违章（${gl8}）`,
    data: { plate: gl8, driverId: zq.id, occurredOn: day(20), place: '文三路学院路口', description: '不按导向车道行驶', points: 2, fineFen: 20_000, cause: '个人过失' } });
  await drive(s, v1.instanceId, [{}]);
  const v2 = await s.engine.start({ id: sunli.id }, { processKey: VIOLATION_KEY, title: `交通违章（${truck}）`,
    data: { plate: truck, driverId: wg.id, occurredOn: day(9), place: '绕城高速下沙出口', description: '尾灯故障未亮', points: 0, fineFen: 5_000, cause: '车辆本身原因' } });
  await drive(s, v2.instanceId, [{}]);

  // VEH-14 a hand-over fine; VEH-15 a dirty-car warning, then a fine.
  await recordFine(s, actor(sunli), { kind: 'handover', plate: passat, driverId: wg.id, occurredOn: day(15), notes: '未经批准将车辆交给他人驾驶' });
  await recordWash(s, actor(zq), { plate: gl8, date: day(14) });
  await recordFine(s, actor(sunli), { kind: 'dirty', plate: gl8, driverId: zq.id, occurredOn: day(6), notes: '车内杂物多，车身泥点' });
  await recordFine(s, actor(sunli), { kind: 'dirty', plate: gl8, driverId: zq.id, occurredOn: day(3), notes: '经指出后仍未清洗' });
  await recordWash(s, actor(wg), { plate: truck, date: day(2) });
  await recordWash(s, actor(zq), { plate: gl8, date: day(1) });

  // VEH-22 two purchases: a consumable reimbursed the same day; a special item after three quotes, not yet reimbursed.
  const p1 = await createPurchase(s, actor(zq), { boughtOn: day(2), item: '玻璃水 2 桶', category: 'regular', place: '公司指定汽配店', designatedPlace: true, amountFen: 3_600, handedTo: '行政专员 孙丽', registeredAs: 'consumable' });
  await markReimbursed(s, actor(sunli), p1.id, { reimbursedOn: day(2) });
  await createPurchase(s, actor(wg), {
    boughtOn: day(1), item: '车载灭火器', category: 'special', place: '消防器材城', designatedPlace: false, amountFen: 16_500, handedTo: '司机 吴刚', registeredAs: 'tool',
    quotes: [{ supplier: '安达消防', amountFen: 16_500 }, { supplier: '平安消防器材', amountFen: 17_800 }, { supplier: '城东五金', amountFen: 18_000 }],
  });

  // VEH-15 a few daily checks (yesterday for every car in use; one found a problem).
  const all = { documents: true, brakes: true, lights: true, oil: true, water: true, battery: true, tyres: true, clean: true };
  const checks = [
    { plate: gl8, driver: zq, items: all, problems: '' },
    { plate: passat, driver: wg, items: all, problems: '' },
    { plate: truck, driver: wg, items: { ...all, tyres: false }, problems: '左后轮胎压偏低，已充气观察' },
  ];
  for (const c of checks) {
    const v = cars.find((x) => x.plate === c.plate)!;
    await s.db.insertInto('vehicle_daily_check').values({
      id: newId(), vehicle_id: v.id, driver_id: c.driver.id, date: day(1), items: JSON.stringify(c.items), ok: c.problems ? 0 : 1, problems: c.problems,
      repair_instance_id: null, created_at: at(1, '17:20'),
    }).execute();
  }
}

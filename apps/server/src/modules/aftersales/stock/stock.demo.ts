/**
 * Demo stock: repair parts and installation goods with a whole set, warehouse quantities, small
 * stocks of the demo technicians, one open loan (张伟, issued today) and one overdue loan (曹阳,
 * issued five days ago and not reconciled — ASV-10).
 */
import type { Services } from '../../../app.types.js';
import { makeActor } from '../../../platform/auth/actor.js';
import { beijingDateOf } from '../aftersales.rules.js';
import { actOnLoan, createLoan } from './loans.service.js';
import { createItem, replenish } from './stock.service.js';

// [code, name, model, unit, cost fen, warehouse qty, small-stock minimum, installation goods]
const ITEMS: [string, string, string, string, number, number, number, boolean][] = [
  ['PJ-001', '压缩机', 'GMCC 1.5匹', '台', 85_000, 6, 0, false],
  ['PJ-002', '滤芯', 'PP棉 10寸', '支', 1_500, 80, 5, false],
  ['PJ-003', '遥控器', '通用空调遥控器', '个', 3_500, 30, 2, false],
  ['PJ-004', '温控器', '液晶线控器', '个', 12_000, 12, 1, false],
  ['PJ-005', '电容', 'CBB65 35μF', '个', 800, 50, 4, false],
  ['PJ-006', '四通阀', 'DSF-9', '个', 9_500, 4, 0, false],
  ['AZ-001', '中央空调室内机', '风管机 3.6kW', '台', 320_000, 8, 0, true],
  ['AZ-002', '室内机面板', '回风面板', '块', 18_000, 10, 0, true],
  ['AZ-003', '线控器', '标配线控器', '个', 9_000, 10, 0, true],
  ['AZ-004', '冷媒铜管', 'Φ9.52/Φ15.88', '米', 4_500, 200, 0, true],
];

export async function seedStock(s: Services): Promise<void> {
  const users = await s.db.selectFrom('app_user').select(['id', 'username', 'name']).execute();
  const user = (u: string) => users.find((x) => x.username === u);
  const keeperU = user('guolei');
  const clerkU = user('lina');
  if (!keeperU || !clerkU) return;
  const as = (u: { id: string; username: string; name: string }, perms: string[]) => makeActor({ id: u.id, username: u.username, name: u.name, departmentId: null, headOfDepartmentIds: [], permissions: new Set(perms), via: 'system' });
  const keeper = as(keeperU, ['aftersales:stock', 'aftersales:loans']);
  const clerk = as(clerkU, ['aftersales:loans']);
  const ids = new Map<string, string>();
  for (const [code, name, model, unit, cost, qty, min, install] of ITEMS) {
    const r = await createItem(s, keeper, { code, name, model, unit, unitCostFen: cost, quantity: qty, smallMin: min, isInstallGoods: install });
    ids.set(code, r.id);
  }
  const set = [['AZ-001', 1], ['AZ-002', 1], ['AZ-003', 1], ['AZ-004', 10]] as const;
  await createItem(s, keeper, { code: 'TZ-001', name: '中央空调室内机套装', model: '3.6kW 一拖一', unit: '套', unitCostFen: 392_000, setLines: set.map(([c, q]) => ({ itemId: ids.get(c)!, qty: q })) });
  // Small stocks of the technicians (zhangwei a little short of filters: on the 补库 list).
  const small: [string, string, number][] = [['zhangwei', 'PJ-002', 3], ['zhangwei', 'PJ-003', 2], ['zhangwei', 'PJ-005', 4], ['fengtao', 'PJ-002', 6], ['fengtao', 'PJ-005', 2], ['caoyang', 'PJ-003', 1], ['xuwenbo', 'PJ-004', 1]];
  for (const [u, code, q] of small) {
    const t = user(u);
    if (t) await replenish(s, keeper, { technicianId: t.id, itemId: ids.get(code)!, quantity: q, note: '期初小库' });
  }
  // Loans: on the open jobs of 张伟 (on site) and 曹阳 (cash).
  const jobs = await s.db.selectFrom('aftersales_job as j').innerJoin('app_user as u', 'u.id', 'j.technician_id').select(['j.id', 'u.username']).where('j.status', 'not in', ['closed', 'cancelled']).execute();
  const loanOn = async (u: string, code: string, qty: number, daysAgo: number) => {
    const t = user(u);
    const job = jobs.find((j) => j.username === u);
    if (!t) return;
    const l = await createLoan(s, clerk, { technicianId: t.id, jobId: job?.id ?? null, itemId: ids.get(code)!, quantity: qty, note: '小库没有，向库管借领' });
    await actOnLoan(s, keeper, l.id, 'issue');
    if (daysAgo > 0) {
      const when = new Date(s.clock.now().getTime() - daysAgo * 86_400_000);
      await s.db.updateTable('aftersales_part_loan').set({ borrowed_on: beijingDateOf(when.getTime()), issued_at: when.toISOString(), created_at: when.toISOString(), recorded_at: when.toISOString() }).where('id', '=', l.id).execute();
    }
  };
  await loanOn('zhangwei', 'PJ-004', 1, 0);
  await loanOn('caoyang', 'PJ-001', 1, 5);
}

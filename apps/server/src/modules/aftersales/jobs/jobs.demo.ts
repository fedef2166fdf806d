/**
 * Demo 派工单: technicians' skills and a handful of jobs in different states, run through the
 * engine as the demo users would: two closed with fees this month, one waiting for the cashier
 * with its cash late, one on site, one waiting for dispatch.
 */
import type { Services } from '../../../app.types.js';
import type { Db } from '../../../db/create-db.js';
import { cashDeadline } from '../aftersales.rules.js';
import { JOB_PROCESS_KEY } from './jobs.process.js';

const SKILLS: Record<string, string[]> = { zhangwei: ['中央空调', '新风系统'], fengtao: ['净水器', '热水器'], caoyang: ['地暖', '空气源热泵'], xuwenbo: ['中央空调', '地暖', '新风系统'] };

async function openTask(db: Db, instanceId: string): Promise<{ id: string; assignee_id: string | null }> {
  return db.selectFrom('process_task').select(['id', 'assignee_id']).where('instance_id', '=', instanceId).where('status', '=', 'open').where('kind', '!=', 'cc').executeTakeFirstOrThrow();
}

export async function seedJobs(s: Services): Promise<void> {
  const users = await s.db.selectFrom('app_user').select(['id', 'username']).execute();
  const uid = (u: string) => users.find((x) => x.username === u)?.id;
  for (const [u, skills] of Object.entries(SKILLS)) {
    const id = uid(u);
    if (id) await s.db.insertInto('technician_skill').values(skills.map((skill) => ({ user_id: id, skill }))).execute();
  }
  const lina = uid('lina');
  if (!lina) return;
  const customers = await s.db.selectFrom('aftersales_customer').innerJoin('aftersales_equipment as e', 'e.customer_id', 'aftersales_customer.id')
    .select(['aftersales_customer.id', 'aftersales_customer.name', 'aftersales_customer.address', 'e.id as equipment_id', 'e.name as equipment_name'])
    .orderBy('aftersales_customer.code').limit(5).execute();
  if (customers.length < 5) return;
  const png = ['demo-photo'];
  // [technician, how far, fee]
  const plan: [string, 'closed' | 'cash' | 'onsite' | 'dispatch', number][] = [['zhangwei', 'closed', 10_000], ['fengtao', 'closed', 15_000], ['caoyang', 'cash', 20_000], ['zhangwei', 'onsite', 0], ['fengtao', 'dispatch', 0]];
  for (const [i, [tech, stage, fee]] of plan.entries()) {
    const c = customers[i]!;
    const { instanceId } = await s.engine.start({ id: lina }, { processKey: JOB_PROCESS_KEY, title: `派工单：${c.name} ${c.equipment_name}`, data: {
      customerId: c.id, equipmentId: c.equipment_id, problem: `${c.equipment_name}不制冷/不出水，需上门检查`, address: c.address, contactPhone: '13900000000', skill: c.equipment_name, jobType: 'repair',
    } });
    if (stage === 'dispatch') continue;
    const act = async (data: Record<string, unknown>) => {
      const t = await openTask(s.db, instanceId);
      await s.engine.act({ id: t.assignee_id! }, t.id, 'complete', { data });
    };
    await act({ technicianId: uid(tech), chargeNote: fee > 0 ? `保修期外，按收费标准收取 ${(fee / 100).toFixed(2)} 元` : '保修期内免费' });
    await act({ appointmentAt: new Date(s.clock.now().getTime() + 3_600_000).toISOString(), partsNote: '' });
    if (stage === 'onsite') continue;
    // Demo photos are placeholders: the attachment ids are not real files.
    await act({ finished: true, workDone: '已检修，运行正常', photos: png, feeFen: fee, receiptNo: `SJ${String(2026112700 + i)}` });
    await act({ feeConfirmed: true });
    if (stage === 'cash') {
      // The cash was collected five days ago and is still not at finance: late (ASV-7).
      const collected = new Date(s.clock.now().getTime() - 5 * 86_400_000);
      const d = cashDeadline(collected.getTime());
      await s.db.updateTable('aftersales_job').set({ collected_at: collected.toISOString(), cash_due_on: d.dueOn, cash_late_from: d.lateFrom }).where('instance_id', '=', instanceId).execute();
      continue;
    }
    await act({ cashVoucherNo: `SK${i}` });
    await act({ satisfaction: '满意', timely: true, conductOk: true, callbackNotes: '客户对服务满意' });
  }
}

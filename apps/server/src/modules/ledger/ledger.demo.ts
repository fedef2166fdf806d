/** HR-8 demo: a few entries posted by HR by hand (this month and last), one of them voided. */
import type { Services } from '../../app.types.js';
import { systemActor } from '../../platform/auth/actor.js';
import { postManualEntry, voidEntry } from './ledger.manage.js';
import { beijingDate } from '../../platform/calendar/beijing.js';

const DAY_MS = 86_400_000;

export async function seedLedgerDemo(s: Services): Promise<void> {
  const users = await s.db.selectFrom('app_user').select(['id', 'username']).where('username', 'in', ['fengtao', 'lina', 'zhangwei']).execute();
  const id = (u: string) => users.find((x) => x.username === u)?.id;
  const day = (n: number) => beijingDate(s.clock.now().getTime() - n * DAY_MS);
  const fengtao = id('fengtao');
  const lina = id('lina');
  const zhangwei = id('zhangwei');
  if (fengtao) await postManualEntry(s, systemActor, { userId: fengtao, kind: 'subsidy', amountFen: 20_000, reason: '客户来信表扬，售后服务奖励', occurredOn: day(35) });
  if (lina) await postManualEntry(s, systemActor, { userId: lina, kind: 'penalty', amountFen: 5_000, reason: '回访记录未按时录入（第二次）', occurredOn: day(6) });
  if (zhangwei) {
    const wrong = await postManualEntry(s, systemActor, { userId: zhangwei, kind: 'penalty', amountFen: 10_000, reason: '工单超时未结办', occurredOn: day(4) });
    await voidEntry(s, systemActor, wrong, '经核实系客户改约，不属个人责任');
  }
}

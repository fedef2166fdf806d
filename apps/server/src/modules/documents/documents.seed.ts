/**
 * Demo data of 公文管理: incoming documents in each state (closed routine, awaiting the clerk,
 * awaiting the leader's 批示, being handled by two departments with a receipt and one feedback),
 * outgoing documents with numbers, and a few letters and notices.
 */
import type { Services } from '../../app.types.js';
import { loadActor } from '../../platform/auth/actor.repository.js';
import type { Actor } from '../../platform/auth/actor.js';
import { beijingDate } from '../../platform/calendar/beijing.js';
import { actOnStep, circulate, closeRoutine, confirmRead, registerIncoming, submitIncoming } from './incoming.service.js';
import { createLetter } from './letters.service.js';
import { numberOutgoing, startDraft } from './outgoing.service.js';

const DAY = 86_400_000;

export async function seedDocumentsDemo(s: Services): Promise<void> {
  const users = await s.db.selectFrom('app_user').select(['id', 'username']).execute();
  const deps = await s.db.selectFrom('department').select(['id', 'name']).execute();
  const uid = (n: string) => users.find((u) => u.username === n)?.id;
  const dep = (n: string) => deps.find((d) => d.name === n)?.id;
  const names = ['linxiaohong', 'chenzhiqiang', 'wanghaitao', 'gaofeng', 'songjia', 'hejing', 'zhengxiuying', 'sunli', 'liufang'];
  if (names.some((n) => !uid(n)) || !dep('维修部') || !dep('客服部')) return;
  const as = async (n: string): Promise<Actor> => (await loadActor(s.db, uid(n)!, 'system'))!.actor;
  const clerk = await as('linxiaohong');
  const today = s.clock.now().getTime();
  const day = (n: number) => beijingDate(new Date(today - n * DAY));

  const routine = await registerIncoming(s, clerk, { sourceNo: '杭人社发〔2026〕41号', issuer: '杭州市人力资源和社会保障局', title: '关于做好2027年元旦春节期间劳动保障工作的通知', receivedOn: day(6), urgency: '普通', secrecy: '普通', copies: 1, routine: true });
  await closeRoutine(s, clerk, routine.id, '已转人事部知悉，复印件存档');

  const handling = await registerIncoming(s, clerk, { sourceNo: '杭应急〔2026〕102号', issuer: '杭州市应急管理局', title: '关于开展岁末年初安全生产大检查的通知', receivedOn: day(3), urgency: '急', secrecy: '普通', copies: 2, routine: false });
  await submitIncoming(s, clerk, handling.id, { proposal: '拟请维修部、客服部按通知要求开展自查，报总经理阅示', leaderId: uid('chenzhiqiang')! });
  await actOnStep(s, await as('chenzhiqiang'), handling.id, 'instruct', 'complete', { data: { instruction: '请维修部、客服部认真自查，12月5日前书面反馈', departmentIds: [dep('维修部')!, dep('客服部')!] } });
  await confirmRead(s, await as('gaofeng'), 'incoming', handling.id);
  await actOnStep(s, await as('gaofeng'), handling.id, 'handle', 'approve', { comment: '维修部已完成自查，发现配电房灭火器过期2具，已更换' });

  const instructing = await registerIncoming(s, clerk, { sourceNo: '浙交函〔2026〕318号', issuer: '浙江省交通运输厅', title: '关于征求城市轨道交通装备标准意见的函', receivedOn: day(1), urgency: '普通', secrecy: '普通', copies: 1, routine: false });
  await submitIncoming(s, clerk, instructing.id, { proposal: '拟请生产技术部研究并提出意见，报常务副总阅示', leaderId: uid('wanghaitao')! });
  await circulate(s, clerk, 'incoming', instructing.id, [uid('liufang')!]);

  await registerIncoming(s, clerk, { sourceNo: '', issuer: '杭州市总工会', title: '关于开展2027年春节送温暖活动的通知', receivedOn: day(0), urgency: '普通', secrecy: '普通', copies: 1, routine: false });

  // Outgoing: drafted by 人事专员, reviewed, signed and numbered.
  const drafter = await as('hejing');
  const head = await as('zhengxiuying');
  const gm = await as('chenzhiqiang');
  const walk = async (title: string, mainTo: string, until: 'signing' | 'numbered' | 'archived') => {
    const d = await startDraft(s, drafter, { title, body: `${title}（正文略）`, mainTo, ccTo: '董事长', secrecy: '普通', urgency: '普通', legalReview: false, signerId: gm.id });
    const task = async (step: string) => (await s.db.selectFrom('process_task').select(['id', 'assignee_id']).where('instance_id', '=', d.instanceId).where('step_id', '=', step).where('status', '=', 'open').executeTakeFirstOrThrow());
    await s.engine.act({ id: head.id }, (await task('deptReview')).id, 'approve', { comment: '同意' });
    if (until === 'signing') return;
    await s.engine.act({ id: gm.id }, (await task('sign')).id, 'approve', { comment: '同意签发' });
    await numberOutgoing(s, clerk, d.id, '步阳人');
    if (until === 'numbered') return;
    await s.engine.act({ id: uid('sunli')! }, (await task('seal')).id, 'complete', {});
    await s.engine.act({ id: clerk.id }, (await task('dispatch')).id, 'complete', { data: { dispatchNote: '已发各部门' } });
    await s.engine.act({ id: clerk.id }, (await task('archive')).id, 'complete', {});
  };
  await walk('关于2027年元旦放假安排的通知', '公司各部门', 'archived');
  await walk('关于调整员工工作餐补贴标准的通知', '公司各部门', 'numbered');
  await walk('关于2027年度员工体检安排的通知', '公司各部门', 'signing');

  await createLetter(s, clerk, { direction: 'in', kind: 'letter', number: '杭供函〔2026〕77号', title: '关于园区供电线路检修停电的函', counterpart: '国网杭州供电公司', date: day(2), handlerId: uid('sunli')!, note: '已通知各部门做好准备' });
  await createLetter(s, clerk, { direction: 'out', kind: 'letter', number: '步阳函〔2026〕9号', title: '关于商洽设备维保合同续签事宜的函', counterpart: '杭州某机电设备有限公司', date: day(1), handlerId: uid('liufang')! });
  await createLetter(s, clerk, { direction: 'out', kind: 'notice', title: '关于年终办公区大扫除的通知', counterpart: '公司各部门', date: day(0), handlerId: clerk.id });
}

/** Demo: 3 rooms, bookings this week, a held meeting with minutes and two resolutions (one overdue), an event with budget. */
import type { Services } from '../../app.types.js';
import { loadActor } from '../../platform/auth/actor.repository.js';
import { addBudgetLine, addEventTask, createEvent } from './events.service.js';
import { addResolution, createMeeting, saveMinutes, sendNotice, setAttendance, submitTopic, decideTopic } from './meetings.service.js';
import { bookRoom, createRoom } from './rooms.service.js';
import { BEIJING_OFFSET_MS, beijingDate } from '../../platform/calendar/beijing.js';

const DAY_MS = 86_400_000;

export async function seedMeetingsDemo(s: Services): Promise<void> {
  const names = ['liufang', 'sunli', 'zhaomin', 'chenzhiqiang', 'wanghaitao', 'songjia', 'zhengxiuying', 'lina'];
  const users = await s.db.selectFrom('app_user').select(['id', 'username']).where('username', 'in', names).execute();
  const id = (u: string) => users.find((x) => x.username === u)?.id;
  if (names.some((n) => !id(n))) return;
  const actor = async (u: string) => (await loadActor(s.db, id(u)!, 'session'))!.actor;
  const liufang = await actor('liufang');
  const sunli = await actor('sunli');
  const admin = sunli;

  const big = await createRoom(s, admin, { name: '第一会议室', capacity: 30, equipment: '投影仪、视频会议、话筒', location: '办公楼 3 楼 301' });
  const small = await createRoom(s, admin, { name: '第二会议室', capacity: 10, equipment: '电视屏、白板', location: '办公楼 3 楼 305' });
  const room3 = await createRoom(s, admin, { name: '洽谈室', capacity: 6, equipment: '白板', location: '办公楼 1 楼大厅旁' });

  // Beijing midnight of today, then slots this week (hh in Beijing time).
  const now = s.clock.now().getTime();
  const midnight = Math.floor((now + BEIJING_OFFSET_MS) / DAY_MS) * DAY_MS - BEIJING_OFFSET_MS;
  const at = (dayOffset: number, hh: number, mm = 0) => new Date(midnight + dayOffset * DAY_MS + (hh * 60 + mm) * 60_000).toISOString();
  await bookRoom(s, await actor('songjia'), { roomId: small, title: '客服部周例会', start: at(0, 9), end: at(0, 10) });
  await bookRoom(s, await actor('zhengxiuying'), { roomId: small, title: '新员工入职培训', start: at(1, 14), end: at(1, 17) });
  await bookRoom(s, await actor('lina'), { roomId: room3, title: '业主来访洽谈', start: at(2, 10), end: at(2, 11, 30) });
  await bookRoom(s, liufang, { roomId: big, title: '消防安全培训', start: at(3, 15), end: at(3, 17) });

  // A meeting held three days ago with minutes and two resolutions, one already past its deadline.
  const attendees = ['sunli', 'zhaomin', 'chenzhiqiang', 'wanghaitao', 'songjia'].map((u) => id(u)!);
  const past = await createMeeting(s, liufang, { title: '综合管理部月度工作会', start: at(-3, 9, 30), end: at(-3, 11), roomId: big, attendeeIds: attendees, agenda: '1. 上月工作回顾；2. 本月重点工作；3. 办公环境整治' });
  for (const u of attendees.slice(0, 4)) await setAttendance(s, liufang, past, { userId: u, attendance: 'present' });
  await setAttendance(s, liufang, past, { userId: id('songjia')!, attendance: 'leave', note: '外出拜访客户' });
  await saveMinutes(s, liufang, past, '一、上月各项行政工作按计划完成。\n二、会议决定：1. 本月底前完成办公区域消防器材检查；2. 下月 5 日前提交年度会议室改造方案。\n三、办公环境整治由行政部牵头。');
  const day = (n: number) => beijingDate(midnight + n * DAY_MS);
  await addResolution(s, liufang, past, { content: '完成办公区域消防器材检查并上报结果', ownerId: id('sunli')!, dueDate: day(-1) }, { allowPastDue: true });
  await addResolution(s, liufang, past, { content: '提交年度会议室改造方案', ownerId: id('zhaomin')!, dueDate: day(8) });

  // The next meeting, collecting topics until tomorrow evening.
  const next = await createMeeting(s, liufang, {
    title: '行政工作周例会', start: at(4, 9), end: at(4, 10), roomId: big, attendeeIds: ['sunli', 'zhaomin', 'lina'].map((u) => id(u)!), topicDeadline: at(1, 18), agenda: '各岗位工作汇报',
  });
  const topic = await submitTopic(s, sunli, next, { title: '车辆保险续保安排', description: '浙A·3M728 保险下月到期' });
  await decideTopic(s, liufang, topic, 'accepted');
  await sendNotice(s, liufang, next);

  // 大型活动: the annual meeting, with tasks and budget.
  const ev = await createEvent(s, liufang, { name: '2026 年度总结表彰大会', startDate: day(20), endDate: day(20), place: '第一会议室', goal: '总结全年工作，表彰先进集体和个人' });
  await addEventTask(s, liufang, ev, { title: '年会场地布置与设备调试', ownerId: id('sunli')!, dueDate: day(19) });
  await addEventTask(s, liufang, ev, { title: '表彰名单及奖品采购', ownerId: id('zhaomin')!, dueDate: day(14) });
  await addBudgetLine(s, liufang, ev, { item: '场地布置（横幅、背景板、鲜花）', plannedFen: 350_000, actualFen: 0 });
  await addBudgetLine(s, liufang, ev, { item: '奖品及证书', plannedFen: 800_000, actualFen: 120_000, notes: '证书已印制' });
  await addBudgetLine(s, liufang, ev, { item: '餐饮', plannedFen: 1_500_000, actualFen: 0 });
}

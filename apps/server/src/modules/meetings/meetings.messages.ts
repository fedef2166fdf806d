import type { MessageTable } from '../../http/messages.js';

export const meetingsMessages: MessageTable = {
  'meetings.roomNotFound': { zh: '会议室不存在（{id}）', en: 'Meeting room not found ({id})' },
  'meetings.roomNameTaken': { zh: '会议室名称“{name}”已存在', en: 'A meeting room named "{name}" already exists' },
  'meetings.roomInactive': { zh: '会议室“{room}”已停用，不能预订', en: 'The meeting room "{room}" is out of use and cannot be booked' },
  'meetings.roomTaken': {
    zh: '会议室“{room}”在该时段已被预订：{who}“{title}”（{time}）',
    en: 'The meeting room "{room}" is already booked at that time: {who}, "{title}" ({time})',
  },
  'meetings.titleRequired': { zh: '请填写主题', en: 'The title is required' },
  'meetings.titleTooLong': { zh: '主题不能超过 {max} 个字', en: 'The title may have at most {max} characters' },
  'meetings.span.invalid': { zh: '时间无效：开始“{start}”，结束“{end}”', en: 'Invalid time: start "{start}", end "{end}"' },
  'meetings.span.endNotAfterStart': { zh: '结束时间“{end}”必须晚于开始时间“{start}”', en: 'The end "{end}" must be after the start "{start}"' },
  'meetings.span.tooLong': { zh: '一次预订不能超过 7 天（{start} 至 {end}）', en: 'A booking may last at most 7 days ({start} to {end})' },
  'meetings.bookingNotFound': { zh: '预订不存在（{id}）', en: 'Booking not found ({id})' },
  'meetings.notYourBooking': { zh: '只能取消本人的预订“{title}”', en: 'You may cancel only your own booking ("{title}")' },
  'meetings.bookingCancelled': { zh: '预订“{title}”已取消', en: 'The booking "{title}" is already cancelled' },
  'meetings.rangeTooLong': { zh: '查询范围不能超过 62 天（{from} 至 {to}）', en: 'The range may span at most 62 days ({from} to {to})' },
  'meetings.notFound': { zh: '会议不存在（{id}）', en: 'Meeting not found ({id})' },
  'meetings.notOrganizer': { zh: '只有会议组织人或会议管理员可以办理：{title}', en: 'Only the organizer or a meetings manager may do this: {title}' },
  'meetings.userNotFound': { zh: '人员不存在或已停用（{id}）', en: 'The person does not exist or is inactive ({id})' },
  'meetings.topicsClosed': { zh: '会议“{title}”的议题收集已截止或未开放', en: 'Topic collection for "{title}" is closed or was not opened' },
  'meetings.topicNotFound': { zh: '议题不存在（{id}）', en: 'Topic not found ({id})' },
  'meetings.notAttendee': { zh: '{name} 不是会议“{title}”的参会人', en: '{name} is not an attendee of "{title}"' },
  'meetings.meetingCancelled': { zh: '会议“{title}”已取消', en: 'The meeting "{title}" is cancelled' },
  'meetings.deadlineAfterStart': { zh: '议题收集截止时间（{deadline}）不能晚于会议开始时间', en: 'The topic deadline ({deadline}) must not be after the meeting starts' },
  'meetings.badDueDate': { zh: '决议“{content}”的完成期限“{dueDate}”无效', en: 'The due date "{dueDate}" of resolution "{content}" is invalid' },
  'meetings.eventNotFound': { zh: '活动不存在（{id}）', en: 'Event not found ({id})' },
  'meetings.eventDates': { zh: '活动结束日期（{end}）不能早于开始日期（{start}）', en: 'The event end date ({end}) must not be before its start ({start})' },
  'meetings.budgetLineNotFound': { zh: '预算项不存在（{id}）', en: 'Budget line not found ({id})' },
};

export const meetingsMoreMessages: MessageTable = {
  'meetings.materialNotYours': { zh: '只能添加本人上传的附件作为会议材料', en: 'Only files you uploaded yourself can be added as materials' },
  'meetings.resolutionRequired': { zh: '请填写决议内容', en: 'The resolution text is required' },
};

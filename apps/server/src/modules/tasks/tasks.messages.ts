import type { MessageTable } from '../../http/messages.js';

export const tasksMessages: MessageTable = {
  'tasks.titleRequired': { zh: '请填写交办事项', en: 'The task title is required' },
  'tasks.titleTooLong': { zh: '交办事项不能超过 {max} 个字', en: 'The task title may have at most {max} characters' },
  'tasks.descriptionTooLong': { zh: '要求说明不能超过 {max} 个字', en: 'The description may have at most {max} characters' },
  'tasks.badDueDate': { zh: '完成期限“{value}”不是有效日期（YYYY-MM-DD）', en: 'The due date "{value}" is not a valid date (YYYY-MM-DD)' },
  'tasks.dueInPast': { zh: '完成期限 {value} 早于今天（{today}）', en: 'The due date {value} is before today ({today})' },
  'tasks.assignerRequired': { zh: '交办人必须是公司人员', en: 'The assigner must be a person' },
  'tasks.ownerNotFound': { zh: '责任人不存在或已停用（{id}）', en: 'The owner does not exist or is inactive ({id})' },
  'tasks.notFound': { zh: '交办事项不存在（{id}）', en: 'Assigned task not found ({id})' },
  'tasks.notOwner': { zh: '只有责任人可以办理“{title}”', en: 'Only the owner may act on "{title}"' },
  'tasks.notAssigner': { zh: '只有交办人可以验收“{title}”', en: 'Only the assigner may accept "{title}"' },
  'tasks.wrongStatus': { zh: '“{title}”当前状态（{status}）不能办理此操作', en: '"{title}" is in status {status}; this action is not possible' },
  'tasks.acceptFirst': { zh: '请先接收“{title}”', en: 'Accept "{title}" first' },
  'tasks.progressTextRequired': { zh: '请填写进度情况', en: 'The progress text is required' },
  'tasks.badPercent': { zh: '完成百分比“{value}”应为 0–100 的整数', en: 'The percent "{value}" must be a whole number from 0 to 100' },
  'tasks.closureNoteRequired': { zh: '请填写办结说明', en: 'A closure note is required' },
  'tasks.sendBackReasonRequired': { zh: '退回须说明理由', en: 'A reason is required to send the work back' },
  'tasks.cannotRead': { zh: '无权查看该交办事项', en: 'You may not view this assigned task' },
  'tasks.cannotReadAll': { zh: '无权查看督办一览', en: 'You may not view all assigned tasks' },
};

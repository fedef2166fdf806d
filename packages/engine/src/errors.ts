/**
 * Engine errors carry an HTTP-like status and a stable code; the server maps them to problem JSON
 * with messages in the user's language (`engineMessages`).
 */
export class EngineError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly details: { path: string; code: string; message: string; messageEn?: string }[] = [],
  ) {
    super(code);
    this.name = 'EngineError';
  }
}

export const engineMessages: Record<string, { zh: string; en: string }> = {
  'engine.processNotFound': { zh: '流程“{key}”不存在', en: 'Process "{key}" not found' },
  'engine.instanceNotFound': { zh: '流程实例不存在', en: 'Process instance not found' },
  'engine.taskNotFound': { zh: '任务不存在', en: 'Task not found' },
  'engine.conflict': { zh: '该任务已被处理或已变更，请刷新后重试', en: 'The task was already handled or changed; reload and try again' },
  'engine.notYourTask': { zh: '这不是您的待办任务', en: 'This task is not assigned to you' },
  'engine.actionNotAllowed': { zh: '当前环节“{step}”不能执行“{action}”', en: 'Action "{action}" is not allowed at step "{step}"' },
  'engine.invalidData': { zh: '表单数据有误，请检查标出的字段', en: 'The form data is invalid; check the fields listed' },
  'engine.fieldNotEditable': { zh: '本环节不能填写字段“{field}”', en: 'Field "{field}" cannot be filled at this step' },
  'engine.noAssignee': { zh: '环节“{step}”找不到处理人（{rule}），请管理员检查岗位设置', en: 'No one can take step "{step}" ({rule}); ask an administrator to check the positions' },
  'engine.noTransition': { zh: '环节“{step}”没有满足条件的下一步', en: 'No transition from step "{step}" matches the data' },
  'engine.returnTarget': { zh: '只能退回到已经办理过的环节', en: 'You can only return to a step that was already done' },
  'engine.withdrawTooLate': { zh: '已有人办理，不能撤回；可申请作废', en: 'Someone has already acted; it can no longer be withdrawn (ask for cancellation)' },
  'engine.notInitiator': { zh: '只有发起人可以执行此操作', en: 'Only the initiator can do this' },
  'engine.urgeTooSoon': { zh: '催办过于频繁，请在 {minutes} 分钟后再试', en: 'Urged too recently; try again in {minutes} minutes' },
  'engine.instanceClosed': { zh: '流程已结束', en: 'The process has already ended' },
  'engine.reasonRequired': { zh: '请填写原因', en: 'A reason is required' },
  'engine.userRequired': { zh: '请选择人员', en: 'Choose a person' },
  'engine.userInvalid': { zh: '所选人员不存在或已停用', en: 'The chosen person does not exist or is inactive' },
  'engine.invalidDueField': { zh: '环节“{step}”的期限取自字段“{field}”，但其值“{value}”不是日期（YYYY-MM-DD）或带时区的时间', en: 'Step "{step}" takes its limit from field "{field}", but "{value}" is not a date (YYYY-MM-DD) or a date-time with a zone' },
  'engine.invalidDefinition': { zh: '流程定义有误：{detail}', en: 'Invalid process definition: {detailEn}' },
  'engine.stepFieldRequired': { zh: '请先填写“{field}”', en: 'Please fill in "{field}" first' },
  'engine.cannotCancel': { zh: '只有发起人或流程管理员可以作废', en: 'Only the initiator or a process administrator can cancel' },
};

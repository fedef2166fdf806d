import type { MessageTable } from '../../http/messages.js';

/** Messages of the documents module (收文, 发文, 函件). Each names the offending value. */
export const documentsMessages: MessageTable = {
  'documents.notFound': { zh: '公文不存在（{id}）', en: 'Document not found ({id})' },
  'documents.noAccess': { zh: '您无权查看公文“{title}”', en: 'You may not see the document "{title}"' },
  'documents.wrongStatus': { zh: '公文“{title}”当前状态为“{status}”，不能{what}', en: 'The document "{title}" is {status}; cannot {what}' },
  'documents.noTask': { zh: '公文“{title}”没有您待办的“{step}”任务', en: 'The document "{title}" has no open "{step}" task of yours' },
  'documents.notLeader': { zh: '“{name}”不是公司领导，不能{what}', en: '"{name}" is not a company leader and cannot {what}' },
  'documents.userUnknown': { zh: '用户不存在或已停用（{id}）', en: 'User not found or inactive ({id})' },
  'documents.departmentUnknown': { zh: '承办部门不存在（{id}）', en: 'Department not found ({id})' },
  'documents.noHead': { zh: '部门“{name}”及其上级部门没有负责人，无法分送', en: 'Department "{name}" and its parents have no head to receive the document' },
  'documents.dateInvalid': { zh: '日期“{value}”无效，应为 YYYY-MM-DD', en: 'Invalid date "{value}"; expected YYYY-MM-DD' },
  'documents.dateInFuture': { zh: '{field}“{value}”晚于今天', en: '{field} "{value}" is after today' },
  'documents.prefixUnknown': { zh: '文号前缀“{prefix}”未配置（可用：{allowed}）', en: 'Number prefix "{prefix}" is not configured (allowed: {allowed})' },
  'documents.prefixInvalid': { zh: '文号前缀“{prefix}”无效：只能是 1–20 个汉字或字母，且不能重复', en: 'Invalid number prefix "{prefix}": 1–20 letters, no duplicates' },
  'documents.notCirculated': { zh: '公文“{title}”没有传阅给您', en: 'The document "{title}" was not circulated to you' },
  'documents.attachmentUnknown': { zh: '附件不存在或不是您上传的（{id}）', en: 'Attachment not found or not uploaded by you ({id})' },
  'documents.letterNotFound': { zh: '函件登记不存在（{id}）', en: 'Letter entry not found ({id})' },
};

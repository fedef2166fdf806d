import type { MessageTable } from '../../http/messages.js';

export const attachmentMessages: MessageTable = {
  'attachment.typeNotAllowed': { zh: '不支持的文件类型（按文件内容判断）；允许：{allowed}', en: 'File type not allowed (judged by content); allowed: {allowed}' },
  'attachment.notFound': { zh: '附件不存在', en: 'Attachment not found' },
  'attachment.fileRequired': { zh: '请选择要上传的文件（表单字段 file）', en: 'Choose a file to upload (form field "file")' },
};

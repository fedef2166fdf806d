/**
 * User-facing error messages in zh-CN and en, keyed by error code. Each area keeps its own
 * table in `<area>.messages.ts`; they are merged here so the error handler can look any code up.
 * `{name}` placeholders are filled from the error's params.
 */
export type Lang = 'zh-CN' | 'en';
export type MessageTable = Record<string, { zh: string; en: string }>;

const tables: MessageTable[] = [];

export function registerMessages(table: MessageTable): void {
  tables.push(table);
}

export const commonMessages: MessageTable = {
  'common.notFound': { zh: '找不到该记录', en: 'Not found' },
  'common.routeNotFound': { zh: '接口不存在', en: 'No such API route' },
  'common.validation': { zh: '输入有误，请检查标出的字段', en: 'Invalid input; check the fields listed' },
  'common.unknownField': { zh: '不允许的字段', en: 'Field not allowed' },
  'common.invalidJson': { zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  'common.unsupportedMediaType': { zh: '不支持的内容类型', en: 'Unsupported content type' },
  'common.payloadTooLarge': { zh: '上传内容超过大小限制（{limit}）', en: 'The upload exceeds the size limit ({limit})' },
  'common.conflict': { zh: '记录已被他人修改，请刷新后重试', en: 'The record was changed by someone else; reload and try again' },
  'common.internal': { zh: '服务器内部错误，已记录，请稍后重试', en: 'Internal error; it was logged, please try again later' },
  'common.tooManyRequests': { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  'common.idempotencyKey': { zh: 'Idempotency-Key 长度应为 8–200 个字符', en: 'Idempotency-Key must be 8–200 characters' },
  'common.idempotencyReused': { zh: '该 Idempotency-Key 已用于另一个操作', en: 'This Idempotency-Key was already used for another operation' },
  'auth.required': { zh: '请先登录', en: 'Please log in' },
  'auth.forbidden': { zh: '没有权限执行此操作', en: 'You do not have permission to do this' },
};
registerMessages(commonMessages);

/** Picks zh-CN unless the Accept-Language header prefers English. */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

export function translate(code: string, lang: Lang, params: Record<string, string | number> = {}): string {
  let entry: { zh: string; en: string } | undefined;
  for (let i = tables.length - 1; i >= 0 && !entry; i--) entry = tables[i]![code];
  const text = entry ? (lang === 'en' ? entry.en : entry.zh) : code;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

/** True when a code has a message; used by tests to catch codes thrown without a text. */
export function hasMessage(code: string): boolean {
  return tables.some((t) => code in t);
}

/**
 * The one place errors become HTTP responses: problem JSON (RFC 9457)
 * `{type, title, status, code, detail, errors[]}` in zh-CN or en by Accept-Language.
 * Unexpected errors are logged and answered with a generic 500 that leaks nothing.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { EngineError, engineMessages } from '@guanjia/engine';
import { AppError, type FieldError } from './errors.js';
import { type Lang, hasMessage, pickLang, registerMessages, translate } from './messages.js';

registerMessages({
  'validation.username': { zh: '用户名只能包含字母、数字、点、下划线和连字符', en: 'Username may contain letters, digits, dot, underscore and hyphen only' },
  'validation.phone': { zh: '电话号码格式不正确', en: 'Invalid phone number' },
  'validation.YYYY-MM-DD': { zh: '日期格式应为 YYYY-MM-DD', en: 'Date must be YYYY-MM-DD' },
  'validation.module:verb': { zh: '权限格式应为 模块:操作', en: 'Permission must be module:verb' },
  'validation.key': { zh: '标识只能包含小写字母、数字和下划线，且以字母开头', en: 'Key must be lowercase letters, digits and underscores, starting with a letter' },
});

registerMessages(engineMessages);

const locales = { 'zh-CN': z.locales.zhCN(), en: z.locales.en() };

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  errors: { path: string; code: string; message: string }[];
}

const titles: Record<number, { zh: string; en: string }> = {
  400: { zh: '请求有误', en: 'Bad Request' },
  401: { zh: '未登录', en: 'Unauthorized' },
  403: { zh: '没有权限', en: 'Forbidden' },
  404: { zh: '未找到', en: 'Not Found' },
  409: { zh: '冲突', en: 'Conflict' },
  413: { zh: '内容过大', en: 'Payload Too Large' },
  415: { zh: '不支持的内容类型', en: 'Unsupported Media Type' },
  422: { zh: '无法处理', en: 'Unprocessable Content' },
  429: { zh: '请求过多', en: 'Too Many Requests' },
  500: { zh: '服务器错误', en: 'Internal Server Error' },
};

export function problem(
  lang: Lang,
  status: number,
  code: string,
  params: Record<string, string | number> = {},
  errors: FieldError[] = [],
): ProblemBody {
  const t = titles[status] ?? { zh: '错误', en: 'Error' };
  return {
    type: `https://guanjia.dev/problems/${code}`,
    title: lang === 'en' ? t.en : t.zh,
    status,
    code,
    detail: translate(code, lang, params),
    errors: errors.map((e) => ({
      path: e.path,
      code: e.code,
      message: (lang === 'en' ? (e.messageEn ?? e.message) : e.message) ?? translate(e.code, lang, e.params ?? {}),
    })),
  };
}

function zodFieldErrors(err: FastifyError & { validation: unknown[]; validationContext?: string }, lang: Lang): FieldError[] {
  const ctx = err.validationContext ?? 'body';
  return (err.validation as { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> }[]).map((v) => {
    const path = [ctx, ...v.instancePath.split('/').filter(Boolean)].join('.');
    const custom = v.message && hasMessage(`validation.${v.message}`) ? `validation.${v.message}` : null;
    if (custom) return { path, code: v.keyword, message: translate(custom, lang) };
    const issue = { code: v.keyword, ...v.params, path: v.instancePath.split('/').filter(Boolean) } as never;
    const m = locales[lang].localeError(issue) as string | { message: string } | undefined;
    const message = typeof m === 'string' ? m : (m?.message ?? v.message ?? v.keyword);
    return { path, code: v.keyword, message };
  });
}

/** Maps any thrown error to a status, code and field errors. */
export function toProblem(err: unknown, lang: Lang, uploadMaxBytes = 0): ProblemBody {
  if (err instanceof AppError) return problem(lang, err.status, err.code, err.params, err.errors);
  if (err instanceof EngineError) return problem(lang, err.status, err.code, err.params, err.details);
  const fe = err as FastifyError & { validation?: unknown[]; validationContext?: string };
  if (hasZodFastifySchemaValidationErrors(fe)) {
    return problem(lang, 400, 'common.validation', {}, zodFieldErrors(fe as never, lang));
  }
  switch (fe?.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(lang, 400, 'common.invalidJson');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return problem(lang, 415, 'common.unsupportedMediaType');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
      return problem(lang, 413, 'common.payloadTooLarge', { limit: formatBytes(uploadMaxBytes) });
  }
  const status = typeof fe?.statusCode === 'number' ? fe.statusCode : 500;
  if (status === 429) return problem(lang, 429, 'common.tooManyRequests');
  if (status >= 400 && status < 500) {
    // Framework 4xx without a code of ours (e.g. a malformed URL): keep the status, say it plainly.
    return problem(lang, status, status === 404 ? 'common.routeNotFound' : 'common.validation');
  }
  return problem(lang, 500, 'common.internal');
}

const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`);

export function sendProblem(request: FastifyRequest, reply: FastifyReply, err: unknown, uploadMaxBytes = 0): FastifyReply {
  const lang = pickLang(request.headers['accept-language']);
  const body = toProblem(err, lang, uploadMaxBytes);
  if (body.status >= 500) request.log.error({ err }, 'unhandled error');
  return reply.status(body.status).type('application/problem+json; charset=utf-8').send(body);
}

/**
 * Application errors. Services throw `AppError` with a stable code; the one error handler
 * (http/problem.ts) turns it into problem JSON in the caller's language. Messages live in
 * http/messages.ts keyed by code, so a service never picks a language.
 */
export type ErrorParams = Record<string, string | number>;

export interface FieldError {
  /** Dotted path of the offending field, e.g. `body.username` or `rows.3.phone`. */
  path: string;
  /** Message code (see messages.ts) or free text already in the user's language. */
  code: string;
  message?: string;
  /** English text when `message` is given in Chinese. */
  messageEn?: string;
  params?: ErrorParams;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: ErrorParams = {},
    readonly errors: FieldError[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, params?: ErrorParams, errors?: FieldError[]) =>
  new AppError(400, code, params, errors);
export const unauthorized = (code = 'auth.required') => new AppError(401, code);
export const forbidden = (code = 'auth.forbidden', params?: ErrorParams) => new AppError(403, code, params);
export const notFound = (code = 'common.notFound', params?: ErrorParams) => new AppError(404, code, params);
export const conflict = (code: string, params?: ErrorParams) => new AppError(409, code, params);

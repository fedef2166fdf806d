import { ApiError } from '../../app/api';

/**
 * The engine names bad form fields `data.<field>`; re-path them to `<field>` so the shared
 * `applyServerErrors` can put each message under its form field.
 */
export function dataFieldErrors(err: unknown): unknown {
  if (!(err instanceof ApiError) || err.errors.length === 0) return err;
  return new ApiError(err.status, {
    code: err.code,
    title: err.title,
    detail: err.detail,
    type: err.type,
    errors: err.errors.map((e) => ({ ...e, path: e.path.replace(/^(body\.)?data\./, '') })),
  });
}

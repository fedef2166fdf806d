/**
 * Showing server validation errors on antd forms. The server reports field errors as
 * `{ path: 'body.username', message }`; the matching form field gets the message, and anything
 * that matches no field is returned so the caller can show it as a toast.
 */
import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from './api';

export function applyServerErrors(form: FormInstance, err: unknown): string | null {
  if (!(err instanceof ApiError) || err.errors.length === 0) return errorMessage(err);
  const known = new Set(form.getFieldsError().map((f) => String(f.name[0])));
  const byField = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const e of err.errors) {
    const path = e.path.replace(/^(body|query|params)\./, '');
    const field = path.split('.')[0] ?? '';
    if (field && known.has(field)) byField.set(field, [...(byField.get(field) ?? []), e.message]);
    else unmatched.push(e.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  if (byField.size === 0) return unmatched.length ? `${err.detail}：${unmatched.join('；')}` : err.detail;
  return unmatched.length ? unmatched.join('；') : null;
}

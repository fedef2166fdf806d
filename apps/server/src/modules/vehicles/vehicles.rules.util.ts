/** Small helpers shared by the vehicle rule files: input guards, instants, messages. */
import { badRequest, type ErrorParams, type FieldError } from '../../http/errors.js';
import { vehiclesMessages } from './vehicles.messages.js';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** ISO 8601 instant with an explicit zone; a bare local time would depend on the server's TZ. */
const ISO_INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Epoch ms of an ISO instant with a zone; throws `vehicles.invalidDateTime` (400). */
export function instantMs(iso: string, field = 'time'): number {
  const ms = typeof iso === 'string' && ISO_INSTANT_RE.test(iso) ? Date.parse(iso) : NaN;
  if (!Number.isFinite(ms)) throw badRequest('vehicles.invalidDateTime', { field, value: String(iso) });
  return ms;
}

/** Throws `vehicles.invalidAmount` unless `fen` is a non-negative safe integer. */
export function assertFen(fen: number, field = 'amountFen'): void {
  if (typeof fen !== 'number' || !Number.isSafeInteger(fen) || fen < 0) throw badRequest('vehicles.invalidAmount', { field, value: String(fen) });
}

/** Throws `vehicles.invalidDistance` unless `km` is a finite number ≥ 0. */
export function assertKm(km: number, field = 'distanceKm'): void {
  if (typeof km !== 'number' || !Number.isFinite(km) || km < 0) throw badRequest('vehicles.invalidDistance', { field, value: String(km) });
}

/** A field error whose `message` is the zh-CN text of `code` (the UI may re-translate by code). */
export function fieldError(path: string, code: string, params: ErrorParams = {}): FieldError {
  return { path, code, params, message: zhMessage(code, params) };
}

/** The zh-CN text of one of this module's codes with `{name}` placeholders filled. */
export function zhMessage(code: string, params: ErrorParams = {}): string {
  const text = vehiclesMessages[code]?.zh ?? code;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

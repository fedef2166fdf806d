/**
 * The one HTTP call the robot channels share: POST a JSON body with a timeout and return the
 * parsed JSON answer. Errors never contain the webhook URL, since its key or access_token is
 * the credential.
 */

export const DEFAULT_WEBHOOK_TIMEOUT_MS = 5000;

export type JsonObject = Record<string, unknown>;

/** The platform's own error text from a response body: errmsg (WeCom, DingTalk), msg or StatusMessage (Feishu). */
export function platformMessage(body: JsonObject): string | undefined {
  for (const key of ['errmsg', 'msg', 'StatusMessage', 'message']) {
    const v = body[key];
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}

export async function postJson(
  platform: string,
  url: string,
  payload: unknown,
  timeoutMs: number = DEFAULT_WEBHOOK_TIMEOUT_MS,
): Promise<JsonObject> {
  let res: Response;
  let raw: string;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timeoutMs),
    });
    raw = await res.text();
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new Error(`${platform} webhook timed out after ${timeoutMs} ms`, { cause: err });
    }
    const detail = err instanceof Error ? err.message : String(err);
    throw new Error(`${platform} webhook request failed: ${detail}`, { cause: err });
  }

  let body: JsonObject | undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as JsonObject;
  } catch {
    body = undefined;
  }

  if (!res.ok) {
    const detail = (body && platformMessage(body)) ?? raw.slice(0, 200).trim();
    throw new Error(`${platform} webhook HTTP ${res.status}${detail ? `: ${detail}` : ''}`);
  }
  if (!body) {
    throw new Error(`${platform} webhook answered with something other than a JSON object: ${raw.slice(0, 200).trim()}`);
  }
  return body;
}

/** Throws unless `body.errcode === 0` (the WeCom and DingTalk convention). */
export function expectErrcodeZero(platform: string, body: JsonObject): void {
  const code = body['errcode'];
  if (code === 0) return;
  const detail = platformMessage(body) ?? 'no errmsg';
  throw new Error(`${platform} webhook error ${String(code)}: ${detail}`);
}

/** Cuts a string to at most `maxBytes` bytes of UTF-8 without splitting a character. */
export function truncateUtf8(s: string, maxBytes: number): string {
  if (Buffer.byteLength(s, 'utf8') <= maxBytes) return s;
  const ellipsis = '…';
  const budget = maxBytes - Buffer.byteLength(ellipsis, 'utf8');
  let out = '';
  let used = 0;
  for (const ch of s) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (used + n > budget) break;
    out += ch;
    used += n;
  }
  return out + ellipsis;
}

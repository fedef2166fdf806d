/**
 * Feishu (飞书) custom group robot: POST `{"msg_type":"text","content":{"text":"..."}}` to the
 * webhook URL (https://open.feishu.cn/open-apis/bot/v2/hook/...). Feishu turns URLs in text
 * messages into links.
 *
 * With the 签名校验 security setting the body also carries `timestamp` (seconds, as a string) and
 * `sign` = base64(HmacSHA256(key = timestamp + "\n" + secret, message = "")). Note the key and the
 * message are the other way round from DingTalk.
 *
 * Success is `{"code":0,"msg":"success",...}`; older answers only have `{"StatusCode":0,...}`.
 * Failures look like `{"code":19021,"msg":"sign match fail or timestamp is not within one hour..."}`.
 */
import { createHmac } from 'node:crypto';
import type { NotificationChannel, OutboundMessage } from './notifier.types.js';
import { DEFAULT_WEBHOOK_TIMEOUT_MS, platformMessage, postJson, type JsonObject } from './webhook.http.js';

export interface FeishuChannelOptions {
  webhookUrl: string;
  /** The secret of the robot's 签名校验 setting; leave out when the robot does not sign. */
  secret?: string;
  timeoutMs?: number;
  /** Clock in milliseconds; tests may pin it. */
  now?: () => number;
}

/** base64(HmacSHA256(key = `${timestamp}\n${secret}`, message = "")), timestamp in seconds. */
export function feishuSign(timestampSec: number | string, secret: string): string {
  return createHmac('sha256', `${timestampSec}\n${secret}`).update('', 'utf8').digest('base64');
}

export function feishuText(msg: OutboundMessage): string {
  const parts = [msg.title, msg.text];
  if (msg.link) parts.push(msg.link);
  return parts.join('\n');
}

export function feishuPayload(msg: OutboundMessage, secret: string | undefined, nowMs: number): JsonObject {
  const payload: JsonObject = { msg_type: 'text', content: { text: feishuText(msg) } };
  if (!secret) return payload;
  const timestamp = String(Math.floor(nowMs / 1000));
  return { timestamp, sign: feishuSign(timestamp, secret), ...payload };
}

/** Throws unless the answer says success: `code === 0`, or for old answers `StatusCode === 0`. */
export function expectFeishuOk(body: JsonObject): void {
  const code = typeof body['code'] === 'number' ? body['code'] : body['StatusCode'];
  if (code === 0) return;
  const detail = platformMessage(body) ?? 'no msg';
  throw new Error(`Feishu webhook error ${code === undefined ? '(no code)' : String(code)}: ${detail}`);
}

export function createFeishuChannel(opts: FeishuChannelOptions): NotificationChannel {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS;
  const now = opts.now ?? Date.now;
  return {
    kind: 'feishu',
    async send(msg) {
      const body = await postJson('Feishu', opts.webhookUrl, feishuPayload(msg, opts.secret, now()), timeoutMs);
      expectFeishuOk(body);
    },
  };
}

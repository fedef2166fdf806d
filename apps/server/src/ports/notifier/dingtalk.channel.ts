/**
 * DingTalk (钉钉) custom group robot: POST
 * `{"msgtype":"markdown","markdown":{"title":"...","text":"..."}}` to the webhook URL
 * (https://oapi.dingtalk.com/robot/send?access_token=...). Success is `{"errcode":0,"errmsg":"ok"}`.
 *
 * With the 加签 security setting the URL also carries `&timestamp=<ms>&sign=<sign>`, where
 * sign = urlEncode(base64(HmacSHA256(key = secret, message = timestamp + "\n" + secret))).
 */
import { createHmac } from 'node:crypto';
import type { NotificationChannel, OutboundMessage } from './notifier.types.js';
import { DEFAULT_WEBHOOK_TIMEOUT_MS, expectErrcodeZero, postJson } from './webhook.http.js';

export interface DingtalkChannelOptions {
  webhookUrl: string;
  /** The `SEC…` secret of the robot's 加签 setting; leave out when the robot does not sign. */
  secret?: string;
  timeoutMs?: number;
  /** Clock in milliseconds; tests may pin it. */
  now?: () => number;
}

/** base64(HmacSHA256(secret, `${timestamp}\n${secret}`)), before URL encoding. */
export function dingtalkSign(timestampMs: number, secret: string): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
}

/** The webhook URL with `timestamp` and URL-encoded `sign` appended. */
export function dingtalkSignedUrl(webhookUrl: string, secret: string, timestampMs: number): string {
  const sep = webhookUrl.includes('?') ? '&' : '?';
  return `${webhookUrl}${sep}timestamp=${timestampMs}&sign=${encodeURIComponent(dingtalkSign(timestampMs, secret))}`;
}

export function dingtalkMarkdown(msg: OutboundMessage): { title: string; text: string } {
  const parts = [`### ${msg.title}`, msg.text];
  if (msg.link) parts.push(`[查看详情](${msg.link})`);
  return { title: msg.title, text: parts.join('\n\n') };
}

export function createDingtalkChannel(opts: DingtalkChannelOptions): NotificationChannel {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS;
  const now = opts.now ?? Date.now;
  return {
    kind: 'dingtalk',
    async send(msg) {
      const url = opts.secret ? dingtalkSignedUrl(opts.webhookUrl, opts.secret, now()) : opts.webhookUrl;
      const body = await postJson('DingTalk', url, { msgtype: 'markdown', markdown: dingtalkMarkdown(msg) }, timeoutMs);
      expectErrcodeZero('DingTalk', body);
    },
  };
}

/**
 * WeCom (企业微信) group robot: POST `{"msgtype":"markdown","markdown":{"content":"..."}}` to the
 * robot's webhook URL (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...). The robot has
 * no signing; the key in the URL is the credential. Success is `{"errcode":0,"errmsg":"ok"}`.
 */
import type { NotificationChannel, OutboundMessage } from './notifier.types.js';
import { DEFAULT_WEBHOOK_TIMEOUT_MS, expectErrcodeZero, postJson, truncateUtf8 } from './webhook.http.js';

/** WeCom rejects markdown content longer than 4096 bytes of UTF-8. */
export const WECOM_MARKDOWN_MAX_BYTES = 4096;

export interface WecomChannelOptions {
  webhookUrl: string;
  timeoutMs?: number;
}

export function wecomMarkdown(msg: OutboundMessage): string {
  const parts = [`**${msg.title}**`, msg.text];
  if (msg.link) parts.push(`[查看详情](${msg.link})`);
  return truncateUtf8(parts.join('\n'), WECOM_MARKDOWN_MAX_BYTES);
}

export function createWecomChannel(opts: WecomChannelOptions): NotificationChannel {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS;
  return {
    kind: 'wecom',
    async send(msg) {
      const body = await postJson(
        'WeCom',
        opts.webhookUrl,
        { msgtype: 'markdown', markdown: { content: wecomMarkdown(msg) } },
        timeoutMs,
      );
      expectErrcodeZero('WeCom', body);
    },
  };
}

/**
 * Builds the outbound channels that are configured. Configuration arrives as an object (the
 * caller reads the environment or the settings table); nothing here reads process.env.
 */
import { createDingtalkChannel } from './dingtalk.channel.js';
import { createEmailChannel } from './email.channel.js';
import { createFeishuChannel } from './feishu.channel.js';
import type { NotificationChannel } from './notifier.types.js';
import { createWecomChannel } from './wecom.channel.js';

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
}

export interface NotifierConfig {
  smtp?: SmtpConfig;
  wecomWebhookUrl?: string;
  dingtalkWebhookUrl?: string;
  dingtalkSecret?: string;
  feishuWebhookUrl?: string;
  feishuSecret?: string;
  /** Timeout of one webhook POST in milliseconds (5000 is a sensible default). */
  webhookTimeoutMs: number;
}

/** The configured channels, in the order email, wecom, dingtalk, feishu. */
export function createChannels(cfg: NotifierConfig): NotificationChannel[] {
  const channels: NotificationChannel[] = [];
  const timeoutMs = cfg.webhookTimeoutMs;
  if (cfg.smtp && cfg.smtp.host) channels.push(createEmailChannel(cfg.smtp));
  if (cfg.wecomWebhookUrl) channels.push(createWecomChannel({ webhookUrl: cfg.wecomWebhookUrl, timeoutMs }));
  if (cfg.dingtalkWebhookUrl) {
    channels.push(
      createDingtalkChannel({
        webhookUrl: cfg.dingtalkWebhookUrl,
        timeoutMs,
        ...(cfg.dingtalkSecret ? { secret: cfg.dingtalkSecret } : {}),
      }),
    );
  }
  if (cfg.feishuWebhookUrl) {
    channels.push(
      createFeishuChannel({
        webhookUrl: cfg.feishuWebhookUrl,
        timeoutMs,
        ...(cfg.feishuSecret ? { secret: cfg.feishuSecret } : {}),
      }),
    );
  }
  return channels;
}

/**
 * E-mail over SMTP through nodemailer. One plain-text message per send: subject = title,
 * body = text, then the link on its own paragraph. Non-ASCII subjects and bodies are encoded
 * by nodemailer (RFC 2047 encoded words, quoted-printable or base64 bodies, UTF-8).
 */
import { createTransport } from 'nodemailer';
import type { NotificationChannel, OutboundMessage } from './notifier.types.js';

export interface EmailChannelOptions {
  host: string;
  port: number;
  /** true for implicit TLS (usually port 465); false uses STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
  /** Sender, e.g. `"管家" <noreply@example.com>`. */
  from: string;
  /** Connection, greeting and socket timeout in milliseconds (default 10000). */
  timeoutMs?: number;
}

export function emailText(msg: OutboundMessage): string {
  return msg.link ? `${msg.text}\n\n${msg.link}` : msg.text;
}

export function createEmailChannel(opts: EmailChannelOptions): NotificationChannel {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const transport = createTransport({
    host: opts.host,
    port: opts.port,
    secure: opts.secure,
    ...(opts.user ? { auth: { user: opts.user, pass: opts.password ?? '' } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    kind: 'email',
    async send(msg, to) {
      const recipient = to?.email?.trim();
      if (!recipient) throw new Error('email channel: the message has no recipient address');
      await transport.sendMail({
        from: opts.from,
        to: recipient,
        subject: msg.title,
        text: emailText(msg),
      });
    },
  };
}

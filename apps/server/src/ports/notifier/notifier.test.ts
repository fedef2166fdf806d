/**
 * X-4 outbound notifications against local fake servers on 127.0.0.1 (port 0): a minimal SMTP
 * server on node:net and an HTTP server on node:http that plays the three robot webhooks.
 */
import { createHmac } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createChannels } from './channels.js';
import { createDingtalkChannel } from './dingtalk.channel.js';
import { createEmailChannel } from './email.channel.js';
import { createFeishuChannel } from './feishu.channel.js';
import type { OutboundMessage } from './notifier.types.js';
import { createWecomChannel, WECOM_MARKDOWN_MAX_BYTES } from './wecom.channel.js';

// ---------------------------------------------------------------------------------------------
// Fake SMTP server
// ---------------------------------------------------------------------------------------------

interface SmtpMessage {
  mailFrom: string;
  rcptTo: string[];
  data: string;
  auth?: { user: string; pass: string };
}

interface FakeSmtp {
  port: number;
  messages: SmtpMessage[];
  /** Every command line received, for debugging failed assertions. */
  log: string[];
  close(): Promise<void>;
}

const REJECTED_RECIPIENT = 'nobody@rejected.test';

function startFakeSmtp(): Promise<FakeSmtp> {
  const messages: SmtpMessage[] = [];
  const log: string[] = [];
  const sockets = new Set<Socket>();

  const server: NetServer = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.setEncoding('utf8');

    let buffer = '';
    let inData = false;
    let awaitingAuthPlain = false;
    let auth: { user: string; pass: string } | undefined;
    let current: SmtpMessage | undefined;
    let dataLines: string[] = [];

    const reply = (line: string) => socket.write(`${line}\r\n`);
    const decodePlain = (b64: string) => {
      const [, user = '', pass = ''] = Buffer.from(b64, 'base64').toString('utf8').split('\0');
      auth = { user, pass };
    };

    const onLine = (line: string) => {
      if (inData) {
        if (line === '.') {
          inData = false;
          if (current) {
            current.data = dataLines.join('\r\n');
            messages.push(current);
          }
          current = undefined;
          dataLines = [];
          reply('250 2.0.0 OK queued');
        } else {
          dataLines.push(line.startsWith('..') ? line.slice(1) : line);
        }
        return;
      }
      log.push(line);
      if (awaitingAuthPlain) {
        awaitingAuthPlain = false;
        decodePlain(line);
        reply('235 2.7.0 Authentication successful');
        return;
      }
      const verb = line.split(' ')[0]?.toUpperCase() ?? '';
      switch (verb) {
        case 'EHLO':
          socket.write('250-fake.smtp.test\r\n250-AUTH PLAIN\r\n250 OK\r\n');
          break;
        case 'HELO':
          reply('250 fake.smtp.test');
          break;
        case 'AUTH': {
          const [, mech = '', initial] = line.split(' ');
          if (mech.toUpperCase() !== 'PLAIN') {
            reply('504 5.5.4 Unrecognized authentication type');
          } else if (initial) {
            decodePlain(initial);
            reply('235 2.7.0 Authentication successful');
          } else {
            awaitingAuthPlain = true;
            reply('334 ');
          }
          break;
        }
        case 'MAIL': {
          const m = /FROM:\s*<([^>]*)>/i.exec(line);
          current = { mailFrom: m?.[1] ?? '', rcptTo: [], data: '', ...(auth ? { auth } : {}) };
          reply('250 2.1.0 OK');
          break;
        }
        case 'RCPT': {
          const m = /TO:\s*<([^>]*)>/i.exec(line);
          const addr = m?.[1] ?? '';
          if (addr === REJECTED_RECIPIENT) {
            reply('550 5.1.1 Mailbox unavailable');
          } else {
            current?.rcptTo.push(addr);
            reply('250 2.1.5 OK');
          }
          break;
        }
        case 'DATA':
          inData = true;
          dataLines = [];
          reply('354 End data with <CR><LF>.<CR><LF>');
          break;
        case 'RSET':
          current = undefined;
          reply('250 2.0.0 OK');
          break;
        case 'NOOP':
          reply('250 2.0.0 OK');
          break;
        case 'QUIT':
          reply('221 2.0.0 Bye');
          socket.end();
          break;
        default:
          reply('502 5.5.2 Command not implemented');
      }
    };

    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let idx: number;
      while ((idx = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, idx);
        buffer = buffer.slice(idx + 2);
        onLine(line);
      }
    });
    reply('220 fake.smtp.test ESMTP ready');
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        messages,
        log,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Minimal RFC 822 parsing for the assertions: unfolded headers, decoded encoded words and body. */
function parseMail(raw: string): { headers: Map<string, string>; body: string } {
  const sep = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, sep).replace(/\r\n[ \t]+/g, ' ');
  const rawBody = raw.slice(sep + 4);
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const cte = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  let body: string;
  if (cte === 'base64') body = Buffer.from(rawBody.replace(/\s+/g, ''), 'base64').toString('utf8');
  else if (cte === 'quoted-printable') body = decodeQuotedPrintable(rawBody);
  else body = rawBody;
  return { headers, body };
}

function decodeQuotedPrintable(s: string): string {
  const noSoftBreaks = s.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < noSoftBreaks.length; i++) {
    const ch = noSoftBreaks[i]!;
    const hex = noSoftBreaks.slice(i + 1, i + 3);
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(ch, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Decodes RFC 2047 encoded words (B and Q, UTF-8); adjacent encoded words join without the space. */
function decodeEncodedWords(value: string): string {
  const joined = value.replace(/(\?=)\s+(=\?)/g, '$1$2');
  return joined.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, text: string) => {
    if (enc.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8');
    return decodeQuotedPrintable(text.replace(/_/g, ' '));
  });
}

// ---------------------------------------------------------------------------------------------
// Fake robot webhook server
// ---------------------------------------------------------------------------------------------

interface RecordedRequest {
  method: string;
  path: string;
  rawQuery: string;
  query: URLSearchParams;
  contentType: string;
  body: unknown;
}

interface FakeHttp {
  baseUrl: string;
  requests: RecordedRequest[];
  /** What each path answers; default 200 `{"errcode":0,"errmsg":"ok"}`. `hang` never answers. */
  responses: Map<string, { status: number; body: string } | 'hang'>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function startFakeHttp(): Promise<FakeHttp> {
  const requests: RecordedRequest[] = [];
  const responses: FakeHttp['responses'] = new Map();
  const server: HttpServer = createHttpServer(async (req, res) => {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q >= 0 ? rawUrl.slice(0, q) : rawUrl;
    const rawQuery = q >= 0 ? rawUrl.slice(q + 1) : '';
    const text = await readBody(req);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    requests.push({
      method: req.method ?? '',
      path,
      rawQuery,
      query: new URLSearchParams(rawQuery),
      contentType: req.headers['content-type'] ?? '',
      body,
    });
    const answer = responses.get(path) ?? { status: 200, body: '{"errcode":0,"errmsg":"ok"}' };
    if (answer === 'hang') return; // never answers; closeAllConnections() ends it
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(answer.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        requests,
        responses,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

const MSG: OutboundMessage = {
  title: '审批提醒：会议室预订待您审批',
  text: '张三申请预订 3 楼大会议室（5 月 20 日 14:00–16:00），请尽快处理。',
  link: 'https://guanjia.example.cn/tasks/42',
};

let smtp: FakeSmtp;
let http: FakeHttp;

beforeAll(async () => {
  smtp = await startFakeSmtp();
  http = await startFakeHttp();
});

afterAll(async () => {
  await smtp?.close();
  await http?.close();
});

beforeEach(() => {
  smtp.messages.length = 0;
  smtp.log.length = 0;
  http.requests.length = 0;
  http.responses.clear();
});

function lastRequest(): RecordedRequest {
  expect(http.requests).toHaveLength(1);
  return http.requests[0]!;
}

describe('X-4 e-mail channel (SMTP via nodemailer)', () => {
  it('X-4 delivers subject, Chinese text and link to the recipient', async () => {
    const ch = createEmailChannel({ host: '127.0.0.1', port: smtp.port, secure: false, from: 'noreply@guanjia.test' });
    expect(ch.kind).toBe('email');
    await ch.send(MSG, { email: 'zhangsan@example.cn' });

    expect(smtp.messages).toHaveLength(1);
    const m = smtp.messages[0]!;
    expect(m.mailFrom).toBe('noreply@guanjia.test');
    expect(m.rcptTo).toEqual(['zhangsan@example.cn']);
    expect(m.auth).toBeUndefined();

    const { headers, body } = parseMail(m.data);
    expect(headers.get('to')).toContain('zhangsan@example.cn');
    expect(headers.get('from')).toContain('noreply@guanjia.test');
    expect(decodeEncodedWords(headers.get('subject') ?? '')).toBe(MSG.title);
    expect(headers.get('content-type')).toMatch(/^text\/plain;.*charset=utf-8/i);
    expect(body.replace(/\r\n/g, '\n').trim()).toBe(`${MSG.text}\n\n${MSG.link}`);
  });

  it('X-4 authenticates with user and password when configured', async () => {
    const ch = createEmailChannel({
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: 'mailer',
      password: '密码-s3cret',
      from: '"管家" <noreply@guanjia.test>',
    });
    await ch.send({ title: '测试', text: '没有链接的正文' }, { email: 'lisi@example.cn' });
    expect(smtp.messages).toHaveLength(1);
    const m = smtp.messages[0]!;
    expect(m.auth).toEqual({ user: 'mailer', pass: '密码-s3cret' });
    const { headers, body } = parseMail(m.data);
    expect(decodeEncodedWords(headers.get('from') ?? '')).toContain('管家');
    expect(body.replace(/\r\n/g, '\n').trim()).toBe('没有链接的正文');
  });

  it('X-4 rejects without a recipient and when the server refuses the recipient', async () => {
    const ch = createEmailChannel({ host: '127.0.0.1', port: smtp.port, secure: false, from: 'noreply@guanjia.test' });
    await expect(ch.send(MSG)).rejects.toThrow(/recipient/);
    await expect(ch.send(MSG, {})).rejects.toThrow(/recipient/);
    await expect(ch.send(MSG, { email: REJECTED_RECIPIENT })).rejects.toThrow(/550|Mailbox unavailable/);
    expect(smtp.messages).toHaveLength(0);
  });
});

describe('X-4 WeCom group robot', () => {
  it('X-4 posts the markdown body to the webhook URL', async () => {
    const ch = createWecomChannel({ webhookUrl: `${http.baseUrl}/wecom/send?key=abc-123` });
    expect(ch.kind).toBe('wecom');
    await ch.send(MSG);
    const r = lastRequest();
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/wecom/send');
    expect(r.query.get('key')).toBe('abc-123');
    expect(r.contentType).toMatch(/^application\/json/);
    expect(r.body).toEqual({
      msgtype: 'markdown',
      markdown: { content: `**${MSG.title}**\n${MSG.text}\n[查看详情](${MSG.link})` },
    });
  });

  it('X-4 cuts markdown content to WeCom’s 4096-byte limit without breaking characters', async () => {
    const ch = createWecomChannel({ webhookUrl: `${http.baseUrl}/wecom/send?key=k` });
    await ch.send({ title: '长消息', text: '汉'.repeat(3000) });
    const content = (lastRequest().body as { markdown: { content: string } }).markdown.content;
    expect(Buffer.byteLength(content, 'utf8')).toBeLessThanOrEqual(WECOM_MARKDOWN_MAX_BYTES);
    expect(content.startsWith('**长消息**\n汉汉')).toBe(true);
    expect(content.endsWith('…')).toBe(true);
    expect(content).not.toContain('\uFFFD');
  });

  it('X-4 rejects with the platform errmsg when errcode is not 0', async () => {
    http.responses.set('/wecom/send', {
      status: 200,
      body: JSON.stringify({ errcode: 93000, errmsg: 'invalid webhook url, hint: [123]' }),
    });
    const ch = createWecomChannel({ webhookUrl: `${http.baseUrl}/wecom/send?key=bad` });
    await expect(ch.send(MSG)).rejects.toThrow(/93000.*invalid webhook url/);
  });
});

describe('X-4 DingTalk custom robot', () => {
  it('X-4 posts the markdown body, unsigned when there is no secret', async () => {
    const ch = createDingtalkChannel({ webhookUrl: `${http.baseUrl}/dingtalk/robot/send?access_token=tok` });
    expect(ch.kind).toBe('dingtalk');
    await ch.send(MSG);
    const r = lastRequest();
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/dingtalk/robot/send');
    expect(r.rawQuery).toBe('access_token=tok');
    expect(r.contentType).toMatch(/^application\/json/);
    expect(r.body).toEqual({
      msgtype: 'markdown',
      markdown: { title: MSG.title, text: `### ${MSG.title}\n\n${MSG.text}\n\n[查看详情](${MSG.link})` },
    });
  });

  it('X-4 signs with timestamp (ms) and url-encoded base64 HMAC-SHA256 of "timestamp\\nsecret"', async () => {
    const secret = 'SECd2c7f0c4e1b14a9a8e5b6f3a1c2d4e5f60718293a4b5c6d7e8f9012345678';
    const ch = createDingtalkChannel({ webhookUrl: `${http.baseUrl}/dingtalk/robot/send?access_token=tok`, secret });
    const before = Date.now();
    await ch.send(MSG);
    const after = Date.now();
    const r = lastRequest();
    expect(r.query.get('access_token')).toBe('tok');

    const ts = r.query.get('timestamp') ?? '';
    expect(ts).toMatch(/^\d{13}$/);
    expect(Number(ts)).toBeGreaterThanOrEqual(before);
    expect(Number(ts)).toBeLessThanOrEqual(after);

    const expected = createHmac('sha256', Buffer.from(secret, 'utf8'))
      .update(Buffer.from(`${ts}\n${secret}`, 'utf8'))
      .digest('base64');
    expect(r.query.get('sign')).toBe(expected);
    // On the wire the sign is URL-encoded: no raw '+', '/' or '=' from base64 in the query string.
    const rawSign = /(?:^|&)sign=([^&]*)/.exec(r.rawQuery)?.[1] ?? '';
    expect(rawSign).toBe(encodeURIComponent(expected));
    expect(rawSign).not.toMatch(/[+/=]/);
  });

  it('X-4 signature matches a fixed clock', async () => {
    const ch = createDingtalkChannel({
      webhookUrl: `${http.baseUrl}/dingtalk/robot/send?access_token=tok`,
      secret: 'this is secret',
      now: () => 1_700_000_000_123,
    });
    await ch.send(MSG);
    const r = lastRequest();
    expect(r.query.get('timestamp')).toBe('1700000000123');
    const expected = createHmac('sha256', 'this is secret').update('1700000000123\nthis is secret').digest('base64');
    expect(r.query.get('sign')).toBe(expected);
  });

  it('X-4 rejects with the platform errmsg when errcode is not 0', async () => {
    http.responses.set('/dingtalk/robot/send', {
      status: 200,
      body: JSON.stringify({ errcode: 310000, errmsg: 'sign not match, more: [https://ding-doc.dingtalk.com/]' }),
    });
    const ch = createDingtalkChannel({ webhookUrl: `${http.baseUrl}/dingtalk/robot/send?access_token=t`, secret: 'x' });
    await expect(ch.send(MSG)).rejects.toThrow(/310000.*sign not match/);
  });
});

describe('X-4 Feishu custom robot', () => {
  const feishuOk = JSON.stringify({
    code: 0,
    msg: 'success',
    data: {},
    Extra: null,
    StatusCode: 0,
    StatusMessage: 'success',
  });

  it('X-4 posts the text body, without timestamp/sign when there is no secret', async () => {
    http.responses.set('/feishu/open-apis/bot/v2/hook/abc', { status: 200, body: feishuOk });
    const ch = createFeishuChannel({ webhookUrl: `${http.baseUrl}/feishu/open-apis/bot/v2/hook/abc` });
    expect(ch.kind).toBe('feishu');
    await ch.send(MSG);
    const r = lastRequest();
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/feishu/open-apis/bot/v2/hook/abc');
    expect(r.contentType).toMatch(/^application\/json/);
    expect(r.body).toEqual({ msg_type: 'text', content: { text: `${MSG.title}\n${MSG.text}\n${MSG.link}` } });
  });

  it('X-4 signs in the body: timestamp in seconds, sign = base64 HMAC-SHA256 keyed by "timestamp\\nsecret" over ""', async () => {
    http.responses.set('/feishu/hook', { status: 200, body: feishuOk });
    const secret = 'qTyK7Z9aHcVbKx0xYjP2Nd';
    const ch = createFeishuChannel({ webhookUrl: `${http.baseUrl}/feishu/hook`, secret });
    const before = Math.floor(Date.now() / 1000);
    await ch.send(MSG);
    const after = Math.floor(Date.now() / 1000);
    const body = lastRequest().body as Record<string, unknown>;

    expect(Object.keys(body).sort()).toEqual(['content', 'msg_type', 'sign', 'timestamp']);
    expect(body['msg_type']).toBe('text');
    expect(body['content']).toEqual({ text: `${MSG.title}\n${MSG.text}\n${MSG.link}` });
    const ts = body['timestamp'];
    expect(typeof ts).toBe('string');
    expect(ts).toMatch(/^\d{10}$/);
    expect(Number(ts)).toBeGreaterThanOrEqual(before);
    expect(Number(ts)).toBeLessThanOrEqual(after);

    const expected = createHmac('sha256', Buffer.from(`${String(ts)}\n${secret}`, 'utf8')).update(Buffer.alloc(0)).digest('base64');
    expect(body['sign']).toBe(expected);
    // Not the DingTalk construction (key = secret, message = "timestamp\nsecret").
    const dingtalkStyle = createHmac('sha256', secret).update(`${String(ts)}\n${secret}`).digest('base64');
    expect(body['sign']).not.toBe(dingtalkStyle);
  });

  it('X-4 signature matches a fixed clock', async () => {
    http.responses.set('/feishu/hook', { status: 200, body: feishuOk });
    const ch = createFeishuChannel({ webhookUrl: `${http.baseUrl}/feishu/hook`, secret: 's', now: () => 1_599_360_473_999 });
    await ch.send(MSG);
    const body = lastRequest().body as Record<string, unknown>;
    expect(body['timestamp']).toBe('1599360473');
    expect(body['sign']).toBe(createHmac('sha256', '1599360473\ns').update('').digest('base64'));
  });

  it('X-4 rejects with the platform msg when code is not 0', async () => {
    http.responses.set('/feishu/hook', {
      status: 200,
      body: JSON.stringify({ code: 19021, data: {}, msg: 'sign match fail or timestamp is not within one hour from current time' }),
    });
    const ch = createFeishuChannel({ webhookUrl: `${http.baseUrl}/feishu/hook`, secret: 's' });
    await expect(ch.send(MSG)).rejects.toThrow(/19021.*sign match fail/);
  });

  it('X-4 accepts the older StatusCode answer and rejects a non-zero one', async () => {
    const ch = createFeishuChannel({ webhookUrl: `${http.baseUrl}/feishu/hook` });
    http.responses.set('/feishu/hook', { status: 200, body: JSON.stringify({ Extra: null, StatusCode: 0, StatusMessage: 'success' }) });
    await expect(ch.send(MSG)).resolves.toBeUndefined();
    http.responses.set('/feishu/hook', { status: 200, body: JSON.stringify({ StatusCode: 9499, StatusMessage: 'Bad Request' }) });
    await expect(ch.send(MSG)).rejects.toThrow(/9499.*Bad Request/);
    http.responses.set('/feishu/hook', { status: 200, body: JSON.stringify({ ok: true }) });
    await expect(ch.send(MSG)).rejects.toThrow(/Feishu/);
  });
});

describe('X-4 webhook transport errors', () => {
  it('X-4 a non-2xx answer rejects with the platform message and never echoes the URL', async () => {
    http.responses.set('/wecom/send', { status: 500, body: JSON.stringify({ errcode: -1, errmsg: '系统繁忙' }) });
    const ch = createWecomChannel({ webhookUrl: `${http.baseUrl}/wecom/send?key=super-secret-key` });
    const err = await ch.send(MSG).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/HTTP 500.*系统繁忙/);
    expect((err as Error).message).not.toContain('super-secret-key');
  });

  it('X-4 a non-JSON 2xx answer rejects', async () => {
    http.responses.set('/dingtalk/robot/send', { status: 200, body: '<html>gateway</html>' });
    const ch = createDingtalkChannel({ webhookUrl: `${http.baseUrl}/dingtalk/robot/send?access_token=t` });
    await expect(ch.send(MSG)).rejects.toThrow(/DingTalk.*JSON/);
  });

  it('X-4 a webhook that does not answer times out after the configured time', async () => {
    http.responses.set('/feishu/slow', 'hang');
    const ch = createFeishuChannel({ webhookUrl: `${http.baseUrl}/feishu/slow`, timeoutMs: 150 });
    const started = Date.now();
    await expect(ch.send(MSG)).rejects.toThrow(/timed out after 150 ms/);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(100);
    expect(elapsed).toBeLessThan(3000);
  });

  it('X-4 an unreachable webhook rejects', async () => {
    // Bind and release a port so nothing listens on it.
    const probe = createNetServer();
    const port = await new Promise<number>((resolve) =>
      probe.listen(0, '127.0.0.1', () => resolve((probe.address() as AddressInfo).port)),
    );
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const ch = createWecomChannel({ webhookUrl: `http://127.0.0.1:${port}/x?key=k`, timeoutMs: 2000 });
    await expect(ch.send(MSG)).rejects.toThrow(/WeCom webhook request failed/);
  });
});

describe('X-4 createChannels', () => {
  it('X-4 builds nothing when nothing is configured', () => {
    expect(createChannels({ webhookTimeoutMs: 5000 })).toEqual([]);
    expect(createChannels({ webhookTimeoutMs: 5000, wecomWebhookUrl: '', feishuSecret: 'orphan' })).toEqual([]);
  });

  it('X-4 builds only the configured channels and wires secrets and timeout through', async () => {
    const only = createChannels({ webhookTimeoutMs: 5000, feishuWebhookUrl: `${http.baseUrl}/feishu/hook` });
    expect(only.map((c) => c.kind)).toEqual(['feishu']);

    http.responses.set('/feishu/hook', { status: 200, body: JSON.stringify({ code: 0, msg: 'success' }) });
    const all = createChannels({
      smtp: { host: '127.0.0.1', port: smtp.port, secure: false, from: 'noreply@guanjia.test' },
      wecomWebhookUrl: `${http.baseUrl}/wecom/send?key=k`,
      dingtalkWebhookUrl: `${http.baseUrl}/dingtalk/robot/send?access_token=t`,
      dingtalkSecret: 'SECdt',
      feishuWebhookUrl: `${http.baseUrl}/feishu/hook`,
      feishuSecret: 'fs',
      webhookTimeoutMs: 5000,
    });
    expect(all.map((c) => c.kind)).toEqual(['email', 'wecom', 'dingtalk', 'feishu']);

    for (const ch of all) await ch.send(MSG, { email: 'wangwu@example.cn' });
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]!.rcptTo).toEqual(['wangwu@example.cn']);
    expect(http.requests.map((r) => r.path)).toEqual(['/wecom/send', '/dingtalk/robot/send', '/feishu/hook']);

    const ding = http.requests[1]!;
    const dts = ding.query.get('timestamp') ?? '';
    expect(ding.query.get('sign')).toBe(createHmac('sha256', 'SECdt').update(`${dts}\nSECdt`).digest('base64'));
    const fbody = http.requests[2]!.body as Record<string, unknown>;
    expect(fbody['sign']).toBe(createHmac('sha256', `${String(fbody['timestamp'])}\nfs`).update('').digest('base64'));

    http.responses.set('/feishu/slow', 'hang');
    const [slow] = createChannels({ webhookTimeoutMs: 120, feishuWebhookUrl: `${http.baseUrl}/feishu/slow` });
    await expect(slow!.send(MSG)).rejects.toThrow(/timed out after 120 ms/);
  });
});

/**
 * The only reader of process.env. Every variable is documented here and in the README;
 * units are part of the names (…_MS, …_MINUTES, …_BYTES).
 */
import { resolve } from 'node:path';

export interface Config {
  /** HTTP port (PORT, default 3000). */
  port: number;
  /** Address to listen on (HOST, default 127.0.0.1). */
  host: string;
  /** `sqlite:<path>` or a postgres:// URL (DATABASE_URL, default sqlite:./data/guanjia.db). */
  databaseUrl: string;
  dialect: 'sqlite' | 'postgres';
  /** Create the demo company in a new database (DEMO_MODE, default on for SQLite, off for PostgreSQL). */
  demoMode: boolean;
  /** Public origin, e.g. https://oa.example.com (PUBLIC_ORIGIN). Enables Secure + __Host- cookies when https. */
  publicOrigin: string | null;
  /** Trust X-Forwarded-For from these proxies (TRUST_PROXY: "true", a hop count, or comma-separated IPs/CIDRs). */
  trustProxy: boolean | number | string[];
  /** Session idle timeout (SESSION_IDLE_MINUTES, default 30). */
  sessionIdleMinutes: number;
  /** Session absolute lifetime (SESSION_ABSOLUTE_HOURS, default 12). */
  sessionAbsoluteHours: number;
  /** Failed logins allowed per account / per address in the window (LOGIN_MAX_FAILURES_PER_ACCOUNT 5, LOGIN_MAX_FAILURES_PER_IP 20). */
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerIp: number;
  /** Window for counting failed logins (LOGIN_WINDOW_MINUTES, default 15). */
  loginWindowMinutes: number;
  /** Upload size cap (UPLOAD_MAX_BYTES, default 20 MB). */
  uploadMaxBytes: number;
  /** Directory of the built web app (WEB_DIST_DIR, default apps/web/dist). */
  webDistDir: string;
  /** Log level (LOG_LEVEL, default info; tests use silent). */
  logLevel: string;
  /** Minimum minutes between two urges (催办) of one process instance (URGE_INTERVAL_MINUTES, default 60). */
  urgeIntervalMinutes: number;
  /** Background loop interval for notification delivery (WORKER_INTERVAL_MS, default 5000; 0 disables). */
  workerIntervalMs: number;
  notifier: {
    smtp: { host: string; port: number; secure: boolean; user?: string; password?: string; from: string } | null;
    wecomWebhookUrl?: string;
    dingtalkWebhookUrl?: string;
    dingtalkSecret?: string;
    feishuWebhookUrl?: string;
    feishuSecret?: string;
    webhookTimeoutMs: number;
  };
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, def: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return n;
}

function bool(env: Env, name: string, def: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return def;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function trustProxy(raw: string | undefined): Config['trustProxy'] {
  if (!raw) return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const databaseUrl = env.DATABASE_URL || `sqlite:${resolve(cwd, 'data/guanjia.db')}`;
  const dialect = /^postgres(ql)?:\/\//.test(databaseUrl) ? 'postgres' : 'sqlite';
  if (dialect === 'sqlite' && !databaseUrl.startsWith('sqlite:')) {
    throw new Error(`DATABASE_URL must be sqlite:<path> or postgres://…, got "${databaseUrl}"`);
  }
  const smtpHost = env.SMTP_HOST;
  return {
    port: int(env, 'PORT', 3000),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dialect,
    demoMode: bool(env, 'DEMO_MODE', dialect === 'sqlite'),
    publicOrigin: env.PUBLIC_ORIGIN?.replace(/\/$/, '') || null,
    trustProxy: trustProxy(env.TRUST_PROXY),
    sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: int(env, 'SESSION_ABSOLUTE_HOURS', 12),
    loginMaxFailuresPerAccount: int(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5),
    loginMaxFailuresPerIp: int(env, 'LOGIN_MAX_FAILURES_PER_IP', 20),
    loginWindowMinutes: int(env, 'LOGIN_WINDOW_MINUTES', 15),
    uploadMaxBytes: int(env, 'UPLOAD_MAX_BYTES', 20 * 1024 * 1024),
    webDistDir: resolve(cwd, env.WEB_DIST_DIR || 'apps/web/dist'),
    logLevel: env.LOG_LEVEL || 'info',
    workerIntervalMs: int(env, 'WORKER_INTERVAL_MS', 5000),
    urgeIntervalMinutes: int(env, 'URGE_INTERVAL_MINUTES', 60),
    notifier: {
      smtp: smtpHost
        ? {
            host: smtpHost,
            port: int(env, 'SMTP_PORT', 587),
            secure: bool(env, 'SMTP_SECURE', false),
            user: env.SMTP_USER || undefined,
            password: env.SMTP_PASSWORD || undefined,
            from: env.SMTP_FROM || 'guanjia@localhost',
          }
        : null,
      wecomWebhookUrl: env.WECOM_WEBHOOK_URL || undefined,
      dingtalkWebhookUrl: env.DINGTALK_WEBHOOK_URL || undefined,
      dingtalkSecret: env.DINGTALK_SECRET || undefined,
      feishuWebhookUrl: env.FEISHU_WEBHOOK_URL || undefined,
      feishuSecret: env.FEISHU_SECRET || undefined,
      webhookTimeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 5000),
    },
  };
}

/** Config for tests: defaults with overrides, never reading the real environment. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent', WORKER_INTERVAL_MS: '0' }), ...overrides };
}

/**
 * Debian chromium driven by playwright-core (no bundled browser download), zh-CN by default.
 * Every page opened through a session reports console errors, uncaught exceptions, failed
 * requests and 5xx responses into `session.problems`, so a spec can assert that none happened.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const screenshotDir = fileURLToPath(new URL('../screenshots/', import.meta.url));

export interface Problem {
  kind: 'console' | 'pageerror' | 'requestfailed' | 'http';
  text: string;
  url?: string;
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  /** The first page of the context, already watched. */
  page: Page;
  /** Everything that went wrong in any page of the context, in order. */
  problems: Problem[];
  /** Problems as readable lines, without those matching `ignore` (e.g. an expected 401). */
  problemLines(ignore?: RegExp[]): string[];
  close(): Promise<void>;
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches chromium and opens one context (zh-CN, 1366×900 unless overridden) with one page. */
export async function openBrowser(options: BrowserContextOptions = {}): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: install it with \`apt-get install -y chromium fonts-wqy-microhei\``);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: LAUNCH_ARGS });
  const problems: Problem[] = [];
  try {
    const context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1366, height: 900 },
      ...options,
    });
    // Generous: CI runs the browser next to the API tests on two cores.
    context.setDefaultTimeout(20_000);
    context.setDefaultNavigationTimeout(30_000);
    context.on('page', (p) => watch(p, problems));
    const page = await context.newPage();
    return {
      browser,
      context,
      page,
      problems,
      problemLines: (ignore = []) =>
        problems
          .map((p) => `${p.kind}: ${p.text}${p.url ? ` (${p.url})` : ''}`)
          .filter((line) => !ignore.some((re) => re.test(line))),
      close: async () => {
        await context.close().catch(() => undefined);
        await browser.close();
      },
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

function watch(page: Page, problems: Problem[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push({ kind: 'console', text: msg.text(), url: msg.location().url || undefined });
  });
  page.on('pageerror', (err) => problems.push({ kind: 'pageerror', text: err.stack ?? err.message }));
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? 'failed';
    // A navigation or a React Query cancel aborts in-flight requests; that is not a fault.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push({ kind: 'requestfailed', text: `${req.method()} ${reason}`, url: req.url() });
  });
  page.on('response', (res) => {
    if (res.status() >= 500) problems.push({ kind: 'http', text: `${res.request().method()} ${res.status()}`, url: res.url() });
  });
}

/**
 * Saves a screenshot as e2e/screenshots/<name>.png and returns its path. The viewport by default:
 * the shell's sticky sidebar and header look torn in a full-page capture.
 */
export async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  // Let fonts and antd's motion settle so the picture shows the final state.
  await page.evaluate(() => document.fonts.ready.then(() => undefined)).catch(() => undefined);
  await page.waitForTimeout(300);
  await page.screenshot({ path, fullPage: opts.fullPage ?? false });
  return path;
}

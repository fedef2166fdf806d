/**
 * Helpers shared by the browser specs: matching antd button labels, logging in and out, page
 * width checks, and what a failing test leaves behind (a screenshot, the browser's problems and
 * an aria snapshot of the page, appended to the error).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { screenshotDir, shot, type BrowserSession } from './browser.js';

/**
 * antd puts a space between the two characters of a two-character Chinese button label
 * ("登录" shows as "登 录"), so button names are matched with optional whitespace.
 */
export function cjk(text: string): RegExp {
  const escaped = [...text].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^\\s*${escaped.join('\\s*')}\\s*$`);
}

/**
 * The browser logs a failed fetch: a 401 from /api/me (before login, and once more after a
 * logout) or a rejected login is expected.
 */
export const EXPECTED_PROBLEMS = [/status of 401/];

export interface LoginLabels {
  username: string;
  password: string;
  submit: string;
}

export const ZH_LOGIN_LABELS: LoginLabels = { username: '用户名', password: '密码', submit: '登录' };

/** Fills the login form (opening /login first if needed) and submits it; does not wait for the result. */
export async function login(page: Page, baseUrl: string, username: string, password: string, labels: LoginLabels = ZH_LOGIN_LABELS) {
  if (!page.url().startsWith(`${baseUrl}/login`)) await page.goto(`${baseUrl}/login`);
  await page.getByLabel(labels.username, { exact: true }).fill(username);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  const submit = page.getByTestId('login-submit');
  await expect.poll(async () => (await submit.textContent())?.replace(/\s+/g, '')).toBe(labels.submit.replace(/\s+/g, ''));
  await submit.click();
}

/**
 * 退出登录 from the user menu, ending on /login.
 *
 * The user menu is opened again if its dropdown closed before the click landed (seen now and
 * then right after an action's dialog closed) or the click was lost.
 *
 * With `freshVisitAt` (the base URL): work-around (see the report): after 退出登录 the login page
 * keeps the last user's page as the place to return to (history.state.usr.from), so the next user
 * would land on it — even after a reload of /login. Open the home page instead, as a fresh
 * visitor would.
 */
export async function logout(page: Page, freshVisitAt?: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitem', { name: '退出登录' }).click({ timeout: 5_000 });
      await page.waitForURL(/\/login$/, { timeout: 5_000 });
      break;
    } catch (err) {
      if (attempt >= 3) throw err;
      await page.keyboard.press('Escape');
    }
  }
  if (freshVisitAt === undefined) return;
  await page.getByTestId('login-submit').waitFor();
  await page.goto(`${freshVisitAt}/`);
  await page.waitForURL(/\/login$/);
}

export async function pageOverflow(page: Page): Promise<{ viewport: number; document: number; body: number }> {
  return page.evaluate(() => ({
    viewport: window.innerWidth,
    document: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
  }));
}

/** Failure pictures of an earlier run would mislead: removes screenshots whose names start so. */
export function removeFailureShots(namePrefix: string) {
  for (const f of (existsSync(screenshotDir) ? readdirSync(screenshotDir, { withFileTypes: true }) : []).filter((e) => e.name.startsWith(namePrefix))) {
    rmSync(join(screenshotDir, f.name), { force: true });
  }
}

/**
 * On failure: a screenshot of what the page showed (named `FAILED-<prefix><test name>`), and the
 * problems seen so far.
 */
export async function failureShot(browser: BrowserSession, err: unknown, prefix = ''): Promise<void> {
  const { page } = browser;
  const name = `FAILED-${prefix}${expect.getState().currentTestName?.replace(/[^\w-]+/g, '_').slice(0, 60) ?? 'test'}`;
  const path = await shot(page, name).catch(() => null);
  if (err instanceof Error) {
    const seen = browser.problemLines();
    err.message += `\n(screenshot: ${path ?? 'none'}; page: ${page.url()})`;
    if (seen.length) err.message += `\nbrowser problems:\n  ${seen.join('\n  ')}`;
    const aria = await page.locator('body').ariaSnapshot({ timeout: 5_000 }).catch(() => null);
    if (aria) err.message += `\npage (aria snapshot):\n${aria.slice(0, 4000)}`;
  }
}

/**
 * Runs a test's browser steps: on failure adds the failure screenshot and the browser's problems
 * to the error (see failureShot); always closes the browser.
 */
export async function inBrowser(browser: BrowserSession, failurePrefix: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    await failureShot(browser, err, failurePrefix);
    throw err;
  } finally {
    await browser.close();
  }
}

/**
 * Confirms the open dialog whose button is `action` (after `fill`, if given) and waits for the
 * result. The success toast ("已同意") lasts three seconds and a busy CI machine can miss it, so
 * the dialog closing without an error counts as success too; an error (an alert in the dialog or
 * an error toast) ends the wait with its text in the failure message.
 */
export async function confirmDialogAction(page: Page, action: string, fill?: (dialog: Locator) => Promise<void>): Promise<void> {
  const dialog = page.locator('.ant-modal').filter({ has: page.getByRole('button', { name: cjk(action) }) });
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: cjk(action) }).click();
  await expect
    .poll(
      async () => {
        const errorToast = page.locator('.ant-message-error');
        if (await errorToast.count()) return `error toast: ${await errorToast.first().textContent()}`;
        const alert = dialog.locator('.ant-alert-error');
        if (await alert.count()) return `error in dialog: ${await alert.first().textContent()}`;
        if (await page.locator('.ant-message').getByText(`已${action}`).count()) return 'done';
        return (await dialog.isVisible()) ? 'dialog still open' : 'done';
      },
      { timeout: 20_000, message: `the ${action} dialog ends without an error` },
    )
    .toBe('done');
  await dialog.waitFor({ state: 'hidden' });
}

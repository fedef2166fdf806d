/**
 * 公文管理 in a real browser (DOC-1): the office clerk 林小红 (linxiaohong) registers an incoming
 * document and sends it to 总经理 陈志强 (chenzhiqiang), who instructs 维修部 and 客服部; both heads
 * (高峰 gaofeng, 宋佳 songjia) confirm reading (read receipts); 维修部 feeds back, 客服部 is late:
 * the server's clock is moved past the workday limit and the engine's timers fire, so the late
 * department is urged automatically (催办记录 on the document); the clerk also urges by hand with
 * the page's 催办 button; then 客服部 feeds back and the clerk archives (归档).
 *
 * Screenshots go to e2e/screenshots/ (documents-*.png).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Clock } from '../apps/server/src/ports/clock.js';
import { openBrowser, shot } from './support/browser.js';
import { inBrowser, login, pageOverflow, removeFailureShots } from './support/flows.js';
import { startServer, type RunningServer } from './support/server.js';

/** The server's clock: the system clock, which the spec moves forward (never back). */
class ShiftableClock implements Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

/** A fresh session for `username` (the old one may have expired when the clock moved). */
async function as(page: Page, base: string, username: string) {
  await page.context().clearCookies();
  await page.goto(`${base}/login`);
  await login(page, base, username, 'demo1234');
  await page.waitForURL(`${base}/`);
}

/** Picks an option of an antd Select by typing its text. */
async function pick(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

const statusOf = (page: Page) => page.getByTestId('doc-status').textContent();

describe('documents in the browser', () => {
  let server: RunningServer;
  const clock = new ShiftableClock();

  beforeAll(async () => {
    removeFailureShots('FAILED-documents');
    server = await startServer({}, { clock });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('DOC-1: register → 批示 to two departments → both read (receipts) → one late and urged → feedback → 归档', async () => {
    const browser = await openBrowser();
    const { page } = browser;
    const base = server.baseUrl;
    const title = 'E2E 关于开展冬季消防安全检查的通知';
    await inBrowser(browser, 'FAILED-documents-', async () => {
      // ---- 内勤/秘书 registers the document from the 收文登记 page.
      await as(page, base, 'linxiaohong');
      await page.getByTestId('side-menu').getByRole('menuitem', { name: '收文登记' }).click();
      await page.waitForURL(/\/documents\/incoming$/);
      await page.getByTestId('incoming-register').click();
      await page.getByTestId('in-sourceNo').fill('杭消〔2026〕66号');
      await page.getByTestId('in-issuer').fill('杭州市消防救援支队');
      await page.getByTestId('in-title').fill(title);
      await page.getByTestId('in-save').click();
      await page.waitForURL(/\/documents\/incoming\/[0-9a-f-]{36}$/);
      const docUrl = page.url();
      await expect.poll(() => statusOf(page)).toBe('已登记');

      // ---- 拟办 and the leader chosen in the form.
      await page.getByTestId('in-text').fill('拟请维修部、客服部按通知开展自查，呈总经理阅示');
      await pick(page, 'in-leader', '陈志强');
      await page.getByTestId('in-submit').click();
      await expect.poll(() => statusOf(page)).toBe('待批示');
      await page.getByTestId('doc-process').waitFor();

      // ---- 总经理 instructs two departments.
      await as(page, base, 'chenzhiqiang');
      await page.goto(docUrl);
      await page.getByTestId('in-instruction').fill('请维修部、客服部三日内完成自查并反馈');
      await pick(page, 'in-departments', '维修部');
      await pick(page, 'in-departments', '客服部');
      await page.keyboard.press('Escape');
      await page.getByTestId('in-instruct').click();
      await expect.poll(() => statusOf(page)).toBe('承办中');
      await expect.poll(() => page.getByTestId('in-handling').textContent()).toContain('客服部');

      // ---- Both heads read it (receipts); 维修部 feeds back, 客服部 does not yet.
      await as(page, base, 'gaofeng');
      await page.goto(docUrl);
      await page.getByTestId('doc-confirm-read').click();
      await expect.poll(async () => (await page.getByTestId('doc-receipts').getByRole('row').filter({ hasText: '高峰' }).textContent()) ?? '').not.toContain('未阅');
      await page.getByTestId('in-feedback').fill('维修部已完成自查，更换过期灭火器2具');
      await page.getByTestId('in-feedback-send').click();
      await expect.poll(() => page.getByTestId('in-handling').textContent()).toContain('已反馈');

      await as(page, base, 'songjia');
      await page.goto(docUrl);
      await page.getByTestId('doc-confirm-read').click();
      await expect.poll(async () => (await page.getByTestId('doc-receipts').getByRole('row').filter({ hasText: '宋佳' }).textContent()) ?? '').not.toContain('未阅');

      // ---- 客服部 is late: move the server's clock past the limit (3 workdays) and fire the timers.
      clock.offsetMs += 8 * 86_400_000;
      await server.services.engine.fireDueTimers(100);
      await as(page, base, 'linxiaohong');
      await page.goto(docUrl);
      const urges = page.getByTestId('doc-urges');
      await expect.poll(() => urges.textContent()).toContain('超时自动催办');
      expect(await urges.textContent()).toContain('宋佳');
      expect(await page.getByTestId('in-handling').textContent()).toContain('已超时');
      // The clerk urges by hand as well (the page's 催办 action).
      await page.getByTestId('doc-urge').click();
      await expect.poll(async () => urges.getByRole('row').count()).toBe(3); // header + automatic + manual
      expect(await urges.textContent()).toContain('林小红');
      await shot(page, 'documents-incoming-urged', { fullPage: true });

      // ---- 客服部 feeds back; the clerk archives.
      await as(page, base, 'songjia');
      await page.goto(docUrl);
      await page.getByTestId('in-feedback').fill('客服部已自查，无隐患');
      await page.getByTestId('in-feedback-send').click();
      await expect.poll(() => statusOf(page)).toBe('待归档');
      await as(page, base, 'linxiaohong');
      await page.goto(docUrl);
      await page.getByTestId('in-archive-note').fill('两部门反馈齐全');
      await page.getByTestId('in-archive').click();
      await expect.poll(() => statusOf(page)).toBe('已归档');
      const receipts = await page.getByTestId('doc-receipts').textContent();
      expect(receipts).toContain('高峰');
      expect(receipts).toContain('宋佳');
      expect(receipts).not.toContain('未阅');
      await shot(page, 'documents-incoming-archived', { fullPage: true });

      // ---- The register lists it as archived.
      await page.goto(`${base}/documents/incoming`);
      const row = page.getByTestId('incoming-list').getByRole('row').filter({ hasText: title });
      await expect.poll(() => row.textContent()).toContain('已归档');

      // ---- At phone width the document page and the register do not scroll sideways.
      await page.setViewportSize({ width: 390, height: 844 });
      for (const url of [docUrl, `${base}/documents/incoming`]) {
        await page.goto(url);
        await page.locator('.page-header').first().waitFor();
        const o = await pageOverflow(page);
        expect(o.document, url).toBeLessThanOrEqual(o.viewport);
      }
      await page.goto(docUrl);
      await page.getByTestId('doc-receipts').waitFor();
      await shot(page, 'documents-incoming-phone', { fullPage: true });
    });
  }, 240_000);
});

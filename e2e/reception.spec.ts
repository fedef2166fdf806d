/**
 * RCP-1 / GIFT-2 in a real browser: the built web app served by the real server (fresh SQLite
 * database with the demo company) in Debian chromium.
 *
 * 售后服务部经理 唐明 (tangming) requests a reception needing 12 packs of 中华 from 接待登记; 综合部部长
 * 刘芳 (liufang) approves it from her inbox; 行政专员 孙丽 (sunli) arranges the gifts on the reception
 * page, which starts 礼品领用; 12 packs (more than one carton) go to 常务副总 王海涛 (wanghaitao), who
 * sees the task in 我的待办 and approves; the reception page then shows the gift issue waiting for
 * the keeper. Screenshots go to e2e/screenshots/ (reception-*.png).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, shot } from './support/browser.js';
import { cjk, confirmDialogAction, login, logout, inBrowser, pageOverflow, removeFailureShots } from './support/flows.js';
import { startServer, type RunningServer } from './support/server.js';

const PASSWORD = 'demo1234';
const VISITOR = 'E2E 苏州恒信物业集团';

async function loginAs(page: Page, baseUrl: string, username: string) {
  await login(page, baseUrl, username, PASSWORD);
  await page.waitForURL(`${baseUrl}/`);
}

async function switchUser(page: Page, baseUrl: string, username: string) {
  await logout(page, baseUrl);
  await loginAs(page, baseUrl, username);
}

/** 我的待办 → the row with this title → its instance page. */
async function openFromTodo(page: Page, title: RegExp | string) {
  await page.getByTestId('side-menu').getByRole('menuitem', { name: /我的待办/ }).click();
  await page.waitForURL(/\/tasks$/);
  const row = page.getByTestId('inbox-table').getByRole('row').filter({ hasText: title });
  await row.first().waitFor();
  await row.first().click();
  await page.waitForURL(/\/instances\//);
}

/** 同意 on the task panel of this step, confirmed. */
async function approve(page: Page, stepLabel: string) {
  const panel = page.getByTestId('task-panel');
  await panel.getByText(stepLabel).first().waitFor();
  await panel.getByTestId('task-action-approve').click();
  await confirmDialogAction(page, '同意');
}

async function pickOption(page: Page, text: string | RegExp) {
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text });
  await option.first().click();
}

describe('reception in the browser', () => {
  let server: RunningServer;

  beforeAll(async () => {
    removeFailureShots('FAILED-reception');
    server = await startServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it('RCP-1 GIFT-2: a reception needing 12 packs is requested → approved → the gift issue goes to 常务副总, who approves it from his inbox', async () => {
    const browser = await openBrowser();
    const { page } = browser;
    const base = server.baseUrl;
    await inBrowser(browser, 'reception-', async () => {
      // ---- 唐明 requests the reception from 接待登记.
      await loginAs(page, base, 'tangming');
      await page.getByTestId('side-menu').getByRole('menuitem', { name: '接待登记' }).click();
      await page.waitForURL(`${base}/reception`);
      await page.getByTestId('new-reception').click();
      const drawer = page.locator('.ant-drawer').filter({ hasText: '来访单位' });
      await drawer.getByLabel('来访单位', { exact: true }).fill(VISITOR);
      await drawer.getByLabel('来访人数', { exact: true }).fill('2');
      const range = drawer.locator('.ant-picker-range');
      await range.locator('input').first().click();
      await range.locator('input').first().fill('2026-12-08');
      await page.keyboard.press('Enter');
      await range.locator('input').nth(1).fill('2026-12-08');
      await page.keyboard.press('Enter');
      await drawer.getByLabel('来访事由', { exact: true }).fill('物业服务合作考察');
      await drawer.getByRole('checkbox', { name: '礼品', exact: true }).check();
      await drawer.getByTestId('f-gift-item').first().click();
      await pickOption(page, '中华');
      await drawer.getByPlaceholder('数量').first().fill('12');
      await shot(page, 'reception-01-request');
      await page.getByTestId('reception-submit').click();
      await page.waitForURL(/\/reception\/[0-9a-f-]{36}$/);
      const receptionUrl = page.url();
      await expect.poll(() => page.getByTestId('reception-status').textContent()).toBe('审批中');

      // ---- 刘芳 (综合部部长) approves it from her inbox.
      await switchUser(page, base, 'liufang');
      await openFromTodo(page, VISITOR);
      await approve(page, '综合部部长审批');

      // ---- 孙丽 (行政专员) arranges the gifts on the reception page.
      await switchUser(page, base, 'sunli');
      await page.goto(receptionUrl);
      await expect.poll(() => page.getByTestId('reception-status').textContent()).toBe('接待安排');
      await page.getByTestId('arrange-gifts').click();
      const link = page.getByTestId('link-gifts');
      await link.waitFor();
      await link.getByText('审核签字：常务副总').waitFor();
      await link.getByText('香烟 12 包').waitFor();
      await shot(page, 'reception-02-arranged');

      // ---- 王海涛 (常务副总) sees the gift issue in 我的待办 and approves it.
      await switchUser(page, base, 'wanghaitao');
      await openFromTodo(page, /礼品领用.*E2E 苏州恒信/);
      await page.getByText('常务副总审核签字').first().waitFor();
      await shot(page, 'reception-03-vp-task');
      await approve(page, '常务副总审核签字');

      // ---- The reception page shows the issue waiting for the keeper.
      await page.goto(receptionUrl);
      await expect.poll(() => page.getByTestId('link-gifts').locator('.ant-tag').textContent()).toBe('待发放');
      await shot(page, 'reception-04-approved');
      expect(browser.problemLines([/status of 401/])).toEqual([]);
    });
  });

  it('X-9 RCP-1 GIFT-1 at phone width (390 px): 接待登记, a finished reception with its settlement, gift stock and movements without sideways scrolling', async () => {
    const browser = await openBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const { page } = browser;
    const base = server.baseUrl;
    const noSideways = async (what: string) => {
      const o = await pageOverflow(page);
      expect(o.document, `${what}: document width`).toBeLessThanOrEqual(o.viewport);
      expect(o.body, `${what}: body width`).toBeLessThanOrEqual(o.viewport);
    };
    await inBrowser(browser, 'reception-phone-', async () => {
      await loginAs(page, base, 'sunli');
      await page.goto(`${base}/reception?status=finished`);
      const row = page.getByTestId('reception-register').getByRole('row').filter({ hasText: '杭州明远物业有限公司' });
      await row.waitFor();
      await noSideways('接待登记');
      await shot(page, 'reception-05-phone-register');
      await row.getByRole('link').click();
      await page.waitForURL(/\/reception\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.getByTestId('reception-status').textContent()).toBe('已完成');
      await page.getByText('未超预算').waitFor();
      await noSideways('接待详情');
      await shot(page, 'reception-06-phone-finished', { fullPage: true });
      await page.goto(`${base}/reception/gifts?tab=movements`);
      await page.getByTestId('gift-movements').getByText('中华（软）').first().waitFor();
      await noSideways('礼品出入库');
      await shot(page, 'reception-07-phone-movements');
    });
  });
});

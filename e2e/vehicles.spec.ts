/**
 * 公务车辆 requests in a real browser (built web app, real server, fresh SQLite with the demo company):
 *
 * - VEH-6 VEH-7: an urgent goods request and a normal passenger request going the same way at about
 *   the same time: the dispatch board lists the goods run first and offers the two as a carpool;
 *   the admin specialist 孙丽 (sunli) dispatches them together to a car and its designated driver.
 * - VEH-4 VEH-5 X-9: the driver 吴刚 (wugang) at phone width (390 px) departs (附表10, key out)
 *   and returns with odometer, fuel by card and a receipt photo (附表11, key back).
 * - The 附表10 and 附表11 registers show the trip; the 附表11 xlsx export downloads and reads back.
 *
 * The server's clock starts on a fixed Friday morning (2026-11-27 09:00 Beijing) and runs on, so
 * the requests fall on a workday in the published calendar whatever day the test runs.
 * Screenshots: e2e/screenshots/vehicles-*.png.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as playwrightRequest, type Page } from 'playwright-core';
import type { Clock } from '../apps/server/src/ports/clock.js';
import { openBrowser, shot } from './support/browser.js';
import { EXPECTED_PROBLEMS, inBrowser, login, logout, pageOverflow, removeFailureShots } from './support/flows.js';
import { startServer, type RunningServer } from './support/server.js';

const PASSWORD = 'demo1234';
const BASE_MS = Date.parse('2026-11-27T01:00:00.000Z');

/** Starts at BASE_MS and runs with the system clock. */
class FixedStartClock implements Clock {
  private readonly started = Date.now();
  now(): Date {
    return new Date(BASE_MS + (Date.now() - this.started));
  }
}

const bj = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`).toISOString();

async function apiAs(baseUrl: string, username: string) {
  const ctx = await playwrightRequest.newContext({ baseURL: baseUrl });
  const res = await ctx.post('/api/auth/login', { data: { username, password: PASSWORD } });
  if (!res.ok()) throw new Error(`login ${username}: HTTP ${res.status()} ${await res.text()}`);
  const me = (await res.json()) as { csrfToken: string };
  const check = async (r: Awaited<ReturnType<typeof ctx.get>>, what: string): Promise<unknown> => {
    if (!r.ok()) throw new Error(`${what} as ${username}: HTTP ${r.status()} ${await r.text()}`);
    return r.json();
  };
  return {
    get: async <T,>(path: string) => (await check(await ctx.get(path), `GET ${path}`)) as T,
    post: async <T,>(path: string, data: unknown) => (await check(await ctx.post(path, { data, headers: { 'X-CSRF-Token': me.csrfToken } }), `POST ${path}`)) as T,
    dispose: () => ctx.dispose(),
  };
}

async function loginAs(page: Page, baseUrl: string, username: string) {
  await login(page, baseUrl, username, PASSWORD);
  await page.waitForURL(`${baseUrl}/`);
}

/**
 * Chooses an option of an antd Select. When the options re-render under the click (they load after
 * the dropdown opens), the dropdown can stay open over the next field; then the option is clicked
 * again until the dropdown closes.
 */
async function pick(page: Page, testId: string, text: string) {
  const dropdown = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 1; attempt <= 3; attempt++) {
    if ((await dropdown.count()) === 0) await page.getByTestId(testId).click();
    await dropdown.locator('.ant-select-item-option').filter({ hasText: text }).first().click();
    const closed = await dropdown.first().waitFor({ state: 'hidden', timeout: 3_000 }).then(() => true, () => false);
    if (closed) return;
  }
  throw new Error(`the ${testId} dropdown did not close after choosing ${text}`);
}

describe('vehicles: requests, dispatch board, driver, registers', () => {
  let server: RunningServer;
  const day = '2026-12-02'; // a Wednesday
  const goodsDest = '余杭仓库';
  const peopleDest = '余杭区政府';
  let goodsInstance = '';

  beforeAll(async () => {
    removeFailureShots('FAILED-vehicles');
    server = await startServer({}, { clock: new FixedStartClock() });
    // Two requests, both heading west on the same morning, approved by their managers.
    const start = async (username: string, manager: string, data: Record<string, unknown>) => {
      const u = await apiAs(server.baseUrl, username);
      const { instanceId } = await u.post<{ instanceId: string }>('/api/instances', { processKey: 'vehicles.car_request', data });
      await u.dispose();
      return { instanceId, manager };
    };
    const goods = await start('guolei', 'liufang', {
      purpose: '拉运货物', purposeText: '仓库调拨', urgent: true, cargo: '拉运货物', passengers: 0, goodsDesc: '货架 6 件',
      startAt: bj(day, '09:10'), endAt: bj(day, '11:30'), origin: '公司', destination: goodsDest, direction: '西', distanceKm: 30, route: '公司—文一西路—余杭',
    });
    const people = await start('zhangwei', 'tangming', {
      purpose: '外出公差', purposeText: '余杭区政府项目对接', urgent: false, cargo: '乘车人员', passengers: 2,
      startAt: bj(day, '09:00'), endAt: bj(day, '11:00'), origin: '公司', destination: peopleDest, direction: '西', distanceKm: 28, route: '公司—文一西路—余杭',
    });
    goodsInstance = goods.instanceId;
    // zhangwei's manager approves in the browser below; guolei's by API.
    const lf = await apiAs(server.baseUrl, goods.manager);
    const i = await lf.get<{ myActions: { tasks: { taskId: string }[] } }>(`/api/instances/${goods.instanceId}`);
    await lf.post(`/api/tasks/${i.myActions.tasks[0]!.taskId}/actions/approve`, { comment: '同意' });
    await lf.dispose();
    const tm = await apiAs(server.baseUrl, people.manager);
    const j = await tm.get<{ myActions: { tasks: { taskId: string }[] }; data: Record<string, unknown> }>(`/api/instances/${people.instanceId}`);
    expect(j.data.needsGm).toBe(false);
    await tm.post(`/api/tasks/${j.myActions.tasks[0]!.taskId}/actions/approve`, { comment: '同意' });
    await tm.dispose();
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  it('VEH-6 VEH-7 the board puts urgent goods first and offers a carpool; the pair is dispatched to a designated driver', async () => {
    const browser = await openBrowser();
    await inBrowser(browser, 'vehicles-', async () => {
      const { page } = browser;
      const base = server.baseUrl;
      // The manager reads the request on the task page (fields in the documents' words).
      await loginAs(page, base, 'liufang');
      await page.goto(`${base}/instances/${goodsInstance}`);
      await page.getByText('用车事由').first().waitFor();
      await page.getByText(goodsDest).first().waitFor();
      await page.getByText('目的地方向').first().waitFor();
      await shot(page, 'vehicles-request-task', { fullPage: true });
      await logout(page, base);

      await loginAs(page, base, 'sunli');
      await page.goto(`${base}/vehicles/dispatch`);
      const queue = page.getByTestId('dispatch-queue');
      await queue.getByText(goodsDest).first().waitFor();
      const rows = await queue.locator('tbody tr').allTextContents();
      const gi = rows.findIndex((r) => r.includes(goodsDest));
      const pi = rows.findIndex((r) => r.includes(peopleDest));
      expect(gi).toBeGreaterThanOrEqual(0);
      expect(pi, 'urgent goods before the (earlier) passenger trip').toBeGreaterThan(gi);
      expect(rows[gi]).toContain('紧急');
      const offer = page.getByTestId('carpool-offer').filter({ hasText: '郭磊' }).filter({ hasText: '张伟' }).filter({ hasText: goodsDest });
      await offer.waitFor();
      await shot(page, 'vehicles-dispatch-board', { fullPage: true });

      await offer.getByTestId('carpool-dispatch').click();
      const modal = page.locator('.ant-modal').filter({ hasText: '拼车派车' });
      await modal.waitFor();
      await pick(page, 'dispatch-vehicle', '8K512');
      await pick(page, 'dispatch-driver', '吴刚');
      await page.getByTestId('dispatch-ok').click();
      await modal.waitFor({ state: 'hidden' });
      await expect.poll(async () => (await queue.textContent()) ?? '').not.toContain(goodsDest);
      expect(browser.problemLines(EXPECTED_PROBLEMS)).toEqual([]);
    });
  }, 120_000);

  it('VEH-4 VEH-5 the driver departs and returns at phone width (390 px) with odometer, fuel card and receipt photo', async () => {
    const browser = await openBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await inBrowser(browser, 'vehicles-', async () => {
      const { page } = browser;
      const base = server.baseUrl;
      await loginAs(page, base, 'wugang');
      await page.goto(`${base}/vehicles/driver`);
      const card = page.getByTestId('driver-trip').filter({ hasText: goodsDest });
      await card.waitFor();
      expect(await card.textContent()).toContain(peopleDest); // both requests ride on the trip
      await card.getByTestId('trip-depart').click();
      await page.getByTestId('depart-route').waitFor();
      const hint = (await page.locator('.ant-modal').getByText(/上次读数/).first().textContent()) ?? '';
      const last = Number(/上次读数\s*([\d.]+)/.exec(hint)?.[1] ?? '0');
      await page.getByTestId('depart-odometer').fill(String(last));
      await page.getByTestId('depart-ok').click();
      // Durable results, not the 3-second toasts: the return button appears, then 最近回车.
      await card.getByTestId('trip-return').waitFor();

      await card.getByTestId('trip-return').click();
      await page.getByTestId('return-odometer').fill(String(last + 62));
      await page.getByTestId('return-fueled').click();
      await page.getByTestId('return-liters').fill('35');
      await page.getByTestId('return-amount').fill('273.70');
      // A 1×1 PNG stands in for the camera's photo of the receipt.
      const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
      await page.getByTestId('return-receipt').setInputFiles({ name: '加油票据.png', mimeType: 'image/png', buffer: png });
      await page.getByTestId('receipt-ok').waitFor();
      const o = await pageOverflow(page);
      expect(o.document).toBeLessThanOrEqual(o.viewport);
      await shot(page, 'vehicles-driver-return');
      await page.getByTestId('return-ok').click();
      await page.getByText('最近回车').waitFor();
      expect(browser.problemLines(EXPECTED_PROBLEMS)).toEqual([]);
    });
  }, 120_000);

  it('VEH-4 VEH-5 the 附表10/附表11 registers show the trip and the xlsx export reads back', async () => {
    const browser = await openBrowser({ acceptDownloads: true });
    await inBrowser(browser, 'vehicles-', async () => {
      const { page } = browser;
      const base = server.baseUrl;
      await loginAs(page, base, 'sunli');
      // The trip left "now" on the server's clock: 2026-11-27.
      await page.goto(`${base}/vehicles/registers?month=2026-11`);
      const usage = page.getByTestId('usage-register');
      const row = usage.locator('tbody tr').filter({ hasText: goodsDest });
      await row.waitFor();
      expect(await row.textContent()).toContain('郭磊');
      expect(await row.textContent()).toContain('吴刚');
      await page.getByRole('tab', { name: /附表11/ }).click();
      const driving = page.getByTestId('driving-register');
      const drow = driving.locator('tbody tr').filter({ hasText: '吴刚' }).filter({ hasText: '273.70' });
      await drow.waitFor();
      expect(await drow.textContent()).toContain('油卡');
      await shot(page, 'vehicles-registers', { fullPage: true });

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reg-export').click()]);
      const path = join(tmpdir(), `gj-veh-${Date.now()}.xlsx`);
      await download.saveAs(path);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const ws = wb.worksheets[0]!;
      expect((ws.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['车牌号', '司机', '出车时间', '回来时间']);
      const values = (ws.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
      expect(values.some((r) => r.includes('吴刚') && r.includes(273.7) && r.includes('油卡'))).toBe(true);
      expect(browser.problemLines(EXPECTED_PROBLEMS)).toEqual([]);
    });
  }, 120_000);
});

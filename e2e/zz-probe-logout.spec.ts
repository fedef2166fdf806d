import { afterAll, beforeAll, it } from 'vitest';
import { openBrowser } from './support/browser.js';
import { startServer, type RunningServer } from './support/server.js';
let server: RunningServer;
beforeAll(async () => { server = await startServer(); });
afterAll(async () => { await server?.close(); });
it('probe', async () => {
  const b = await openBrowser();
  const { page } = b;
  const base = server.baseUrl;
  for (const [u1, path, u2] of [['songjia', '/processes/property.repair', 'gaofeng'], ['wanghaitao', '/overdue', 'zhouqiang']]) {
    await page.goto(`${base}/login`);
    await page.getByLabel('用户名', { exact: true }).fill(u1);
    await page.getByLabel('密码', { exact: true }).fill('demo1234');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${base}/`);
    await page.goto(`${base}${path}`);
    await page.waitForTimeout(1500);
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForTimeout(1500);
    console.log('after logout', page.url(), JSON.stringify(await page.evaluate(() => history.state)));
    await page.getByLabel('用户名', { exact: true }).fill(u2);
    await page.getByLabel('密码', { exact: true }).fill('demo1234');
    await page.getByTestId('login-submit').click();
    await page.waitForTimeout(2000);
    console.log('after login', u2, page.url());
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForTimeout(1000);
  }
  console.log(b.problemLines());
  await b.close();
}, 120000);

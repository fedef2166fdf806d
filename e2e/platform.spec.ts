/**
 * The platform in a real browser: the built web app served by the real server (fresh SQLite
 * database with the demo company), driven in Debian chromium as an administrator and a new
 * employee would use it. Screenshots go to e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openBrowser, shot, type BrowserSession } from './support/browser.js';
import { cjk, EXPECTED_PROBLEMS, inBrowser, login, logout, pageOverflow, removeFailureShots } from './support/flows.js';
import { startServer, type RunningServer } from './support/server.js';

const COMPANY = '浙江步阳智能科技有限公司';
const ADMIN = { username: 'admin', password: 'demo1234' };
const NEW_DEPT = '质量安全部';
const NEW_USER = { username: 'e2euser', name: '测试员', initialPassword: 'Passw0rd!', newPassword: 'N3w-Passw0rd!' };

/**
 * Picks a department in an antd TreeSelect by typing its name. The dropdown re-renders while the
 * search filters it, so the choice is checked and retried.
 */
async function pickDepartment(container: Locator, label: string, page: Page, name: string) {
  const input = container.getByLabel(label, { exact: true });
  const chosen = container.locator(`.ant-select-content[title="${name}"]`);
  for (let attempt = 1; ; attempt++) {
    await input.click();
    await input.fill(name);
    const option = page.locator('.ant-select-dropdown:visible').getByTitle(name, { exact: true });
    await option.waitFor();
    await page.waitForTimeout(200);
    await option.click();
    try {
      await chosen.waitFor({ timeout: 3_000 });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

describe('platform in the browser', () => {
  let server: RunningServer;

  beforeAll(async () => {
    // Failure pictures of an earlier run would mislead.
    removeFailureShots('FAILED-platform');
    server = await startServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it('X-1 ORG-1 ORG-3: Chinese login, admin adds a department and a user, who logs in and changes the initial password', async () => {
    const browser: BrowserSession = await openBrowser();
    const { page } = browser;
    await inBrowser(browser, 'platform-', async () => {
      // Login page: Chinese by default, with the company's name.
      await page.goto(`${server.baseUrl}/login`);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await page.getByRole('button', { name: cjk('登录') }).waitFor();
      await page.getByText(COMPANY).waitFor();
      await page.getByText('管家 · 综合管理系统').first().waitFor();
      expect(await page.getByLabel('用户名', { exact: true }).isVisible()).toBe(true);
      expect(await page.getByLabel('密码', { exact: true }).isVisible()).toBe(true);
      await shot(page, 'platform-01-login-zh');

      // Admin logs in and lands on the shell with the Chinese sidebar.
      await login(page, server.baseUrl, ADMIN.username, ADMIN.password);
      await page.waitForURL(`${server.baseUrl}/`);
      const menu = page.getByTestId('side-menu');
      await menu.getByText('组织管理').waitFor();
      await menu.getByText('系统管理').waitFor();
      expect(await menu.getByRole('menuitem', { name: '部门管理' }).isVisible()).toBe(true);
      expect(await menu.getByRole('menuitem', { name: '用户管理' }).isVisible()).toBe(true);
      await page.getByTestId('home-welcome').waitFor();
      await shot(page, 'platform-02-home-admin');

      // ORG-1: the department tree has the company at its root; add 质量安全部 under it.
      await menu.getByRole('menuitem', { name: '部门管理' }).click();
      await page.waitForURL(/\/admin\/departments/);
      const tree = page.getByTestId('department-tree');
      await tree.getByText(COMPANY).waitFor();
      await tree.getByText('综合管理部').waitFor();
      const detail = page.getByTestId('department-detail');
      await detail.getByText(COMPANY).first().waitFor();
      await shot(page, 'platform-03-departments');

      await page.getByTestId('department-create-child').click();
      const deptDialog = page.getByRole('dialog', { name: '新建部门' });
      await deptDialog.waitFor();
      // The parent is preset to the selected department (the company).
      await deptDialog.getByTitle(COMPANY).first().waitFor();
      await deptDialog.getByLabel('部门名称').fill(NEW_DEPT);
      await deptDialog.getByLabel('部门职能').fill('1、负责产品质量与安全生产的监督检查。');
      await shot(page, 'platform-04-department-form');
      await deptDialog.getByRole('button', { name: cjk('保存') }).click();
      await deptDialog.waitFor({ state: 'hidden' });
      await tree.getByText(NEW_DEPT).waitFor();
      await detail.getByText(NEW_DEPT).first().waitFor();
      // Its parent path names the company.
      await detail.locator('.ant-descriptions').getByText(COMPANY).waitFor();
      await shot(page, 'platform-05-department-created');

      // ORG-3: a user in that department, with an initial password.
      await menu.getByRole('menuitem', { name: '用户管理' }).click();
      await page.waitForURL(/\/admin\/users/);
      await page.getByTestId('user-table').getByText('admin', { exact: true }).waitFor();
      await page.getByTestId('user-create').click();
      const userForm = page.getByTestId('user-form');
      await page.getByRole('dialog', { name: '新建用户' }).waitFor();
      await userForm.getByLabel('用户名', { exact: true }).fill(NEW_USER.username);
      await userForm.getByLabel('姓名', { exact: true }).fill(NEW_USER.name);
      await pickDepartment(userForm, '部门', page, NEW_DEPT);
      await userForm.locator('input#password').fill(NEW_USER.initialPassword);
      await shot(page, 'platform-06-user-form');
      await page.getByTestId('user-form-submit').click();
      await page.getByText('用户已创建').waitFor();
      await page.getByRole('dialog', { name: '新建用户' }).waitFor({ state: 'hidden' });
      const row = page.getByTestId('user-table').getByRole('row').filter({ hasText: NEW_USER.username });
      await row.waitFor();
      await row.getByText(NEW_USER.name).waitFor();
      await row.getByText(NEW_DEPT).waitFor();
      await shot(page, 'platform-07-user-created');

      // The new user logs in with the initial password and is held on the change-password page.
      await logout(page);
      await login(page, server.baseUrl, NEW_USER.username, NEW_USER.initialPassword);
      await page.waitForURL(/\/change-password$/);
      await page.getByText('为了账号安全，首次登录或密码被重置后，请先设置新密码。').waitFor();
      await page.getByText(`${NEW_USER.name} (${NEW_USER.username})`).waitFor();
      // The shell stays closed until the password is changed.
      await page.goto(`${server.baseUrl}/admin/users`);
      await page.waitForURL(/\/change-password$/);
      await shot(page, 'platform-08-must-change-password');

      await page.getByLabel('当前密码').fill(NEW_USER.initialPassword);
      await page.getByLabel('新密码', { exact: true }).fill(NEW_USER.newPassword);
      await page.getByLabel('确认新密码').fill(NEW_USER.newPassword);
      await page.getByTestId('change-password-submit').click();
      await page.waitForURL(`${server.baseUrl}/`);
      await expect.poll(() => page.getByTestId('home-welcome').textContent()).toContain(NEW_USER.name);
      await page.getByTestId('user-menu').getByText(NEW_USER.name).waitFor();
      await page.getByText(NEW_DEPT).first().waitFor();
      // An ordinary employee sees no administration menus.
      await page.getByTestId('side-menu').getByText('工作台').waitFor();
      expect(await page.getByTestId('side-menu').getByText('系统管理').count()).toBe(0);
      await shot(page, 'platform-09-home-new-user');

      // The new password works and the old one does not.
      await logout(page);
      await login(page, server.baseUrl, NEW_USER.username, NEW_USER.initialPassword);
      await page.getByTestId('login-error').waitFor();
      await login(page, server.baseUrl, NEW_USER.username, NEW_USER.newPassword);
      await page.waitForURL(`${server.baseUrl}/`);
      await expect.poll(() => page.getByTestId('home-welcome').textContent()).toContain(NEW_USER.name);

      expect(browser.problemLines(EXPECTED_PROBLEMS)).toEqual([]);
    });
  }, 240_000);

  it('X-9: at phone width the menu is a drawer and the page does not scroll sideways', async () => {
    const browser = await openBrowser({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const { page } = browser;
    await inBrowser(browser, 'platform-', async () => {
      await page.goto(`${server.baseUrl}/login`);
      await page.getByRole('button', { name: cjk('登录') }).waitFor();
      let o = await pageOverflow(page);
      expect(o.document, 'login page width').toBeLessThanOrEqual(o.viewport);
      await shot(page, 'platform-mobile-01-login');

      await login(page, server.baseUrl, ADMIN.username, ADMIN.password);
      await page.waitForURL(`${server.baseUrl}/`);
      await page.getByTestId('home-welcome').waitFor();
      // No sidebar; a menu button instead.
      expect(await page.getByTestId('side-menu').count()).toBe(0);
      await page.getByTestId('nav-toggle').waitFor();
      o = await pageOverflow(page);
      expect(o.document, 'home page width').toBeLessThanOrEqual(o.viewport);
      expect(o.body, 'home body width').toBeLessThanOrEqual(o.viewport);
      await shot(page, 'platform-mobile-02-home');

      await page.getByTestId('nav-toggle').click();
      const drawerMenu = page.locator('.ant-drawer-open').getByTestId('side-menu');
      await drawerMenu.getByText('组织管理').waitFor();
      await shot(page, 'platform-mobile-03-menu-drawer');

      await drawerMenu.getByRole('menuitem', { name: '用户管理' }).click();
      await page.waitForURL(/\/admin\/users/);
      await page.locator('.ant-drawer-open').waitFor({ state: 'detached' }).catch(() => undefined);
      expect(await page.locator('.ant-drawer-open').getByTestId('side-menu').isVisible()).toBe(false);
      await page.getByTestId('user-table').getByText('admin', { exact: true }).waitFor();
      o = await pageOverflow(page);
      expect(o.document, 'users page width').toBeLessThanOrEqual(o.viewport);
      expect(o.body, 'users body width').toBeLessThanOrEqual(o.viewport);
      await shot(page, 'platform-mobile-04-users');

      await page.goto(`${server.baseUrl}/admin/departments`);
      await page.getByTestId('department-tree').getByText(COMPANY).waitFor();
      o = await pageOverflow(page);
      expect(o.document, 'departments page width').toBeLessThanOrEqual(o.viewport);
      await shot(page, 'platform-mobile-05-departments');
      // The selected department's name stays readable next to its action buttons.
      const detailName = page.getByTestId('department-detail').getByText(COMPANY, { exact: true }).first();
      await detailName.scrollIntoViewIfNeeded();
      await shot(page, 'platform-mobile-06-department-detail');
      const nameBox = await detailName.evaluate((el) => ({ width: el.getBoundingClientRect().width, clipped: el.scrollWidth > el.clientWidth + 1 }));
      expect(nameBox.width, 'department name in the detail card (px wide) at phone width').toBeGreaterThanOrEqual(120);
      expect(nameBox.clipped, 'department name in the detail card is clipped').toBe(false);

      expect(browser.problemLines(EXPECTED_PROBLEMS)).toEqual([]);
    });
  });

  it('X-1: switching to English shows English labels, also in server messages and after a reload', async () => {
    const browser = await openBrowser();
    const { page } = browser;
    await inBrowser(browser, 'platform-', async () => {
      await page.goto(`${server.baseUrl}/login`);
      await page.getByRole('button', { name: cjk('登录') }).waitFor();
      await page.getByTestId('language-switch').click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Log in' }).waitFor();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.getByLabel('Username', { exact: true }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: cjk('登录') }).count()).toBe(0);

      // A message made by the server follows the language too.
      const english = { username: 'Username', password: 'Password', submit: 'Log in' };
      await login(page, server.baseUrl, ADMIN.username, 'wrong-password', english);
      const error = page.getByTestId('login-error');
      await error.waitFor();
      expect(await error.textContent()).toMatch(/[A-Za-z]{3,}/);
      expect(await error.textContent()).not.toMatch(/[\u4e00-\u9fff]/);
      await shot(page, 'platform-en-01-login');

      await login(page, server.baseUrl, ADMIN.username, ADMIN.password, english);
      await page.waitForURL(`${server.baseUrl}/`);
      const menu = page.getByTestId('side-menu');
      await menu.getByText('Organization').waitFor();
      await menu.getByRole('menuitem', { name: 'Departments' }).waitFor();
      await menu.getByRole('menuitem', { name: 'Users' }).waitFor();
      expect(await menu.getByText('组织管理').count()).toBe(0);
      await shot(page, 'platform-en-02-home');

      await menu.getByRole('menuitem', { name: 'Users' }).click();
      await page.getByRole('columnheader', { name: 'Username' }).waitFor();
      await page.reload();
      await page.getByRole('columnheader', { name: 'Username' }).waitFor();
      await shot(page, 'platform-en-03-users');

      // And back to Chinese.
      await page.getByTestId('language-switch').click();
      await page.getByRole('menuitem', { name: '简体中文' }).click();
      await page.getByRole('columnheader', { name: '用户名' }).waitFor();

      expect(browser.problemLines(EXPECTED_PROBLEMS)).toEqual([]);
    });
  });
});

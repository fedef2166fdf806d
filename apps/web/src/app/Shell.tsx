/**
 * The logged-in frame: sidebar (a Drawer at phone width), header with notifications, language
 * and user menu, and the routed page.
 */
import { Suspense, useEffect, useMemo, useState } from 'react';
import { Breadcrumb, Button, Drawer, Flex, Layout } from 'antd';
import { MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useAuth } from './auth';
import { useIsMobile } from './useIsMobile';
import { matchMenuItem, visibleMenu } from './shell/menu';
import { SideMenu } from './shell/SideMenu';
import { Brand } from './shell/Brand';
import { NotificationBell } from './shell/NotificationBell';
import { LanguageSwitch } from './shell/LanguageSwitch';
import { UserMenu } from './shell/UserMenu';
import { PageSpin } from './components/PageSpin';
import { ErrorBoundary } from './components/ErrorBoundary';

const COLLAPSE_KEY = 'guanjia.siderCollapsed';

export function Shell() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const isMobile = useIsMobile();
  const { pathname } = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(() => readFlag(COLLAPSE_KEY));

  const groups = useMemo(() => visibleMenu(me?.permissions ?? []), [me?.permissions]);
  const current = matchMenuItem(groups, pathname);

  useEffect(() => {
    const page = current ? t(current.item.labelKey) : null;
    document.title = page ? `${page} · ${t('app.name')}` : t('app.fullTitle');
  }, [current, t]);

  useEffect(() => setDrawerOpen(false), [pathname]);

  const toggleCollapsed = () => {
    setCollapsed((c) => {
      writeFlag(COLLAPSE_KEY, !c);
      return !c;
    });
  };

  return (
    <Layout className="shell">
      {isMobile ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={256}
          closable={false}
          styles={{ body: { padding: 0 } }}
          data-testid="nav-drawer"
        >
          <Brand />
          <SideMenu groups={groups} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider
          className="shell-sider"
          theme="light"
          width={224}
          collapsedWidth={64}
          collapsed={collapsed}
          trigger={null}
        >
          <Brand collapsed={collapsed} />
          <SideMenu groups={groups} collapsed={collapsed} />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="shell-header">
          <Flex align="center" gap={8} style={{ minWidth: 0 }}>
            {isMobile ? (
              <Button type="text" icon={<MenuOutlined />} onClick={() => setDrawerOpen(true)} aria-label={t('header.menu')} data-testid="nav-toggle" />
            ) : (
              <Button
                type="text"
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                onClick={toggleCollapsed}
                aria-label={t('header.menu')}
              />
            )}
            {current && !isMobile ? (
              <Breadcrumb items={[{ title: t(current.group.module.labelKey) }, { title: t(current.item.labelKey) }]} />
            ) : null}
            {current && isMobile ? <span className="shell-mobile-title">{t(current.item.labelKey)}</span> : null}
          </Flex>
          <Flex align="center" gap={4}>
            <NotificationBell />
            <LanguageSwitch compact={isMobile} />
            <UserMenu compact={isMobile} />
          </Flex>
        </Layout.Header>
        <Layout.Content className="shell-content">
          <ErrorBoundary key={pathname}>
            <Suspense fallback={<PageSpin />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string, value: boolean): void {
  try {
    localStorage.setItem(key, value ? '1' : '0');
  } catch {
    /* storage blocked: the choice just isn't remembered */
  }
}

/** The after-sales settings page, merged into the after-sales module (../index.ts). */
import { lazy } from 'react';
import { SettingOutlined } from '@ant-design/icons';
import type { ModuleMenuItem, ModuleRoute } from '../../../app/registry';
import { ASPERM } from '../api';

const SettingsPage = lazy(() => import('./SettingsPage'));

export const routes: ModuleRoute[] = [{ path: '/aftersales/settings', element: SettingsPage, permission: ASPERM.read }];
export const menu: ModuleMenuItem[] = [{ path: '/aftersales/settings', labelKey: 'aftersales.nav.settings', icon: SettingOutlined, permission: [ASPERM.settings, ASPERM.customers] }];

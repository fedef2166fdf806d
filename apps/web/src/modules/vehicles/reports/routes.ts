/** Pages of the vehicles reports part, merged into the vehicles module (../index.ts). */
import { lazy } from 'react';
import { BarChartOutlined, SettingOutlined } from '@ant-design/icons';
import type { ModuleMenuItem, ModuleRoute } from '../../../app/registry';

const ReportsPage = lazy(() => import('./ReportsPage'));
const SettingsPage = lazy(() => import('./SettingsPage'));

export const routes: ModuleRoute[] = [
  { path: '/vehicles/reports', element: ReportsPage, permission: 'vehicles:reports' },
  { path: '/vehicles/settings', element: SettingsPage, permission: 'vehicles:read' },
];

export const menu: ModuleMenuItem[] = [
  { path: '/vehicles/reports', labelKey: 'vehicles.nav.reports', icon: BarChartOutlined, permission: 'vehicles:reports', quickLink: true },
  { path: '/vehicles/settings', labelKey: 'vehicles.nav.settings', icon: SettingOutlined, permission: 'vehicles:manage' },
];

/** Pages of the vehicles incidents part, merged into the vehicles module (../index.ts). */
import { lazy } from 'react';
import { AlertOutlined, CarryOutOutlined, ExceptionOutlined, ShoppingCartOutlined, SwapOutlined, ToolOutlined, TruckOutlined, WarningOutlined } from '@ant-design/icons';
import type { ModuleMenuItem, ModuleRoute } from '../../../app/registry';

const register = (name: 'RepairsPage' | 'AccidentsPage' | 'ViolationsPage' | 'BorrowsPage' | 'HiredPage') =>
  lazy(() => import('./RegisterPage').then((m) => ({ default: m[name] })));

const FinesPage = lazy(() => import('./FinesPage'));
const ChecksPage = lazy(() => import('./ChecksPage'));
const PurchasesPage = lazy(() => import('./PurchasesPage'));

const base = '/vehicles/incidents';

export const routes: ModuleRoute[] = [
  { path: `${base}/repairs`, element: register('RepairsPage') },
  { path: `${base}/accidents`, element: register('AccidentsPage') },
  { path: `${base}/violations`, element: register('ViolationsPage') },
  { path: `${base}/borrows`, element: register('BorrowsPage') },
  { path: `${base}/hired`, element: register('HiredPage') },
  { path: `${base}/fines`, element: FinesPage },
  { path: `${base}/checks`, element: ChecksPage },
  { path: `${base}/purchases`, element: PurchasesPage },
];

// Registers show everyone his own records (the server filters); staff with vehicles:incidents:read see all.
export const menu: ModuleMenuItem[] = [
  { path: `${base}/repairs`, labelKey: 'vehicles.incidents.nav.repairs', icon: ToolOutlined, permission: ['vehicles:report', 'vehicles:incidents:read'] },
  { path: `${base}/accidents`, labelKey: 'vehicles.incidents.nav.accidents', icon: AlertOutlined, permission: ['vehicles:report', 'vehicles:incidents:read'] },
  { path: `${base}/violations`, labelKey: 'vehicles.incidents.nav.violations', icon: WarningOutlined, permission: ['vehicles:checks', 'vehicles:incidents:read'] },
  { path: `${base}/borrows`, labelKey: 'vehicles.incidents.nav.borrows', icon: SwapOutlined },
  { path: `${base}/hired`, labelKey: 'vehicles.incidents.nav.hired', icon: TruckOutlined },
  { path: `${base}/fines`, labelKey: 'vehicles.incidents.nav.fines', icon: ExceptionOutlined, permission: ['vehicles:checks', 'vehicles:incidents:read'] },
  { path: `${base}/checks`, labelKey: 'vehicles.incidents.nav.checks', icon: CarryOutOutlined, permission: ['vehicles:checks', 'vehicles:incidents:read'] },
  { path: `${base}/purchases`, labelKey: 'vehicles.incidents.nav.purchases', icon: ShoppingCartOutlined, permission: ['vehicles:checks', 'vehicles:incidents:read'] },
];

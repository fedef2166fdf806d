/** Pages of the after-sales stock part (ASV-4/10/11), merged into the after-sales module (../index.ts). */
import { lazy } from 'react';
import { ContainerOutlined, DatabaseOutlined, ExportOutlined, ShoppingOutlined } from '@ant-design/icons';
import type { ModuleMenuItem, ModuleRoute } from '../../../app/registry';
import { ASPERM } from '../api';

const WarehousePage = lazy(() => import('./WarehousePage'));
const SmallStockPage = lazy(() => import('./SmallStockPage'));
const LoansPage = lazy(() => import('./LoansPage'));
const InstallOutPage = lazy(() => import('./InstallOutPage'));

export const routes: ModuleRoute[] = [
  { path: '/aftersales/stock', element: WarehousePage, permission: ASPERM.read },
  { path: '/aftersales/stock/small', element: SmallStockPage, permission: ASPERM.read },
  { path: '/aftersales/stock/loans', element: LoansPage, permission: ASPERM.read },
  { path: '/aftersales/stock/install', element: InstallOutPage, permission: ASPERM.read },
];
export const menu: ModuleMenuItem[] = [
  { path: '/aftersales/stock', labelKey: 'aftersales.stock.nav.warehouse', icon: DatabaseOutlined, permission: ASPERM.read },
  { path: '/aftersales/stock/small', labelKey: 'aftersales.stock.nav.small', icon: ShoppingOutlined, permission: ASPERM.read },
  { path: '/aftersales/stock/loans', labelKey: 'aftersales.stock.nav.loans', icon: ContainerOutlined, permission: ASPERM.read },
  { path: '/aftersales/stock/install', labelKey: 'aftersales.stock.nav.install', icon: ExportOutlined, permission: ASPERM.read },
];

/** Pages of the after-sales care part (维保协议, 回访任务, 二次销售记录, 销售提成表), merged into the after-sales module (../index.ts). */
import { lazy } from 'react';
import { FileProtectOutlined, PhoneOutlined, ShoppingCartOutlined, TrophyOutlined } from '@ant-design/icons';
import type { ModuleMenuItem, ModuleRoute } from '../../../app/registry';
import { ASPERM } from '../api';
import { CARE_PERM } from './api';

const ContractsPage = lazy(() => import('./ContractsPage'));
const TasksPage = lazy(() => import('./TasksPage'));
const SalesPage = lazy(() => import('./SalesPage'));
const CommissionPage = lazy(() => import('./CommissionPage'));

// Technicians and salespeople (aftersales:read) open the commission page to see their own lines.
const COMMISSION = [CARE_PERM, ASPERM.read];

export const routes: ModuleRoute[] = [
  { path: '/aftersales/care/contracts', element: ContractsPage, permission: CARE_PERM },
  { path: '/aftersales/care/tasks', element: TasksPage, permission: CARE_PERM },
  { path: '/aftersales/care/sales', element: SalesPage, permission: CARE_PERM },
  { path: '/aftersales/care/commission', element: CommissionPage, permission: COMMISSION },
];
export const menu: ModuleMenuItem[] = [
  { path: '/aftersales/care/contracts', labelKey: 'aftersales.nav.careContracts', icon: FileProtectOutlined, permission: CARE_PERM },
  { path: '/aftersales/care/tasks', labelKey: 'aftersales.nav.careTasks', icon: PhoneOutlined, permission: CARE_PERM },
  { path: '/aftersales/care/sales', labelKey: 'aftersales.nav.careSales', icon: ShoppingCartOutlined, permission: CARE_PERM },
  { path: '/aftersales/care/commission', labelKey: 'aftersales.nav.careCommission', icon: TrophyOutlined, permission: COMMISSION },
];

/** Pages of the month-end part (月末结算, 回访记录), merged into the after-sales module (../index.ts). */
import { lazy } from 'react';
import { CalculatorOutlined, PhoneOutlined } from '@ant-design/icons';
import type { ModuleMenuItem, ModuleRoute } from '../../../app/registry';
import { ASPERM } from '../api';
import { MONTHEND_PERM } from './api';

const MonthEndPage = lazy(() => import('./MonthEndPage'));
const CallbacksPage = lazy(() => import('./CallbacksPage'));

export const routes: ModuleRoute[] = [
  // Technicians (aftersales:read) see and confirm their own lines on the same page.
  { path: '/aftersales/month-end', element: MonthEndPage, permission: ASPERM.read },
  { path: '/aftersales/callbacks', element: CallbacksPage, permission: MONTHEND_PERM.callbacks },
];
export const menu: ModuleMenuItem[] = [
  { path: '/aftersales/month-end', labelKey: 'aftersales.nav.monthEnd', icon: CalculatorOutlined, permission: ASPERM.read },
  { path: '/aftersales/callbacks', labelKey: 'aftersales.nav.callbacks', icon: PhoneOutlined, permission: MONTHEND_PERM.callbacks },
];

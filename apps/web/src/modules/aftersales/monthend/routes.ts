/** Pages of the month-end part (月末结算, 回访记录), merged into the after-sales module (../index.ts). */
import { lazy } from 'react';
import { CalculatorOutlined, PhoneOutlined } from '@ant-design/icons';
import type { ModuleMenuItem, ModuleRoute } from '../../../app/registry';
import { ASPERM } from '../api';
import { MONTHEND_PERM } from './api';

const MonthEndPage = lazy(() => import('./MonthEndPage'));
const CallbacksPage = lazy(() => import('./CallbacksPage'));
/** Any of these opens the month-end page. */
const MONTH_END_PAGE = [ASPERM.read, MONTHEND_PERM.monthend];

export const routes: ModuleRoute[] = [
  // Technicians (aftersales:read) see and confirm their own lines on the same page; finance
  // (aftersales:monthend without aftersales:read) opens it from the 交财务 notice to sign (ASV-14).
  { path: '/aftersales/month-end', element: MonthEndPage, permission: MONTH_END_PAGE },
  { path: '/aftersales/callbacks', element: CallbacksPage, permission: MONTHEND_PERM.callbacks },
];
export const menu: ModuleMenuItem[] = [
  { path: '/aftersales/month-end', labelKey: 'aftersales.nav.monthEnd', icon: CalculatorOutlined, permission: MONTH_END_PAGE },
  { path: '/aftersales/callbacks', labelKey: 'aftersales.nav.callbacks', icon: PhoneOutlined, permission: MONTHEND_PERM.callbacks },
];

/** Pages of the after-sales reports part, merged into the after-sales module (../index.ts). */
import { lazy } from 'react';
import { BarChartOutlined, CarryOutOutlined, FileTextOutlined } from '@ant-design/icons';
import type { ModuleMenuItem, ModuleRoute } from '../../../app/registry';
import { REPORTS_PERM } from './api';

const DailySurveyPage = lazy(() => import('./DailySurveyPage'));
const StatsPage = lazy(() => import('./StatsPage'));
const MonthlyReportPage = lazy(() => import('./MonthlyReportPage'));

export const routes: ModuleRoute[] = [
  { path: '/aftersales/reports/daily', element: DailySurveyPage, permission: REPORTS_PERM.reports },
  { path: '/aftersales/reports/stats', element: StatsPage, permission: REPORTS_PERM.reports },
  { path: '/aftersales/reports/monthly', element: MonthlyReportPage, permission: REPORTS_PERM.reports },
];
export const menu: ModuleMenuItem[] = [
  { path: '/aftersales/reports/daily', labelKey: 'aftersales.nav.dailySurvey', icon: CarryOutOutlined, permission: REPORTS_PERM.reports },
  { path: '/aftersales/reports/stats', labelKey: 'aftersales.nav.stats', icon: BarChartOutlined, permission: REPORTS_PERM.reports },
  { path: '/aftersales/reports/monthly', labelKey: 'aftersales.nav.monthlyReport', icon: FileTextOutlined, permission: REPORTS_PERM.reports },
];

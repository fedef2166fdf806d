/** Pages of the jobs part (派工单), merged into the after-sales module (../index.ts). */
import { lazy } from 'react';
import { MobileOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { ModuleMenuItem, ModuleRoute } from '../../../app/registry';
import { ASPERM } from '../api';

const JobsPage = lazy(() => import('./JobsPage'));
const MyJobsPage = lazy(() => import('./MyJobsPage'));

export const routes: ModuleRoute[] = [
  { path: '/aftersales/jobs', element: JobsPage, permission: ASPERM.read },
  { path: '/aftersales/my-jobs', element: MyJobsPage, permission: ASPERM.read },
];
export const menu: ModuleMenuItem[] = [
  { path: '/aftersales/jobs', labelKey: 'aftersales.nav.jobs', icon: ScheduleOutlined, permission: ASPERM.read, quickLink: true },
  { path: '/aftersales/my-jobs', labelKey: 'aftersales.nav.myJobs', icon: MobileOutlined, permission: ASPERM.read },
];

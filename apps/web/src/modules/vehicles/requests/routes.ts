/** Pages of the vehicles requests part (派车, dispatch board, trips, 附表10/11), merged into the vehicles module (../index.ts). */
import { lazy } from 'react';
import { CarOutlined, FormOutlined, ScheduleOutlined, SolutionOutlined } from '@ant-design/icons';
import type { ModuleMenuItem, ModuleRoute } from '../../../app/registry';
import { RPERM } from './api';
import './requests.css';

const MyRequestsPage = lazy(() => import('./MyRequestsPage'));
const DispatchBoardPage = lazy(() => import('./DispatchBoardPage'));
const DriverPage = lazy(() => import('./DriverPage'));
const RegistersPage = lazy(() => import('./RegistersPage'));

export const routes: ModuleRoute[] = [
  // Every employee may request a car; the server applies the rules.
  { path: '/vehicles/requests', element: MyRequestsPage },
  { path: '/vehicles/dispatch', element: DispatchBoardPage, permission: RPERM.dispatch },
  { path: '/vehicles/driver', element: DriverPage, permission: RPERM.trip },
  { path: '/vehicles/registers', element: RegistersPage, permission: RPERM.read },
];
export const menu: ModuleMenuItem[] = [
  { path: '/vehicles/requests', labelKey: 'vehicles.requests.nav.mine', icon: FormOutlined, quickLink: true },
  { path: '/vehicles/dispatch', labelKey: 'vehicles.requests.nav.board', icon: ScheduleOutlined, permission: RPERM.dispatch, quickLink: true },
  { path: '/vehicles/driver', labelKey: 'vehicles.requests.nav.driver', icon: CarOutlined, permission: RPERM.trip, quickLink: true },
  { path: '/vehicles/registers', labelKey: 'vehicles.requests.nav.registers', icon: SolutionOutlined, permission: RPERM.read },
];

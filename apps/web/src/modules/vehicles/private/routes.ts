/** Pages of the vehicles private part (VEH-9 附表13/附表14), merged into the vehicles module (../index.ts). */
import { lazy } from 'react';
import { CarryOutOutlined, IdcardOutlined } from '@ant-design/icons';
import type { ModuleMenuItem, ModuleRoute } from '../../../app/registry';
import './private.css';

const RegistrationsPage = lazy(() => import('./RegistrationsPage'));
const UsesPage = lazy(() => import('./UsesPage'));

// Every employee may report his own vehicle and log his own uses; the server applies the record rules.
export const routes: ModuleRoute[] = [
  { path: '/vehicles/private', element: RegistrationsPage },
  { path: '/vehicles/private/uses', element: UsesPage },
];
export const menu: ModuleMenuItem[] = [
  { path: '/vehicles/private', labelKey: 'vehicles.private.nav.registrations', icon: IdcardOutlined },
  { path: '/vehicles/private/uses', labelKey: 'vehicles.private.nav.uses', icon: CarryOutOutlined, quickLink: true },
];

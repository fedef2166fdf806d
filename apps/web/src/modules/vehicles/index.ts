/**
 * 公务车辆: the register (附表12), vehicle files and keys (this folder), and the parts in their own
 * folders — requests/ (派车, dispatch board, trips, the driver's pages), private/ (附表13/14),
 * incidents/ (repairs, accidents, violations, fines, checks), reports/. Each part exports its
 * routes and menu items from `<part>/routes.ts` and its texts from `<part>/locale.*.ts`.
 */
import { lazy } from 'react';
import { CarOutlined, FolderOpenOutlined, KeyOutlined, TableOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';
import { VPERM } from './api';
import * as incidents from './incidents/routes';
import * as privateCars from './private/routes';
import * as reports from './reports/routes';
import * as requests from './requests/routes';

const VehiclesPage = lazy(() => import('./VehiclesPage'));
const VehicleFilePage = lazy(() => import('./VehicleFilePage'));
const KeysPage = lazy(() => import('./KeysPage'));

const parts = [requests, privateCars, incidents, reports];

export const vehiclesModule = defineModule({
  key: 'vehicles',
  labelKey: 'vehicles.nav.group',
  icon: CarOutlined,
  order: 500,
  routes: [
    { path: '/vehicles', element: VehiclesPage, permission: VPERM.read },
    { path: '/vehicles/files', element: VehicleFilePage, permission: VPERM.read },
    { path: '/vehicles/files/:id', element: VehicleFilePage, permission: VPERM.read },
    { path: '/vehicles/keys', element: KeysPage, permission: VPERM.read },
    ...parts.flatMap((p) => p.routes),
  ],
  menu: [
    ...requests.menu,
    { path: '/vehicles', labelKey: 'vehicles.nav.register', icon: TableOutlined, permission: VPERM.read, quickLink: true },
    { path: '/vehicles/files', labelKey: 'vehicles.nav.files', icon: FolderOpenOutlined, permission: VPERM.read },
    { path: '/vehicles/keys', labelKey: 'vehicles.nav.keys', icon: KeyOutlined, permission: VPERM.read },
    ...privateCars.menu,
    ...incidents.menu,
    ...reports.menu,
  ],
});

/** 公务车辆: the register (附表12), vehicle files and keys. */
import { lazy } from 'react';
import { CarOutlined, FolderOpenOutlined, KeyOutlined, TableOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';
import { VPERM } from './api';

const VehiclesPage = lazy(() => import('./VehiclesPage'));
const VehicleFilePage = lazy(() => import('./VehicleFilePage'));
const KeysPage = lazy(() => import('./KeysPage'));

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
  ],
  menu: [
    { path: '/vehicles', labelKey: 'vehicles.nav.register', icon: TableOutlined, permission: VPERM.read, quickLink: true },
    { path: '/vehicles/files', labelKey: 'vehicles.nav.files', icon: FolderOpenOutlined, permission: VPERM.read },
    { path: '/vehicles/keys', labelKey: 'vehicles.nav.keys', icon: KeyOutlined, permission: VPERM.read },
  ],
});

/** Pages of the customers part, merged into the after-sales module (../index.ts). */
import { lazy } from 'react';
import { ContactsOutlined } from '@ant-design/icons';
import type { ModuleMenuItem, ModuleRoute } from '../../../app/registry';
import { ASPERM } from '../api';

const CustomersPage = lazy(() => import('./CustomersPage'));

export const routes: ModuleRoute[] = [{ path: '/aftersales/customers', element: CustomersPage, permission: ASPERM.read }];
export const menu: ModuleMenuItem[] = [{ path: '/aftersales/customers', labelKey: 'aftersales.nav.customers', icon: ContactsOutlined, permission: ASPERM.read, quickLink: true }];

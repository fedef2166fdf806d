/**
 * 流程中心: the process engine's pages — inbox (工作台), instance page, start form, process catalog
 * with its 流程表 / diagram / definition, and the 限时结办 overdue report.
 */
import { lazy } from 'react';
import './process.css';
import { ApartmentOutlined, CheckSquareOutlined, FieldTimeOutlined, PartitionOutlined } from '@ant-design/icons';
import { defineModule } from '../app/registry';
import { PROCESS_PERM } from './api';
import { TodoBadge } from './components/TodoBadge';

const InboxPage = lazy(() => import('./pages/InboxPage'));
const InstancePage = lazy(() => import('./pages/InstancePage'));
const StartPage = lazy(() => import('./pages/StartPage'));
const CatalogPage = lazy(() => import('./pages/CatalogPage'));
const ProcessDetailPage = lazy(() => import('./pages/ProcessDetailPage'));
const OverduePage = lazy(() => import('./pages/OverduePage'));

export const processModule = defineModule({
  key: 'process',
  labelKey: 'process.nav.group',
  icon: PartitionOutlined,
  order: 50,
  routes: [
    { path: '/tasks', element: InboxPage },
    { path: '/instances/:id', element: InstancePage },
    { path: '/processes', element: CatalogPage },
    { path: '/processes/start/:key', element: StartPage },
    { path: '/processes/:key', element: ProcessDetailPage },
    { path: '/overdue', element: OverduePage, permission: PROCESS_PERM.overdue },
  ],
  menu: [
    { path: '/tasks', labelKey: 'process.nav.tasks', icon: CheckSquareOutlined, badge: TodoBadge, quickLink: true },
    { path: '/processes', labelKey: 'process.nav.catalog', icon: ApartmentOutlined, quickLink: true },
    { path: '/overdue', labelKey: 'process.nav.overdue', icon: FieldTimeOutlined, permission: PROCESS_PERM.overdue },
  ],
});

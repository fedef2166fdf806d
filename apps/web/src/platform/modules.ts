/**
 * The platform's own pages, as four sidebar groups: 工作台, 组织管理, 系统管理, 个人.
 */
import { lazy } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BellOutlined,
  CalendarOutlined,
  DashboardOutlined,
  HomeOutlined,
  IdcardOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SwapOutlined,
  TeamOutlined,
  UserOutlined,
  ClusterOutlined,
} from '@ant-design/icons';
import { defineModule, type AppModule } from '../app/registry';
import { PERM } from './permissions';

const HomePage = lazy(() => import('./pages/HomePage'));
const DepartmentsPage = lazy(() => import('./pages/DepartmentsPage'));
const PositionsPage = lazy(() => import('./pages/PositionsPage'));
const UsersPage = lazy(() => import('./pages/UsersPage'));
const RolesPage = lazy(() => import('./pages/RolesPage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const CalendarPage = lazy(() => import('./pages/CalendarPage'));
const DelegationsPage = lazy(() => import('./pages/DelegationsPage'));
const NotificationsPage = lazy(() => import('./pages/NotificationsPage'));
const AccountPage = lazy(() => import('./pages/AccountPage'));

const workbench = defineModule({
  key: 'workbench',
  labelKey: 'nav.group.workbench',
  icon: DashboardOutlined,
  order: 0,
  routes: [{ path: '/', element: HomePage }],
  menu: [{ path: '/', labelKey: 'nav.home', icon: HomeOutlined }],
});

const org = defineModule({
  key: 'org',
  labelKey: 'nav.group.org',
  icon: ClusterOutlined,
  order: 800,
  routes: [
    { path: '/admin/departments', element: DepartmentsPage, permission: PERM.orgRead },
    { path: '/admin/positions', element: PositionsPage, permission: PERM.orgRead },
    { path: '/admin/users', element: UsersPage, permission: PERM.orgRead },
  ],
  menu: [
    { path: '/admin/departments', labelKey: 'nav.departments', icon: ApartmentOutlined, permission: PERM.orgRead, quickLink: true },
    { path: '/admin/positions', labelKey: 'nav.positions', icon: IdcardOutlined, permission: PERM.orgRead },
    { path: '/admin/users', labelKey: 'nav.users', icon: TeamOutlined, permission: PERM.orgRead, quickLink: true },
  ],
});

const system = defineModule({
  key: 'system',
  labelKey: 'nav.group.system',
  icon: SettingOutlined,
  order: 900,
  routes: [
    { path: '/admin/roles', element: RolesPage, permission: PERM.accessManage },
    { path: '/admin/audit', element: AuditPage, permission: PERM.auditRead },
    { path: '/admin/calendar', element: CalendarPage, permission: [PERM.calendarRead, PERM.calendarManage] },
  ],
  menu: [
    { path: '/admin/roles', labelKey: 'nav.roles', icon: SafetyCertificateOutlined, permission: PERM.accessManage },
    { path: '/admin/audit', labelKey: 'nav.audit', icon: AuditOutlined, permission: PERM.auditRead },
    {
      path: '/admin/calendar',
      labelKey: 'nav.calendar',
      icon: CalendarOutlined,
      permission: [PERM.calendarRead, PERM.calendarManage],
      quickLink: true,
    },
  ],
});

const personal = defineModule({
  key: 'personal',
  labelKey: 'nav.group.personal',
  icon: UserOutlined,
  order: 1000,
  routes: [
    { path: '/delegations', element: DelegationsPage },
    { path: '/notifications', element: NotificationsPage },
    { path: '/account', element: AccountPage },
  ],
  menu: [
    { path: '/delegations', labelKey: 'nav.delegations', icon: SwapOutlined, quickLink: true },
    { path: '/notifications', labelKey: 'nav.notifications', icon: BellOutlined, quickLink: true },
    { path: '/account', labelKey: 'nav.account', icon: UserOutlined, quickLink: true },
  ],
});

export const platformModules: AppModule[] = [workbench, org, system, personal];

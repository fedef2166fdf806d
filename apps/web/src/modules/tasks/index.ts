/** 领导交办/督办 (TASK-1): 我负责的, 我交办的, 督办一览 and the task page. */
import { lazy } from 'react';
import { AuditOutlined, ScheduleOutlined, SendOutlined, UserOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';
import { TPERM } from './api';
import './tasks.css';

const MyTasksPage = lazy(() => import('./TasksListPage').then((m) => ({ default: m.MyTasksPage })));
const AssignedByMePage = lazy(() => import('./TasksListPage').then((m) => ({ default: m.AssignedByMePage })));
const AllTasksPage = lazy(() => import('./TasksListPage').then((m) => ({ default: m.AllTasksPage })));
const TaskDetailPage = lazy(() => import('./TaskDetailPage'));

export const tasksModule = defineModule({
  key: 'tasks',
  labelKey: 'tasks.nav.group',
  icon: ScheduleOutlined,
  order: 370,
  routes: [
    { path: '/tasks/mine', element: MyTasksPage },
    { path: '/tasks/assigned', element: AssignedByMePage },
    { path: '/tasks/all', element: AllTasksPage, permission: TPERM.readAll },
    { path: '/assignments/:id', element: TaskDetailPage },
  ],
  menu: [
    { path: '/tasks/mine', labelKey: 'tasks.nav.owned', icon: UserOutlined, quickLink: true },
    { path: '/tasks/assigned', labelKey: 'tasks.nav.assigned', icon: SendOutlined, permission: TPERM.assign },
    { path: '/tasks/all', labelKey: 'tasks.nav.all', icon: AuditOutlined, permission: TPERM.readAll },
  ],
});

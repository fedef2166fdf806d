/** 领导交办/督办 (TASK-1): assigned work as the `tasks.assigned` process, with its own lists. */
import { composeModule, type ModulePart } from '../module.parts.js';
import * as m680 from './migrations/2026-11-27-680-tasks.js';
import { tasksHooks } from './tasks.hooks.js';
import { tasksMessages } from './tasks.messages.js';
import { assignedTaskProcess } from './tasks.process.js';
import { tasksRoutes } from './tasks.routes.js';
import { seedTasksDemo } from './tasks.seed.js';

const assignedPart: ModulePart = {
  migrations: { '2026-11-27-680-tasks': m680 },
  permissions: [
    { key: 'tasks:assign', label: '交办工作（领导、部门负责人）', labelEn: 'Assign work (leaders, department heads)' },
    { key: 'tasks:read_all', label: '督办一览：查看全部交办事项', labelEn: 'Follow-up overview: view all assigned work' },
  ],
  roleGrants: {
    leader: ['tasks:assign', 'tasks:read_all'],
    dept_head: ['tasks:assign'],
    admin_staff: ['tasks:read_all'],
  },
  messages: tasksMessages,
  routes: tasksRoutes,
  processes: [assignedTaskProcess],
  engineHooks: tasksHooks,
  seedDemo: seedTasksDemo,
};

export const tasksModule = composeModule('tasks', [assignedPart]);

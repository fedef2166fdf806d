/** Placeholder until the tasks pages are built. */
import { ScheduleOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';

export const tasksModule = defineModule({
  key: 'tasks',
  labelKey: 'tasks.nav.group',
  icon: ScheduleOutlined,
  order: 370,
  routes: [],
  menu: [],
});

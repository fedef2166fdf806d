/** Placeholder until the meetings pages are built. */
import { TeamOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';

export const meetingsModule = defineModule({
  key: 'meetings',
  labelKey: 'meetings.nav.group',
  icon: TeamOutlined,
  order: 360,
  routes: [],
  menu: [],
});

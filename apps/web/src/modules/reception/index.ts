/** Placeholder until the reception pages are built. */
import { GiftOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';

export const receptionModule = defineModule({
  key: 'reception',
  labelKey: 'reception.nav.group',
  icon: GiftOutlined,
  order: 350,
  routes: [],
  menu: [],
});

/** Placeholder until the seals pages are built. */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';

export const sealsModule = defineModule({
  key: 'seals',
  labelKey: 'seals.nav.group',
  icon: SafetyCertificateOutlined,
  order: 330,
  routes: [],
  menu: [],
});

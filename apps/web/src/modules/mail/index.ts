/** Placeholder until the mail pages are built. */
import { MailOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';

export const mailModule = defineModule({
  key: 'mail',
  labelKey: 'mail.nav.group',
  icon: MailOutlined,
  order: 340,
  routes: [],
  menu: [],
});

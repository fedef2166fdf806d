/** Placeholder until the archives pages are built. */
import { InboxOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';

export const archivesModule = defineModule({
  key: 'archives',
  labelKey: 'archives.nav.group',
  icon: InboxOutlined,
  order: 320,
  routes: [],
  menu: [],
});

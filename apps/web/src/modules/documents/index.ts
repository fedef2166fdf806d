/** Placeholder until the documents pages are built. */
import { FileTextOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';

export const documentsModule = defineModule({
  key: 'documents',
  labelKey: 'documents.nav.group',
  icon: FileTextOutlined,
  order: 310,
  routes: [],
  menu: [],
});

/** 档案管理 (ARC-1, ARC-2): the catalog and the borrow/copy register. */
import { lazy } from 'react';
import { FileSearchOutlined, InboxOutlined, SwapOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';

const CatalogPage = lazy(() => import('./CatalogPage'));
const BorrowsPage = lazy(() => import('./BorrowsPage'));

export const archivesModule = defineModule({
  key: 'archives',
  labelKey: 'archives.nav.group',
  icon: InboxOutlined,
  order: 320,
  routes: [
    { path: '/archives', element: CatalogPage },
    { path: '/archives/borrows', element: BorrowsPage },
  ],
  menu: [
    { path: '/archives', labelKey: 'archives.nav.catalog', icon: FileSearchOutlined },
    { path: '/archives/borrows', labelKey: 'archives.nav.borrows', icon: SwapOutlined },
  ],
});

/** 公文管理: 收文登记 (DOC-1), 发文 (DOC-2), 函件/通知登记 (DOC-3). */
import { lazy } from 'react';
import { FileTextOutlined, InboxOutlined, MailOutlined, SendOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';
import { DPERM } from './api';

const IncomingPage = lazy(() => import('./IncomingPage'));
const IncomingDetailPage = lazy(() => import('./IncomingDetailPage'));
const OutgoingPage = lazy(() => import('./OutgoingPage'));
const OutgoingDetailPage = lazy(() => import('./OutgoingDetailPage'));
const LettersPage = lazy(() => import('./LettersPage'));

export const documentsModule = defineModule({
  key: 'documents',
  labelKey: 'documents.nav.group',
  icon: FileTextOutlined,
  order: 310,
  routes: [
    // Everyone may open the list: the server shows what was distributed or circulated to him.
    { path: '/documents/incoming', element: IncomingPage },
    { path: '/documents/incoming/:id', element: IncomingDetailPage },
    { path: '/documents/outgoing', element: OutgoingPage },
    { path: '/documents/outgoing/:id', element: OutgoingDetailPage },
    { path: '/documents/letters', element: LettersPage, permission: DPERM.read },
  ],
  menu: [
    { path: '/documents/incoming', labelKey: 'documents.nav.incoming', icon: InboxOutlined, quickLink: true },
    { path: '/documents/outgoing', labelKey: 'documents.nav.outgoing', icon: SendOutlined },
    { path: '/documents/letters', labelKey: 'documents.nav.letters', icon: MailOutlined, permission: DPERM.read },
  ],
});

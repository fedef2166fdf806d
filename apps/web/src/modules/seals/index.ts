/** 印章管理 (SEAL-1, SEAL-2): the seal register and the use log. */
import { lazy } from 'react';
import { AuditOutlined, SafetyCertificateOutlined, SafetyOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';

const SealsPage = lazy(() => import('./SealsPage'));
const UsesPage = lazy(() => import('./UsesPage'));

export const sealsModule = defineModule({
  key: 'seals',
  labelKey: 'seals.nav.group',
  icon: SafetyCertificateOutlined,
  order: 330,
  routes: [
    { path: '/seals', element: SealsPage },
    { path: '/seals/uses', element: UsesPage },
  ],
  menu: [
    { path: '/seals', labelKey: 'seals.nav.register', icon: SafetyOutlined },
    { path: '/seals/uses', labelKey: 'seals.nav.uses', icon: AuditOutlined },
  ],
});

/** 邮件寄发 (MAIL-1): the mail register and the monthly cost per department. */
import { lazy } from 'react';
import { BarChartOutlined, MailOutlined, SendOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';

const MailPage = lazy(() => import('./MailPage'));
const ReportPage = lazy(() => import('./ReportPage'));

export const mailModule = defineModule({
  key: 'mail',
  labelKey: 'mail.nav.group',
  icon: MailOutlined,
  order: 340,
  routes: [
    { path: '/mail', element: MailPage },
    { path: '/mail/report', element: ReportPage, permission: 'mail:read' },
  ],
  menu: [
    { path: '/mail', labelKey: 'mail.nav.register', icon: SendOutlined },
    { path: '/mail/report', labelKey: 'mail.nav.report', icon: BarChartOutlined, permission: 'mail:read' },
  ],
});

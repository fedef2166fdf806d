/** 接待与礼品 (RCP-1, GIFT-1/2): 接待登记 with the request form, one reception's page, gift stock and issues. */
import { lazy } from 'react';
import { GiftOutlined, SolutionOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';

const ReceptionsPage = lazy(() => import('./ReceptionsPage'));
const ReceptionPage = lazy(() => import('./ReceptionPage'));
const GiftsPage = lazy(() => import('./GiftsPage'));

export const receptionModule = defineModule({
  key: 'reception',
  labelKey: 'reception.nav.group',
  icon: GiftOutlined,
  order: 350,
  routes: [
    // Every employee may request a reception and a gift issue; the server applies the record rules.
    { path: '/reception', element: ReceptionsPage },
    { path: '/reception/gifts', element: GiftsPage },
    { path: '/reception/:id', element: ReceptionPage },
  ],
  menu: [
    { path: '/reception', labelKey: 'reception.nav.receptions', icon: SolutionOutlined, quickLink: true },
    { path: '/reception/gifts', labelKey: 'reception.nav.gifts', icon: GiftOutlined },
  ],
});

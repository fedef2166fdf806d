/** HR-8 奖惩与补贴台账: the month ledger (HR, finance, leaders; department heads see their department) and my own. */
import { lazy } from 'react';
import { AccountBookOutlined, TableOutlined, WalletOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';
import { LPERM } from './api';
import './ledger.css';

const LedgerPage = lazy(() => import('./LedgerPage'));
const MyLedgerPage = lazy(() => import('./MyLedgerPage'));

export const ledgerModule = defineModule({
  key: 'ledger',
  labelKey: 'ledger.nav.group',
  icon: AccountBookOutlined,
  order: 650,
  routes: [
    // Open to everyone signed in: the server applies the record rules (a department head sees his department).
    { path: '/ledger', element: LedgerPage },
    { path: '/ledger/mine', element: MyLedgerPage },
  ],
  menu: [
    { path: '/ledger', labelKey: 'ledger.nav.month', icon: TableOutlined, permission: [LPERM.read, LPERM.manage] },
    { path: '/ledger/mine', labelKey: 'ledger.nav.mine', icon: WalletOutlined, quickLink: true },
  ],
});

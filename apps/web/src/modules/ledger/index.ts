/** HR-8 奖惩与补贴台账 (placeholder until its pages are built). */
import { AccountBookOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';

export const ledgerModule = defineModule({
  key: 'ledger',
  labelKey: 'ledger.nav.group',
  icon: AccountBookOutlined,
  order: 650,
  routes: [],
  menu: [],
});

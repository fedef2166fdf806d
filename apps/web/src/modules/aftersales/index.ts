/** 售后服务 (placeholder until its pages are built). */
import { ToolOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';

export const aftersalesModule = defineModule({
  key: 'aftersales',
  labelKey: 'aftersales.nav.group',
  icon: ToolOutlined,
  order: 550,
  routes: [],
  menu: [],
});

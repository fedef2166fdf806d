/**
 * 售后服务: the customer base (customers/ — 客户档案, ASV-2/15). Later parts (jobs, parts loans,
 * callbacks, month end) add their own folders with `routes.ts` exporting routes and menu items,
 * and their texts in `locale.*.ts`.
 */
import { ToolOutlined } from '@ant-design/icons';
import { defineModule } from '../../app/registry';
import * as customers from './customers/routes';
import * as jobs from './jobs/routes';
import * as monthend from './monthend/routes';
import * as settings from './settings/routes';
import * as stock from './stock/routes';
import * as care from './care/routes';
import * as reports from './reports/routes';

const parts = [customers, jobs, stock, care, reports, monthend, settings];

export const aftersalesModule = defineModule({
  key: 'aftersales',
  labelKey: 'aftersales.nav.group',
  icon: ToolOutlined,
  order: 550,
  routes: parts.flatMap((p) => p.routes),
  menu: parts.flatMap((p) => p.menu),
});

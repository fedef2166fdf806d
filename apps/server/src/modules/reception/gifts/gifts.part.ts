/** 接待礼品, the gifts part: stock, movements, issues (GIFT-1/2). Its tables come with the module's migration. */
import type { Services } from '../../../app.types.js';
import type { ModulePart } from '../../module.parts.js';
import { giftsEngineHooks } from './gifts.hooks.js';
import { giftsMessages } from './gifts.messages.js';
import { giftIssueProcess } from './gifts.process.js';
import { giftsRoutes } from './gifts.routes.js';

export const giftsPart: ModulePart = {
  permissions: [
    { key: 'gifts:read', label: '查看礼品库存与出入库登记', labelEn: 'View gift stock and movements' },
    { key: 'gifts:manage', label: '礼品入库、出库与盘点', labelEn: 'Manage gift stock' },
  ],
  roleGrants: {
    admin_staff: ['gifts:read', 'gifts:manage'],
    leader: ['gifts:read'],
  },
  messages: giftsMessages,
  routes: giftsRoutes,
  processes: [giftIssueProcess],
  engineHooks: (s) => giftsEngineHooks(s as Services),
};

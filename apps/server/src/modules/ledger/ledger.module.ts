/**
 * HR-8 奖惩与补贴台账: subsidies and penalties per employee and month, posted by the modules
 * (vehicles now, after-sales later) and exported for payroll.
 */
import type { ModuleManifest } from '../module.types.js';
import * as m410 from './migrations/2026-11-27-410-ledger.js';
import { ledgerRoutes } from './ledger.routes.js';
import { seedLedgerDemo } from './ledger.demo.js';

export const ledgerModule: ModuleManifest = {
  name: 'ledger',
  migrations: { '2026-11-27-410-ledger': m410 },
  permissions: [
    { key: 'ledger:read', label: '查看奖惩与补贴台账', labelEn: 'View the penalties and subsidies ledger' },
    { key: 'ledger:manage', label: '登记、作废台账条目并导出工资表', labelEn: 'Post and void ledger entries, export payroll' },
  ],
  roleGrants: {
    hr: ['ledger:read', 'ledger:manage'],
    finance: ['ledger:read'],
    leader: ['ledger:read'],
  },
  messages: {
    'ledger.invalidAmount': { zh: '金额“{value}”无效，应为大于 0 的整数（分）', en: 'Invalid amount "{value}"; a positive whole number of fen is required' },
    'ledger.invalidDate': { zh: '日期“{value}”无效，应为 YYYY-MM-DD', en: 'Invalid date "{value}"; expected YYYY-MM-DD' },
    'ledger.invalidMonth': { zh: '月份“{value}”无效，应为 YYYY-MM', en: 'Invalid month "{value}"; expected YYYY-MM' },
    'ledger.alreadyVoided': { zh: '该台账条目已作废（{source}）', en: 'This ledger entry has been voided ({source})' },
    'ledger.voidReasonRequired': { zh: '作废须填写原因', en: 'A reason is required to void an entry' },
    'ledger.notFound': { zh: '台账条目不存在', en: 'Ledger entry not found' },
    'ledger.reasonRequired': { zh: '登记补贴或罚款须填写事由', en: 'A reason is required to post an entry' },
    'ledger.futureDate': { zh: '日期“{value}”在今天之后，不能登记', en: 'The date "{value}" is in the future' },
    'ledger.userNotFound': { zh: '员工不存在（{id}）', en: 'No such employee ({id})' },
  },
  routes: ledgerRoutes,
  seedDemo: seedLedgerDemo,
};

/**
 * 售后服务 (ASV-1…ASV-16), composed of its parts, each in its own folder:
 * - customers/: the customer base (the documents' "ERP"): customers, sites, equipment with
 *   warranty, contracts; import of historical customers and export (ASV-2, ASV-13, ASV-15)
 * - settings/: the figures of the rules and the fee standard (GET/PUT /api/aftersales/settings)
 * Pure rules for the whole module (warranty, fees, cash deadline, commissions, KPIs, dispatch
 * ranking, whole sets) are beside this file: aftersales.rules*.ts, settings in aftersales.settings.ts.
 * - jobs/: the 派工单 process; monthend/: callbacks, commission tables, monthly report
 * - stock/: warehouse and small stocks, part loans, installation goods out (ASV-4/10/11)
 * - care/: maintenance contracts, reminders, second sales, sales commission (ASV-12/13/15)
 * - reports/: the daily completion check, charts, the managers' monthly report (ASV-8/9/15)
 */
import { composeModule } from '../module.parts.js';
import { customersPart } from './customers/customers.part.js';
import { jobsPart } from './jobs/jobs.part.js';
import { monthendPart } from './monthend/monthend.part.js';
import { settingsPart } from './settings/settings.part.js';
import { stockPart } from './stock/stock.part.js';
import { carePart } from './care/care.part.js';
import { reportsPart } from './reports/reports.part.js';

export const aftersalesModule = composeModule('aftersales', [customersPart, settingsPart, jobsPart, monthendPart, stockPart, carePart, reportsPart]);

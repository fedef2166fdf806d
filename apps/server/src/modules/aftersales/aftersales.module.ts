/**
 * 售后服务 (ASV-1…ASV-16), composed of its parts, each in its own folder:
 * - customers/: the customer base (the documents' "ERP"): customers, sites, equipment with
 *   warranty, contracts; import of historical customers and export (ASV-2, ASV-13, ASV-15)
 * - settings/: the figures of the rules and the fee standard (GET/PUT /api/aftersales/settings)
 * Pure rules for the whole module (warranty, fees, cash deadline, commissions, KPIs, dispatch
 * ranking, whole sets) are beside this file: aftersales.rules*.ts, settings in aftersales.settings.ts.
 * The job process, parts loans, callbacks and month end come in the next increments.
 */
import { composeModule } from '../module.parts.js';
import { customersPart } from './customers/customers.part.js';
import { jobsPart } from './jobs/jobs.part.js';
import { monthendPart } from './monthend/monthend.part.js';
import { settingsPart } from './settings/settings.part.js';

export const aftersalesModule = composeModule('aftersales', [customersPart, settingsPart, jobsPart, monthendPart]);

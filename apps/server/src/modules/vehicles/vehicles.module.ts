/**
 * 公务车辆 (VEH-1…VEH-22), composed of its parts, each in its own folder:
 * - register (files beside this one): 附表12 register, vehicle file, keys, designated drivers, expiry reminders
 * - requests/: car requests (派车) and dispatch, trips and fuel (附表10/11), the driver's pages
 * - private/: employees' private cars and motorcycles on business (附表13/14) and their subsidies
 * - incidents/: repairs, accidents, violations, private borrowing, hired transport, fines, daily checks
 * - reports/: use and cost per car, department and month; fuel anomalies
 */
import { composeModule } from '../module.parts.js';
import { incidentsPart } from './incidents/incidents.part.js';
import { privatePart } from './private/private.part.js';
import { reportsPart } from './reports/reports.part.js';
import { requestsPart } from './requests/requests.part.js';
import { registerPart } from './vehicles.register.part.js';

export const vehiclesModule = composeModule('vehicles', [registerPart, requestsPart, privatePart, incidentsPart, reportsPart]);

/**
 * Business rules of the company-vehicle module (VEH-1…VEH-22), pure functions split by theme:
 * - vehicles.rules.money.ts — subsidies, fuel charge, fines and cost splits (VEH-9/10/14/15/16/17/19)
 * - vehicles.rules.dispatch.ts — allowed uses, dispatch order, carpools, hired transport, GM approval
 *   for holidays and after hours (VEH-2/6/7/8/11)
 * - vehicles.rules.checks.ts — input checks, fuel anomalies, expiry reminders, keys (VEH-1/4/5/12)
 * Settings and their defaults: vehicles.settings.ts.
 */
export * from './vehicles.rules.money.js';
export * from './vehicles.rules.dispatch.js';
export * from './vehicles.rules.checks.js';
export { defaultVehicleSettings, vehicleSettingsFrom, invalidVehicleSettings, type VehicleSettings } from './vehicles.settings.js';

/** 车辆管理设置: GET/PUT /api/vehicles/settings (amounts and thresholds of the VEH rules). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../../app.types.js';
import { actorOf } from '../../../http/auth-hook.js';
import { readVehicleSettings, updateVehicleSettings } from './settings.service.js';

const fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const percent = z.number().int().min(0).max(100);
const km = z.number().positive().max(10_000);

/** Types only; the rules' own validation (vehicleSettingsFrom) checks the relations and names the field. */
const SettingsBody = z.strictObject({
  urbanRadiusKm: km.optional(),
  urbanTripSubsidyFen: fen.optional(),
  suburbTripSubsidyFen: fen.optional(),
  suburbMaxKm: km.optional(),
  motorcycleMonthlyAllowanceFen: fen.optional(),
  motorcycleTripsEarnPerUseSubsidy: z.boolean().optional(),
  privateBorrowFuelFenPerKm: fen.optional(),
  handoverFineFen: fen.optional(),
  dirtyCarFineFen: fen.optional(),
  dirtyCarWarningsBeforeFine: z.number().int().min(0).max(100).optional(),
  repairGmThresholdFen: fen.optional(),
  violationDriverPercentDriverFault: percent.optional(),
  violationDriverPercentVehicleCause: percent.optional(),
  accidentDriverPercent: z.strictObject({ minor: percent, equal: percent, major: percent, unauthorized: percent }).optional(),
  expiryReminderDays: z.array(z.number().int().min(1).max(366)).min(1).max(10).optional(),
  fuelAnomalyTolerancePercent: percent.optional(),
  longTripKm: km.optional(),
  carpoolWindowMinutes: z.number().int().min(1).max(24 * 60).optional(),
  carpoolMaxBearingDiffDeg: z.number().min(0).max(180).optional(),
});

export function vehicleSettingsRoutes(app: FastifyInstance, s: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['vehicles'];
  r.get('/api/vehicles/settings', { config: { permission: 'vehicles:read' }, schema: { tags, summary: '车辆管理设置：补贴、罚款、分担比例、提醒与阈值（默认值取自制度文件）' } },
    async () => readVehicleSettings(s));
  r.put('/api/vehicles/settings', { config: { permission: 'vehicles:manage' }, schema: { tags, summary: '修改车辆管理设置（上下班时间为公司作息时间，在节假日日历中设置）', body: SettingsBody } },
    async (req) => updateVehicleSettings(s, actorOf(req), req.body));
}

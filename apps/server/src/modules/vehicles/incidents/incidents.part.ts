/** 公务车辆, the incidents part (placeholder until it is built). */
import type { ModulePart } from '../../module.parts.js';

export const incidentsPart: ModulePart = {};

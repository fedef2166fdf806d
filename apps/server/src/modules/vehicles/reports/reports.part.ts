/** 公务车辆, the reports part (placeholder until it is built). */
import type { ModulePart } from '../../module.parts.js';

export const reportsPart: ModulePart = {};

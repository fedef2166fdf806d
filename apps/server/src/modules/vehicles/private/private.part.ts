/** 公务车辆, the private part (placeholder until it is built). */
import type { ModulePart } from '../../module.parts.js';

export const privatePart: ModulePart = {};

/** 公务车辆, the requests part (placeholder until it is built). */
import type { ModulePart } from '../../module.parts.js';

export const requestsPart: ModulePart = {};

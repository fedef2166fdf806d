/** 公务车辆, the requests part: car requests (派车), dispatch, trips and fuel (附表10/11). */
import type { ModulePart } from '../../module.parts.js';
import * as m420 from './migrations/2026-11-27-420-vehicle-requests.js';

export const requestsPart: ModulePart = {
  migrations: { '2026-11-27-420-vehicle-requests': m420 },
};

/** 售后服务, the stock part (placeholder: filled in by its increment). */
import type { ModulePart } from '../../module.parts.js';

export const stockPart: ModulePart = {};

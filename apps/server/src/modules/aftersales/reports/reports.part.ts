/** 售后服务, the reports part (placeholder: filled in by its increment). */
import type { ModulePart } from '../../module.parts.js';

export const reportsPart: ModulePart = {};

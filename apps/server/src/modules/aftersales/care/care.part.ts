/** 售后服务, the care part (placeholder: filled in by its increment). */
import type { ModulePart } from '../../module.parts.js';

export const carePart: ModulePart = {};

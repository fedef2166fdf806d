/** 售后服务 (ASV-1…ASV-16) — placeholder until the module is built. */
import { composeModule } from '../module.parts.js';

export const aftersalesModule = composeModule('aftersales', []);

/** Pages of the vehicles reports part, merged into the vehicles module (../index.ts). */
import type { ModuleMenuItem, ModuleRoute } from '../../../app/registry';

export const routes: ModuleRoute[] = [];
export const menu: ModuleMenuItem[] = [];

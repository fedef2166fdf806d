/** Pages of the after-sales care part, merged into the after-sales module (../index.ts). */
import type { ModuleMenuItem, ModuleRoute } from '../../../app/registry';

export const routes: ModuleRoute[] = [];
export const menu: ModuleMenuItem[] = [];

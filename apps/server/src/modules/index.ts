import type { ModuleManifest } from './module.types.js';
import { propertyModule } from './property/property.module.js';
import { vehiclesModule } from './vehicles/vehicles.module.js';
import { ledgerModule } from './ledger/ledger.module.js';
import { aftersalesModule } from './aftersales/aftersales.module.js';

/** Business modules, in installation order. Each lives in its own folder: modules/<name>/. */
export const modules: ModuleManifest[] = [propertyModule, ledgerModule, vehiclesModule, aftersalesModule];

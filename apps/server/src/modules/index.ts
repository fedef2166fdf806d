import type { ModuleManifest } from './module.types.js';
import { propertyModule } from './property/property.module.js';
import { vehiclesModule } from './vehicles/vehicles.module.js';
import { ledgerModule } from './ledger/ledger.module.js';
import { aftersalesModule } from './aftersales/aftersales.module.js';
import { documentsModule } from './documents/documents.module.js';
import { archivesModule } from './archives/archives.module.js';
import { sealsModule } from './seals/seals.module.js';
import { mailModule } from './mail/mail.module.js';
import { receptionModule } from './reception/reception.module.js';
import { meetingsModule } from './meetings/meetings.module.js';
import { tasksModule } from './tasks/tasks.module.js';

/** Business modules, in installation order. Each lives in its own folder: modules/<name>/. */
export const modules: ModuleManifest[] = [propertyModule, ledgerModule, vehiclesModule, aftersalesModule, documentsModule, archivesModule, sealsModule, mailModule, receptionModule, meetingsModule, tasksModule];

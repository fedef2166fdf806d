/**
 * Every front-end module, in one list. To add a business area, create src/modules/<name>/index.ts
 * exporting an `AppModule` (routes with lazy pages, menu items with permissions) and add it here:
 *
 *   import { vehiclesModule } from './vehicles';
import { ledgerModule } from './ledger';
import { aftersalesModule } from './aftersales';
import { documentsModule } from './documents';
import { archivesModule } from './archives';
import { sealsModule } from './seals';
import { mailModule } from './mail';
import { receptionModule } from './reception';
import { meetingsModule } from './meetings';
import { tasksModule } from './tasks';
 *   export const modules = sortModules([...platformModules, vehiclesModule]);
 */
import type { AppModule } from '../app/registry';
import { platformModules } from '../platform/modules';
import { processModule } from '../process';
import { vehiclesModule } from './vehicles';
import { ledgerModule } from './ledger';
import { aftersalesModule } from './aftersales';
import { documentsModule } from './documents';
import { archivesModule } from './archives';
import { sealsModule } from './seals';
import { mailModule } from './mail';
import { receptionModule } from './reception';
import { meetingsModule } from './meetings';
import { tasksModule } from './tasks';

function sortModules(list: AppModule[]): AppModule[] {
  return [...list].sort((a, b) => a.order - b.order);
}

export const modules: AppModule[] = sortModules([...platformModules, processModule, vehiclesModule, aftersalesModule, ledgerModule, documentsModule, archivesModule, sealsModule, mailModule, receptionModule, meetingsModule, tasksModule]);

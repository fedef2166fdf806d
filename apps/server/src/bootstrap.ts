/**
 * Opens the database, checks durability, migrates, installs built-in roles and the holiday
 * calendar, and creates the demo company when the database is new and demo mode is on.
 * Shared by the server, the CLI and the tests so all three start the same way.
 */
import type { Services } from './app.types.js';
import type { Config } from './config.js';
import { checkDurability, createDb, type DbHandle } from './db/create-db.js';
import { migrateToLatest } from './db/migrations.js';
import { type Clock, systemClock } from './ports/clock.js';
import type { NotificationChannel } from './ports/notifier/notifier.types.js';
import { createChannels } from './ports/notifier/channels.js';
import { installBuiltInRoles } from './platform/access/roles.install.js';
import { seedCalendar } from './platform/calendar/calendar.service.js';
import { isDatabaseEmpty, seedDemo } from './platform/demo/demo.seed.js';
import { createServerEngine, installBuiltInProcesses } from './process/create-engine.js';

export interface Started {
  services: Services;
  handle: DbHandle;
  migrated: string[];
  demoSeeded: boolean;
}

export async function bootstrap(
  config: Config,
  opts: { clock?: Clock; channels?: NotificationChannel[]; seedDemoData?: boolean; poolMax?: number } = {},
): Promise<Started> {
  const handle = await createDb(config.databaseUrl, { poolMax: opts.poolMax });
  try {
    await checkDurability(handle);
    const migrated = await migrateToLatest(handle.db);
    const base = {
      db: handle.db,
      dialect: handle.dialect,
      clock: opts.clock ?? systemClock,
      config,
      channels: opts.channels ?? createChannels({ ...config.notifier, smtp: config.notifier.smtp ?? undefined }),
    };
    const services: Services = { ...base, engine: createServerEngine(base, { urgeIntervalMinutes: config.urgeIntervalMinutes }) };
    await installBuiltInRoles(services);
    await installBuiltInProcesses(services.engine);
    await seedCalendar(services);
    let demoSeeded = false;
    if ((opts.seedDemoData ?? config.demoMode) && (await isDatabaseEmpty(services))) {
      await seedDemo(services);
      demoSeeded = true;
    }
    return { services, handle, migrated, demoSeeded };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

import type { Config } from './config.js';
import type { Db, Dialect } from './db/create-db.js';
import type { Clock } from './ports/clock.js';
import type { NotificationChannel } from './ports/notifier/notifier.types.js';
import type { Engine } from '@guanjia/engine';

/**
 * Everything a service needs from the outside world, passed as the first argument. Tests build
 * one with a fake clock and fake channels; nothing here is global.
 */
export interface Services {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  config: Config;
  channels: NotificationChannel[];
  /** The process engine wired to the org directory, holiday calendar and notifications. */
  engine: Engine;
}

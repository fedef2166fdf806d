/** Kysely table types of the after-sales module; merged into `Database` in db/schema.ts. */
import type { CustomersTables } from './customers/customers.table.js';
import type { JobsTables } from './jobs/jobs.table.js';
import type { MonthendTables } from './monthend/monthend.table.js';

/** The tables of the parts (customers/ now; jobs, parts loans, callbacks in later increments). */
export interface AftersalesTables extends CustomersTables, JobsTables, MonthendTables {}

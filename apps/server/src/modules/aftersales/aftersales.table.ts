/** Kysely table types of the after-sales module; merged into `Database` in db/schema.ts. */
import type { CustomersTables } from './customers/customers.table.js';
import type { JobsTables } from './jobs/jobs.table.js';
import type { CareTables } from './care/care.table.js';
import type { MonthendTables } from './monthend/monthend.table.js';
import type { ReportsTables } from './reports/reports.table.js';
import type { StockTables } from './stock/stock.table.js';

/** The tables of the parts. */
export interface AftersalesTables extends CustomersTables, JobsTables, MonthendTables, StockTables, CareTables, ReportsTables {}

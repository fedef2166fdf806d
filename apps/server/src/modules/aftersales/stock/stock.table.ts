/** Kysely table types of the after-sales stock part; merged via AftersalesTables. */
export interface StockTables {}

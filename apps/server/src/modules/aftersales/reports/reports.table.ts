/** Kysely table types of the after-sales reports part; merged via AftersalesTables. */
export interface ReportsTables {}

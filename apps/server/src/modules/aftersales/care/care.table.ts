/** Kysely table types of the after-sales care part; merged via AftersalesTables. */
export interface CareTables {}

/** Kysely table types of the vehicles private part; merged into VehiclesTables (vehicles.table.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PrivateTables {}

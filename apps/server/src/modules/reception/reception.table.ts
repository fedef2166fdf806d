/** Kysely table types of the reception module; merged into `Database` in db/schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ReceptionTables {}
